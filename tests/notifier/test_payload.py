"""The webhook payload: versioned, documented, and carrying the whole change."""

from __future__ import annotations

import json

from notifier import Alert, test_alert, webhook_payload
from notifier.payload import payload_bytes
from tests.notifier.conftest import RELEASE_MOVED, SHOW_TITLE


def test_payload_is_versioned_and_says_what_changed(alert):
    payload = webhook_payload(alert)
    assert payload["version"] == 2
    assert payload["type"] == "claimwatch.change"
    assert payload["id"] == 7
    assert payload["subject"] == (
        "All of Us Are Dead S2: release window now March 2026 (reported, 3 sources), was: early 2026"
    )
    assert payload["change"]["show_title"] == SHOW_TITLE
    assert payload["change"]["value"] == RELEASE_MOVED["value"]
    assert payload["change"]["evidence"] == RELEASE_MOVED["evidence"]


def test_payload_change_reads_back_into_the_same_alert(alert):
    change = json.loads(payload_bytes(webhook_payload(alert)))["change"]
    assert Alert.from_change(change, show_title=change["show_title"]) == alert


def test_payload_change_keeps_every_key_storage_gave(alert):
    change = webhook_payload(alert)["change"]
    assert {key: change[key] for key in RELEASE_MOVED} == RELEASE_MOVED


def test_a_test_alert_has_its_own_type():
    assert webhook_payload(test_alert("All of Us Are Dead"))["type"] == "claimwatch.test"


def test_payload_bytes_are_utf8_json_with_text_unescaped(make_alert):
    body = payload_bytes(
        webhook_payload(make_alert(evidence=[{"url": "https://example.org/k", "sentence": "시즌 2 공개"}]))
    )
    assert "시즌 2 공개".encode() in body
