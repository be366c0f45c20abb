"""The JSON body a webhook receives for one alert: the changes one article caused, versioned.

Version 2 (since grouped alerts): one POST carries every change one article made that the channel
hears, in ``changes``; ``change`` is the first of them, exactly as in version 1, so a version-1
receiver still reads a valid change (but only the first: read ``changes``). Each change gained
``tier``, ``previous_tier`` and ``article_id``. Within a version, fields are only ever added.

A receiver gets one JSON object per POST::

    {
      "version": 2,                       # this shape; a breaking change bumps it
      "type": "claimwatch.change",        # "claimwatch.test" for `claimwatch notify-test`
      "id": 7,                            # the first change's id in the ledger (null or "test" for a test)
      "subject": "All of Us Are Dead S2: 3 new cast members: Lee Min-jae, Park Ji-hu, Yoon Chan-young (reported, 2 sources)",
      "text": "...",                      # the plain-text body an email would carry
      "change": {...the first of "changes"...},
      "changes": [
        {
          "id": 7,
          "show": "all-of-us-are-dead",   # the topic's slug
          "show_title": "All of Us Are Dead",
          "season": 2,                    # or null
          "kind": "release_date",         # renewal | release_date | episode_count | cast | director |
                                          # writer | filming_start | filming_end | trailer
          "change": "value",              # first | value | certainty | tier | withdrawn | added | removed |
                                          # contradiction
          "value": {"start": "2026-03-01", "end": "2026-03-31", "text": "March 2026"},
          "previous": {"start": "2026-01-01", "end": "2026-04-30", "text": "early 2026"},
          "certainty": "reported",        # official | reported | speculative | null
          "previous_certainty": "speculative",
          "tier": "reported",             # confirmed (the platform or production said it) | reported (two or
                                          # more independent sites) | rumoured (one site, or a guess)
          "previous_tier": null,          # the tier before, when the ledger knows it
          "sources": 3,                   # independent sources behind the value
          "at": "2026-02-01T10:00:00+00:00",
          "urls": ["https://example.org/a"],
          "evidence": [{"url": "https://example.org/a", "site": "example.org", "sentence": "...",
                        "certainty": "reported", "attributed_to": "Variety"}],
          "article_id": 12,               # the article whose reading made the change (null for tests)
          "test": false
        }
      ]
    }

``tier`` is always there: a change row stored before tiers were is given one from its certainty
(official: confirmed) and sources (two or more: reported, else rumoured).

Values keep the shapes of shared/CLAIMS.md: a window ``{"start", "end", "text"}`` for release_date,
filming_* and trailer, an integer for episode_count, ``{"name", "character", "status"}`` for cast,
``{"name"}`` for director and writer, ``"renewed"``/``"cancelled"`` for renewal, or null. For a
contradiction ``value`` is the new, disagreeing side and ``previous`` the belief.

A digest (a channel with ``digest``) is one POST per period::

    {"version": 2, "type": "claimwatch.digest", "id": "claimwatch-digest-hook-20260301T000000Z",
     "subject": "All of Us Are Dead S2: 3 changes, 1 March 2026", "text": "...",
     "period": {"start": "2026-03-01T00:00:00+00:00", "end": "2026-03-02T00:00:00+00:00"},
     "changes": [{...one change object as above...}, ...],          # in the order they happened
     "alerts": [{"id": 7, "subject": "...", "changes": [7, 8, 9]}, ...]}   # the changes by article

A health alert (a channel with ``health = true``) is a ``claimwatch.change`` whose change has
``"kind": "health"``, ``"change"`` one of source_failing, source_recovered, source_quiet,
source_active, source_overdue, source_on_time, channel_failing, channel_recovered, daemon_late, daemon_on_time, and ``"value"``
``{"subject": "<source or channel>", "detail": "...", "count": 3, "since": "<ISO time>"}``.

A contradiction's evidence items carry ``"side"``: ``"belief"`` (what is held) or ``"claim"`` (what
disagrees).

Delivery is at least once: the ``webhook-id`` header carries the idempotency key, the same on every
retry of one alert to one channel, so a receiver can drop duplicates. With a ``whsec_`` secret the
request is signed the Standard Webhooks way (``webhook-timestamp`` and ``webhook-signature``
headers); verify it with any Standard Webhooks library.
"""

from __future__ import annotations

import json
from typing import Any

from notifier.group import group_subject, render_group
from notifier.types import Alert, AlertGroup

PAYLOAD_VERSION = 2
PAYLOAD_TYPE = "claimwatch.change"
TEST_PAYLOAD_TYPE = "claimwatch.test"


def webhook_payload(alert: Alert) -> dict[str, Any]:
    """The body for one alert alone (a group of one)."""
    return group_payload(AlertGroup((alert,)))


def group_payload(group: AlertGroup) -> dict[str, Any]:
    """The body for the changes one article caused: ``change`` the first, ``changes`` all of them."""
    message = render_group(group)
    changes = [alert.to_change() for alert in group.alerts]
    return {
        "version": PAYLOAD_VERSION,
        "type": TEST_PAYLOAD_TYPE if group.lead.test else PAYLOAD_TYPE,
        "id": group.lead.id,
        "subject": message.subject,
        "text": message.text,
        "change": changes[0],
        "changes": changes,
    }


def alert_summaries(groups: list[AlertGroup]) -> list[dict[str, Any]]:
    """A digest's alerts: each group's subject and the ids of its changes."""
    return [{"id": group.lead.id, "subject": group_subject(group), "changes": list(group.ids)} for group in groups]


def payload_bytes(payload: dict[str, Any]) -> bytes:
    """The exact bytes sent (and signed): compact UTF-8 JSON, keys in a stable order."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")
