"""General features of a proposed claim, for the decision layer (``decide``).

Nothing here names a show, a season number or a person: the show's titles and people come from
the topic, season words from the language packs, and every feature is a family of evidence
(a hedge, a heading, a date gone by, a name the article repeats) that holds for any show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from scraper.claims.packs import Pack, packs_for

if TYPE_CHECKING:
    from scraper.claims.broad import Proposal
from scraper.claims.seasonwords import season_numbers
from scraper.types import Article, Claim, KnownPerson, Person, Topic, Window, raw_name_key

_QUOTES = re.compile(r"[\"“”«»「」『』]")
_HEDGE = re.compile(r"\b(?:expect|predict|likely|could|might|may|rumou?r|specul|believe|hope|possibl|probabl|"
                    r"perhaps|reportedly|allegedly|if|would|should)\w*", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|yet to|unknown|unclear|n't)\b|n't\b", re.I)
_FUTURE = re.compile(r"\b(?:will|set to|slated|scheduled|due|upcoming|coming|going to)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|premiered|released|aired|began|started|wrapped|ended|has been|have been)\b",
                   re.I)
_ONE_SEASON_WORDS = re.compile(r"\b(?:first|debut|original|previous|last) (?:season|series|instal?ment|part)\b|"
                               r"\bseason (?:one|1)\b", re.I)


@dataclass(frozen=True)
class Candidate:
    """A proposed claim and what the article around it holds."""

    claim: Claim
    article: Article
    topic: Topic
    siblings: list[Claim] = field(compare=False, hash=False)
    source: str = "rules"  # who proposed it: "rules", "broad" or "both"
    proposal: Proposal | None = field(default=None, compare=False, hash=False)  # the broad proposer's, if any
    by_rules: list[Claim] = field(default_factory=list, compare=False, hash=False)  # what the recognisers proposed

    @cached_property
    def sentence(self) -> str:
        return self.claim.evidence

    @cached_property
    def packs(self) -> tuple[Pack, ...]:
        return packs_for(self.article.lang)

    @cached_property
    def lowered_text(self) -> str:
        return self.article.text.lower()

    @cached_property
    def show_mentions(self) -> list[int]:
        return _mentions(self.lowered_text, tuple(t.lower() for t in self.topic.all_titles if t))

    @cached_property
    def other_show_mentions(self) -> int:
        return len(_mentions(self.lowered_text, tuple(t.lower() for t in self.topic.other_shows if t)))


@lru_cache(maxsize=8)  # every candidate of an article asks the same (its text's hash is kept by the str)
def _mentions(text: str, names: tuple[str, ...]) -> list[int]:
    found: list[int] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append(at)
            at = text.find(name, at + 1)
    return sorted(found)


def features(c: Candidate) -> dict[str, float]:
    """Named features of one candidate; absent ones are 0."""
    claim = c.claim
    x: dict[str, float] = {"bias": 1.0, f"kind={claim.kind}": 1.0, f"cert={claim.certainty}": 1.0,
                           f"kind={claim.kind}&cert={claim.certainty}": 1.0, f"source={c.source}": 1.0,
                           f"kind={claim.kind}&source={c.source}": 1.0}
    if claim.negated:
        x["negated"] = 1.0
        x[f"kind={claim.kind}&negated"] = 1.0
    if claim.value is None:
        x["no_value"] = 1.0
    if claim.attributed_to:
        x["attributed"] = 1.0
    if c.source == "broad":
        beside = _beside_rules(c)
        x.update(beside)
        x.update({f"kind={claim.kind}&{name}": value for name, value in beside.items()})
    if c.proposal is not None:
        x["cue_gap"] = min(c.proposal.gap, 80) / 80
        x[f"cue={c.proposal.cue}"] = 1.0
        x[f"kind={claim.kind}&cue_gap"] = x["cue_gap"]
    x.update(_sentence(c))
    x.update(_article(c))
    x.update(_season(c))
    x.update(_repeats(c))
    if isinstance(claim.value, Window):
        x.update(_window(c, claim.value))
    elif isinstance(claim.value, Person):
        x.update(_person(c, claim.value))
    return x


def _sentence(c: Candidate) -> dict[str, float]:
    s, text = c.sentence, c.article.text
    x: dict[str, float] = {}
    start = c.claim.span[0] if c.claim.span else 0
    x["position"] = min(start / max(len(text), 1), 1.0)
    if start < max(c.article.body_start, 1) or (c.article.title and s.strip() == c.article.title.strip()):
        x["headline"] = 1.0
    if not s.rstrip().endswith((".", "!", "?", "。", "다", ")", "」")) and len(s) < 140:
        x["heading_like"] = 1.0
    x["long_sentence"] = 1.0 if len(s) > 250 else 0.0
    if _QUOTES.search(s):
        x["quoted"] = 1.0
    if _HEDGE.search(s):
        x["hedge_word"] = 1.0
        x[f"kind={c.claim.kind}&hedge_word"] = 1.0
    if _NEGATION.search(s):
        x["negation_word"] = 1.0
    if _FUTURE.search(s):
        x["future_word"] = 1.0
    if _PAST.search(s):
        x["past_word"] = 1.0
    if not s.isascii():
        x["non_ascii"] = 1.0
    lang = (c.article.lang or "").split("-")[0].lower()
    x[f"lang={lang or '?'}"] = 1.0
    same = sum(1 for other in c.siblings if other.span == c.claim.span)
    x["claims_in_sentence"] = min(same, 6) / 6
    return x


def _beside_rules(c: Candidate) -> dict[str, float]:
    """What the recognisers made of the sentence a broad proposal comes from: where they read the same kind
    there, the broad proposal is mostly a second, cruder reading; where they read nothing in the whole
    article, the language or the phrasing is one only the broad proposer knows."""
    x: dict[str, float] = {}
    here = [r for r in c.by_rules if r.span == c.claim.span]
    if any(r.kind == c.claim.kind for r in here):
        x["rules_same_kind_here"] = 1.0
        if any(r.kind == c.claim.kind and _key(r) == _key(c.claim) for r in here):
            x["rules_same_value_other_season"] = 1.0
    elif here:
        x["rules_other_kind_here"] = 1.0
    if not any(r.kind == c.claim.kind for r in c.by_rules):
        x["rules_no_such_kind_in_article"] = 1.0
    if not c.by_rules:
        x["rules_nothing_in_article"] = 1.0
    return x


def _article(c: Candidate) -> dict[str, float]:
    """Where the claim sits against the show's mentions: a roundup names it once among others."""
    text, at = c.lowered_text, (c.claim.span[0] if c.claim.span else 0)
    mentions = c.show_mentions
    before = [m for m in mentions if m <= at + len(c.sentence)]
    x = {"show_mentions": min(len(mentions), 10) / 10, "other_shows_named": min(c.other_show_mentions, 5) / 5}
    x["since_show_mention"] = min((at - before[-1]) / 2000, 1.0) if before else 1.0
    if not before:
        x["before_any_show_mention"] = 1.0
    x["article_length"] = min(len(text) / 10000, 1.0)
    return x


def _season(c: Candidate) -> dict[str, float]:
    numbers = season_numbers(c.sentence, c.packs)
    season = c.claim.season
    x: dict[str, float] = {}
    if season is None:
        x["season_none"] = 1.0
    elif season == c.topic.season:
        x["season_tracked"] = 1.0
    else:
        x["season_other"] = 1.0
    if season is not None and season in numbers:
        x["season_named_here"] = 1.0
    if numbers - {season}:
        x["other_season_named_here"] = 1.0
    if _ONE_SEASON_WORDS.search(c.sentence):
        x["first_season_words"] = 1.0
    title = (c.article.title or "").lower()
    if any(t.lower() in title for t in c.topic.all_titles if t):
        x["title_names_show"] = 1.0
    if any(t.lower() in c.sentence.lower() for t in c.topic.all_titles if t):
        x["sentence_names_show"] = 1.0
    if any(t.lower() in c.sentence.lower() for t in c.topic.other_shows if t):
        x["sentence_names_other_show"] = 1.0
    return x


def _repeats(c: Candidate) -> dict[str, float]:
    key = _key(c.claim)
    same = sum(1 for other in c.siblings if _key(other) == key)
    kind = sum(1 for other in c.siblings if other.kind == c.claim.kind)
    values = len({_key(other) for other in c.siblings if other.kind == c.claim.kind})
    return {"repeated": min(same - 1, 4) / 4, "kind_values": min(values, 8) / 8, "kind_claims": min(kind, 12) / 12}


def claim_key(claim: Claim) -> tuple:
    """What makes two claims one: kind, season, negation and value."""
    return (claim.season, *_key(claim))


def _key(claim: Claim) -> tuple:
    value = claim.value
    if isinstance(value, Window):
        return claim.kind, value.start, value.end, claim.negated
    if isinstance(value, Person):
        return claim.kind, raw_name_key(value.name), claim.negated
    return claim.kind, value, claim.negated


def _window(c: Candidate, w: Window) -> dict[str, float]:
    x: dict[str, float] = {}
    days = (w.end - w.start).days
    x["span_day" if days == 0 else "span_month" if days <= 31 else "span_part" if days < 300 else "span_year"] = 1.0
    published = c.article.published.date() if c.article.published else None
    if published is None:
        x["undated_article"] = 1.0
        return x
    kind = c.claim.kind
    if w.end < published:
        x[f"kind={kind}&past"] = 1.0
    elif w.start > published:
        x[f"kind={kind}&future"] = 1.0
        if (w.start - published).days > 730:
            x["far_future"] = 1.0
    else:
        x[f"kind={kind}&current"] = 1.0
    return x


@lru_cache(maxsize=8)
def _people_of(topic: Topic) -> tuple[dict[str, KnownPerson], frozenset[str]]:
    """The topic's people by every spelling's name key, and its characters' name keys."""
    people = {raw_name_key(n): k for k in topic.people for n in (k.name, *k.aliases)}
    characters = frozenset(raw_name_key(ch) for k in topic.people for ch in (k.character, *k.character_aliases) if ch)
    return people, characters


def _person(c: Candidate, p: Person) -> dict[str, float]:
    x: dict[str, float] = {}
    key = raw_name_key(p.name)
    people, characters = _people_of(c.topic)
    known = people.get(key)
    if known is not None:
        x["person_known"] = 1.0
        if known.seasons and c.topic.season not in known.seasons:
            x["person_known_earlier"] = 1.0
    if key in characters:
        x["person_is_character"] = 1.0
    words = p.name.split()
    if len(words) == 1:
        x["one_word_name"] = 1.0
    if len(words) > 3:
        x["long_name"] = 1.0
    if p.character:
        x["has_character"] = 1.0
    if p.status:
        x[f"status={p.status}"] = 1.0
    mentions = c.lowered_text.count(p.name.lower())
    x["name_mentions"] = min(mentions, 5) / 5
    return x
