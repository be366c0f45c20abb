"""The outbox's rows as `claimwatch outbox --json` prints them and the web page's API answers them."""

from __future__ import annotations

from typing import Any

from notifier.group import group_subject
from notifier.types import Alert, AlertGroup
from storage.types import OutboxItem


def outbox_row(item: OutboxItem, show_title: str) -> dict[str, Any]:
    """An alert waiting, retrying or given up, with the subject its message has."""
    alert = Alert.from_change(item.payload, show_title=show_title)
    return dict(item.to_json(), subject=group_subject(AlertGroup((alert,))))
