"""Fixtures for the notifier's tests: a change as storage emits it, and the real local servers."""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from notifier import Alert
from tests.notifier.servers import MailServer, WebhookReceiver

SHOW_TITLE = "All of Us Are Dead"
# A Standard Webhooks secret for the tests (whsec_ and base64 of 32 bytes).
SECRET = "whsec_" + base64.b64encode(b"claimwatch-test-secret-32-bytes!").decode()

# Written for these tests; the shape is storage's ChangeRecord.to_json().
RELEASE_MOVED: dict[str, Any] = {
    "id": 7,
    "show": "all-of-us-are-dead",
    "season": 2,
    "kind": "release_date",
    "change": "value",
    "value": {"start": "2026-03-01", "end": "2026-03-31", "text": "March 2026"},
    "previous": {"start": "2026-01-01", "end": "2026-04-30", "text": "early 2026"},
    "certainty": "reported",
    "previous_certainty": "speculative",
    "sources": 3,
    "at": "2026-02-01T10:00:00+00:00",
    "urls": ["https://example.org/a", "https://news.example.com/b"],
    "evidence": [
        {
            "url": "https://example.org/a",
            "site": "example.org",
            "sentence": "The zombie drama's second run now lands on the streamer in March 2026.",
            "certainty": "reported",
            "attributed_to": "Variety",
        }
    ],
}


@pytest.fixture
def make_alert() -> Callable[..., Alert]:
    """An alert from RELEASE_MOVED with any keys replaced: make_alert(kind="cast", value={...})."""

    def build(**changes: Any) -> Alert:
        change = copy.deepcopy(RELEASE_MOVED)
        change.update(changes)
        return Alert.from_change(change, show_title=SHOW_TITLE)

    return build


@pytest.fixture
def alert(make_alert: Callable[..., Alert]) -> Alert:
    return make_alert()


@pytest.fixture
def mail_server() -> Iterator[MailServer]:
    with MailServer() as server:
        yield server


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def signed_receiver() -> Iterator[WebhookReceiver]:
    """A receiver that verifies every request with the standardwebhooks library (401 when it fails)."""
    with WebhookReceiver(secret=SECRET) as receiver:
        yield receiver
