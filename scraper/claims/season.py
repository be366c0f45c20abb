"""Which season a sentence is about, and whether it is about the tracked show at all.

A season marker in the sentence wins ("season 2", "the second season", "S2", "시즌2"); a
statement about the show's first run is season 1; otherwise the heading above it, then the
article's own season. A sentence about another show (named, with ours not named) is not ours.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from scraper.claims.certainty import clause_at, clause_span, segment_span
from scraper.claims.markers import Mark, compares_to_other, marks_in, other_show_in
from scraper.claims.memo import holds
from scraper.claims.rules import Rules, may_name
from scraper.claims.works import names_other_show
from scraper.types import PERSON_KINDS, WINDOW_KINDS, Person, Window

__all__ = ["Placed", "article_season", "claim_season", "compares_to_other", "mentions_ours", "other_show_in"]


def mentions_ours(text: str, rules: Rules) -> bool:
    return bool(rules.titles and may_name(text, rules, "ours") and rules.titles.search(text))


def article_season(title: str | None, text: str, rules: Rules) -> int | None:
    """The season an article is about: ours when its title or lead names it, else the first named there."""
    ours = rules.topic.season
    for source in (title or "", text[:400]):
        marks = [value for value, *_ in marks_in(source, rules)]
        if marks and (mentions_ours(source, rules) or source is title):
            return ours if ours in marks else marks[0]
    if any(value == ours for value, *_ in marks_in(text, rules)):
        return ours
    return None


@dataclass  # built for every draft claim: not frozen, which makes it cheaper to build
class Placed:
    """One draft claim where it sits: what the season decision reads."""

    kind: str
    at: int  # position of the claim in the sentence
    value: object
    negated: bool
    crew: bool
    sentence: str
    masked: str  # the sentence with parentheses and other shows blanked
    heading: str | None


def claim_season(placed: Placed, rules: Rules, default: int | None, published: dt.date | None,
                 carried: int | None = None) -> int | None:
    """The season a claim is about: the marker nearest it, our season for what is coming, the first run for
    what is past, else the heading's, the paragraph's or the article's."""
    ours = rules.topic.season
    marks = [m for m in marks_in(placed.masked, rules)
             if not names_other_show(placed.sentence, placed.masked, (m.start, m.end), rules)
             and not (m.start > placed.at and _COMPARED.search(placed.masked, max(0, m.start - 30), m.start))]
    if _past_release(placed, published):
        return ours if _released_as_ours(placed, marks, ours) else ours - 1 if ours > 1 else None
    values = {value for value, *_ in marks}
    if placed.kind in PERSON_KINDS and values:
        return _person_season(placed, marks, rules)
    near = _in_clause(placed, marks)
    if near:
        return _nearest(near, placed.at)
    part = _in_segment(placed, marks)
    if part and ours not in {value for value, *_ in part} and not _still_to_come(placed, published):
        return _nearest(part, placed.at)
    if ours in values or _coming(clause_at(placed.sentence, placed.at), rules):
        return ours
    if marks and not _still_to_come(placed, published):  # "filming starts next month; season one streams"
        return _nearest(marks, placed.at)
    return _unmarked(placed, rules, default, published, carried)


def _person_season(placed: Placed, marks: list[Mark], rules: Rules) -> int | None:
    """Cast and crew: ours when named; "the first season's survivors return" is news about ours too."""
    ours = rules.topic.season
    values = {value for value, *_ in marks}
    earlier = max(values) < ours  # only seasons before ours are named
    if placed.crew and _PAST_CREDIT.search(placed.sentence, max(0, placed.at - 80), placed.at):
        return _past_credit_season(placed, marks, rules)
    if ours in values:
        return ours
    coming = holds(RETURNING_CUE, placed.sentence) or _coming(placed.sentence, rules)
    if placed.crew:  # a credit takes a season only from its own clause: "the series by X" is every season's
        if earlier and coming:
            return ours  # "X, who directed season 1, returns for the new one", "시즌1에 이어 X가 집필"
        near = _in_clause(placed, marks) or _appositive_to(placed, marks)
        return _nearest(near, placed.at) if near else (ours if coming else None)
    if earlier and (coming or not holds(PAST_ROLE, placed.sentence)):
        return ours
    return _nearest(marks, placed.at)


# A credit told in the past ("was directed by Lee JQ and Kim Nam-su"): a season named after it is another's news.
PAST_CREDIT_REACH = 40  # characters after a past credit's name that still speak of it ("A, who returns to direct")
_PAST_CREDIT = re.compile(r"\b(?:was|were)\s+(?:(?:co-)?directed|helmed|written|penned|scripted|created)\s+by\s+"
                          r"(?:[^\s,;]+\s+){0,5}?$", re.I)


def _past_credit_season(placed: Placed, marks: list[Mark], rules: Rules) -> int | None:
    """"X was directed by A and B from a script by C, who returns for season 2": A and B are no season's news."""
    near = [m for m in _in_clause(placed, marks) or _appositive_to(placed, marks) if m.start < placed.at]
    told = placed.sentence[:placed.at + PAST_CREDIT_REACH]
    return _nearest(near, placed.at) if near else (rules.topic.season if _coming(told, rules) else None)


def _coming(text: str, rules: Rules) -> bool:
    """Whether the text speaks of the season to come: "the new season", "returns to direct", or our season by its
    number or ordinal ("the third season", for a topic tracking season 3)."""
    ours = rules.topic.season
    return holds(NEXT_SEASON, text) or any(m.value == ours for m in marks_in(text, rules))


def _appositive_to(placed: Placed, marks: list[Mark]) -> list[Mark]:
    """"The first season, directed by X, ...": a credit set off by commas is the season just before it."""
    start, _ = clause_span(placed.masked, placed.at)
    return [m for m in marks if 0 <= start - m.end <= 2 and placed.masked[m.end:start].strip() == ","]


def _nearest(marks: list[Mark], at: int) -> int:
    """The marker closest to the claim; one before it counts from its last word ("season one, which aired")."""
    return min(marks, key=lambda m: at - m.end if m.end <= at else abs(m.start - at)).value


def _in_clause(placed: Placed, marks: list[Mark]) -> list[Mark]:
    if not marks:
        return []
    start, end = clause_span(placed.masked, placed.at)
    return [m for m in marks if start <= m.start < end]


def _in_segment(placed: Placed, marks: list[Mark]) -> list[Mark]:
    """"The first season came out in 2022, with 12 episodes, so season 2 ...": the count is in the first part."""
    start, end = segment_span(placed.masked, placed.at)
    return [m for m in marks if start <= m.start < end]


def _unmarked(placed: Placed, rules: Rules, default: int | None, published: dt.date | None,
              carried: int | None) -> int | None:
    ours = rules.topic.season
    if placed.crew:
        coming = _coming(placed.sentence, rules) or holds(RETURNING_CUE, placed.sentence)
        if carried is not None:
            return carried
        if coming:
            return ours
        if mentions_ours(placed.sentence, rules) or _TITLED.search(placed.sentence, 0, placed.at):
            return None  # "All of Us Are Dead is a drama directed by X": the series'; "director X said": a job title
        # no word of any season: the section's ("Directed by: X" in a season's infobox), else the article's
        heading = marks_in(_without_other_shows(placed.heading or "", rules), rules)
        return _nearest(heading, placed.at) if heading else default
    if _first_run(placed):
        return ours - 1 if ours > 1 else None
    heading = marks_in(_without_other_shows(placed.heading or "", rules), rules)
    if heading:
        values = [value for value, *_ in heading]
        return ours if ours in values else values[0]
    if placed.kind == "renewal" or _still_to_come(placed, published) or _joins_or_leaves(placed):
        return ours
    return default


def _joins_or_leaves(placed: Placed) -> bool:
    """Someone new to the cast, or leaving it, is news about the season to come."""
    return placed.kind == "cast" and isinstance(placed.value, Person) and placed.value.status in ("new", "departing")


# A season a claim is measured against after it: "eight episodes, fewer than the first season", "dibanding musim pertama".
_COMPARED = re.compile(r"(?:\bthan|\bcompared (?:to|with)|\bdibanding(?:kan)?(?: dengan)?|\bunlike|\bversus|\bvs\.?)\s+"
                       r"(?:the\s+|its\s+|that of\s+(?:the\s+)?)?$", re.I)
# A job named just before the name: "Director X has been enthusiastic", "sutradara X" (who they are, not news).
_TITLED = re.compile(r"\b(?:director|co-director|sutradara|screenwriter|writer|scribe|helmer|pd|감독|작가)\s*$", re.I)


def _without_other_shows(text: str, rules: Rules) -> str:
    """A heading about another show's season ("Squid Game season 3 ...") names no season of ours."""
    if not rules.other_masks or not text or not may_name(text, rules, "other"):
        return text
    return rules.other_masks.sub(lambda m: " " * len(m.group(0)), text)


# "zehn neue Folgen", "eight new episodes": a count of episodes still to come, in the packs' languages
_NEW_EPISODES = re.compile(r"\b(?:new|neue[n]?|nuevos|novos|nouveaux|nuovi|nowych|nowe|nieuwe|baru|mới)\s+"
                           r"(?:episodes?|folgen|episoden|episodios|episódios|épisodes|episodi|odcink\w*|afleveringen|"
                           r"tập)\b|\bepisode baru\b|새로운", re.I)
NEW_EPISODES_REACH = 40  # characters after the count


def _still_to_come(placed: Placed, published: dt.date | None) -> bool:
    """What is not yet dated ("no release date yet") or filmed this year or later, for a show whose first season
    is out: the new season's, whatever season another clause names."""
    if placed.value is None and placed.negated and placed.kind in WINDOW_KINDS:
        return True
    if placed.kind == "episode_count":  # "returns with eight episodes", "will have ten episodes": the coming season's
        return holds(FUTURE, placed.sentence) or bool(_NEW_EPISODES.search(placed.sentence, placed.at,
                                                                            placed.at + NEW_EPISODES_REACH))
    if placed.kind == "release_date" and isinstance(placed.value, Window) and published is not None:
        return placed.value.start > published and not placed.negated  # a premiere still ahead is a new season's
    if placed.kind not in ("filming_start", "filming_end") or published is None:
        return False
    return isinstance(placed.value, Window) and placed.value.end.year >= published.year


def _past_release(placed: Placed, published: dt.date | None) -> bool:
    """A release window wholly before the publication month is the first run's, not a coming season's."""
    if placed.kind != "release_date" or not isinstance(placed.value, Window) or placed.negated:
        return False
    return published is not None and placed.value.end < published.replace(day=1)


def _released_as_ours(placed: Placed, marks: list[Mark], ours: int) -> bool:
    """A release gone by is the first run's, unless ours is the season its clause names nearest it ("season 2
    premiered on March 3") and no "since" comes between ("a second season, long awaited since its 2022 debut")."""
    near = _in_clause(placed, marks)
    if not near or _nearest(near, placed.at) != ours:
        return False
    return any(m.value == ours and not _SINCE.search(placed.masked, min(m.end, placed.at), max(m.start, placed.at))
               for m in near)


# "returns for a second season after a long wait since its 2022 premiere": the date is counted from, not the season's
_SINCE = re.compile(r"\b(?:since|after|desde|después|depuis|après|seit|nach|dal|dopo|od|po|sejak|setelah|sinds|"
                    r"desde\s+que|depois)\b", re.I)


# A count that describes the show ("with 12 episodes", "dengan 12 episode"), in the packs' languages
_WITH_COUNT = re.compile(r"\b(?:with|dengan|con|com|mit|avec|z|met|với)\s+(?:its |their |all |only |just )?$", re.I)


def _first_run(placed: Placed) -> bool:
    """A release stated in the past with nothing coming, a count that describes the show as it is known ("the
    drama, with 12 episodes, topped the charts"), or a cast list in the past tense. A count said plainly ("the
    season runs seven episodes") is the season's the article is about."""
    if holds(FUTURE, placed.sentence):
        return False
    if placed.kind in ("release_date", "episode_count") and holds(FIRST_RUN, placed.sentence):
        return True
    if placed.kind == "episode_count" and _WITH_COUNT.search(placed.sentence, max(0, placed.at - 12), placed.at):
        return True  # "the drama, with 12 episodes, topped the charts": the show as it is known, its first run
    if placed.kind != "cast" or holds(PRESENT_ROLE, placed.sentence):
        return False  # "X, who starred in another show, plays a new student": news about the coming season
    if isinstance(placed.value, Person) and placed.value.status == "departing":
        return False  # "X, who played Y, exits": leaving is news about the season to come
    return holds(PAST_ROLE, placed.sentence) and not holds(RETURNING_CUE, placed.sentence)


FIRST_RUN = re.compile(
    r"\b(?:premiered|debuted|was released|were released|first aired|made (?:its|a) debut|dropped|first released|"
    r"(?:original|first) (?:run|installment|instalment)|released (?:back )?in|came out|hit netflix|desde su estreno|"
    r"(?:has|have|had) (?:only |already )?aired|so far|"
    r"estreou|estrenó|sejak|yang tayang pada|dirilis pada|diffusée)\b|공개된 후|공개됐", re.I)
# A count of the season being talked of: "it consists of 8 episodes", "shorter than the first", "Episodes: 8".
PRESENT_COUNT = re.compile(r"\b(?:consists? of|comprises?|is made up of|terdiri dari|berisi|than (?:the|its) (?:first|"
                           r"original|predecessor|previous|last)|than season \w+)\b|\bepisodes\s*:\s*\d", re.I)
# The season to come, whatever its number ("the new season", "returns to direct"); a marker of ours says it too.
NEXT_SEASON = re.compile(r"\b(?:new|upcoming|next|returning|latest) (?:season|chapter|installment|"
                         r"instalment|episodes)\b|\breturns? to (?:direct|write|helm|pen|script)|\bwill (?:also )?"
                         r"(?:direct|write|helm|pen|script)|\bsequel\b|다시|이어|그대로|kembali|nueva temporada|"
                         r"nova temporada|속편|후속", re.I)
FUTURE = re.compile(r"\b(?:will|would|is set to|are set to|to be|upcoming|coming|expected|expects?|this time|new season|returns?|next|"
                    r"akan|llegará|chegará)\b|예정|할 것", re.I)
PRESENT_ROLE = re.compile(r"\b(?:plays|portrays|joins|is playing|takes on|stars as|appears as)\b", re.I)
PAST_ROLE = re.compile(r"\b(?:starred|featured|also featured|portrayed|played|was played by|were played by)\b", re.I)
RETURNING_CUE = re.compile(r"\b(?:return|returns|returning|reprise|reprises|reprising|back|comeback|again|"
                           r"once more)\b|"
                           r"kembali|regres|vuelve|volta|retorn|복귀|다시|돌아|이어|引き続き|続投|復帰", re.I)
