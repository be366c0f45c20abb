"""An alert as a message: a one-line subject saying the change, a text body and an HTML body.

The subject is the whole news in one line ("All of Us Are Dead S2: release date now March 2026
(reported, 3 sources), was: early 2026"); the bodies add the before and after and the evidence
sentences, quoted with their site and link. Every scraped string is cleaned to one printable line
(describe.clean) and, in HTML, escaped; only http(s) links become anchors.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import urlsplit

from notifier import defaults
from notifier.describe import clean, describe_value, label, person_name, window_as_written
from notifier.health import health_line
from notifier.types import Alert, Evidence, Message
from scraper.claimkinds import PERSON_KINDS

HEALTH_KIND = "health"
_ROLE_VERBS = {"director": "to direct", "writer": "to write"}


def render(alert: Alert) -> Message:
    return Message(subject=subject(alert), text=render_text(alert), html=render_html(alert))


# --- subject ------------------------------------------------------------------------------------


def subject(alert: Alert) -> str:
    """The change in one line, prefixed with the show and season."""
    if alert.kind == HEALTH_KIND:
        return f"[health] {heading(alert)}: {change_line(alert)}"
    return f"{'[test] ' if alert.test else ''}{heading(alert)}: {change_line(alert)}"


def change_line(alert: Alert) -> str:
    """The change in words without the show: "release date now March 2026 (reported, 3 sources), was: …"."""
    if alert.kind == HEALTH_KIND:
        return health_line(alert.change, alert.value)
    return _SUBJECTS.get(alert.change, _changed)(alert)


def heading(alert: Alert) -> str:
    title = clean(alert.show_title) or clean(alert.show) or "claimwatch"
    return f"{title} S{alert.season}" if alert.season is not None else title


def _now(alert: Alert) -> str:
    return describe_value(alert.kind, alert.value)


def _before(alert: Alert) -> str:
    return describe_value(alert.kind, alert.previous)


def strength(alert: Alert) -> str:
    """ "(reported, 3 sources)": the tier (confirmed, reported, rumoured) and how many sources, when known."""
    parts = [clean(alert.tier)]
    if alert.sources:
        parts.append(f"{alert.sources} source" if alert.sources == 1 else f"{alert.sources} sources")
    return f" ({', '.join(parts)})" if parts else ""


def what(kind: str, value: object) -> str:
    """What a value is called: a release date is a "release window" until it is one day."""
    if kind == "release_date" and isinstance(value, dict) and value.get("start") != value.get("end"):
        return "release window"
    return label(kind)


def _first(alert: Alert) -> str:
    if alert.kind in PERSON_KINDS:
        return _added(alert)
    if alert.kind == "renewal":
        return f"{_now(alert)}{strength(alert)}"
    return f"{what(alert.kind, alert.value)} now {_now(alert)}{strength(alert)}, was: not announced"


def _value(alert: Alert) -> str:
    called = "now" if alert.kind == "renewal" else f"{what(alert.kind, alert.value)} now"
    return f"{called} {_now(alert)}{strength(alert)}, was: {_before(alert)}"


def _certainty(alert: Alert) -> str:
    was = f", was {clean(alert.previous_certainty)}" if alert.previous_certainty else ""
    return f"{statement(alert.kind, alert.value)} now {clean(alert.certainty) or 'unsure'}{strength(alert)}{was}"


def _tier(alert: Alert) -> str:
    """A belief corroborated without a new value: "12 episodes now reported (2 sources), was rumoured"."""
    sources = f" ({alert.sources} source{'s' if alert.sources != 1 else ''})" if alert.sources else ""
    was = f", was {clean(alert.previous_tier)}" if alert.previous_tier else ""
    return f"{statement(alert.kind, alert.value)} now {clean(alert.tier)}{sources}{was}"


def _withdrawn(alert: Alert) -> str:
    if alert.kind in PERSON_KINDS:
        return _removed(alert)
    return f"{what(alert.kind, alert.previous)} withdrawn ({clean(alert.tier)}), was: {_before(alert)}"


def _added(alert: Alert) -> str:
    if alert.kind not in PERSON_KINDS:
        return _first(alert)
    person = alert.value if isinstance(alert.value, dict) else {"name": alert.value}
    name = person_name(person) or "someone"
    sure = f" ({clean(alert.tier)})"
    if alert.kind != "cast":
        return f"{name} {_ROLE_VERBS[alert.kind]}{sure}"
    character = clean(person.get("character"))
    role = f" as {character}" if character else ""
    if person.get("status") == "departing":
        return f"{name} leaves the cast{sure}"
    if person.get("status") == "returning":
        return f"{name} returns{role}{sure}"
    return f"{name} joins the cast{role}{sure}"


def _removed(alert: Alert) -> str:
    name = person_name(alert.previous if alert.previous is not None else alert.value) or "someone"
    role = "in the cast" if alert.kind == "cast" else f"the {label(alert.kind)}"
    return f"{name} no longer {role}{strength(alert)}"


def _contradiction(alert: Alert) -> str:
    held, said = _sites(alert, "belief"), _sites(alert, "claim", clean(alert.tier))
    return f"sources disagree on {label(alert.kind)}: {_before(alert)}{held} vs {_now(alert)}{said}"


def _sites(alert: Alert, side: str, tier: str = "") -> str:
    """ " (The Streamsider; rumoured)": who says one side of a contradiction, and how well corroborated."""
    sites = [s for s in dict.fromkeys(clean(e.site) or _host(e.url) for e in alert.evidence if e.side == side) if s]
    said = "; ".join(part for part in (", ".join(sites), tier) if part)
    return f" ({said})" if said else ""


def _changed(alert: Alert) -> str:
    return f"{label(alert.kind)} changed: {_now(alert)}{strength(alert)}"


_SUBJECTS: dict[str, Callable[[Alert], str]] = {
    "first": _first,
    "value": _value,
    "certainty": _certainty,
    "withdrawn": _withdrawn,
    "added": _added,
    "removed": _removed,
    "contradiction": _contradiction,
    "tier": _tier,
    "corroborated": _tier,  # the ledger's name for a rumour now reported by a second site
    "status": _added,  # a person now leaving, or back: said as the news it is
}


def statement(kind: str, value: object) -> str:
    """A claim as a noun phrase: "release date March 2026", "12 episodes", "Lee Min-jae in the cast"."""
    if kind == "renewal":
        return "cancellation" if value == "cancelled" else "renewal"
    if kind == "episode_count":
        return describe_value(kind, value)
    if kind == "cast":
        return f"{person_name(value) or 'someone'} in the cast"
    if kind in PERSON_KINDS:
        return f"{person_name(value) or 'someone'} as {label(kind)}"
    return f"{what(kind, value)} {describe_value(kind, value)}"


# --- bodies -------------------------------------------------------------------------------------


def details(alert: Alert) -> list[tuple[str, str]]:
    """(heading, value) rows saying the before and after, for both bodies."""
    if alert.kind == HEALTH_KIND:
        value = alert.value if isinstance(alert.value, dict) else {}
        return [("What", health_line(alert.change, value)), ("Detail", clean(value.get("detail")) or "-"),
                ("Since", clean(value.get("since")) or "-")]
    if alert.change == "contradiction":
        rows = [
            ("Current belief", _with_certainty(alert, alert.previous, alert.previous_certainty)),
            ("Disagreeing claim", _with_certainty(alert, alert.value, alert.certainty)),
        ]
    else:
        rows = [("Now", _with_certainty(alert, alert.value, alert.certainty))]
        if alert.previous is not None or alert.previous_certainty:
            rows.append(("Before", _with_certainty(alert, alert.previous, alert.previous_certainty)))
    rows.append(("Tier", clean(alert.tier)))
    if alert.sources:
        rows.append(("Sources", str(alert.sources)))
    if alert.at:
        rows.append(("Changed at", alert.at.strftime("%Y-%m-%d %H:%M %Z").strip()))
    return rows


def _with_certainty(alert: Alert, value: object, certainty: str | None) -> str:
    text = describe_value(alert.kind, value)
    written = window_as_written(value)
    if written:
        text += f" (written “{written}”)"
    return f"{text}, {clean(certainty)}" if certainty else text


def shown_evidence(alert: Alert) -> tuple[list[Evidence], int]:
    """The evidence worth quoting (with a sentence), at most MAX_EVIDENCE, and how many were left out."""
    quoted = [e for e in alert.evidence if clean(e.sentence)]
    return quoted[: defaults.MAX_EVIDENCE], max(len(quoted) - defaults.MAX_EVIDENCE, 0)


_SIDE_HEADINGS = {"belief": "Evidence for the current belief", "claim": "Evidence for the disagreeing claim"}


def evidence_heading(evidence: Evidence) -> str:
    return _SIDE_HEADINGS.get(evidence.side or "", "Evidence") + ":"


def evidence_lines(evidence: Evidence) -> list[str]:
    """Two lines for one sentence: the quote, then "— site (according to X), URL"."""
    where, url = evidence_source(evidence)
    return [f"“{clean(evidence.sentence)}”", f"— {where}, {url}" if url else f"— {where}"]


def evidence_source(evidence: Evidence) -> tuple[str, str]:
    """("site (according to X)", URL) for one piece of evidence, both cleaned."""
    where = clean(evidence.site) or _host(evidence.url) or "unknown site"
    if evidence.attributed_to:
        where += f" (according to {clean(evidence.attributed_to)})"
    return where, clean(evidence.url)


def other_links(alert: Alert) -> list[str]:
    quoted = {clean(e.url) for e in alert.evidence}
    return [clean(url) for url in alert.urls if clean(url) and clean(url) not in quoted]


def render_text(alert: Alert) -> str:
    """Blocks separated by a blank line: subject, before/after, evidence, other links, footer."""
    return text_page([[subject(alert)], *text_blocks(alert)], footer(alert))


def text_page(blocks: list[list[str]], foot: str) -> str:
    """Blocks of lines separated by a blank line, then the footer."""
    blocks = [*blocks, ["--", foot]]
    return "\n\n".join("\n".join(block) for block in blocks if block) + "\n"


def text_blocks(alert: Alert) -> list[list[str]]:
    """An alert's body without its subject and footer: before/after, evidence, other links."""
    blocks = [[f"{name}: {value}" for name, value in details(alert)]]
    shown, hidden = shown_evidence(alert)
    for index, evidence in enumerate(shown):
        new_group = index == 0 or evidence.side != shown[index - 1].side
        blocks.append(
            ([evidence_heading(evidence)] if new_group else []) + [f"  {line}" for line in evidence_lines(evidence)]
        )
    if hidden:
        blocks.append([f"  and {hidden} more"])
    links = other_links(alert)
    if links:
        blocks.append(["Also reported at:"] + [f"  {url}" for url in links])
    return blocks


def footer(alert: Alert) -> str:
    if alert.test:
        return "A test alert sent by claimwatch notify-test; no belief has changed."
    change = f" (change #{clean(alert.id)})" if alert.id is not None else ""
    return f"Sent by claimwatch{change}."


# --- HTML ---------------------------------------------------------------------------------------


def render_html(alert: Alert) -> str:
    return html_page(subject(alert), html_blocks(alert), footer(alert))


def html_page(title: str, parts: list[str], foot: str) -> str:
    """A whole HTML message: the title as its heading, the parts, the footer; ``title`` and ``foot`` escaped here."""
    head = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"></head><body style="font-family: sans-serif">',
        f'<h2 style="font-size: 16px">{html.escape(title)}</h2>',
    ]
    tail = f'<p style="color: #666; font-size: 12px">{html.escape(foot)}</p></body></html>'
    return "\n".join([*head, *parts, tail]) + "\n"


def html_blocks(alert: Alert) -> list[str]:
    """An alert's HTML body without its heading and footer: the before/after table, evidence, other links."""
    e = html.escape
    rows = "".join(
        f'<tr><th align="left">{e(name)}</th><td>{e(value)}</td></tr>' for name, value in details(alert)
    )
    parts = [f"<table>{rows}</table>"]
    shown, hidden = shown_evidence(alert)
    for index, evidence in enumerate(shown):
        if index == 0 or evidence.side != shown[index - 1].side:
            parts.append(f'<h3 style="font-size: 14px">{html.escape(evidence_heading(evidence)[:-1])}</h3>')
        parts.append(_html_quote(evidence))
    if hidden:
        parts.append(f"<p>and {hidden} more</p>")
    links = other_links(alert)
    if links:
        items = "".join(f"<li>{_html_link(url, url)}</li>" for url in links)
        parts.append(f'<h3 style="font-size: 14px">Also reported at</h3><ul>{items}</ul>')
    return parts


def html_fragment(page: str) -> str:
    """The HTML between <body> and </body> of a rendered page, for a digest's or a feed's section."""
    start = page.index(">", page.index("<body")) + 1
    return page[start : page.rindex("</body>")].strip()


def _html_quote(evidence: Evidence) -> str:
    site = clean(evidence.site) or _host(evidence.url) or "unknown site"
    cited = f" (according to {html.escape(clean(evidence.attributed_to))})" if evidence.attributed_to else ""
    return (
        f"<blockquote>“{html.escape(clean(evidence.sentence))}”<br>"
        f"<small>— {_html_link(clean(evidence.url), site)}{cited}</small></blockquote>"
    )


def _html_link(url: str, text: str) -> str:
    """An anchor for http(s) URLs only: a scraped "javascript:" link stays inert text."""
    if is_http_url(url):
        return f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>'
    return html.escape(text)


def _host(url: str) -> str:
    try:
        return clean(urlsplit(clean(url)).hostname)
    except ValueError:  # a malformed URL ("http://[x") from a scraped page
        return ""


def is_http_url(url: str) -> bool:
    try:
        return urlsplit(url).scheme.lower() in ("http", "https")
    except ValueError:
        return False
