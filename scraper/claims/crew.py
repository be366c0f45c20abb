"""Director and writer credits: a credited name within reach of the word, or listed after it.

"directed by Lee JQ and Kim Nam-su", "screenwriter Chun Sung-il", "이재규 감독". The cast recogniser
leaves these names out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scraper.claims.certainty import negated_at
from scraper.claims.context import Context, Draft
from scraper.claims.people import Mention
from scraper.types import Person

_AND = re.compile(r"\s*(?:,|,? and|&|·|/|\||dan|y|e|와|과)\s*")
# A clause set off by commas between a name and its credit: "X, who directed the first season, is back behind the camera".
_APPOSITIVE = re.compile(r"\s*,\s*(?:who|the|a|an|one of|also|yang|이|who's)\b[^,;]{0,90},\s*", re.I)


def credit(kind: str) -> Callable[[Context], list[Draft]]:
    def recognise(ctx: Context) -> list[Draft]:
        return credits_in(ctx)[kind]

    return recognise


def credits_in(ctx: Context) -> dict[str, list[Draft]]:
    """Director and writer credits of the sentence, found once for both recognisers and the cast."""
    if "credits" not in ctx.shared:
        ctx.shared["credits"] = {"director": _credits_of(ctx, "director", ctx.lex.DIRECTOR),
                                 "writer": _credits_of(ctx, "writer", ctx.lex.WRITER)}
    return ctx.shared["credits"]  # type: ignore[return-value]


def _credits_of(ctx: Context, kind: str, pattern: re.Pattern[str]) -> list[Draft]:
    """"directed by X", "director X", "X 감독": a credited name within reach of the word, or listed after it."""
    if not ctx.holds_word_of(kind):
        return []
    drafts: list[Draft] = []
    people = ctx.people
    for trigger in pattern.finditer(ctx.sentence):
        credited: list[int] = []
        for index, person in enumerate(people):
            gap = person.start - trigger.end() if person.start >= trigger.end() else _gap_before(ctx.sentence, person,
                                                                                                  trigger)
            listed = index > 0 and person.start > trigger.end() and index - 1 in credited \
                and _coordinated(ctx.sentence, people[index - 1], person)
            if _speaks(ctx.sentence, trigger, person) or not _may_be(person, kind):
                continue
            if (0 <= gap <= 25 and not _name_between(people, person, trigger, ctx.sentence)) or listed:
                credited.append(index)
        # "A and B called the shots as co-directors": a name joined to a credited one before the word is credited too,
        # unless a bare comma lists it before a name the word is the title of ("배우 A, B, C 감독": C alone directs)
        for index in sorted(credited):
            if index > 0 and people[index].end <= trigger.start() and index - 1 not in credited \
                    and not (_gap_before(ctx.sentence, people[index], trigger) <= TITLE_GAP
                             and ctx.sentence[people[index - 1].end:people[index].start].strip() in LIST_COMMAS) \
                    and _may_be(people[index - 1], kind) and _coordinated(ctx.sentence, people[index - 1], people[index]):
                credited.append(index - 1)
        drafts += [Draft(kind, Person(name=people[i].name), negated_at(ctx.sentence, trigger.start()), crew=True,
                         at=people[i].start) for i in sorted(set(credited))]
    return drafts


# The word for actors, which starts a list of another job: "감독과 배우 A, B", "director X and actors A, B"
_ACTORS = re.compile(r"배우|俳優|キャスト|\b(?:actors?|actress(?:es)?|stars?|cast)\b", re.I)
TITLE_GAP = 2  # characters between a name and the job word right after it: "정동윤 감독", "Lee (director)"
LIST_COMMAS = (",", "、", "，")  # what lists names without joining them into one credit


def _name_between(people: list[Mention], person: Mention, trigger: re.Match[str], sentence: str) -> bool:
    """Another name stands between this one and the job word after them: the word is the nearer one's, and a name
    further back is credited only when joined to it ("A and B, the show's directors"; "배우 A, B, C 감독": C alone
    directs). After the word, a list of names shares it ("die Drehbücher stammen von A, B und C") until the word for
    actors starts another ("정동윤 감독과 배우 A, B")."""
    if person.start >= trigger.end():  # after the word, the actors' word ends its list: "정동윤 감독과 배우 A, B"
        return bool(_ACTORS.search(sentence, trigger.end(), person.start))
    if person.end > trigger.start():
        return False
    return any(person.end <= other.start and other.end <= trigger.start() for other in people if other is not person)


def _may_be(person: Mention, kind: str) -> bool:
    return person.known is None or person.known.role in (kind, "creator")


def _gap_before(sentence: str, person: Mention, trigger: re.Match[str]) -> int:
    """Characters from a name to the credit after it, not counting a clause set off by commas after the name."""
    aside = _APPOSITIVE.match(sentence, person.end, trigger.start())
    return trigger.start() - (aside.end() if aside else person.end)


def _speaks(sentence: str, trigger: re.Match[str], person: Mention) -> bool:
    """"director Lee Jae-kyoo has revealed ...": the job names who speaks; it is no news of a credit."""
    return trigger.end() <= person.start and bool(_SPEECH_AFTER.match(sentence, person.end))


# What someone named by their job goes on to do when they are quoted rather than credited.
_SPEECH_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|revealed|reveals|told|tells|teased|teases|hinted|"
                           r"hints|explained|explains|shared|shares|noted|added|confirmed|confirms|announced|stated|"
                           r"spoke|speaks|admitted|mentioned)\b", re.I)


def _coordinated(sentence: str, before: Mention, after: Mention) -> bool:
    """"Lee JQ and Kim Nam-su": two names joined by "and" or a comma belong to one credit."""
    return bool(_AND.fullmatch(sentence, before.end, after.start))


def crew_names(ctx: Context) -> set[str]:
    return {d.value.name for drafts in credits_in(ctx).values() for d in drafts if isinstance(d.value, Person)}
