"""Which year a date named without one means: "premieres January 30" in a March article is next
January's, "filming began in March" this March's, "last July" the latest July gone.
"""

from __future__ import annotations

import datetime as dt
import re

from scraper.claims.certainty import clause_span
from scraper.claims.context import Context
from scraper.claims.dates import Found
from scraper.types import Window


def ahead(found: Found, ctx: Context, trigger: re.Match[str]) -> Window:
    """"premieres January 30" in a March article is next January's: a day or month named without a year and
    well before the publication date is the next one, unless the verb says it is past ("premiered")."""
    window, published, sentence = found.window, ctx.published, ctx.sentence
    this_season = found.kind == "season_rel" and window.text.lower().startswith("this")  # "this summer" in November
    if published is None or not (found.kind in YEARLESS or this_season) or _PAST_VERB.search(trigger.group(0)):
        return window
    if _PAST_AFTER.match(sentence, found.end) or _PAST_BEFORE.search(sentence, max(0, found.start - 12), found.start) \
            or _COUNTED.match(window.text):
        return window  # "28 Januari lalu", "last January", "지난 1월"
    if window.end >= published - dt.timedelta(days=PAST_GRACE_DAYS):
        return window
    return _a_year_on(window)


def planned_ahead(found: Found, ctx: Context, trigger: re.Match[str]) -> Window:
    """"Filming will begin in March" in a November article is next March; "filming began in March" is
    this one. Only a day or month named without a year, well before the publication date, and only
    when the clause says the shoot is still to come."""
    window, published = found.window, ctx.published
    if published is None or found.kind not in YEARLESS or window.end >= published - dt.timedelta(days=PAST_GRACE_DAYS):
        return window
    start, end = clause_span(ctx.sentence, trigger.start())
    if not _PLANNED.search(ctx.sentence, start, end) or _COUNTED.match(window.text) \
            or _PAST_BEFORE.search(ctx.sentence, max(0, found.start - 12), found.start):
        return window
    return _a_year_on(window)


def _a_year_on(window: Window) -> Window:
    try:
        return Window(window.start.replace(year=window.start.year + 1), window.end.replace(year=window.end.year + 1),
                      window.text)
    except ValueError:  # 29 February
        return window


# The shoot is still to come: "will begin", "is set to start", "was delayed until", "plans to".
_PLANNED = re.compile(r"\b(?:will|set to|scheduled|slated|expected|planned|plans? to|planning|is to|are to|delayed|"
                      r"pushed|postponed|put off|held up|on hold|moved|due to|going to|aims? to|hopes? to|would|upcoming|"
                      r"akan|dijadwalkan|rencananya|previsto|prevista)\b", re.I)

YEARLESS = frozenset({"md", "dm", "month_alone", "ko_md", "season_alone"})  # date patterns that guess the year from the publication date
PAST_GRACE_DAYS = 7  # a yearless date up to a week old may be the one just past; older, the next one (unless "premiered")
_PAST_AFTER = re.compile(r"\s*(?:lalu|ago|pasado|passado|dernier)\b", re.I)
_PAST_BEFORE = re.compile(r"(?:\blast|\bpast|\bearlier|지난|작년)\s*(?:\w+\s+)?$", re.I)
_COUNTED = re.compile(r"(?:last|next)\b", re.I)  # "last July": its year is already counted from the publication date
_PAST_VERB = re.compile(r"ed\b|\b(?:came|hit|landed|dropped|aired|arrived)\b", re.I)
