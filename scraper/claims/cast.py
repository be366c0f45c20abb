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
from scraper.claims.markers import marks_in
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
    if not (in_cast_section or ctx.cast_before or "cast" in ctx.gates or "(" in ctx.sentence):
        return []  # no cast words, no cast list before, no cast section, no "Part (Actor)": nothing below can hold
    if not ctx.people and not (ctx.rules.character_names and ctx.rules.character_names.search(ctx.sentence)):
        return []  # no one named, by name or by part: nothing below could find a person (asked first: cheaper)
    lex = ctx.lex
    triggered = ctx.holds_word_of("cast") and bool(  # leaving the show, or a part changing hands, is cast news too
        lex.CAST.search(ctx.sentence) or lex.DEPARTING.search(ctx.sentence) or lex.REPLACES.search(ctx.sentence)
        or lex.REPLACED_BY.search(ctx.sentence))
    paired = {m.start: part for m in ctx.people if (part := _part_before(ctx.sentence, m) or _part_after(ctx.sentence, m))
              is not None} if "(" in ctx.sentence else {}
    line = None if triggered else _AS_ITEM.match(ctx.sentence)  # a list's line "X as Y": the cast, one by one
    item = line is not None and bool(ctx.people) and ctx.people[0].start == line.start("name") \
        and all(m.start >= line.start("part") for m in ctx.people[1:])  # a part may have a person's shape
    listed = bool(in_cast_section or triggered or item or ctx.cast_before and len(ctx.people) >= 2)
    if not (listed or paired and not _earlier_seasons_only(ctx)):
        return []  # "Season 1 was about Tham (A) and Wayu (B)": the parts of a season gone by
    if not (in_cast_section or item or ctx.cast_before or ctx.negated or _about_a_coming_season(ctx)):
        return []  # "the cast includes X and Y" with nothing new or coming: the show's credits, not news
    found = ctx.people[:1] if item else ctx.people if listed else [m for m in ctx.people if m.start in paired]
    crew = crew_names(ctx)
    jobs = lex.JOB_LIST.search(ctx.sentence)
    parts = _parts_played(ctx.sentence, ctx.people)  # "Leo Bonhart, played by X": a part, and X's
    people = [m for m in found if m.name not in crew and _is_cast(m) and not _has_job_title(ctx.sentence, m)
              and not (jobs and _in_list_after(ctx.sentence, jobs.end(), m)) and parts.get(m.start) != ""]
    if not people and ctx.lex.RETURNING.search(ctx.sentence):
        people = [Mention(p.name, 0, 0, p) for _, p in characters_named(ctx.sentence, ctx.rules)]
    drafts = []
    for index, mention in enumerate(people):
        status = _replacement(ctx.sentence, people, index) or _cast_status(ctx.sentence, mention)
        # "X will not be back" says X is leaving: the denial is the claim, not a negation of it
        negated = status != "departing" and negated_at(ctx.sentence, mention.start)
        character = (line.group("part") if item and line else None) or mention.character \
            or paired.get(mention.start) or parts.get(mention.start) or None
        drafts.append(Draft("cast", Person(name=mention.name, character=character, status=status), negated,
                            at=mention.start, opens_list=listed))
    return drafts


def _parts_played(sentence: str, mentions: list[Mention]) -> dict[int, str]:
    """"Leo Bonhart, played by A", "Nimue, dargestellt von A", "Regis, vivido por A": the name before is a part.
    Keyed by where each such part and its actor start: the part's name (for the actor), "" for the part itself."""
    parts: dict[int, str] = {}
    if not _PLAYED_BY.search(sentence):
        return parts  # (most sentences: asked once, not once a name)
    for part, actor in zip(mentions, mentions[1:], strict=False):
        if part.known is None and _PLAYED_BY.fullmatch(sentence, part.end, actor.start):
            parts[part.start], parts[actor.start] = "", part.name
    for actor in mentions:  # a part of one word is no person's name: "Regis, vivido por A"
        if actor.start not in parts and (named := _PART_THEN_PLAYED_BY.search(sentence, 0, actor.start)):
            parts[actor.start] = named.group("part")
    return parts


# "played by" in the packs' languages, between a part and its actor
_PLAYED_BY = re.compile(r"\s*,?\s*(?:(?:who is|who's|who will be|to be|will be|is|was|now)\s+)?"
                        r"(?:(?:played|portrayed|voiced) by|(?:interpretad|vivid|encarnad|interpretat|grany|gran|zagran)"
                        r"[oaey]s?\s+(?:por|da|przez)|(?:incarnée?|interprétée?|jouée?)\s+par|(?:dargestellt|"
                        r"gespielt|verkörpert)\s+(?:von|durch)|(?:gespeeld|vertolkt)\s+door|diperankan\s+oleh)\s+", re.I)


_PART_THEN_PLAYED_BY = re.compile(r"(?P<part>(?-i:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}))" + _PLAYED_BY.pattern + "$",
                                  re.I)


# A line of a cast list: "• Tobias Wren as Bram", "Jana Falk als Mira", "Ana Ruiz como Lola", the whole line
_AS_ITEM = re.compile(r"^\W{0,3}(?P<name>[^\W\d_][^,;:]{2,40}?)\s+(?:as|als|como|comme|jako|sebagai|nei panni di|w roli)\s+"
                      r"(?P<part>(?-i:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}))(?:\W{0,2}$|,\s)", re.I)  # ", who …" may follow


def _earlier_seasons_only(ctx: Context) -> bool:
    """The sentence names seasons, none of them ours, and none as what the story goes on from ("after the
    events of the first season, Joel (A) and Ellie (B) ..." tells the new one)."""
    sentence = ctx.sentence
    seasons = {mark.value for mark in marks_in(sentence, ctx.rules)
               if not _AFTER.search(sentence, max(0, mark.start - AFTER_REACH), mark.start)}
    return bool(seasons) and ctx.rules.topic.season not in seasons


AFTER_REACH = 50  # characters before a season's name where "after" makes it what the story goes on from
# "after", "following", "since" in the Latin-script packs' languages (Korean and Japanese put theirs after the season)
_AFTER = re.compile(r"\b(?:after|following|since|tras|después|luego|depois|após|nach|après|dopo|po|sau|setelah|pasca|"
                    r"sinds)\b", re.I)


def _part_before(sentence: str, mention: Mention) -> str | None:
    """"Chae-ok (Han So-hee)", "호재(박서준 분)": the press names a part, then its actor in parentheses. The part
    ("" when it is no name, as in "the lead (X)"), or None when the name is not so set."""
    closing = _PART_CLOSE.match(sentence, mention.end)
    if closing is None or not sentence[:mention.start].rstrip().endswith("("):
        return None
    part = _PART_OPEN.search(sentence, max(0, mention.start - 60), mention.start)
    return part.group("part") if part else ""


def _part_after(sentence: str, mention: Mention) -> str | None:
    """"진영(박찬영 역)", "A (as B)": the actor, then their part in parentheses; None when the name is not so set."""
    found = _PART_THEN_CLOSE.match(sentence, mention.end)
    return found.group("part") if found else None


_PART_THEN_CLOSE = re.compile(r"\s*\(\s*(?P<part>[^()]{1,25}?)\s*(?:역|役)\s*\)")
_PART_CLOSE = re.compile(r"\s*(?:분|役)?\s*\)")
_PART_OPEN = re.compile(r"(?P<part>(?:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})|[가-힣]{1,6}(?:\s[가-힣]{1,6})?)\s*\(\s*$")


def _about_a_coming_season(ctx: Context) -> bool:
    """Someone joins, returns, leaves or will appear (what is still to come: a cast list in those words is news
    about a season, not a credit list), or the sentence names a season."""
    lex = ctx.lex
    return any(holds(cue, text) for text in (ctx.sentence, ctx.follows) if text
               for cue in (lex.RETURNING, lex.NEW_CAST, lex.DEPARTING, lex.REPLACES, lex.REPLACED_BY, lex.COMING,
                           SEASON_WORD))


def _replacement(sentence: str, people: list[Mention], index: int) -> Status | None:
    """A part changing hands: "A replaces B", "A takes over from B", "B is replaced by A", "zastąpienie B przez A".

    The one replaced leaves and the one replacing is new, whatever the topic knows of them. The words just before
    a name say whether it is the object of the change ("replaces B", "replaced by A"); failing that, the words
    after it, up to the next name, say what it does ("A will replace", "B was replaced by").
    """
    lex = active()
    mention = people[index]
    if index and (pair := _pair_after_cue(sentence, people, index - 1)):
        return pair[1]
    if pair := _pair_after_cue(sentence, people, index):
        return pair[0]
    since = people[index - 1].end if index else 0
    # a passive cue may reach back over the name before: "zastąpienie B przez A"
    if lex.REPLACED_BY_BEFORE.search(sentence, max(0, mention.start - REPLACEMENT_REACH), mention.start):
        return "new"
    if lex.REPLACES_BEFORE.search(sentence[max(since, mention.start - REPLACEMENT_REACH):mention.start]):
        return "departing"
    until = people[index + 1].start if index + 1 < len(people) else len(sentence)
    after = sentence[mention.end:min(until, mention.end + REPLACEMENT_REACH)]
    if lex.REPLACED_BY.search(after):
        return "departing"
    if lex.REPLACES.search(after):
        return "new"
    return None


def _pair_after_cue(sentence: str, people: list[Mention], index: int) -> tuple[Status, Status] | None:
    """Two names after one cue, in one clause: "replacing B with A" ("ersetzt B durch A") gives B's part to A; in
    German and Dutch the verb may come before its subject ("In Staffel 3 ersetzt A den Star B"), so with no such
    word between them the first is the one replacing."""
    lex = active()
    if index + 1 >= len(people):
        return None
    first, second = people[index], people[index + 1]
    gap = sentence[first.end:second.start]
    if len(gap) > REPLACEMENT_GAP or _CLAUSE_BREAK.search(gap) \
            or not lex.REPLACES_BEFORE.search(sentence[max(0, first.start - REPLACEMENT_REACH):first.start]) \
            or lex.REPLACED_BY_BEFORE.search(sentence, max(0, second.start - REPLACEMENT_REACH), second.start):
        return None
    if _GIVEN_TO.search(gap):
        return "departing", "new"
    if _VERB_SECOND & set(lex.codes):
        return "new", "departing"
    return None


REPLACEMENT_REACH = 60  # characters around a name where a replacement cue is read as about it
REPLACEMENT_GAP = 40  # characters between two names one cue governs
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:and|und|en|et|y|e|i|oraz|but|aber|maar|mais|pero|ma|mas|ale)\s", re.I)
# "replace B with A", "ersetzt B durch A", "remplace B par A": the word that hands the part on, in the packs' languages
_GIVEN_TO = re.compile(r"\b(?:with|by|durch|door|par|por|przez|com|con|oleh|bởi|bằng)\b", re.I)
_VERB_SECOND = {"de", "nl"}  # languages whose verb may come before its subject in a main clause


def _in_list_after(sentence: str, start: int, mention: Mention) -> bool:
    """The name is in the list that begins at ``start`` (no clause break between)."""
    return start <= mention.start and not _LIST_END.search(sentence, start, mention.start)


_LIST_END = re.compile(r";|\.\s|,\s*(?:and|while|but|whereas)\s+(?:the\s+)?(?:cast|stars?)\b", re.I)


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
