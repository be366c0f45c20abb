"""The console channel: prints each alert's subject and its evidence, for the demo and for trying out."""

from __future__ import annotations

import sys
from typing import ClassVar, TextIO

from notifier.channels.base import Channel
from notifier.digest import digest_lines, digest_subject
from notifier.errors import DeliveryError
from notifier.render import evidence_lines, shown_evidence, subject
from notifier.types import Alert, Digest


class ConsoleChannel(Channel):
    kind = "console"
    options: ClassVar[dict[str, str]] = {}

    stream: TextIO | None = None  # None: whatever sys.stdout is at the time of sending

    async def send(self, alert: Alert, *, idempotency_key: str) -> None:
        self._write(format_console(alert))

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
    lines = [subject(alert)]
    shown, hidden = shown_evidence(alert)
    for evidence in shown:
        lines += [f"  {line}" for line in evidence_lines(evidence)]
    if hidden:
        lines.append(f"  and {hidden} more")
    return "\n".join(lines) + "\n"
