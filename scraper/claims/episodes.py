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
                    and not _title_number(ctx, found.start()):
                drafts[number] = Draft("episode_count", number, ctx.negated, at=found.start())
    return sorted(drafts.values(), key=lambda draft: draft.at)


# "Nordlicht 2 episodes will be 10", "season 2 episodes": the 2 is the title's or the season's number, not a count.
_SEASON_NUMBER_BEFORE = re.compile(r"\b(?:season|seasons|part|s|staffel|temporada|saison|sezon|stagione|시즌)\s?\d$", re.I)


def _title_number(ctx: Context, at: int) -> bool:
    before = ctx.sentence[max(0, at - 40):at + 1]
    if _SEASON_NUMBER_BEFORE.search(before):
        return True
    titles = ctx.rules.titles
    number = re.search(r"\s?\d$", before)
    return bool(titles and number and any(m.end() == len(before) - len(number.group(0))
                                          for m in titles.finditer(before)))
# "four episodes shorter than the first", "two episodes more than season 1": a difference, not a count.
_DIFFERENCE = re.compile(r"\s*(?:shorter|longer|fewer|more|less|short of)\b|[^.,;]{0,12}\bthan\b", re.I)
