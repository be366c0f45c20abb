"""Which season numbers a sentence names, in any language the packs know.

Built from the packs' season templates and ordinals (``{n}`` a number, ``{ordinal}`` an ordinal
word); a feature of the decision layer, not a claim rule. Nothing here knows a show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from scraper.claims.packs import Pack

# Season words every pack's templates are checked against, for languages whose pack has none yet.
_FALLBACK = ("season {n}", "{ordinal} season", "s{n}", "series {n}")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_NUMBER = r"(?P<n>\d{1,2})(?!\d)"


@cache
def _patterns(pack: Pack | None) -> tuple[tuple[re.Pattern[str], dict[str, int]], ...]:
    if pack is None or not pack.season_templates:
        return tuple((_compile(t, _ORDINALS), _ORDINALS) for t in _FALLBACK)
    ordinals = {word.lower(): n for word, n in pack.ordinals.items()}
    return tuple((_compile(template, ordinals), ordinals) for template in pack.season_templates)


def _compile(template: str, ordinals: dict[str, int]) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True)) or "(?!)"
    source = template.replace("{n}", _NUMBER).replace("{ordinal}", rf"(?P<o>{words})")
    edge = r"(?<![\w])" if source[:1].isalnum() else ""
    return re.compile(edge + source, re.I)


def season_numbers(sentence: str, packs: Iterable[Pack] = ()) -> frozenset[int]:
    """The season numbers named in a sentence, in the packs' languages (English's words when none is given):
    "season 3", "the second season", "Staffel 4", "시즌2"."""
    numbers = set()
    for pattern, ordinals in [found for pack in (tuple(packs) or (None,)) for found in _patterns(pack)]:
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            if groups.get("n"):
                numbers.add(int(groups["n"]))
            elif groups.get("o"):
                numbers.add(ordinals.get(groups["o"].lower(), 0))
    numbers.discard(0)
    return frozenset(numbers)
