"""The notifier: a change of belief in, messages out through channels (console, email, webhooks).

It turns storage's change dicts into alerts, renders them, delivers them and decides when a failed
delivery is retried. It decides nothing about what changed and imports neither storage nor scraper.
"""

from __future__ import annotations

from notifier.channels import CHANNEL_KINDS, Channel, make_channel
from notifier.errors import ChannelConfigError, DeliveryError, NotifierError
from notifier.payload import PAYLOAD_VERSION, webhook_payload
from notifier.render import render
from notifier.retry import RetryPolicy, next_attempt_at
from notifier.types import Alert, Evidence, Message, test_alert

__all__ = [
    "CHANNEL_KINDS",
    "PAYLOAD_VERSION",
    "Alert",
    "Channel",
    "ChannelConfigError",
    "DeliveryError",
    "Evidence",
    "Message",
    "NotifierError",
    "RetryPolicy",
    "make_channel",
    "next_attempt_at",
    "render",
    "test_alert",
    "webhook_payload",
]
