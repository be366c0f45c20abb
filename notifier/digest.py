"""A digest as a message: the changes of one period, each as its own alert would say it, in order.

The subject counts the changes and says the period; the bodies list every change's subject, then
each change's details and evidence as its own alert renders them (everything scraped still escaped).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from notifier.describe import MONTHS
from notifier.payload import PAYLOAD_VERSION
from notifier.render import heading, html_fragment, render_html, render_text, subject
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
    """One line per change, in the order the changes happened."""
    return [f"• {subject(alert)}" for alert in digest.alerts]


def render_digest(digest: Digest) -> Message:
    head = digest_subject(digest)
    text = "\n".join([head, "", *digest_lines(digest), ""])
    text += "".join(f"\n{'=' * 8}\n\n{render_text(alert)}" for alert in digest.alerts)
    items = "".join(f"<li>{html.escape(subject(alert))}</li>" for alert in digest.alerts)
    sections = "".join(f"<hr>{html_fragment(render_html(alert))}" for alert in digest.alerts)
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
    }
