"""Errors of the notifier. Each names the channel; a config error also names the key."""

from __future__ import annotations


class NotifierError(Exception):
    """Base of every error the notifier raises for bad config or a failed delivery."""


class ChannelConfigError(NotifierError):
    """A channel's settings are wrong: an unknown or missing key, or a bad value."""

    def __init__(self, channel: str, key: str, reason: str) -> None:
        self.channel = channel
        self.key = key
        self.reason = reason
        super().__init__(f"channel {channel!r}: {key}: {reason}")


class DeliveryError(NotifierError):
    """A channel could not deliver an alert.

    ``permanent`` means trying again cannot help (a 400, a refused recipient, a bad password): the
    alert becomes a dead letter at once. Otherwise it is retried later, no sooner than
    ``retry_after`` seconds when the receiver said so.
    """

    def __init__(
        self, channel: str, reason: str, *, permanent: bool = False, retry_after: float | None = None
    ) -> None:
        self.channel = channel
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after
        kind = "permanent" if permanent else "transient"
        super().__init__(f"channel {channel!r}: {reason} ({kind})")
