"""Claim extraction: from an article's text to the claims it makes about the tracked show.

``extract_claims(article, topic)`` splits the text into sentences, decides for each whether it is
about the tracked show and which season, runs every recogniser of ``kinds`` over it, and gives
each claim its certainty, attribution, negation and evidence span (shared/CLAIMS.md).
"""

from __future__ import annotations

import re

from scraper.claims.certainty import attributed_to, certainty_of, is_negated
from scraper.claims.dates import find_dates
from scraper.claims.kinds import RECOGNISERS, Context, Draft
from scraper.claims.season import FIRST_RUN, article_season, mentions_ours, other_show_in, season_marks
from scraper.claims.sentences import Sentence, split_sentences
from scraper.types import Article, Claim, Person, Topic, Window, raw_name_key

__all__ = ["extract_claims"]

_PARENTHESES = re.compile(r"\([^()]*\)")
_FUTURE = re.compile(r"\b(?:will|would|is set to|are set to|to be|upcoming|coming|expected|new season|returns?|"
                     r"next)\b", re.I)


def extract_claims(article: Article, topic: Topic) -> list[Claim]:
    """Every claim the article makes about ``topic``'s show, in text order, each once."""
    if not mentions_ours(article.text, topic) and not mentions_ours(article.title or "", topic):
        return []
    published = article.published.date() if article.published else None
    default_season = article_season(article.title, article.text, topic)
    claims: list[Claim] = []
    seen: set[tuple] = set()
    ours = True
    for sentence in split_sentences(article.text):
        masked = _PARENTHESES.sub(lambda m: " " * len(m.group(0)), sentence.text)
        ours = _about_ours(masked, sentence.text, topic, ours)
        if not ours:
            continue
        negated = is_negated(sentence.text)
        context = Context(sentence.text, topic, published, negated, sentence.heading,
                          find_dates(sentence.text, published))
        drafts = [draft for recognise in RECOGNISERS for draft in recognise(context)]
        for draft in drafts:
            claim = _claim(draft, sentence, masked, topic, default_season)
            key = (claim.kind, claim.season, claim.negated, _value_key(claim))
            if key not in seen:
                seen.add(key)
                claims.append(claim)
    return claims


def _about_ours(masked: str, text: str, topic: Topic, previous: bool) -> bool:
    """Ours when it names our show; another's when it names only another; else as the sentence before."""
    if mentions_ours(text, topic):
        return True
    if other_show_in(masked, topic):
        return False
    return previous


def _claim(draft: Draft, sentence: Sentence, masked: str, topic: Topic, default: int | None) -> Claim:
    certainty = certainty_of(sentence.text, topic)
    return Claim(show=topic.slug, season=_season(draft, sentence, masked, topic, default), kind=draft.kind,
                 value=draft.value, certainty=certainty, negated=draft.negated,  # type: ignore[arg-type]
                 attributed_to=attributed_to(sentence.text, topic, certainty), evidence=sentence.text,
                 span=(sentence.start, sentence.end))


def _season(draft: Draft, sentence: Sentence, masked: str, topic: Topic, default: int | None) -> int | None:
    marks = [value for value, _ in season_marks(masked)]
    if topic.season in marks:
        return topic.season
    if marks:
        return marks[0]
    if draft.crew:
        return topic.season if _FUTURE.search(sentence.text) else None
    if draft.kind in ("release_date", "episode_count") and FIRST_RUN.search(sentence.text) \
            and not _FUTURE.search(sentence.text):
        return topic.season - 1 if topic.season > 1 else None
    heading = season_marks(sentence.heading or "")
    if heading:
        return heading[0][0]
    if draft.kind == "renewal":
        return topic.season
    return default


def _value_key(claim: Claim) -> object:
    if isinstance(claim.value, Window):
        return (claim.value.start, claim.value.end)
    if isinstance(claim.value, Person):
        return raw_name_key(claim.value.name)
    return claim.value
