"""The changes one article caused, as one message: a subject that sums them up, bodies that list each.

"All of Us Are Dead S2: 3 new cast members: Lee Min-jae, Park Ji-hu, Yoon Chan-young (reported,
2 sources)": people added the same way share a line, every other change keeps its own line, and
the lines are joined with "; ". The bodies list each change with its before/after and evidence. A
group of one renders exactly as its alert alone (``render.render``).
"""

from __future__ import annotations

import html

from notifier import defaults
from notifier.baseline import baseline_beliefs, baseline_lines, baseline_subject, is_baseline, render_baseline
from notifier.describe import clean, person_name
from notifier.render import (
    change_line,
    evidence_lines,
    footer,
    heading,
    html_blocks,
    html_page,
    render,
    shown_evidence,
    strength,
    subject,
    text_blocks,
    text_page,
)
from notifier.types import Alert, AlertGroup, Evidence, Message
from scraper.claimkinds import PERSON_KINDS

# What several people added the same way are called, by kind and status.
_PEOPLE_NOUNS = {
    ("cast", "returning"): "returning cast members",
    ("cast", "departing"): "cast members leaving",
    ("cast", "new"): "new cast members",
    ("director", "new"): "new directors",
    ("writer", "new"): "new writers",
}


def render_group(group: AlertGroup) -> Message:
    if is_baseline(group.lead):
        return render_baseline(group.lead)
    if len(group.alerts) == 1:
        return render(group.lead)
    return Message(subject=group_subject(group), text=group_text(group), html=group_html(group))


def group_subject(group: AlertGroup) -> str:
    if is_baseline(group.lead):
        return baseline_subject(group.lead)
    if len(group.alerts) == 1:
        return subject(group.lead)
    test = "[test] " if any(alert.test for alert in group.alerts) else ""
    return f"{test}{heading(group.lead)}: {'; '.join(summary_lines(group))}"


def summary_lines(group: AlertGroup) -> list[str]:
    """One line per bunch of people added the same way, one per other change, in the group's order."""
    bunches: dict[tuple[object, ...], list[Alert]] = {}
    for alert in group.alerts:
        bunches.setdefault(_bunch(alert), []).append(alert)
    return [_bunch_line(members) for members in bunches.values()]


def _bunch(alert: Alert) -> tuple[object, ...]:
    if alert.change == "added" and alert.kind in PERSON_KINDS:
        return ("people", alert.kind, _status(alert))
    return ("alone", id(alert))


def _status(alert: Alert) -> str:
    status = alert.value.get("status") if isinstance(alert.value, dict) else None
    return status if alert.kind == "cast" and status in ("returning", "departing") else "new"


def _bunch_line(members: list[Alert]) -> str:
    if len(members) == 1:
        return change_line(members[0])
    noun = _PEOPLE_NOUNS[(members[0].kind, _status(members[0]))]
    strengths = {strength(alert) for alert in members}
    if len(strengths) == 1:
        names = ", ".join(_name(alert) for alert in members)
        return f"{len(members)} {noun}: {names}{strengths.pop()}"
    return f"{len(members)} {noun}: " + ", ".join(f"{_name(alert)}{strength(alert)}" for alert in members)


def _name(alert: Alert) -> str:
    return person_name(alert.value) or "someone"


def group_footer(group: AlertGroup) -> str:
    if len(group.alerts) == 1 or group.lead.test:
        return footer(group.lead)
    return f"Sent by claimwatch (changes {', '.join(f'#{clean(i)}' for i in group.ids)})."


def group_text(group: AlertGroup) -> str:
    """The summary, one bullet per change, then each change's details and evidence under its own line."""
    blocks = [[group_subject(group)], [f"• {change_line(alert)}" for alert in group.alerts]]
    for number, alert in enumerate(group.alerts, 1):
        sections = text_blocks(alert)
        blocks += [[f"{number}. {change_line(alert)}", *sections[0]], *sections[1:]]
    return text_page(blocks, group_footer(group))


def group_html(group: AlertGroup) -> str:
    items = "".join(f"<li>{html.escape(change_line(alert))}</li>" for alert in group.alerts)
    parts = [f"<ul>{items}</ul>"]
    for alert in group.alerts:
        parts += ["<hr>", f'<h3 style="font-size: 15px">{html.escape(change_line(alert))}</h3>', *html_blocks(alert)]
    return html_page(group_subject(group), parts, group_footer(group))


def group_evidence(group: AlertGroup) -> tuple[list[Evidence], int]:
    """The sentences a short message (console, chat) quotes: each once, at most MAX_EVIDENCE; and how many
    more there were. A group of one quotes what its alert would; a season's initial state, its beliefs'."""
    alerts = baseline_beliefs(group.lead) if is_baseline(group.lead) else group.alerts
    if len(alerts) == 1:
        return shown_evidence(alerts[0])
    seen: dict[tuple[str, str], Evidence] = {}
    for alert in alerts:
        for evidence in alert.evidence:
            if clean(evidence.sentence):
                seen.setdefault((clean(evidence.url), clean(evidence.sentence)), evidence)
    quoted = list(seen.values())
    return quoted[: defaults.MAX_EVIDENCE], max(len(quoted) - defaults.MAX_EVIDENCE, 0)


def group_quote_lines(group: AlertGroup) -> list[str]:
    """The subject, then each quoted sentence and where it was read, indented: the console's shape."""
    if is_baseline(group.lead):
        return baseline_lines(group.lead)
    shown, hidden = group_evidence(group)
    lines = [group_subject(group)]
    for evidence in shown:
        lines += [f"  {line}" for line in evidence_lines(evidence)]
    return lines + ([f"  and {hidden} more"] if hidden else [])
