"""Cast claims: who joins, returns or leaves the coming season, and as whom.

A list of names is cast news only when someone joins, returns, leaves or will appear, or a season
is named; someone named for their job is not cast; a character named alone stands for the actor
the topic knows plays them. Status comes from the cue nearest the name (after it, in Korean).
"""

from __future__ import annotations

import re
from typing import Literal

from scraper.claims.certainty import clause_at, negated_at
from scraper.claims.context import Context, Draft
from scraper.claims.crew import crew_names
from scraper.claims.lexicon import active
from scraper.claims.memo import holds, spans
from scraper.claims.people import Mention, characters_named
from scraper.types import Person

SEASON_WORD = re.compile(r"\bseason\b|\bS\d\b|\b(?:second|third|fourth|fifth)\b|\bsequel\b|temporada|saison|musim|mùa|"
                         r"시즌|シーズン|후속|속편", re.I)
_HANGUL = re.compile(r"[가-힣]")
CUE_BEHIND = 40  # characters: in Korean a cue before the name belongs to the name before it
_PREDICATE = re.compile(r"(?:\s*,[^,]{0,60},)?\s*(?P<verb>[^,;]{0,40})")
CAST_HEADING = re.compile(r"\bcast\b|pemeran|elenco|reparto|출연|캐스팅|キャスト", re.I)

Status = Literal["returning", "new", "departing"]


def cast(ctx: Context) -> list[Draft]:
    in_cast_section = bool(ctx.heading) and holds(CAST_HEADING, ctx.heading or "")
    if not (in_cast_section or ctx.cast_before or "cast" in ctx.gates):
        return []  # no cast words, no cast list before, no cast section: nothing below can hold (cheapest first)
    if not ctx.people and not (ctx.rules.character_names and ctx.rules.character_names.search(ctx.sentence)):
        return []  # no one named, by name or by part: nothing below could find a person (asked first: cheaper)
    triggered = ctx.holds_word_of("cast") and (
        ctx.lex.CAST.search(ctx.sentence) or ctx.lex.DEPARTING.search(ctx.sentence))  # leaving the show is cast news too
    if not (in_cast_section or triggered or ctx.cast_before and len(ctx.people) >= 2):
        return []
    if not (in_cast_section or ctx.cast_before or ctx.negated or _about_a_coming_season(ctx)):
        return []  # "the cast includes X and Y" with nothing new or coming: the show's credits, not news
    found = ctx.people
    crew = crew_names(ctx)
    people = [m for m in found if m.name not in crew and _is_cast(m) and not _has_job_title(ctx.sentence, m)]
    if not people and ctx.lex.RETURNING.search(ctx.sentence):
        people = [Mention(p.name, 0, 0, p) for _, p in characters_named(ctx.sentence, ctx.rules)]
    drafts = []
    for mention in people:
        status = _cast_status(ctx.sentence, mention)
        # "X will not be back" says X is leaving: the denial is the claim, not a negation of it
        negated = status != "departing" and negated_at(ctx.sentence, mention.start)
        drafts.append(Draft("cast", Person(name=mention.name, character=mention.character, status=status), negated,
                            at=mention.start))
    return drafts


def _about_a_coming_season(ctx: Context) -> bool:
    """Someone joins, returns, leaves or will appear (what is still to come: a cast list in those words is news
    about a season, not a credit list), or the sentence names a season."""
    lex = ctx.lex
    return any(holds(cue, text) for text in (ctx.sentence, ctx.follows) if text
               for cue in (lex.RETURNING, lex.NEW_CAST, lex.DEPARTING, lex.COMING, SEASON_WORD))


def _has_job_title(sentence: str, mention: Mention) -> bool:
    """"Park Chul-soo, CEO of the studio", "producer Kim": someone named for their job is not in the cast."""
    lex = active()
    return bool(lex.JOB_AFTER.match(sentence, mention.end)
                or lex.JOB_BEFORE.search(sentence, max(0, mention.start - 30), mention.start))


def _is_cast(mention: Mention) -> bool:
    return mention.known is None or mention.known.role == "cast"


def _status_of(sentence: str, mention: Mention) -> Status | None:
    """Leaving if the person's clause says so; else the cue nearest the name ("X joins as Y returns")."""
    lex = active()
    if lex.DEPARTING.search(clause_at(sentence, mention.start)) or lex.DEPARTING.search(_predicate(sentence, mention)):
        return "departing"
    cues: list[tuple[int, Status]] = []
    kinds: tuple[tuple[re.Pattern[str], Status], ...] = ((lex.RETURNING, "returning"), (lex.NEW_CAST, "new"))
    verb_last = _HANGUL.search(sentence) is not None  # Korean puts the verb after its subject
    for pattern, status in kinds:
        for start, end in spans(pattern, sentence):
            after = start >= mention.end
            gap = start - mention.end if after else mention.start - end
            cues.append((gap + (CUE_BEHIND if verb_last and not after else 0), status))
    return min(cues)[1] if cues else None


def _predicate(sentence: str, mention: Mention) -> str:
    """What is said of the name after an appositive: "X, an original cast member, will not be back"."""
    rest = _PREDICATE.match(sentence, mention.end)
    return rest.group("verb") if rest else ""


def _cast_status(sentence: str, mention: Mention) -> Status | None:
    """Someone the topic knows from an earlier season is back, not new, unless they are leaving."""
    status = _status_of(sentence, mention) or _known_status(mention)
    if status == "new" and mention.known is not None and mention.known.seasons:
        return "returning"
    return status


def _known_status(mention: Mention) -> Status | None:
    """With no cue in the sentence: the topic knows who was in an earlier season; anyone else is new."""
    return "returning" if mention.known is not None and mention.known.seasons else "new"
