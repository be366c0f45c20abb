"""Channels: where alerts go. Each kind is one module whose class registers itself by ``kind``."""

from __future__ import annotations

from notifier.channels import apprise, console, email, slack, webhook  # noqa: F401  (importing registers the kinds)
from notifier.channels.apprise import AppriseChannel
from notifier.channels.base import FILTER_OPTIONS, REGISTRY, REQUIRED, Channel, make_channel
from notifier.channels.console import ConsoleChannel
from notifier.channels.email import EmailChannel
from notifier.channels.slack import DiscordChannel, SlackChannel
from notifier.channels.webhook import WebhookChannel

CHANNEL_KINDS: tuple[str, ...] = tuple(sorted(REGISTRY))

__all__ = [
    "AppriseChannel",
    "CHANNEL_KINDS",
    "FILTER_OPTIONS",
    "REQUIRED",
    "Channel",
    "ConsoleChannel",
    "DiscordChannel",
    "EmailChannel",
    "SlackChannel",
    "WebhookChannel",
    "make_channel",
]
