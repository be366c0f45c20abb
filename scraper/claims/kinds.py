"""One recogniser per kind of claim, run over each sentence from one ordered list.

Each takes the sentence's context and returns draft claims (kind, value, negated, season hint);
``extract_claims`` adds certainty, attribution, season and evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from scraper.claims import lexicon
from scraper.claims.certainty import clause_at, is_negated, negated_at, segment_span
from scraper.claims.dates import Found, event_done, find_dates
from scraper.claims.memo import holds, lazy, spans
from scraper.claims.patterns import any_of
from scraper.claims.people import Mention, characters_named, find_people
from scraper.claims.rules import Rules
from scraper.types import Person, Window

RENEWAL = any_of(lexicon.RENEWAL)
CANCELLED = any_of(lexicon.CANCELLED)
RELEASE = any_of(lexicon.RELEASE)
FILMING_START = any_of(lexicon.FILMING_START)
FILMING_END = any_of(lexicon.FILMING_END)
EPISODES = [re.compile(p, re.I) for p in lexicon.EPISODES]
DIRECTOR = any_of(lexicon.DIRECTOR)
WRITER = any_of(lexicon.WRITER)
CAST = any_of(lexicon.CAST_TRIGGERS)
DEPARTING = any_of(lexicon.DEPARTING)
RETURNING = any_of(lexicon.RETURNING)
NEW_CAST = any_of(lexicon.NEW_CAST)
DONE = re.compile(r"\b(?:has|have|had) (?:\w+ )?(?:begun|started|commenced|kicked off|wrapped|finished|ended|"
                  r"completed|concluded)|\b(?:began|started|commenced|kicked off|wrapped|finished|ended|completed|"
                  r"concluded|rolled|is underway|are underway|got underway|currently|now filming|in production)\b|"
                  r"dimulai|telah|sudah|sedang|시작했|돌입했|진행 중|마쳤|en producción|en rodaje|em produção|"
                  r"comenzó|começou|començ|inició", re.I)
RELEASE_DATE_WORDS = re.compile(r"release date|premiere date|launch date|air date|"
                                r"(?:give|gave|set|name|announce|reveal|confirm)(?:d|s|n)? (?:a|an|any) (?:firm )?date|tanggal (?:rilis|tayang)|"
                                r"fecha (?:\w+ )?de estreno|data (?:\w+ )?de estreia|date de sortie|공개\s?일|방영\s?일",
                                re.I)
# Conditions ("if", "jika", Spanish "si"); Spanish and Portuguese "se" is mostly a pronoun, so it is not one.
_IF = re.compile(r"\bif\b|\bseandainya\b|\bjika\b|\bapabila\b|\bsi\b|\bbest[- ]case\b|\bworst[- ]case\b", re.I)
_ASKS_IF = re.compile(r"\b(?:unknown|unclear|uncertain|whether|see|know|wonder|ask(?:ed|s)?|confirm(?:ed)?|sure) if\b|"
                      r"\bse (?:ha|han|sabe|espera|estima|confirm)", re.I)
_DATE_WORDS = ("date", "fecha", "data", "tanggal", "일", "日")  # every phrasing of RELEASE_DATE_WORDS holds one
# What is still to come: a cast list in these words is news about a season, not a credit list.
COMING = any_of(lexicon.COMING)
SEASON_WORD = re.compile(r"\bseason\b|\bS\d\b|\bsecond\b|\bsequel\b|temporada|saison|musim|시즌|シーズン|후속|속편", re.I)
JOB_AFTER = re.compile(rf"\s*,?\s*(?:the\s+)?(?:{'|'.join(lexicon.JOB_TITLES)})\b", re.I)
JOB_BEFORE = re.compile(rf"\b(?:{'|'.join(lexicon.JOB_TITLES)})\s*(?:of\s+[\w\s]{{1,20}}?)?,?\s*$", re.I)
_FROM_WORDS = ("from", "dari", "desde", " de ")  # every FILMED_FROM holds one
FILMED_FROM = re.compile(r"\b(?:film(?:ed|ing)|shot|shoot(?:ing)?|production (?:ran|took place|lasted)|cameras rolled|"
                         r"syuting|rodaje|grabaciones|filmagens|gravações)\b[^.;]{0,60}?\b(?:from|dari|de|desde)\b",
                         re.I)
_ASCII_GATES = {gate: tuple(w for w in words if w.isascii()) for gate, words in lexicon.GATES.items()}
_HANGUL = re.compile(r"[가-힣]")
_VERB_LAST = re.compile(r"[가-힣ぁ-んァ-ン]")
CUE_BEHIND = 40  # characters: in Korean a cue before the name belongs to the name before it
_DATELINE = re.compile(r"date\W{0,4}$", re.I)
_DENIAL_BEFORE = re.compile(r"(?:\bno\b|\bnot\b|n't|\bnever\b|belum|tidak|\bno se\b)(?:(?!\band\b|\bbut\b)[^,;])*$", re.I)
_UNTIL = re.compile(r"\buntil\b|\btill\b|\bbefore\b|\bhingga\b|\bsampai\b", re.I)
_AND = re.compile(r"\s*(?:,|,? and|&|dan|y|e|와|과)\s*")
_PREDICATE = re.compile(r"(?:\s*,[^,]{0,60},)?\s*(?P<verb>[^,;]{0,40})")
CAST_HEADING = re.compile(r"\bcast\b|pemeran|elenco|reparto|출연|캐스팅|キャスト", re.I)


@dataclass  # one sentence's scratchpad: built for every sentence, so built cheaply (not frozen)
class Context:
    sentence: str
    rules: Rules
    published: dt.date | None
    heading: str | None = None
    cast_before: bool = False  # the sentence before, in the same paragraph, was about the cast
    follows: str = ""  # the sentence this one goes on from ("They include ..."), if it does

    @lazy
    def lowered(self) -> str:
        return self.sentence.lower()

    @lazy
    def verb_last(self) -> bool:
        """Korean and Japanese put the verb last: a claim's date comes before its verb."""
        return not self.sentence.isascii() and _VERB_LAST.search(self.sentence) is not None

    def holds_word_of(self, gate: str) -> bool:
        """Whether the sentence holds one of the gate's words (an English sentence skips the others' words)."""
        words = _ASCII_GATES[gate] if self.sentence.isascii() else lexicon.GATES[gate]
        return any(word in self.lowered for word in words)

    @lazy
    def negated(self) -> bool:
        return is_negated(self.sentence)

    @lazy
    def dates(self) -> list[Found]:
        return find_dates(self.sentence, self.published)

    @lazy
    def people(self) -> list[Mention]:
        return find_people(self.sentence, self.rules)

    @lazy
    def credits(self) -> dict[str, list[Draft]]:
        return credits_in(self)


@dataclass(frozen=True)
class Draft:
    kind: str
    value: object
    negated: bool = False
    crew: bool = False  # a credit: its season is only what the sentence says
    at: int = 0  # where in the sentence the claim sits: its certainty is read in that clause


Status = Literal["returning", "new", "departing"]
NEAR = 70  # characters between a kind's trigger and its date: further off, the date belongs to something else


def renewal(ctx: Context) -> list[Draft]:
    for pattern, value in ((CANCELLED, "cancelled"), (RENEWAL, "renewed")):
        found = pattern.search(ctx.sentence)
        if found:
            return [Draft("renewal", value, negated_at(ctx.sentence, found.start()), at=found.start())]
    return []


def _distance(found: Found, span: tuple[int, int], verb_last: bool = False) -> int:
    """Characters between a date and a trigger's words. A date on the far side of the verb counts as further
    away: after the verb in English and its kin ("began in July and ended in May"), before it in Korean and
    Japanese, where the date comes first ("7월 시작해 2월 마무리")."""
    if found.start >= span[1]:
        return found.start - span[1] + (BEFORE_PENALTY if verb_last else 0)
    return max(span[0] - found.end, 0) + (0 if verb_last else BEFORE_PENALTY)


BEFORE_PENALTY = 10  # characters: "dimulai pada Juli dan selesai" gives July to the verb before it


def _dates_for(ctx: Context, trigger: re.Match[str], rivals: list[re.Match[str]]) -> list[Found]:
    """The dates nearer this trigger than any other kind's, within reach, closest first."""
    if _hypothetical(clause_at(ctx.sentence, trigger.start())):
        return []  # "if filming starts in August, ..."
    span = _anchor(trigger)
    first, last = segment_span(ctx.sentence, trigger.start())  # a date across "but" belongs to the other clause
    dates = [d for d in ctx.dates if first <= d.start and d.end <= last]
    late = ctx.verb_last
    dates = [d for d in dates if _distance(d, span, late) <= NEAR and not _is_dateline(ctx.sentence, d)
             and all(_distance(d, span, late) <= _distance(d, _anchor(rival), late) for rival in rivals)]
    if negated_at(ctx.sentence, trigger.start()):
        dates = [d for d in dates if d.start > trigger.start()]  # "in March it was said filming has not begun"
    return sorted(dates, key=lambda d: (_distance(d, span, late), d.start < trigger.start()))


def _anchor(trigger: re.Match[str]) -> tuple[int, int]:
    """The trigger's last word, where its date sits: "filming began in July and wrapped [in May]"."""
    words = trigger.group(0).rstrip()
    last_space = max(words.rfind(" "), 0)
    return trigger.start() + (last_space + 1 if last_space else 0), trigger.end()


def _hypothetical(clause: str) -> bool:
    """"if filming had started": a condition, not a claim ("unknown if" asks, it does not suppose)."""
    return bool(_IF.search(clause)) and not _ASKS_IF.search(clause)


def _is_dateline(sentence: str, found: Found) -> bool:
    """A page's own date ("date 2025-07-23", '"date":"2026-02-23"') is not a claim."""
    return bool(_DATELINE.search(sentence, max(0, found.start - 10), found.start))


def _date_negated(ctx: Context, found: Found) -> bool:
    """"There is no season releasing in early 2026": the denial governs the date itself."""
    clause = ctx.sentence[:found.start]
    cue = _DENIAL_BEFORE.search(clause)
    if cue is None:
        return False
    return not _UNTIL.search(ctx.sentence, cue.start(), found.start)


def release_date(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    triggers = list(RELEASE.finditer(ctx.sentence))
    triggers = triggers if triggers and ctx.dates else []
    rivals = [*FILMING_START.finditer(ctx.sentence), *FILMING_END.finditer(ctx.sentence)] if triggers else []
    for trigger in triggers:
        dates = _dates_for(ctx, trigger, rivals)
        if dates:
            window = _ahead(dates[0], ctx.published, trigger)
            drafts.append(Draft("release_date", window, _date_negated(ctx, dates[0]), at=trigger.start()))
    words = RELEASE_DATE_WORDS.search(ctx.sentence) if any(w in ctx.lowered for w in _DATE_WORDS) else None
    if words and negated_at(ctx.sentence, words.start()) and not _dated_denial_at(ctx, drafts, words.end()):
        drafts.append(Draft("release_date", None, True, at=words.start()))
    return drafts


def _ahead(found: Found, published: dt.date | None, trigger: re.Match[str]) -> Window:
    """"premieres January 30" in a March article is next January's: a day or month named without a year and
    well before the publication date is the next one, unless the verb says it is past ("premiered")."""
    window = found.window
    if published is None or found.kind not in YEARLESS or _PAST_VERB.search(trigger.group(0)):
        return window
    sentence = trigger.string
    if _PAST_AFTER.match(sentence, found.end) or _PAST_BEFORE.search(sentence, max(0, found.start - 12), found.start):
        return window  # "28 Januari lalu", "last January", "지난 1월"
    if window.end >= published - dt.timedelta(days=PAST_GRACE_DAYS):
        return window
    try:
        return Window(window.start.replace(year=window.start.year + 1), window.end.replace(year=window.end.year + 1),
                      window.text)
    except ValueError:  # 29 February
        return window


YEARLESS = frozenset({"md", "dm", "month_alone"})  # date patterns that guess the year from the publication date
PAST_GRACE_DAYS = 7  # a yearless date up to a week old may be the one just past; older, the next one (unless "premiered")
_PAST_AFTER = re.compile(r"\s*(?:lalu|ago|pasado|passado|dernier)\b", re.I)
_PAST_BEFORE = re.compile(r"(?:\blast|\bpast|\bearlier|지난|작년)\s*(?:\w+\s+)?$", re.I)
_PAST_VERB = re.compile(r"ed\b|\b(?:came|hit|landed|dropped|aired|arrived)\b", re.I)


def _dated_denial_at(ctx: Context, drafts: list[Draft], after: int) -> bool:
    """"no release date in March": the denial is of that window, not of any date at all."""
    return any(d.negated and isinstance(d.value, Window) and 0 <= ctx.sentence.find(d.value.text, after) - after <= 30
               for d in drafts)


def _filming(kind: str, pattern: re.Pattern[str], other: re.Pattern[str]) -> Callable[[Context], list[Draft]]:
    def recognise(ctx: Context) -> list[Draft]:
        trigger = pattern.search(ctx.sentence)
        if not trigger or _hypothetical(clause_at(ctx.sentence, trigger.start())):
            return []
        rivals = [*RELEASE.finditer(ctx.sentence), *(m for m in other.finditer(ctx.sentence) if m.end() != trigger.end())]
        dates = _dates_for(ctx, trigger, rivals)
        if negated_at(ctx.sentence, trigger.start()) and not (dates and not _date_negated(ctx, dates[0])):
            return [Draft(kind, None, True, at=trigger.start())]
        if dates:
            return [Draft(kind, dates[0].window, at=trigger.start())]
        if ctx.published and DONE.search(ctx.sentence):
            return [Draft(kind, event_done(ctx.published, trigger.group(0)), at=trigger.start())]
        return []

    return recognise


def filming_range(ctx: Context) -> list[Draft]:
    """"filmed from July 2025 to February 2026": one sentence, a start and an end."""
    if not any(word in ctx.lowered for word in _FROM_WORDS):
        return []
    found = FILMED_FROM.search(ctx.sentence)
    if not found:
        return []
    ranges = [d for d in ctx.dates if d.kind == "range" and 0 <= d.start - found.end() <= 3]
    if not ranges:
        return []
    first, last = ranges[0].parts[0], ranges[0].parts[-1]
    return [Draft("filming_start", first, at=found.start()), Draft("filming_end", last, at=found.start())]


def episode_count(ctx: Context) -> list[Draft]:
    for pattern in EPISODES:
        found = pattern.search(ctx.sentence)
        if found:
            raw = (found.groupdict().get("n") or found.groupdict().get("n2") or "").lower()
            number = int(raw) if raw.isdigit() else lexicon.NUMBER_WORDS.get(raw)
            if number and 1 <= number <= 40:
                return [Draft("episode_count", number, ctx.negated, at=found.start())]
    return []


def _credit(kind: str) -> Callable[[Context], list[Draft]]:
    def recognise(ctx: Context) -> list[Draft]:
        return ctx.credits[kind]

    return recognise


def credits_in(ctx: Context) -> dict[str, list[Draft]]:
    """Director and writer credits of the sentence: the cast recogniser leaves these names out."""
    return {"director": _credits_of(ctx, "director", DIRECTOR), "writer": _credits_of(ctx, "writer", WRITER)}


def _credits_of(ctx: Context, kind: str, pattern: re.Pattern[str]) -> list[Draft]:
    """"directed by X", "director X", "X 감독": a credited name within reach of the word, or listed after it."""
    if not ctx.holds_word_of(kind):
        return []
    drafts = []
    people = ctx.people
    for trigger in pattern.finditer(ctx.sentence):
        for index, person in enumerate(people):
            gap = person.start - trigger.end() if person.start >= trigger.end() else trigger.start() - person.end
            listed = index > 0 and person.start > trigger.end() and _coordinated(ctx.sentence, people[index - 1], person)
            if (0 <= gap <= 25 or listed) and (person.known is None or person.known.role in (kind, "creator")):
                drafts.append(Draft(kind, Person(name=person.name), negated_at(ctx.sentence, trigger.start()),
                                    crew=True, at=person.start))
    return drafts


def _coordinated(sentence: str, before: Mention, after: Mention) -> bool:
    """"Lee JQ and Kim Nam-su": two names joined by "and" or a comma belong to one credit."""
    return bool(_AND.fullmatch(sentence, before.end, after.start))


def _crew_names(ctx: Context) -> set[str]:
    return {d.value.name for drafts in ctx.credits.values() for d in drafts if isinstance(d.value, Person)}


def cast(ctx: Context) -> list[Draft]:
    in_cast_section = bool(ctx.heading) and holds(CAST_HEADING, ctx.heading or "")
    triggered = ctx.holds_word_of("cast") and (
        CAST.search(ctx.sentence) or DEPARTING.search(ctx.sentence))  # leaving the show is cast news too
    if not (in_cast_section or triggered or ctx.cast_before and len(ctx.people) >= 2):
        return []
    if not (in_cast_section or ctx.cast_before or ctx.negated or _about_a_coming_season(ctx)):
        return []  # "the cast includes X and Y" with nothing new or coming: the show's credits, not news
    found = ctx.people
    crew = _crew_names(ctx)
    people = [m for m in found if m.name not in crew and _is_cast(m) and not _has_job_title(ctx.sentence, m)]
    if not people and RETURNING.search(ctx.sentence):
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
    """Someone joins, returns, leaves or will appear, or the sentence names a season."""
    return any(holds(cue, text) for text in (ctx.sentence, ctx.follows) if text
               for cue in (RETURNING, NEW_CAST, DEPARTING, COMING, SEASON_WORD))


def _has_job_title(sentence: str, mention: Mention) -> bool:
    """"Park Chul-soo, CEO of the studio", "producer Kim": someone named for their job is not in the cast."""
    return bool(JOB_AFTER.match(sentence, mention.end) or JOB_BEFORE.search(sentence, max(0, mention.start - 30),
                                                                           mention.start))


def _is_cast(mention: Mention) -> bool:
    return mention.known is None or mention.known.role == "cast"


def _status_of(sentence: str, mention: Mention) -> Status | None:
    """Leaving if the person's clause says so; else the cue nearest the name ("X joins as Y returns")."""
    if DEPARTING.search(clause_at(sentence, mention.start)) or DEPARTING.match(_predicate(sentence, mention)):
        return "departing"
    cues: list[tuple[int, Status]] = []
    kinds: tuple[tuple[re.Pattern[str], Status], ...] = ((RETURNING, "returning"), (NEW_CAST, "new"))
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


Recogniser = Callable[[Context], list[Draft]]
# (the gate whose words a sentence must hold, the recogniser), in the order claims are listed; None: no gate.
RECOGNISERS: tuple[tuple[str | None, Recogniser], ...] = (
    ("renewal", renewal),
    ("release", release_date),
    ("episodes", episode_count),
    ("filming", _filming("filming_start", FILMING_START, FILMING_END)),
    ("filming", _filming("filming_end", FILMING_END, FILMING_START)),
    ("filming", filming_range),
    ("director", _credit("director")),
    ("writer", _credit("writer")),
    (None, cast),
)


def recognise_all(ctx: Context) -> list[Draft]:
    """Every draft claim of the sentence, each recogniser run only where its words appear."""
    drafts: dict[tuple[str, object, bool], Draft] = {}
    opened: dict[str | None, bool] = {None: True}  # filming start and end share a gate: look once
    for gate, recognise in RECOGNISERS:
        if gate not in opened:
            opened[gate] = ctx.holds_word_of(gate or "")
        if opened[gate]:
            for draft in recognise(ctx):  # the same claim found twice in one sentence counts at its first place
                drafts.setdefault((draft.kind, window_key(draft.value), draft.negated), draft)
    return list(drafts.values())


def window_key(value: object) -> object:
    return (value.start, value.end) if isinstance(value, Window) else value
