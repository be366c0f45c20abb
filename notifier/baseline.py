"""A season's initial state as one message: every belief in one line, each with its sentence and link.

Sent once, on a season's first round, instead of an alert per change (the first round of a back
catalogue moves every belief many times). The alert's value is ``{"beliefs": [change dicts]}``, each
belief written as the "first" news of it, with its newest evidence sentence.
"""

from __future__ import annotations

import html

from notifier.render import (
    evidence_lines,
    footer,
    heading,
    html_page,
    shown_evidence,
    statement,
    strength,
    text_page,
)
from notifier.types import Alert, Message

BASELINE_CHANGE = "baseline"  # a health alert whose value is the initial state


def is_baseline(alert: Alert) -> bool:
    return alert.change == BASELINE_CHANGE


def baseline_beliefs(alert: Alert) -> list[Alert]:
    """The beliefs of the summary, as alerts of the same show."""
    value = alert.value if isinstance(alert.value, dict) else {}
    return [Alert.from_change(belief, show_title=alert.show_title)
            for belief in value.get("beliefs") or () if isinstance(belief, dict)]


def baseline_subject(alert: Alert) -> str:
    count = len(baseline_beliefs(alert))
    held = "nothing announced yet" if count == 0 else f"{count} belief{'' if count == 1 else 's'}"
    return f"{heading(alert)}: initial state, {held}"


def render_baseline(alert: Alert) -> Message:
    beliefs = baseline_beliefs(alert)
    head = baseline_subject(alert)
    intro = ["What is believed now; from here on, each change is sent as it happens."]
    text = text_page([[head], intro, *(_text_block(belief) for belief in beliefs)], footer(alert))
    parts = [f"<p>{html.escape(intro[0])}</p>", *(_html_block(belief) for belief in beliefs)]
    return Message(subject=head, text=text, html=html_page(head, parts, footer(alert)))


def baseline_lines(alert: Alert) -> list[str]:
    """The subject, then each belief with its sentence indented under it: the console's shape."""
    return [baseline_subject(alert), *(f"  {line}" for belief in baseline_beliefs(alert)
                                       for line in _text_block(belief))]


def belief_line(belief: Alert) -> str:
    """ "release window March 2026 (reported, 2 sources)"."""
    return f"{statement(belief.kind, belief.value)}{strength(belief)}"


def _text_block(belief: Alert) -> list[str]:
    shown, _ = shown_evidence(belief)
    return [f"• {belief_line(belief)}", *(f"    {line}" for e in shown[:1] for line in evidence_lines(e))]


def _html_block(belief: Alert) -> str:
    shown, _ = shown_evidence(belief)
    quote = "".join(f"<br><small>{html.escape(' '.join(evidence_lines(e)))}</small>" for e in shown[:1])
    return f"<p>{html.escape(belief_line(belief))}{quote}</p>"
