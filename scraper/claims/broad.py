"""The broad proposer: a kind's cue beside a value, in any language a pack knows.

It reads each sentence of an article about the show with the packs of the article's language, and
proposes a claim wherever a kind's trigger (a pack's phrasing) sits near a value of that kind: a
date for release, trailer and filming, a count for episodes, a season mark for renewal. It does
not try to be precise: the decision layer (``decide``) weighs each proposal with the recognisers'
own, and keeps what the labelled articles taught it to keep.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from scraper.claims import memo
from scraper.claims.language import detect_language
from scraper.claims.lexicon import reading
from scraper.claims.packs import Pack, packs_for
from scraper.claims.patterns import any_of, finditer, search
from scraper.claims.people import find_people
from scraper.claims.rules import Rules, rules_for
from scraper.claims.seasonwords import season_numbers
from scraper.claims.sentences import split_sentences
from scraper.claims.windows import Dated, find_windows
from scraper.types import Article, Claim, Person, Topic


@dataclass(frozen=True)
class Proposal:
    """A claim the broad proposer makes, with what it saw: how far the value sat from its cue."""

    claim: Claim
    gap: int  # characters between the cue and the value
    cue: str  # the pack trigger kind that proposed it


# Pack trigger kind -> (the claim kind of a person beside it, the status it gives a cast member).
PERSON_CUES = {"director": ("director", None), "writer": ("writer", None), "cast": ("cast", None),
               "new_cast": ("cast", "new"), "returning": ("cast", "returning"), "departing": ("cast", "departing")}
# Pack trigger kind -> the claim kind a date beside it dates.
DATED_KINDS = {"release": "release_date", "trailer": "trailer", "filming_start": "filming_start",
               "filming_end": "filming_end"}
NEAR = 80  # characters between a cue and its value: further off, the value belongs to something else
NEGATION_REACH = 40  # characters before a cue a negation governs


@cache
def _cues(pack: Pack, kind: str) -> re.Pattern[str] | None:
    phrasings = pack.triggers.get(kind) or ()
    return any_of(phrasings) if phrasings else None


@cache
def _any_of(phrasings: tuple[str, ...]) -> re.Pattern[str] | None:
    return any_of(phrasings) if phrasings else None


# The kinds proposed by default. Measured leave-one-show-out (bench/cv_claims.py): broad dates and counts lift
# recall on shows and languages the recognisers were not written for; broad people and renewals cost more
# precision than they bring (their recognisers already read names and seasons), so they are proposed on request.
BROAD_KINDS = frozenset({"release_date", "trailer", "filming_start", "filming_end", "episode_count"})
ALL_KINDS = BROAD_KINDS | {"renewal", "cast", "director", "writer"}


def propose(article: Article, topic: Topic, kinds: frozenset[str] = BROAD_KINDS) -> list[Proposal]:
    """Claims of ``kinds`` proposed from cue and value, for the decision layer to weigh."""
    titles = [t.lower() for t in topic.all_titles if t]
    lowered = article.text.lower()
    titled = any(t in (article.title or "").lower() for t in titles)
    mentions = [at for t in titles if (at := lowered.find(t)) >= 0]
    if not titled and not mentions:
        return []
    first = 0 if titled else min(mentions)  # nothing before the show is named is about it
    language = article.lang or detect_language(article.text)
    packs = packs_for(language)
    published = article.published.date() if article.published else None
    default = _default_season(article, topic, packs)
    claims: list[Proposal] = []
    with reading(language), memo.remembering():
        rules = rules_for(topic)
        for sentence in split_sentences(article.text):
            if sentence.end <= first or sentence.aside or sentence.text.rstrip().endswith("?") \
                    or _others_only(sentence.text, rules):
                continue
            for pack in packs:
                found = _read(sentence.text, pack, topic, published, "renewal" in kinds)
                claims += _claims(found, sentence.text, sentence.start, sentence.end, pack, topic, default, packs)
            if kinds & {"cast", "director", "writer"}:
                claims += _people(sentence.text, sentence.start, sentence.end, packs, rules, topic, default)
    return [p for p in claims if p.claim.kind in kinds]


def _others_only(text: str, rules: Rules) -> bool:
    """A sentence naming another show before ours, or not ours at all, is that show's news ("X got its second
    season out in 2024", "X started filming in 2023 while ours was in pre-production")."""
    other = rules.other_shows.search(text) if rules.other_shows else None
    if other is None:
        return False
    ours = rules.titles.search(text) if rules.titles else None
    return ours is None or other.start() < ours.start()


def _people(text: str, start: int, end: int, packs: tuple[Pack, ...], rules: Rules, topic: Topic,
            default: int) -> list[Proposal]:
    """A person named near a cast or credit cue: "X joins as Y", "Regie führt X", "X와 Y가 합류"."""
    cues = [(kind, m) for pack in packs for kind in PERSON_CUES if (pattern := _cues(pack, kind))
            for m in pattern.finditer(text)]
    if not cues:
        return []
    named = season_numbers(text, packs)
    season = topic.season if topic.season in named else (min(named) if named else default)
    certainty = _certainty(text, packs[0], topic)
    claims = []
    for mention in find_people(text, rules):
        kind, cue = min(cues, key=lambda c: _gap(mention.start, mention.end, c[1]))
        if _gap(mention.start, mention.end, cue) > NEAR:
            continue
        claim_kind, status = PERSON_CUES[kind]
        person = Person(mention.name, mention.character if claim_kind == "cast" else None,
                        status if claim_kind == "cast" else None)  # type: ignore[arg-type]
        negated = any(_negated(text, cue.start(), pack) for pack in packs[:1])
        claims.append(Proposal(Claim(show=topic.slug, season=season, kind=claim_kind, value=person,
                                     certainty=certainty, negated=negated, attributed_to=None,  # type: ignore[arg-type]
                                     evidence=text, span=(start, end)),
                               _gap(mention.start, mention.end, cue), kind))
    return claims


def _gap(start: int, end: int, cue: re.Match[str]) -> int:
    return start - cue.end() if start >= cue.end() else max(cue.start() - end, 0)


def _default_season(article: Article, topic: Topic, packs: tuple[Pack, ...]) -> int:
    named = season_numbers(article.title or "", packs) or season_numbers(article.text[:300], packs)
    return topic.season if not named or topic.season in named else min(named)


Found = tuple[str, object, bool, int, int, str]  # kind, value, negated, where, gap, cue


def _read(text: str, pack: Pack, topic: Topic, published: dt.date | None, renewal: bool) -> list[Found]:
    """What one pack reads in a sentence. Cheap questions first: most sentences hold no date, no count and no
    denial, and then no cue need be looked for."""
    found: list[Found] = _counts(text, pack)
    windows = find_windows(text, pack, published) if _may_date(text, pack) else []
    negation = _any_of(pack.negations)
    denied = bool(negation and search(negation, text))
    if renewal:
        found += _renewal(text, pack, topic, season_numbers(text, (pack,)))
    if not windows and not denied:
        return found
    cues = [(DATED_KINDS[kind], m) for kind in DATED_KINDS if (pattern := _cues(pack, kind))
            for m in finditer(pattern, text)]
    for dated in windows:
        nearest = min(cues, key=lambda c: _distance(dated, c[1]), default=None)
        if nearest and _distance(dated, nearest[1]) <= NEAR:
            found.append((nearest[0], dated.window, _negated(text, nearest[1].start(), pack), nearest[1].start(),
                          _distance(dated, nearest[1]), nearest[0]))
    if denied:
        found += _undated(text, pack, cues, windows)
    return found


def _claims(found: list[Found], text: str, start: int, end: int, pack: Pack, topic: Topic, default: int,
            packs: tuple[Pack, ...]) -> list[Proposal]:
    if not found:
        return []
    named = season_numbers(text, packs)
    season = topic.season if topic.season in named else (min(named) if named else default)
    certainty = _certainty(text, pack, topic)
    return [Proposal(Claim(show=topic.slug, season=season, kind=kind, value=value,  # type: ignore[arg-type]
                           certainty=certainty, negated=negated, attributed_to=None,  # type: ignore[arg-type]
                           evidence=text, span=(start, end)), gap, cue)
            for kind, value, negated, _, gap, cue in found]


_DIGIT = re.compile(r"\d")


@cache
def _relative_words(pack: Pack) -> re.Pattern[str] | None:
    return any_of([re.escape(w) for w in pack.relative]) if pack.relative else None


def _may_date(text: str, pack: Pack) -> bool:
    """A date needs a digit, or a relative word ("next year", "nächstes Jahr")."""
    if _DIGIT.search(text):
        return True
    relative = _relative_words(pack)
    return bool(relative and search(relative, text))


def _undated(text: str, pack: Pack, cues: list[tuple[str, re.Match[str]]],
             windows: list[Dated]) -> list[tuple[str, object, bool, int, int, str]]:
    """"No premiere date yet", "Ein Sendetermin steht noch nicht fest": a kind's cue, a denial, and no date."""
    if windows:
        return []
    return [(kind, None, True, cue.start(), 0, kind) for kind, cue in cues[:1]
            if kind != "trailer" and _negated(text, cue.start(), pack)]


def _distance(dated: Dated, cue: re.Match[str]) -> int:
    if dated.start >= cue.end():
        return dated.start - cue.end()
    return max(cue.start() - dated.end, 0) + 5  # a date after its cue is the commoner order


def _negated(text: str, at: int, pack: Pack) -> bool:
    negation = _any_of(pack.negations)
    return bool(negation and negation.search(text, max(0, at - NEGATION_REACH), at + 20))


def _certainty(text: str, pack: Pack, topic: Topic) -> str:
    hedges = _any_of(pack.hedges)
    if hedges and hedges.search(text):
        return "speculative"
    official = _any_of(pack.official_verbs)
    if official and official.search(text) and any(p.lower() in text.lower() for p in topic.platform):
        return "official"
    officially = _any_of(pack.officially)
    return "official" if officially and officially.search(text) else "reported"


@cache
def _count_pattern(pack: Pack) -> re.Pattern[str] | None:
    after = pack.triggers.get("episodes") or ()
    if not after:
        return None
    numbers = "|".join(re.escape(w) for w in sorted(pack.numbers, key=len, reverse=True)) or "(?!)"
    # up to two words between the count and its noun: "sechs neue Folgen", "six nouveaux épisodes"
    # the number is a whole word: "zwei" is no count in "zweite Staffel" (a CJK noun may follow it: "8集")
    return re.compile(rf"(?<![\w.])(?P<n>\d{{1,2}}|{numbers})(?![A-Za-zÀ-ɏ])\s*-?\s*(?:\w+\s+){{0,2}}?(?:{'|'.join(after)})", re.I)


# "season 3 episodes", "Staffel 3 Folgen", "Nordlicht 3 episodes": a season's or title's number, not a count.
_SEASON_OR_TITLE_NUMBER = re.compile(r"(?:\b[A-Z]\w*|(?i:season|staffel|temporada|saison|sezon|stagione|part))\s\d")


def _counts(text: str, pack: Pack) -> list[tuple[str, object, bool, int, int, str]]:
    pattern, noun = _count_pattern(pack), _cues(pack, "episodes")
    if pattern is None or noun is None or not search(noun, text):  # no episode word, no count
        return []
    found: list[tuple[str, object, bool, int, int, str]] = []
    for m in pattern.finditer(text):
        word = m.group("n")
        n = int(word) if word.isdigit() else pack.numbers.get(word.lower())
        if n and 1 < n <= 40 and not _SEASON_OR_TITLE_NUMBER.search(text, max(0, m.start() - 12), m.start() + 1):
            found.append(("episode_count", n, False, m.start(), len(m.group(0)) - len(word), "episodes"))
    return found


def _renewal(text: str, pack: Pack, topic: Topic,
             named: frozenset[int]) -> list[tuple[str, object, bool, int, int, str]]:
    found: list[tuple[str, object, bool, int, int, str]] = []
    for kind, value in (("cancelled", "cancelled"), ("renewal", "renewed")):
        pattern = _cues(pack, kind)
        m = pattern.search(text) if pattern else None
        if m and (value == "cancelled" or topic.season in named):
            found.append(("renewal", value, _negated(text, m.start(), pack), m.start(), 0, kind))
    return found
