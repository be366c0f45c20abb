"""The JSON body a webhook receives for one alert. Version 1; fields are only ever added.

A receiver gets one JSON object per POST::

    {
      "version": 1,                       # this shape; a breaking change would bump it
      "type": "claimwatch.change",        # "claimwatch.test" for `claimwatch notify-test`
      "id": 7,                            # the change's id in the ledger (null or "test" for a test)
      "subject": "All of Us Are Dead S2: release date now March 2026 (reported, 3 sources), was: early 2026",
      "text": "...",                      # the plain-text body an email would carry
      "change": {
        "id": 7,
        "show": "all-of-us-are-dead",     # the topic's slug
        "show_title": "All of Us Are Dead",
        "season": 2,                      # or null
        "kind": "release_date",           # renewal | release_date | episode_count | cast | director |
                                          # writer | filming_start | filming_end
        "change": "value",                # first | value | certainty | withdrawn | added | removed |
                                          # contradiction
        "value": {"start": "2026-03-01", "end": "2026-03-31", "text": "March 2026"},
        "previous": {"start": "2026-01-01", "end": "2026-04-30", "text": "early 2026"},
        "certainty": "reported",          # official | reported | speculative | null
        "previous_certainty": "speculative",
        "sources": 3,                     # independent sources behind the value
        "at": "2026-02-01T10:00:00+00:00",
        "urls": ["https://example.org/a"],
        "evidence": [{"url": "https://example.org/a", "site": "example.org", "sentence": "...",
                      "certainty": "reported", "attributed_to": "Variety"}],
        "test": false
      }
    }

Values keep the shapes of shared/CLAIMS.md: a window ``{"start", "end", "text"}`` for release_date
and filming_*, an integer for episode_count, ``{"name", "character", "status"}`` for cast,
``{"name"}`` for director and writer, ``"renewed"``/``"cancelled"`` for renewal, or null. For a
contradiction ``value`` is the new, disagreeing side and ``previous`` the belief.

A digest (a channel with ``digest``) is one POST per period::

    {"version": 1, "type": "claimwatch.digest", "id": "claimwatch-digest-hook-20260301T000000Z",
     "subject": "All of Us Are Dead S2: 3 changes, 1 March 2026", "text": "...",
     "period": {"start": "2026-03-01T00:00:00+00:00", "end": "2026-03-02T00:00:00+00:00"},
     "changes": [{...one "change" object as above...}, ...]}          # in the order they happened

A health alert (a channel with ``health = true``) is a ``claimwatch.change`` whose change has
``"kind": "health"``, ``"change"`` one of source_failing, source_recovered, source_quiet,
source_active, channel_failing, channel_recovered, daemon_late, daemon_on_time, and ``"value"``
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

from notifier.render import render
from notifier.types import Alert

PAYLOAD_VERSION = 1
PAYLOAD_TYPE = "claimwatch.change"
TEST_PAYLOAD_TYPE = "claimwatch.test"


def webhook_payload(alert: Alert) -> dict[str, Any]:
    message = render(alert)
    return {
        "version": PAYLOAD_VERSION,
        "type": TEST_PAYLOAD_TYPE if alert.test else PAYLOAD_TYPE,
        "id": alert.id,
        "subject": message.subject,
        "text": message.text,
        "change": alert.to_change(),
    }


def payload_bytes(payload: dict[str, Any]) -> bytes:
    """The exact bytes sent (and signed): compact UTF-8 JSON, keys in a stable order."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")
