"""The console channel: prints each alert's subject and its evidence, for the demo and for trying out."""

from __future__ import annotations

import sys
from typing import ClassVar, TextIO

from notifier.channels.base import Channel
from notifier.digest import digest_lines, digest_subject
from notifier.errors import DeliveryError
from notifier.group import group_quote_lines
from notifier.types import Alert, AlertGroup, Digest


class ConsoleChannel(Channel):
    kind = "console"
    options: ClassVar[dict[str, str]] = {}

    stream: TextIO | None = None  # None: whatever sys.stdout is at the time of sending

    async def send_group(self, group: AlertGroup, *, idempotency_key: str) -> None:
        self._write("\n".join(group_quote_lines(group)) + "\n")

    async def send_digest(self, digest: Digest, *, idempotency_key: str) -> None:
        self._write("\n".join([digest_subject(digest), *digest_lines(digest)]) + "\n")

    def _write(self, text: str) -> None:
        out = self.stream or sys.stdout
        try:
            out.write(text)
            out.flush()
        except (OSError, ValueError) as exc:  # a closed pipe or stream
            raise DeliveryError(self.name, f"cannot write to the console: {exc}") from exc


def format_console(alert: Alert) -> str:
    """The subject, then each quoted sentence and where it was read, indented under it."""
    return "\n".join(group_quote_lines(AlertGroup((alert,)))) + "\n"
