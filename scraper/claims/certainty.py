"""How sure a sentence is (official, reported, speculative), who it cites, and whether it denies.

Official: the platform, the studio or the production (or their teaser, poster, press release)
announced it. Speculative: a hedge (expects, could, likely, rumoured, fans believe). Reported:
anything stated as fact, with or without a named outlet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scraper.claims.lexicon import (
    ATTRIBUTION_PATTERNS,
    AUDIENCE,
    HEDGES,
    NEGATIONS,
    NOT_ATTRIBUTABLE,
    OFFICIAL_CHANNELS,
    OFFICIAL_VERBS,
)
from scraper.types import Topic

_NAME = r"(?:the )?[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,3}|[a-z]+\.(?:com|net|org|co\.kr)"
_ATTRIBUTIONS = [re.compile(p.format(name=_NAME)) for p in ATTRIBUTION_PATTERNS]
_HEDGE = re.compile("|".join(re.escape(h) for h in HEDGES), re.I)
_NEGATION = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in NEGATIONS) + r")", re.I)
_OFFICIAL_VERB = re.compile("|".join(re.escape(v) for v in OFFICIAL_VERBS), re.I)
_CHANNEL = re.compile("|".join(re.escape(c) for c in OFFICIAL_CHANNELS), re.I)
_AUDIENCE = re.compile(rf"\b(?:{'|'.join(AUDIENCE)})\b", re.I)


@lru_cache(maxsize=16)
def _platform(topic: Topic) -> re.Pattern[str] | None:
    names = sorted(topic.platform, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])") if names else None


def is_hedged(sentence: str) -> bool:
    return bool(_HEDGE.search(sentence)) and not _is_month_may(sentence)


def _is_month_may(sentence: str) -> bool:
    """"May" the month is not "may" the hedge."""
    hits = [m.group(0) for m in _HEDGE.finditer(sentence)]
    return bool(hits) and all(h.lower().startswith("may ") and h[0] == "M" for h in hits)


def certainty_of(sentence: str, topic: Topic) -> str:
    if is_hedged(sentence):
        return "speculative"
    platform = _platform(topic)
    named = bool(platform and platform.search(sentence))
    if (named or _CHANNEL.search(sentence)) and _OFFICIAL_VERB.search(sentence):
        return "official"
    if re.search(r"\bofficial(?:ly)?\b", sentence, re.I) and not is_negated(sentence):
        return "official"
    return "reported"


def is_negated(sentence: str) -> bool:
    return bool(_NEGATION.search(sentence))


_CLAUSE_BREAK = re.compile(r"[;,:—–]\s|\s(?:but|while|although|though|however|and so|whereas|tapi|namun|pero|mas)\s", re.I)


def clause_at(sentence: str, position: int) -> str:
    """The clause around a position: a negation in another clause does not deny this one."""
    start, end = 0, len(sentence)
    for brk in _CLAUSE_BREAK.finditer(sentence):
        if brk.end() <= position:
            start = brk.end()
        elif brk.start() >= position:
            end = brk.start()
            break
    return sentence[start:end]


def negated_at(sentence: str, position: int) -> bool:
    return is_negated(clause_at(sentence, position))


def attributed_to(sentence: str, topic: Topic, certainty: str) -> str | None:
    """The outlet, person or company the sentence cites; the platform when it announced."""
    for pattern in _ATTRIBUTIONS:
        for match in pattern.finditer(sentence):
            who = match.group("who").strip().removeprefix("the ").strip()
            if who.lower() not in NOT_ATTRIBUTABLE and len(who) > 1:
                return who
    audience = _AUDIENCE.search(sentence)
    if certainty == "speculative" and audience:
        return audience.group(0).lower()
    platform = _platform(topic)
    if certainty == "official" and platform:
        found = platform.search(sentence)
        return found.group(0) if found else None
    return None
