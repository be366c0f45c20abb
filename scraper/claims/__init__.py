"""Claim extraction: from an article's text to the claims it makes about the tracked show.

``extract_claims(article, topic)`` splits the text into sentences, decides for each whether it is
about the tracked show and which season, runs every recogniser of ``kinds`` over it, and gives
each claim its certainty, attribution, negation and evidence span (shared/CLAIMS.md).
"""

from __future__ import annotations

import datetime as dt
import re

from scraper.claims.certainty import attributed_to, certainty_of, is_negated
from scraper.claims.dates import find_dates
from scraper.claims.kinds import RECOGNISERS, RETURNING, Context, Draft
from scraper.claims.people import find_people
from scraper.claims.season import (
    FIRST_RUN,
    article_season,
    mentions_ours,
    other_show_in,
    other_titles,
    season_marks,
)
from scraper.claims.sentences import Sentence, split_sentences
from scraper.types import CERTAINTY_RANK, Article, Claim, Person, Topic, Window, raw_name_key

__all__ = ["extract_claims"]

_PARENTHESES = re.compile(r"\([^()]*\)")
_ELSEWHERE = re.compile(r"^\s*(?:in other (?:[\w-]+ ){0,3}news|elsewhere|in related news|also on (?:the )?(?:service|netflix))\b",
                        re.I)
_FUTURE = re.compile(r"\b(?:will|would|is set to|are set to|to be|upcoming|coming|expected|new season|returns?|"
                     r"next)\b", re.I)


def extract_claims(article: Article, topic: Topic) -> list[Claim]:
    """Every claim the article makes about ``topic``'s show, in text order, each once."""
    if not mentions_ours(article.text, topic) and not mentions_ours(article.title or "", topic):
        return []
    published = article.published.date() if article.published else None
    default_season = article_season(article.title, article.text, topic)
    claims: list[Claim] = []
    seen: dict[tuple, int] = {}
    ours = True
    previous: Sentence | None = None
    cast_before = False
    for sentence in split_sentences(article.text):
        masked = _mask(sentence.text, topic)
        ours = _about_ours(masked, sentence.text, topic, ours)
        if not ours or sentence.text.rstrip().endswith("?"):  # another show's news, or a question
            cast_before = False
            continue
        same_paragraph = previous is not None and previous.paragraph == sentence.paragraph
        context = Context(sentence.text, topic, published, is_negated(sentence.text), sentence.heading,
                          find_dates(sentence.text, published), cast_before=cast_before and same_paragraph)
        drafts = [draft for recognise in RECOGNISERS for draft in recognise(context)]
        cast_before = any(d.kind == "cast" for d in drafts)
        previous = sentence
        for draft in drafts:
            claim = _claim(draft, sentence, masked, topic, default_season, published)
            key = (claim.kind, claim.season, claim.negated, _value_key(claim))
            if key not in seen:
                seen[key] = len(claims)
                claims.append(claim)
            elif CERTAINTY_RANK[claim.certainty] > CERTAINTY_RANK[claims[seen[key]].certainty]:
                claims[seen[key]] = claim  # the same claim, said with more authority further on
    return claims


def _mask(text: str, topic: Topic) -> str:
    """Blank out what cannot be about our season: parentheses, another show's title and its season number."""
    masked = _PARENTHESES.sub(lambda m: " " * len(m.group(0)), text)
    pattern = other_titles(topic)
    return pattern.sub(lambda m: " " * len(m.group(0)), masked) if pattern else masked


def _about_ours(masked: str, text: str, topic: Topic, previous: bool) -> bool:
    """Ours when it names our show or our people; another's when it names only another; else as before."""
    if mentions_ours(text, topic):
        return True
    if _ELSEWHERE.match(text):
        return False
    if other_show_in(text, topic):
        return bool(find_people(masked, topic)) and any(p.known for p in find_people(masked, topic))
    return previous


def _claim(draft: Draft, sentence: Sentence, masked: str, topic: Topic, default: int | None,
           published: dt.date | None) -> Claim:
    certainty = certainty_of(sentence.text, topic)
    season = _season(draft, sentence, masked, topic, default, published)
    return Claim(show=topic.slug, season=season, kind=draft.kind,
                 value=draft.value, certainty=certainty, negated=draft.negated,  # type: ignore[arg-type]
                 attributed_to=attributed_to(sentence.text, topic, certainty), evidence=sentence.text,
                 span=(sentence.start, sentence.end))


def _season(draft: Draft, sentence: Sentence, masked: str, topic: Topic, default: int | None,
            published: dt.date | None) -> int | None:
    marks = [value for value, _ in season_marks(masked)]
    earlier = topic.season - 1 if topic.season > 1 else None
    if topic.season in marks:
        return topic.season
    if marks and marks[0] == earlier and draft.kind == "cast" and RETURNING.search(sentence.text):
        return topic.season  # "returning from the first season" is news about this one
    if marks:
        return marks[0]
    if draft.crew:
        return topic.season if _NEXT_SEASON.search(sentence.text) else None
    if _first_run(draft, sentence.text, published):
        return earlier
    heading = season_marks(sentence.heading or "")
    if heading:
        return heading[0][0]
    if draft.kind == "renewal":
        return topic.season
    return default


_NEXT_SEASON = re.compile(r"\b(?:new|upcoming|next|second|sophomore|returning) (?:season|chapter|installment|episodes)\b|"
                          r"\breturns? to (?:direct|write|helm|pen|script)|\bwill (?:also )?(?:direct|write|helm)|"
                          r"다시|이어|그대로|kembali", re.I)
_PAST_CAST = re.compile(r"\b(?:starred|featured|also featured|portrayed|played|was played by|were played by)\b", re.I)


def _first_run(draft: Draft, text: str, published: dt.date | None) -> bool:
    """A release already past, or a cast list in the past tense, with no season named: the first run."""
    if _FUTURE.search(text):
        return False
    if draft.kind in ("release_date", "episode_count") and FIRST_RUN.search(text):
        return True
    if draft.kind == "release_date" and isinstance(draft.value, Window) and published is not None:
        return draft.value.end < published.replace(day=1) and not draft.negated
    return draft.kind == "cast" and bool(_PAST_CAST.search(text)) and not RETURNING.search(text)


def _value_key(claim: Claim) -> object:
    if isinstance(claim.value, Window):
        return (claim.value.start, claim.value.end)
    if isinstance(claim.value, Person):
        return raw_name_key(claim.value.name)
    return claim.value
