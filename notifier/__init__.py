"""The notifier: a change of belief in, messages out through channels (console, email, webhooks).

It turns storage's change dicts into alerts (those of one article grouped into one), renders them, delivers them and decides when a failed
delivery is retried. It decides nothing about what changed and imports neither storage nor scraper.
"""

from __future__ import annotations

from notifier.channels import CHANNEL_KINDS, Channel, make_channel
from notifier.errors import ChannelConfigError, DeliveryError, NotifierError
from notifier.group import render_group
from notifier.payload import PAYLOAD_VERSION, group_payload, webhook_payload
from notifier.render import render
from notifier.retry import RetryPolicy, next_attempt_at
from notifier.types import TIERS, Alert, AlertGroup, Evidence, Message, derive_tier, group_alerts, test_alert

__all__ = [
    "CHANNEL_KINDS",
    "PAYLOAD_VERSION",
    "Alert",
    "AlertGroup",
    "Channel",
    "ChannelConfigError",
    "DeliveryError",
    "Evidence",
    "Message",
    "NotifierError",
    "RetryPolicy",
    "TIERS",
    "derive_tier",
    "group_alerts",
    "group_payload",
    "make_channel",
    "next_attempt_at",
    "render",
    "render_group",
    "test_alert",
    "webhook_payload",
]
