"""Storage: the database, its migrations, and the claim ledger.

Plain query functions per concern (Miniflux's storage layout), each taking a session from
``transaction(engine)``. Nothing here makes an HTTP request or sends an alert.

The names below are imported on first use: ``import storage`` loads no database library, so a
command that reads a SQLite file with the standard library (storage/snapshot.py) starts at once.
"""

# ruff: noqa: F401  (the names imported for type checkers are re-exported through __all__)

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers see; at run time, __getattr__ below imports each on first use
    from storage.articles import (
        article_urls,
        mark_read,
        search_articles,
        seen_urls,
        shows_read,
        store_article,
        text_hash,
    )
    from storage.baselines import baseline_sent, record_baseline, sources_unpolled
    from storage.bodies import database_size, drop_old_bodies, vacuum
    from storage.changelog import change_payloads
    from storage.claimpages import HistoryPage, history, history_page
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
    from storage.ledger import beliefs, beliefs_as_of, changes, record
    from storage.locks import lock_batch
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
    from storage.publications import burst_candidates, give_burst, publication_record, record_publications
    from storage.schema import open_for_queries
    from storage.sources import (
        consecutive_failures,
        list_sources,
        record_poll,
        retire_topics,
        share_poll,
        sync_sources,
    )
    from storage.tallies import rebuild_tallies
    from storage.trust import site_records, site_weights
    from storage.urlfailures import (
        clear_url_failure,
        list_url_failures,
        record_url_failure,
        url_failures_in_a_row,
        urls_waiting,
    )
    from storage.websub import (
        add_subscription,
        end_subscription,
        lapse_subscriptions,
        latest_subscription,
        mark_requested,
        push_live,
        renewals_due,
        subscribed_disabled,
        subscription,
        subscriptions,
        verify_subscription,
    )

_HOMES = {
    "article_urls": "storage.articles",
    "search_articles": "storage.articles",
    "seen_urls": "storage.articles",
    "shows_read": "storage.articles",
    "mark_read": "storage.articles",
    "store_article": "storage.articles",
    "text_hash": "storage.articles",
    "baseline_sent": "storage.baselines",
    "record_baseline": "storage.baselines",
    "sources_unpolled": "storage.baselines",
    "database_size": "storage.bodies",
    "drop_old_bodies": "storage.bodies",
    "vacuum": "storage.bodies",
    "change_payloads": "storage.changelog",
    "make_engine": "storage.db",
    "transaction": "storage.db",
    "upgrade": "storage.db",
    "StorageError": "storage.errors",
    "explain": "storage.explain",
    "get_state": "storage.fetchstate",
    "save_state": "storage.fetchstate",
    "save_states": "storage.fetchstate",
    "source_states": "storage.fetchstate",
    "beat": "storage.health",
    "channel_health": "storage.health",
    "health_states": "storage.health",
    "last_beat": "storage.health",
    "lock_health": "storage.health",
    "record_health": "storage.health",
    "set_health": "storage.health",
    "source_health": "storage.health",
    "lease_due_sources": "storage.leases",
    "lease_holders": "storage.leases",
    "release_leases": "storage.leases",
    "beliefs": "storage.ledger",
    "beliefs_as_of": "storage.ledger",
    "changes": "storage.ledger",
    "history": "storage.claimpages",
    "history_page": "storage.claimpages",
    "HistoryPage": "storage.claimpages",
    "record": "storage.ledger",
    "lock_batch": "storage.locks",
    "enqueue": "storage.outbox",
    "idempotency_key": "storage.outbox",
    "lease_digests": "storage.outbox",
    "lease_due": "storage.outbox",
    "list_outbox": "storage.outbox",
    "mark_dead": "storage.outbox",
    "mark_delivered": "storage.outbox",
    "mark_retry": "storage.outbox",
    "outbox_counts": "storage.outbox",
    "retry_dead": "storage.outbox",
    "Roster": "storage.people",
    "open_for_queries": "storage.schema",
    "burst_candidates": "storage.publications",
    "give_burst": "storage.publications",
    "publication_record": "storage.publications",
    "record_publications": "storage.publications",
    "consecutive_failures": "storage.sources",
    "list_sources": "storage.sources",
    "record_poll": "storage.sources",
    "share_poll": "storage.sources",
    "retire_topics": "storage.sources",
    "sync_sources": "storage.sources",
    "rebuild_tallies": "storage.tallies",
    "site_records": "storage.trust",
    "site_weights": "storage.trust",
    "clear_url_failure": "storage.urlfailures",
    "list_url_failures": "storage.urlfailures",
    "record_url_failure": "storage.urlfailures",
    "url_failures_in_a_row": "storage.urlfailures",
    "urls_waiting": "storage.urlfailures",
    "add_subscription": "storage.websub",
    "end_subscription": "storage.websub",
    "lapse_subscriptions": "storage.websub",
    "latest_subscription": "storage.websub",
    "mark_requested": "storage.websub",
    "push_live": "storage.websub",
    "renewals_due": "storage.websub",
    "subscribed_disabled": "storage.websub",
    "subscription": "storage.websub",
    "subscriptions": "storage.websub",
    "verify_subscription": "storage.websub",
}

__all__ = list(_HOMES)


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'storage' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
