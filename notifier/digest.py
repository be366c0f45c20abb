"""A digest as a message: the changes of one period, those of one article together, in order.

The subject counts the changes and says the period; the bodies list every alert's subject (one per
article: "3 new cast members: …"), then each alert as it renders alone (everything scraped still
escaped).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from notifier.describe import MONTHS
from notifier.group import group_subject, render_group
from notifier.payload import PAYLOAD_VERSION, alert_summaries
from notifier.render import heading, html_fragment
from notifier.types import Digest, Message


def digest_subject(digest: Digest) -> str:
    shows = {heading(alert) for alert in digest.alerts}
    title = shows.pop() if len(shows) == 1 else "claimwatch"
    count = len(digest.alerts)
    return f"{title}: {count} change{'' if count == 1 else 's'}, {period(digest)}"


def period(digest: Digest) -> str:
    """ "1 March 2026" for a day from midnight, else the two times."""
    start, end = digest.start, digest.end
    if (end - start).total_seconds() == 86400 and start.time() == dt.time(0):
        return f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    return f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC"


def digest_lines(digest: Digest) -> list[str]:
    """One line per alert (the changes of one article are one), in the order they happened."""
    return [f"• {group_subject(group)}" for group in digest.groups]


def render_digest(digest: Digest) -> Message:
    head = digest_subject(digest)
    messages = [render_group(group) for group in digest.groups]
    text = "\n".join([head, "", *digest_lines(digest), ""])
    text += "".join(f"\n{'=' * 8}\n\n{message.text}" for message in messages)
    items = "".join(f"<li>{html.escape(message.subject)}</li>" for message in messages)
    sections = "".join(f"<hr>{html_fragment(message.html)}" for message in messages)
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family: sans-serif">'
            f'<h2 style="font-size: 16px">{html.escape(head)}</h2><ul>{items}</ul>{sections}</body></html>\n')
    return Message(subject=head, text=text, html=page)


def digest_payload(digest: Digest, key: str) -> dict[str, Any]:
    """The webhook body of a digest (payload version 1, type ``claimwatch.digest``)."""
    message = render_digest(digest)
    return {
        "version": PAYLOAD_VERSION,
        "type": "claimwatch.digest",
        "id": key,
        "subject": message.subject,
        "text": message.text,
        "period": {"start": digest.start.isoformat(), "end": digest.end.isoformat()},
        "changes": [alert.to_change() for alert in digest.alerts],
        "alerts": alert_summaries(digest.groups),
    }
