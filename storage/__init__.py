"""Storage: the database, its migrations, and the claim ledger.

Plain query functions per concern (Miniflux's storage layout), each taking a session from
``transaction(engine)``. Nothing here makes an HTTP request or sends an alert.
"""

from storage.articles import search_articles, seen_urls, store_article, text_hash
from storage.changelog import change_payloads
from storage.db import make_engine, transaction, upgrade
from storage.errors import StorageError
from storage.explain import explain
from storage.fetchstate import get_state, save_state, save_states, source_states
from storage.health import (
    beat,
    channel_health,
    health_states,
    last_beat,
    lock_health,
    record_health,
    set_health,
    source_health,
)
from storage.leases import lease_due_sources, lease_holders, release_leases
from storage.ledger import beliefs, beliefs_as_of, changes, history, record
from storage.outbox import (
    enqueue,
    idempotency_key,
    lease_digests,
    lease_due,
    list_outbox,
    mark_dead,
    mark_delivered,
    mark_retry,
    outbox_counts,
    retry_dead,
)
from storage.people import Roster
from storage.schema import open_for_queries
from storage.sources import consecutive_failures, list_sources, record_poll, sync_sources
from storage.tallies import rebuild_tallies
from storage.trust import site_records, site_weights
from storage.urlfailures import (
    clear_url_failure,
    list_url_failures,
    record_url_failure,
    url_failures_in_a_row,
    urls_waiting,
)

__all__ = [
    "beat",
    "channel_health",
    "health_states",
    "last_beat",
    "lock_health",
    "record_health",
    "set_health",
    "source_health",
    "StorageError",
    "beliefs",
    "beliefs_as_of",
    "change_payloads",
    "changes",
    "consecutive_failures",
    "enqueue",
    "explain",
    "get_state",
    "history",
    "idempotency_key",
    "lease_digests",
    "lease_due",
    "lease_due_sources",
    "list_outbox",
    "list_sources",
    "make_engine",
    "open_for_queries",
    "mark_dead",
    "mark_delivered",
    "mark_retry",
    "outbox_counts",
    "record",
    "rebuild_tallies",
    "record_poll",
    "release_leases",
    "lease_holders",
    "clear_url_failure",
    "list_url_failures",
    "record_url_failure",
    "url_failures_in_a_row",
    "urls_waiting",
    "retry_dead",
    "Roster",
    "save_state",
    "save_states",
    "search_articles",
    "seen_urls",
    "site_records",
    "site_weights",
    "store_article",
    "source_states",
    "sync_sources",
    "text_hash",
    "transaction",
    "upgrade",
]
