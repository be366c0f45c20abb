"""One recogniser per kind of claim, run over each sentence from one ordered list.

Each takes the sentence's context and returns draft claims (kind, value, negated, season hint);
``extract_claims`` adds certainty, attribution, season and evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from scraper.claims import lexicon
from scraper.claims.dates import Found, event_done
from scraper.claims.people import Mention, characters_named, find_people
from scraper.types import Person, Topic, Window


def _any(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")", re.I)


RENEWAL = _any(lexicon.RENEWAL)
CANCELLED = _any(lexicon.CANCELLED)
RELEASE = _any(lexicon.RELEASE)
FILMING_START = _any(lexicon.FILMING_START)
FILMING_END = _any(lexicon.FILMING_END)
EPISODES = [re.compile(p, re.I) for p in lexicon.EPISODES]
DIRECTOR = _any(lexicon.DIRECTOR)
WRITER = _any(lexicon.WRITER)
CAST = _any(lexicon.CAST_TRIGGERS)
DEPARTING = _any(lexicon.DEPARTING)
RETURNING = _any(lexicon.RETURNING)
NEW_CAST = _any(lexicon.NEW_CAST)
DONE = re.compile(r"\b(?:has|have|had) (?:\w+ )?(?:begun|started|commenced|kicked off|wrapped|finished|ended|"
                  r"completed|concluded)|\b(?:began|started|commenced|kicked off|wrapped|finished|ended|completed|"
                  r"concluded|rolled|is underway|are underway|got underway|currently|now filming|in production)\b|"
                  r"dimulai|telah|sudah|시작했|돌입했|진행 중|마쳤", re.I)
RELEASE_DATE_WORDS = re.compile(r"release date|premiere date|launch date|air date|tanggal (?:rilis|tayang)|"
                                r"fecha de estreno|data de estreia|date de sortie|공개일|방영일", re.I)
FILMING_WORDS = re.compile(r"filming|shooting|production|photography|cameras|syuting|rodaje|filmación|grabaci|"
                           r"gravaç|filmage|tournage|촬영|크랭크", re.I)


@dataclass(frozen=True)
class Context:
    sentence: str
    topic: Topic
    published: dt.date | None
    negated: bool
    heading: str | None = None
    dates: list[Found] = field(default_factory=list)


@dataclass(frozen=True)
class Draft:
    kind: str
    value: object
    negated: bool = False
    crew: bool = False  # a credit: its season is only what the sentence says


def renewal(ctx: Context) -> list[Draft]:
    if CANCELLED.search(ctx.sentence):
        return [Draft("renewal", "cancelled", ctx.negated)]
    if RENEWAL.search(ctx.sentence):
        return [Draft("renewal", "renewed", ctx.negated)]
    return []


def _nearest(dates: list[Found], position: int) -> Found | None:
    return min(dates, key=lambda f: abs(f.start - position)) if dates else None


def _filming_span(ctx: Context) -> tuple[int, int] | None:
    for pattern in (FILMING_START, FILMING_END):
        found = pattern.search(ctx.sentence)
        if found:
            return found.span()
    return None


def release_date(ctx: Context) -> list[Draft]:
    trigger = RELEASE.search(ctx.sentence)
    if not trigger:
        return []
    filming = _filming_span(ctx)
    dates = [d for d in ctx.dates if not filming or abs(d.start - trigger.start()) <= abs(d.start - filming[0])]
    if not dates:
        if ctx.negated and RELEASE_DATE_WORDS.search(ctx.sentence):
            return [Draft("release_date", None, True)]
        return []
    return [Draft("release_date", d.window, ctx.negated and not d.is_day) for d in dates[:2]]


def _filming(kind: str, pattern: re.Pattern[str]) -> Callable[[Context], list[Draft]]:
    def recognise(ctx: Context) -> list[Draft]:
        trigger = pattern.search(ctx.sentence)
        if not trigger:
            return []
        release = RELEASE.search(ctx.sentence)
        dates = [d for d in ctx.dates if not release or abs(d.start - trigger.start()) <= abs(d.start - release.start())]
        if ctx.negated:
            return [Draft(kind, None, True)]
        nearest = _nearest(dates, trigger.start())
        if nearest is not None:
            return [Draft(kind, nearest.window)]
        if ctx.published and DONE.search(ctx.sentence):
            return [Draft(kind, event_done(ctx.published, trigger.group(0)))]
        return []

    return recognise


def episode_count(ctx: Context) -> list[Draft]:
    for pattern in EPISODES:
        found = pattern.search(ctx.sentence)
        if found:
            raw = (found.groupdict().get("n") or found.groupdict().get("n2") or "").lower()
            number = int(raw) if raw.isdigit() else lexicon.NUMBER_WORDS.get(raw)
            if number and 1 <= number <= 40:
                return [Draft("episode_count", number, ctx.negated)]
    return []


def _credit(kind: str, pattern: re.Pattern[str]) -> Callable[[Context], list[Draft]]:
    def recognise(ctx: Context) -> list[Draft]:
        drafts = []
        for trigger in pattern.finditer(ctx.sentence):
            for person in find_people(ctx.sentence, ctx.topic):
                gap = person.start - trigger.end() if person.start >= trigger.end() else trigger.start() - person.end
                if 0 <= gap <= 25 and (person.known is None or person.known.role in (kind, "creator")):
                    drafts.append(Draft(kind, Person(name=person.name), ctx.negated, crew=True))
        return drafts

    return recognise


def _crew_names(ctx: Context) -> set[str]:
    return {d.value.name for d in _credit("director", DIRECTOR)(ctx) + _credit("writer", WRITER)(ctx)
            if isinstance(d.value, Person)}


def cast(ctx: Context) -> list[Draft]:
    in_cast_section = bool(ctx.heading and re.search(r"\bcast\b|pemeran|elenco|reparto|출연", ctx.heading, re.I))
    if not (CAST.search(ctx.sentence) or in_cast_section):
        return []
    crew = _crew_names(ctx)
    people = [m for m in find_people(ctx.sentence, ctx.topic) if m.name not in crew and _is_cast(m)]
    if not people and RETURNING.search(ctx.sentence):
        people = [Mention(p.name, 0, 0, p) for _, p in characters_named(ctx.sentence, ctx.topic)]
    status = _status(ctx.sentence)
    return [Draft("cast", Person(name=m.name, character=m.character, status=status or _known_status(m)),
                  ctx.negated) for m in people]


def _is_cast(mention: Mention) -> bool:
    return mention.known is None or mention.known.role == "cast"


def _status(sentence: str) -> str | None:
    if DEPARTING.search(sentence):
        return "departing"
    if RETURNING.search(sentence):
        return "returning"
    if NEW_CAST.search(sentence):
        return "new"
    return None


def _known_status(mention: Mention) -> str | None:
    if mention.known is None:
        return "new"
    return "returning" if mention.known.seasons else None


RECOGNISERS: tuple[Callable[[Context], list[Draft]], ...] = (
    renewal,
    release_date,
    episode_count,
    _filming("filming_start", FILMING_START),
    _filming("filming_end", FILMING_END),
    _credit("director", DIRECTOR),
    _credit("writer", WRITER),
    cast,
)


def window_key(value: object) -> object:
    return (value.start, value.end) if isinstance(value, Window) else value
