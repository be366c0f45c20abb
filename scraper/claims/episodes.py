"""Episode counts: "twelve episodes", "an eight-part season", "12부작", "Episodes: 8"."""

from __future__ import annotations

import re

from scraper.claims.context import Context, Draft
from scraper.claims.patterns import finditer


def episode_count(ctx: Context) -> list[Draft]:
    """Every count the sentence gives, each once: "8 episodes, fewer than the first season's 12"."""
    drafts: dict[int, Draft] = {}
    lex = ctx.lex
    patterns = lex.EPISODES if ":" in ctx.sentence else lex.EPISODES[:2]  # the others read infobox lines ("Episodes: 8")
    if " will " in ctx.lowered or " would " in ctx.lowered or " is " in ctx.lowered or " are " in ctx.lowered:
        patterns = [*patterns, *lex.EPISODES_AFTER]
    for pattern in patterns:
        for found in finditer(pattern, ctx.sentence):
            raw = next((value for value in found.groupdict().values() if value), "").lower()
            number = int(raw) if raw.isdigit() else lex.NUMBER_WORDS.get(raw)
            if number and 1 <= number <= 40 and number not in drafts and not _DIFFERENCE.match(ctx.sentence, found.end()) \
                    and not _TITLE_NUMBER_BEFORE.search(ctx.sentence, max(0, found.start() - 30), found.start() + 1):
                drafts[number] = Draft("episode_count", number, ctx.negated, at=found.start())
    return sorted(drafts.values(), key=lambda draft: draft.at)


# "All of Us Are Dead 2 episodes will be 10": the 2 is the title's season, not a count.
_TITLE_NUMBER_BEFORE = re.compile(r"\b(?:dead|학교는|season|seasons|part|s)\s?\d$", re.I)
# "four episodes shorter than the first", "two episodes more than season 1": a difference, not a count.
_DIFFERENCE = re.compile(r"\s*(?:shorter|longer|fewer|more|less|short of)\b|[^.,;]{0,12}\bthan\b", re.I)
