"""Which season numbers a sentence names, in any language the packs know.

Built from the packs' season templates and ordinals (``{n}`` a number, ``{ordinal}`` an ordinal
word); a feature of the decision layer, not a claim rule. Nothing here knows a show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from scraper.claims.packs import Pack

# Season words every pack's templates are checked against, for languages whose pack has none yet.
_FALLBACK = ("season {n}", "{ordinal} season", "s{n}", "series {n}")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_NUMBER = r"(?P<n>\d{1,2})(?!\d)"


@cache
def _patterns(pack: Pack | None) -> tuple[tuple[re.Pattern[str], dict[str, int]], ...]:
    """One pattern per pack: its templates side by side, each with its own number and ordinal groups."""
    templates = pack.season_templates if pack is not None and pack.season_templates else _FALLBACK
    ordinals = {word.lower(): n for word, n in pack.ordinals.items()} if pack is not None and pack.season_templates \
        else _ORDINALS
    words = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True)) or "(?!)"
    branches = []
    for index, template in enumerate(templates):
        source = template.replace("{n}", _NUMBER.replace("?P<n>", f"?P<n{index}>")) \
            .replace("{ordinal}", rf"(?P<o{index}>{words})")
        branches.append((r"(?<![\w])" if source[:1].isalnum() else "") + source)
    return ((re.compile("|".join(f"(?:{b})" for b in branches), re.I), ordinals),)


@lru_cache(maxsize=256)  # the candidates of one sentence ask the same
def season_numbers(sentence: str, packs: Iterable[Pack] = ()) -> frozenset[int]:
    """The season numbers named in a sentence, in the packs' languages (English's words when none is given):
    "season 3", "the second season", "Staffel 4", "시즌2"."""
    numbers = set()
    for pattern, ordinals in [found for pack in (tuple(packs) or (None,)) for found in _patterns(pack)]:
        for m in pattern.finditer(sentence):
            for name, value in m.groupdict().items():
                if value and name.startswith("n"):
                    numbers.add(int(value))
                elif value and name.startswith("o"):
                    numbers.add(ordinals.get(value.lower(), 0))
    numbers.discard(0)
    return frozenset(numbers)
