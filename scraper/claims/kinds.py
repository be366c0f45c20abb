"""One recogniser per kind of claim, run over each sentence from one ordered list.

Each takes the sentence's context and returns draft claims (kind, value, negated, where it sits);
``extract_claims`` adds certainty, attribution, season and evidence. Renewal, release dates and
filming are here; episode counts are in ``episodes``, credits in ``crew``, the cast in ``cast``, and
which year a date without one means in ``yearless``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scraper.claims.cast import cast
from scraper.claims.certainty import clause_span, negated_at, segment_span
from scraper.claims.context import Context, Draft
from scraper.claims.crew import credit
from scraper.claims.dates import Found, event_done
from scraper.claims.episodes import episode_count
from scraper.claims.lexicon import active
from scraper.claims.memo import holds
from scraper.claims.patterns import finditer, search
from scraper.claims.yearless import ahead, planned_ahead
from scraper.types import Window

DONE = re.compile(r"\b(?:has|have|had) (?:\w+ )?(?:begun|started|commenced|kicked off|wrapped|finished|ended|"
                  r"completed|concluded)|\b(?:began|started|commenced|kicked off|wrapped|finished|ended|completed|"
                  r"concluded|rolled|(?:is|are|now) (?:\w+ )?under ?way|got underway|currently|now filming|in production)\b|"
                  r"dimulai|telah|sudah|sedang|시작했|돌입했|크랭크인했|들어갔|진행 중|마쳤|en producción|en rodaje|em produção|"
                  r"comenzó|começou|començ|inició", re.I)
RELEASE_DATE_WORDS = re.compile(r"release date|premiere date|launch date|air date|bow date|debut date|streaming date|"
                                r"(?:release|premiere|launch) window|(?:anunciado|fijado|confirmado) (?:una|la) fecha|"
                                r"jadwal (?:rilis|tayang|penayangan)|"
                                r"(?:give|gave|set|name|announce|reveal|confirm)(?:d|s|n)? (?:a|an|any) (?:firm )?date|tanggal (?:rilis|tayang)|"
                                # "has yet to pin down a date", "no exact day yet", "hasn't officially dated it"
                                r"(?:put|pin(?:ned)? down|lock(?:ed)? (?:in|down)|nail(?:ed)? down|settle(?:d)? on|circle(?:d)?) "
                                r"(?:a|an|any|the) (?:firm |exact |specific |official )?(?:date|day)|exact (?:date|day)|"
                                r"\bdated (?:it|the (?:season|show|series|sequel|new season|second season|new episodes))\b|"
                                r"(?:any|a|the|its) (?:release |premiere )?timing\b|tanggal (?:pasti(?:nya)?|resmi(?:nya)?)|"
                                r"fecha (?:\w+ )?de estreno|data (?:\w+ )?de estreia|date de sortie|(?:공개|방영)\s?(?:일|시기|날짜)",
                                re.I)
_ASKS_IF = re.compile(r"\b(?:unknown|unclear|uncertain|whether|see|know|wonder|ask(?:ed|s)?|confirm(?:ed)?|sure) if\b|"
                      r"\bse (?:ha|han|sabe|espera|estima|confirm)", re.I)
_DATE_WORDS = ("date", "exact day", "timing", "window", "jadwal", "fecha", "data", "tanggal", "일", "日", "시기", "날짜")  # every phrasing of RELEASE_DATE_WORDS holds one
_FROM_WORDS = ("from", "dari", "desde", " de ")  # every FILMED_FROM holds one
FILMED_FROM = re.compile(r"\b(?:film(?:ed|ing)|shot|shoot(?:ing)?|production (?:ran|took place|lasted)|cameras rolled|"
                         r"syuting|rodaje|grabaciones|filmagens|gravações)\b[^.;]{0,90}?\b(?:from|dari|de|desde)\b",
                         re.I)
_UNKNOWN_WHEN = re.compile(r"(?:\b(?:unknown|unclear|uncertain|not (?:yet )?(?:known|clear|certain)|no word on|"
                           r"no (?:news|word|update|information|details|confirmation|indication)(?: yet)? (?:on|about|as to|of)|"
                           r"yet to (?:\w+ )?(?:reveal|announce|confirm|say|share|decide|disclose)|remains to be seen|"
                           r"(?:no ?one|nobody) (?:yet |really |truly )?(?:knows|can say|can tell|is sure|has said)"
                           r"(?: yet| for sure| for certain| exactly)?|"
                           r"(?:it is|it's|it remains) (?:still )?(?:anyone's|anybody's) guess|"
                           r"there(?: is|'s) no (?:telling|saying)|(?:hard|difficult|impossible|too early) to (?:say|tell|know)|"
                           r"(?:quiet|mum|silent|tight-lipped) (?:about|on))|"
                           r"(?:\bnot|n't) (?:yet )?(?:revealed|announced|confirmed|said|shared|decided|disclosed|reveal|announce|"
                           r"confirm|say|share|disclose|specify|specified)) "
                           r"(?:exactly |precisely |just )?when\b|"
                           r"\b(?:belum|tidak) (?:\w+ )?(?:mengungkap|mengumumkan|memastikan|mengonfirmasi|diketahui|jelas)"
                           r"(?:kan)? kapan\b", re.I)
# "When the new season will drop remains a mystery": the question first, the not knowing after it.
_WHEN_UNKNOWN = re.compile(r"^\W*(?:exactly |just )?when\b[^.;]{0,100}?\b(?:remains?|is|are) (?:still |yet |currently )?"
                           r"(?:a mystery|unknown|unclear|uncertain|anyone's guess|to be seen|under wraps|not known)", re.I)
_BARE_DATE = re.compile(r"\b(?:official|firm|exact|confirmed|concrete|set) date\b", re.I)
# A page's own date line; "release date: March 13" is a claim, not one.
_DATELINE = re.compile(r"(?<!release )(?<!premiere )(?<!launch )(?<!air )(?<!streaming )date\W{0,4}$", re.I)
_PT_PART = re.compile(r"(?:início|inicio|fim|final|meio|começo|meados|primeiro|segundo)\b", re.I)
_PT_IN = re.compile(r"\bno\s*$", re.I)
_UNTIL = re.compile(r"\buntil\b|\btill\b|\bbefore\b|\bhingga\b|\bsampai\b", re.I)
NEAR = 70  # characters between a kind's trigger and its date: further off, the date belongs to something else


def renewal(ctx: Context) -> list[Draft]:
    """Renewed or cancelled; a sentence may say both ("confirmed in 2022, so it has not been cancelled")."""
    drafts = []
    for pattern, value in ((ctx.lex.CANCELLED, "cancelled"), (ctx.lex.RENEWAL, "renewed")):
        if value == "cancelled" and not _may_cancel(ctx):
            continue
        found = search(pattern, ctx.sentence)
        while found and (_announces_something_else(ctx.sentence, found) or _hypothetical(ctx.sentence, found.start())
                         or _IF_IT.match(ctx.sentence, found.end())):
            found = search(pattern, ctx.sentence, found.end())
        if found:
            drafts.append(Draft("renewal", value, negated_at(ctx.sentence, found.start()), at=found.start()))
    return drafts


# "a renewal, if it comes, would ...": the renewal is supposed, not reported.
_IF_IT = re.compile(r"\s*,?\s*(?:if|when|should) (?:it|that|one|this) (?:ever )?(?:comes?|happens?|goes ahead|materiali[sz]es|"
                    r"arrives?|is confirmed)\b", re.I)


def _may_cancel(ctx: Context) -> bool:
    """A cheap first look: the renewal gate opens on "season" and "confirm", which cancellations rarely share.
    Every cancellation phrasing starts with one of the lexicon's CANCEL_WORDS, derived from the phrasings."""
    words = ctx.lex.CANCEL_WORDS
    return words is None or not ctx.sentence.isascii() or any(word in ctx.lowered for word in words)


# What else can be "announced" or "confirmed" of a season: "no filming date for season 2 has been announced".
_OTHER_NEWS = re.compile(r"\b(?:date|dates|premiere|window|cast|line-?up|trailer|teaser|title|episodes?|details?|"
                         r"plot|poster|schedule)\b[^,;]{0,50}$", re.I)
_TOLD = re.compile(r"announc|confirm|reveal|unveil", re.I)  # the renewal phrasings that only say it was made known


def _announces_something_else(sentence: str, found: re.Match[str]) -> bool:
    """A season "announced" or "confirmed" after a date, cast or trailer is that thing's news, not a renewal."""
    if not _TOLD.search(found.group(0)):
        return False
    start, _ = clause_span(sentence, found.start())
    return bool(_OTHER_NEWS.search(sentence, start, found.start()))


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
    if _hypothetical(ctx.sentence, trigger.start()):
        return []  # "if filming starts in August, ..."
    span = _anchor(trigger)
    first, last = segment_span(ctx.sentence, trigger.start())  # a date across "but" belongs to the other clause
    dates = [d for d in ctx.dates if first <= d.start and d.end <= last or _leads_timeline(ctx.sentence, d)]
    late = ctx.verb_last
    dates = [d for d in dates if _distance(d, span, late) <= NEAR and not _is_dateline(ctx.sentence, d)
             and all(_distance(d, span, late) <= _distance(d, _anchor(rival), late) for rival in rivals)]
    if negated_at(ctx.sentence, trigger.start()):
        dates = [d for d in dates if d.start > trigger.start()]  # "in March it was said filming has not begun"
    return sorted(dates, key=lambda d: (_distance(d, span, late), d.start < trigger.start()))


def _leads_timeline(sentence: str, found: Found) -> bool:
    """"July 10, 2025 – Cameras roll on season two": a timeline's date heads its line and dates what follows."""
    return found.start <= TIMELINE_LEAD and bool(_DASH_AFTER.match(sentence, found.end))


TIMELINE_LEAD = 4  # characters before a timeline line's date: a bullet and a space
_DASH_AFTER = re.compile(r"\s*[–—:-]\s")


def _anchor(trigger: re.Match[str]) -> tuple[int, int]:
    """The trigger's last word, where its date sits: "filming began in July and wrapped [in May]"."""
    words = trigger.group(0).rstrip()
    last_space = max(words.rfind(" "), 0)
    return trigger.start() + (last_space + 1 if last_space else 0), trigger.end()


def _hypothetical(sentence: str, at: int) -> bool:
    """"if filming starts in August, ...", "a 2023 release if filming had started": a condition, not a claim.

    The claim sits inside the condition, or the condition after it is contrary to fact ("had started").
    "Filming could begin by December if casting wraps in time" predicts, with a proviso: a claim.
    ("unknown if" asks, it does not suppose.)
    """
    conditions = active().IF  # "if", "jika", Spanish "si"
    if not holds(conditions, sentence):  # most sentences suppose nothing: asked once per sentence
        return False
    start, end = clause_span(sentence, at)
    clause = sentence[start:end]
    if not conditions.search(clause) or _ASKS_IF.search(clause):
        return False
    if conditions.search(sentence, start, at):
        return True
    proviso = conditions.search(sentence, at, end)
    return bool(proviso and _COUNTERFACTUAL.search(sentence, proviso.end(), end))


_COUNTERFACTUAL = re.compile(r"\b(?:had|hadn't|had not|were|would have)\b", re.I)


def _is_dateline(sentence: str, found: Found) -> bool:
    """A page's own date ("date 2025-07-23", '"date":"2026-02-23"') is not a claim."""
    return bool(_DATELINE.search(sentence, max(0, found.start - 30), found.start))


def _date_negated(ctx: Context, found: Found) -> bool:
    """"There is no season releasing in early 2026": the denial governs the date itself; so does one said of
    it after ("a 2023 release is off the table")."""
    if _RULED_OUT.match(ctx.sentence, found.end):
        return True
    clause = ctx.sentence[:found.start]
    if _PT_PART.match(found.window.text):
        clause = _PT_IN.sub("", clause)  # Portuguese "no início de 2027" is "in the start of", not "no"
    cue = active().DENIAL_BEFORE.search(clause)
    if cue is None:
        return False
    return not _UNTIL.search(ctx.sentence, cue.start(), found.start)


# Said of a date or the release in it: "(a release in) 2023 looks unrealistic", "(a 2023 release) is off the table".
_RULED_OUT = re.compile(r"(?:\s+(?:release|premiere|debut|launch|return))?(?:\s+(?:date|window))?\s+(?:now\s+)?"
                        r"(?:(?:is|looks|seems|appears|sounds)\s+(?:now\s+|all but\s+|increasingly\s+)?"
                        r"(?:off the table|unrealistic|out of the question|ruled out|impossible|not happening|a non-starter)|"
                        r"(?:very |highly |all but )(?:unlikely|impossible|unrealistic)|"
                        r"(?:queda|está|fica|está totalmente) descartad[oa])", re.I)


def release_date(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    triggers = _release_triggers(ctx) or _predictions(ctx)
    asks_when = " when" in ctx.lowered or " kapan" in ctx.lowered or ctx.lowered.lstrip(" \"'“‘").startswith("when")
    if not triggers or not asks_when and not ctx.dates:  # nothing to date, nothing asked
        return _undated_release(ctx)
    # a sentence without the filming gate's words holds no filming trigger: no need to look
    rivals = [*ctx.matches(ctx.lex.FILMING_START), *ctx.matches(ctx.lex.FILMING_END)] if "filming" in ctx.gates else []
    for trigger in triggers if ctx.dates else []:
        dates = _dates_for(ctx, trigger, rivals)
        if dates:
            window = ahead(dates[0], ctx, trigger)
            drafts.append(Draft("release_date", window, _date_negated(ctx, dates[0]), at=trigger.start()))
    if not drafts and triggers and asks_when and (_UNKNOWN_WHEN.search(ctx.sentence, 0, triggers[-1].start())
                                                  or _WHEN_UNKNOWN.search(ctx.sentence)):
        drafts.append(Draft("release_date", None, True, at=triggers[-1].start()))  # "it is not clear when it airs"
    return _undated_release(ctx, drafts)


def _release_triggers(ctx: Context) -> list[re.Match[str]]:
    """The release words of the sentence that are not the filming's: one inside a filming phrase ("production was
    delayed to March"), or a delay in the clause a filming phrase opens ("the start of shooting was postponed to");
    nor a trailer's ("the teaser dropped on July 10", "a trailer will be released in December")."""
    triggers = [t for t in ctx.matches(ctx.lex.RELEASE) if not _trailer_of(ctx, t)]
    if not triggers or "filming" not in ctx.gates:
        return triggers
    filming = [*ctx.matches(ctx.lex.FILMING_START), *ctx.matches(ctx.lex.FILMING_END)]
    return [t for t in triggers if not any(r.start() <= t.start() < r.end() for r in filming)
            and not (_DELAY.match(t.group(0)) and any(r.end() <= t.start() and _same_clause(ctx.sentence, r.start(), t.start())
                                                     for r in filming))]


_DELAY = re.compile(r"delayed|pushed|postponed|moved|bumped|put off|held up|slip", re.I)
TRAILER_REACH = 40  # characters from a teaser or trailer word to the release verb it is the subject or object of


def _trailer_of(ctx: Context, release: re.Match[str]) -> bool:
    """Whether a release word is said of a teaser or trailer in its clause: "Netflix released the teaser", "the
    trailer drops on", "a teaser will be unveiled". Then its date is the trailer's, never the season's."""
    if not ctx.lex.triggers["trailer"]:
        return False
    start, _ = clause_span(ctx.sentence, release.start())
    for trailer in ctx.matches(ctx.lex.TRAILER):
        if _LISTED.search(ctx.sentence, min(trailer.end(), release.end()), max(trailer.start(), release.start())):
            continue  # "unveiled a trailer and a release date": two pieces of news, the date the season's
        if release.end() <= trailer.start() <= release.end() + TRAILER_REACH:  # "released the teaser on"
            return _same_clause(ctx.sentence, release.start(), trailer.start())
        if start <= trailer.start() < release.start():  # "the trailer for season 2 drops": the clause's subject
            subject = _SEASON_SUBJECT.search(ctx.sentence, start, release.start())
            titled = ctx.rules.titles.search(ctx.sentence, start, release.start()) if ctx.rules.titles else None
            return all(found is None or trailer.start() < found.start() for found in (subject, titled))
    return False


_LISTED = re.compile(r"\band\b|[,&]|\bund\b|\bet\b|\by\b|\be\b|\bi\b|그리고|및|と|và|และ")
# What a season's own release is said of: when one of these comes before a trailer word, the verb is the season's.
_SEASON_SUBJECT = re.compile(r"(?:season|series|show|sequel|episodes?|staffel|temporada|saison|stagione|sezon|seizoen)\b|"
                             r"시즌|シーズン|mùa|ซีซั่น", re.I)


def trailer(ctx: Context) -> list[Draft]:
    """A teaser or trailer released or due, with its date: the dates nearer it than any release word of the season."""
    if not ctx.lex.triggers["trailer"] or not ctx.dates:
        return []
    drafts = []
    rivals = _release_triggers(ctx)
    for found in ctx.matches(ctx.lex.TRAILER):
        dates = _dates_for(ctx, found, rivals)
        if dates:
            drafts.append(Draft("trailer", dates[0].window, _date_negated(ctx, dates[0]), at=found.start()))
            break
    return drafts


def _same_clause(sentence: str, first: int, second: int) -> bool:
    start, end = clause_span(sentence, second)
    return start <= first < end


def _predictions(ctx: Context) -> list[re.Match[str]]:
    """"Our best guess is mid-2026" under a release-date heading, or after a sentence about the release:
    a prediction of the date the section is about."""
    if not ctx.sentence.isascii() or not any(word in ctx.lowered for word in _PREDICTION_WORDS):
        return []
    if not (found := list(finditer(_PREDICTION, ctx.sentence))) or not ctx.dates:
        return []
    talk = [text for text in (ctx.heading, ctx.before) if text]
    return found if any(holds(ctx.lex.RELEASE, text) for text in talk) else []


_PREDICTION_WORDS = ("guess", "predict", "bet", "estimate", "pick", "likely", "realistic", "plausible", "probable", "we ")
_PREDICTION = re.compile(r"\b(?:our|my|the|one|a) (?:best |current |safe |early |own )?(?:guess|prediction|bet|estimate|pick)\b|"
                         r"\b(?:is|looks|seems) (?:more |most |much more |far more )?(?:likely|realistic|plausible|probable)\b|"
                         r"\brealistically\b|\bwe (?:predict|expect|think|reckon)\b", re.I)


def _undated_release(ctx: Context, drafts: list[Draft] | None = None) -> list[Draft]:
    """"No release date has been announced", "no official date yet": a denial of any date at all."""
    drafts = drafts or []
    words = RELEASE_DATE_WORDS.search(ctx.sentence) if any(w in ctx.lowered for w in _DATE_WORDS) else None
    if words is None and "date" in ctx.lowered and not ctx.holds_word_of("filming"):
        words = _BARE_DATE.search(ctx.sentence)  # "no official date yet": about filming, it would say so
    if words and negated_at(ctx.sentence, words.start()) and not _dated_denial_at(ctx, drafts, words.end()):
        drafts.append(Draft("release_date", None, True, at=words.start()))
    return drafts


def _dated_denial_at(ctx: Context, drafts: list[Draft], after: int) -> bool:
    """"no release date in March": the denial is of that window, not of any date at all."""
    return any(d.negated and isinstance(d.value, Window) and 0 <= ctx.sentence.find(d.value.text, after) - after <= 30
               for d in drafts)


def _filming(kind: str, own: str, rival: str) -> Callable[[Context], list[Draft]]:
    """The start or end of filming; ``own`` and ``rival`` name their trigger patterns in the lexicon."""
    def recognise(ctx: Context) -> list[Draft]:
        pattern, other = getattr(ctx.lex, own), getattr(ctx.lex, rival)
        triggers = ctx.matches(pattern)
        trigger = triggers[0] if triggers else None
        if not trigger or _hypothetical(ctx.sentence, trigger.start()):
            return []
        releases = _release_triggers(ctx) if "release" in ctx.gates else []
        rivals = [*releases, *(m for m in ctx.matches(other) if m.end() != trigger.end())]
        dates = _dates_for(ctx, trigger, rivals)
        if negated_at(ctx.sentence, trigger.start()) and not (dates and not _date_negated(ctx, dates[0])):
            return [Draft(kind, None, True, at=trigger.start())]
        if dates:
            return [Draft(kind, planned_ahead(dates[0], ctx, trigger), at=trigger.start())]
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
    # the range may take in the "from" itself ("from March to August 2025")
    ranges = [d for d in ctx.dates if d.kind == "range" and -len("desde") <= d.start - found.end() <= 3]
    if not ranges:
        return []
    first, last = ranges[0].parts[0], ranges[0].parts[-1]
    return [Draft("filming_start", first, at=found.start()), Draft("filming_end", last, at=found.start())]


def filming_between(ctx: Context) -> list[Draft]:
    """"filming took place between February 23, 2023 and September 18, 2023", "Dreharbeiten zwischen Mai und
    Oktober": the first date the start, the second the end."""
    found = FILMED_BETWEEN.search(ctx.sentence)
    if not found:
        return []
    after = sorted((d for d in ctx.dates if d.start >= found.end()), key=lambda d: d.start)
    if len(after) < 2 or not _BEFORE_FIRST.match(ctx.sentence[found.end():after[0].start]) \
            or not _BOTH_JOINED.match(ctx.sentence[after[0].end:after[1].start]):
        return []
    first, last = after[0], after[1]
    if first.window.start > last.window.start:
        return []
    return [Draft("filming_start", first.window, at=found.start()), Draft("filming_end", last.window, at=found.start())]


# a filming noun or verb, then "between" in the packs' languages, with the two dates right after it
FILMED_BETWEEN = re.compile(r"\b(?:film(?:ed|ing)?|shot|shoot(?:ing)?|production|cameras|syuting|rodaje|grabaci\w+|"
                            r"filmagens?|grava\w+|dreharbeiten|gedreht|tournage|tourné\w*|riprese|girat\w+|zdjęcia|"
                            r"opnames?|촬영|撮影)\b[^.;]{0,90}?\b(?:between|entre|zwischen|tra|fra|między|pomiędzy|"
                            r"tussen|antara|giữa)\b", re.I)
_ARTICLE = r"(?:the|dem|den|le|la|el|o|os)\s+"  # "zwischen dem 3. März und dem 9. Oktober"
_BEFORE_FIRST = re.compile(rf"^\s*(?:{_ARTICLE})?$", re.I)
_BOTH_JOINED = re.compile(rf"^\s*,?\s*(?:and|und|et|y|e|i|en|dan|và|a)\s+(?:{_ARTICLE})?$", re.I)


Recogniser = Callable[[Context], list[Draft]]
# (the gate whose words a sentence must hold, the recogniser), in the order claims are listed; None: no gate.
RECOGNISERS: tuple[tuple[str | None, Recogniser], ...] = (
    ("renewal", renewal),
    ("release", release_date),
    ("release", trailer),
    ("episodes", episode_count),
    ("filming", _filming("filming_start", "FILMING_START", "FILMING_END")),
    ("filming", _filming("filming_end", "FILMING_END", "FILMING_START")),
    ("filming", filming_range),
    ("filming", filming_between),
    ("director", credit("director")),
    ("writer", credit("writer")),
    (None, cast),
)


def recognise_all(ctx: Context) -> list[Draft]:
    """Every draft claim of the sentence, each recogniser run only where its words appear."""
    drafts: dict[tuple[str, object, bool], Draft] = {}
    gates = ctx.gates
    for gate, recognise in RECOGNISERS:
        if gate is None or gate in gates:
            for draft in recognise(ctx):  # the same claim found twice in one sentence counts at its first place
                drafts.setdefault((draft.kind, window_key(draft.value), draft.negated), draft)
    return list(drafts.values())


def window_key(value: object) -> object:
    return (value.start, value.end) if isinstance(value, Window) else value
