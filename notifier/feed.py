"""An Atom feed (RFC 4287) of alerts, so any feed reader can follow a topic: `claimwatch feed`.

Each alert is one entry, the changes one article caused together: its title the alert's subject
("3 new cast members: …"), its content the alert's HTML body (which escapes every scraped string;
the XML writer escapes it once more as the entry's text), a link to the first article, and an id
made from the show, season and first change id, so it never changes when the feed is written again. The XML is built with ElementTree, which escapes all text and attributes.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from notifier.group import render_group
from notifier.render import heading, html_fragment, is_http_url
from notifier.types import Alert, AlertGroup, group_alerts

ATOM = "http://www.w3.org/2005/Atom"
ID_AUTHORITY = "tag:claimwatch.invalid,2026"  # a tag URI (RFC 4151) ours alone: .invalid is never a host


def feed_id(show: str, season: int | None) -> str:
    return f"{ID_AUTHORITY}:{show}:s{season if season is not None else '-'}"


def entry_id(alert: Alert) -> str:
    return f"{feed_id(alert.show, alert.season)}:change:{alert.id}"


def atom_feed(alerts: Sequence[Alert], *, show: str, season: int | None, title: str,
              self_url: str | None = None, now: dt.datetime | None = None) -> bytes:
    """The feed of ``alerts``, one entry per article's changes, newest first, as UTF-8 XML bytes."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    newest = max((a.at for a in alerts if a.at), default=None) or now or dt.datetime.now(dt.UTC)
    _text(root, "id", feed_id(show, season))
    _text(root, "title", f"{title}: what the press says, as it changes")
    _text(root, "updated", _time(newest))
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "claimwatch")
    _text(root, "generator", "claimwatch")
    if self_url:
        ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=self_url, type="application/atom+xml")
    for group in sorted(group_alerts(alerts), key=lambda g: _order(g.lead, newest), reverse=True):
        _entry(root, group, newest)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _order(alert: Alert, fallback: dt.datetime) -> tuple[dt.datetime, int]:
    return alert.at or fallback, alert.id if isinstance(alert.id, int) else 0


def _entry(root: ET.Element, group: AlertGroup, fallback: dt.datetime) -> None:
    alert, message = group.lead, render_group(group)
    entry = ET.SubElement(root, f"{{{ATOM}}}entry")
    _text(entry, "id", entry_id(alert))
    _text(entry, "title", message.subject)
    when = _time(alert.at or fallback)
    _text(entry, "updated", when)
    _text(entry, "published", when)
    urls = [e.url for a in group.alerts for e in a.evidence] + [u for a in group.alerts for u in a.urls]
    link = next((u for u in urls if is_http_url(u)), None)
    if link:
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=link, type="text/html")
    for kind in dict.fromkeys(a.kind for a in group.alerts):
        ET.SubElement(entry, f"{{{ATOM}}}category", term=kind)
    _text(entry, "summary", message.text).set("type", "text")
    _text(entry, "content", html_fragment(message.html)).set("type", "html")
    source = ET.SubElement(entry, f"{{{ATOM}}}author")
    _text(source, "name", heading(alert))


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = text
    return element


def _time(when: dt.datetime) -> str:
    aware = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
