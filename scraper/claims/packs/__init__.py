"""Language packs: what a language knows, as data, one module per language with the same fields.

An article is read with the pack of its detected language, plus English for mixed text
(``packs_for``). A pack never holds a show's words (titles, people, season numbers): those come
from the topic file and fill the season templates here. A field a language leaves empty says why
in ``empty_because`` (a test fails otherwise).

Adding a language is adding a module ``<code>.py`` here that defines ``PACK = Pack(...)``.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field, fields

# The kinds of trigger a pack gives phrasings for (regular expressions, matched case-blind).
TRIGGER_KINDS = (
    "renewal",  # renewed / ordered / greenlit, and a season announced
    "cancelled",  # cancelled / axed
    "release",  # premieres / arrives / streams from, and release-date words
    "trailer",  # a teaser or trailer released or due
    "filming_start",  # filming begins / cameras roll / in production
    "filming_end",  # filming wraps / ends
    "episodes",  # the word after a count: "episodes", "Folgen", "부작"
    "episodes_before",  # a word before a count: Vietnamese "tập", Thai "ตอน" in some orders
    "director",  # directed by / behind the camera
    "writer",  # written by / screenplay
    "cast",  # stars / joins / cast
    "departing",  # leaves / will not return
    "returning",  # returns / reprises
    "new_cast",  # joins / new
    "replaces",  # the name before takes the part of the name after: "A replaces B", "A tritt in die Fußstapfen von B"
    "replaced_by",  # the name before gives up the part to the name after: "B is replaced by A", "B remplacé par A"
)


@dataclass(frozen=True, eq=False)  # one object per language: compared and hashed by identity (caches key on it)
class Pack:
    """One language's words. Regular-expression fields are matched case-blind."""

    code: str  # ISO 639-1
    months: dict[str, int] = field(default_factory=dict)  # every spelling and abbreviation -> 1..12
    year_parts: dict[str, tuple[int, int]] = field(default_factory=dict)  # "early" -> (1, 4), "summer" -> (6, 8)
    numbers: dict[str, int] = field(default_factory=dict)  # number words: "eight" -> 8
    ordinals: dict[str, int] = field(default_factory=dict)  # "second" -> 2, "zweite" -> 2
    relative: dict[str, str] = field(default_factory=dict)  # "next year" -> "year+1"; see RELATIVE_MEANINGS
    season_templates: tuple[str, ...] = ()  # "season {n}", "{ordinal} season": filled from the topic
    hedges: tuple[str, ...] = ()  # predictions, expectations, rumours, guesses: speculative
    not_hedges: tuple[str, ...] = ()  # hedge words that do not hedge: "what to expect"
    negations: tuple[str, ...] = ()  # the thing has not happened or is not known
    denials: tuple[str, ...] = ()  # short words that deny the date after them: "no", "not", "belum"
    official_verbs: tuple[str, ...] = ()  # announced, confirmed: official when the platform is their subject
    official_sources: tuple[str, ...] = ()  # the production, the studio, the streamer
    official_channels: tuple[str, ...] = ()  # a teaser, a poster, a press release
    officially: tuple[str, ...] = ()  # "officially", "it's official"
    confirmed: tuple[str, ...] = ()  # "confirmed" with no one named
    insiders: tuple[str, ...] = ()  # "a source close to", "insiders": reported, not official
    clause_breaks: tuple[str, ...] = ()  # where a clause ends: "; ", ", but "
    subordinators: tuple[str, ...] = ()  # "although": the first clause ends at the first comma
    conditions: tuple[str, ...] = ()  # "if", "falls": a supposed claim
    coming: tuple[str, ...] = ()  # what is still to come (future and modal phrasings): "will", "set to", "예정"
    job_titles: tuple[str, ...] = ()  # jobs that name someone who is not in the cast: "producer", "대표"
    audience: tuple[str, ...] = ()  # who speaks as the audience: "fans", "viewers"
    attributions: tuple[str, ...] = ()  # who a claim is attributed to: patterns with a {name} slot and a (?P<who>) group
    not_attributable: frozenset[str] = frozenset()  # words an attribution pattern catches that name no one: "it", "fans"
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # TRIGGER_KINDS -> phrasings
    # Cheap gates: a recogniser runs only on a sentence holding one of its family's words (plain lower-case
    # substrings). Every phrasing of the family, in this pack, holds one of them (tests/scraper/claims/test_context.py).
    gate_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # GATE_FAMILIES -> words
    gates_at_word_start: frozenset[str] = frozenset()  # gate words other words hold ("out" in "about"): only at a word start
    false_friends: frozenset[str] = frozenset()  # words of this language spelt as an English phrasing: Portuguese "no"
    not_names: frozenset[str] = frozenset()  # capitalised words of the language that are never names (lower case)
    family_names: frozenset[str] = frozenset()  # family names in Latin letters: a name that starts or ends with one is a person
    empty_because: dict[str, str] = field(default_factory=dict)  # field -> why this language leaves it empty


# The gates a sentence opens, each letting in the recognisers of one trigger family.
GATE_FAMILIES = ("renewal", "release", "episodes", "filming", "director", "writer", "cast")

# What a relative-date word means, against the article's publication date.
RELATIVE_MEANINGS = (
    "year+0", "year+1", "year-1",  # this year, next year, last year
    "month+0", "month+1", "month-1",  # this month, next month, last month
    "rest_of_year",  # later this year: from the publication date to the year's end
    "h1+0", "h2+0", "h1+1", "h2+1",  # this year's / next year's first or second half
)


def _discover() -> dict[str, Pack]:
    found: dict[str, Pack] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        pack = getattr(module, "PACK", None)
        if isinstance(pack, Pack):
            found[pack.code] = pack
    return found


PACKS: dict[str, Pack] = _discover()
ENGLISH = "en"


def pack(code: str | None) -> Pack | None:
    return PACKS.get((code or "").split("-")[0].lower())


def packs_for(code: str | None) -> tuple[Pack, ...]:
    """The packs an article in ``code`` is read with: its own, then English (titles, quotes and mixed
    text); every pack when the language is unknown."""
    own = pack(code)
    if own is None:
        return tuple(PACKS.values())
    return (own,) if own.code == ENGLISH else (own, PACKS[ENGLISH])


def empty_fields(p: Pack) -> list[str]:
    """The fields a pack leaves empty without saying why."""
    names = [f.name for f in fields(Pack) if f.name not in ("code", "empty_because", "triggers", "gate_words")]
    empty = [name for name in names if not getattr(p, name) and name not in p.empty_because]
    empty += [f"triggers.{kind}" for kind in TRIGGER_KINDS
              if not p.triggers.get(kind) and f"triggers.{kind}" not in p.empty_because]
    empty += [f"gate_words.{gate}" for gate in GATE_FAMILIES
              if not p.gate_words.get(gate) and f"gate_words.{gate}" not in p.empty_because]
    return empty
