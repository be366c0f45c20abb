"""Shortening a message to a channel's size limit: whole lines kept, the rest behind a link, never dropped.

A chat platform refuses (Discord) or cuts (Slack) a long message, and a mail client clips a long
one (Gmail past about 100 kB), so a message over its channel's limit keeps its first lines (the
subject first) and ends with a line saying how much was left out and where to read it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from notifier.render import is_http_url
from notifier.types import Alert

Tail = Callable[[int, str | None], str]  # (lines left out, link) -> the closing line


def plain_tail(hidden: int, link: str | None) -> str:
    where = f": the rest at {link}" if link else ""
    return f"… shortened, {hidden} more line{'' if hidden == 1 else 's'}{where}"


def shorten(lines: Sequence[str], limit: int, link: str | None, tail: Tail = plain_tail) -> str:
    """``lines`` joined, or as many of the first ones as fit with a closing line naming ``link``."""
    full = "\n".join(lines)
    if len(full) <= limit:
        return full
    for keep in range(len(lines) - 1, 0, -1):
        text = "\n".join([*lines[:keep], tail(len(lines) - keep, link)])
        if len(text) <= limit:
            return text
    closing = tail(len(lines) - 1, link)
    room = limit - len(closing) - 2  # the first line itself is too long: cut it, keep the link whole
    if room <= 0:
        return closing[:limit]
    return f"{lines[0][:room]}…\n{closing}"


def link_for(alerts: Sequence[Alert], configured: str | None) -> str | None:
    """Where the rest can be read: the channel's ``link`` option, else the first article quoted."""
    if configured:
        return configured
    for alert in alerts:
        for url in [e.url for e in alert.evidence] + list(alert.urls):
            if is_http_url(url):
                return url
    return None
