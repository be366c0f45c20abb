"""How sure a claim is (official, reported, speculative), who it cites, and whether it denies.

Certainty is read in the clause that carries the claim: "X was renewed in June, and Netflix has
confirmed the cast" makes the renewal reported and the cast official. Official: the platform,
the studio or the production announced it (through a verb or a channel: teaser, poster, video),
or it was done "officially". Speculative: a hedge (expects, could, likely, rumoured, fans
believe). Reported: anything stated as fact, with or without a named outlet. A denial is never
official: "Netflix has not confirmed a date" says only that nobody has.
"""

from __future__ import annotations

import re

from scraper.claims.lexicon import active
from scraper.claims.memo import per_article, spans
from scraper.claims.patterns import any_of, finditer, search, with_first_letters
from scraper.claims.rules import Rules, may_name

# Every attribution names its verb or preposition: a sentence with none of them skips the patterns.
_CITING = any_of(tuple(re.escape(w) for w in ("according to", "as per", "citing", "report", "via", "said", "says",
                                              "stated", "noted", "revealed", "announced", "confirmed", "predict",
                                              "speculat", "suggest", "claim", "wrote", "writes", "added", "teased",
                                              "told", "per")))
# What a teaser, poster or video does when it makes something official: it shows it.
_SHOWS = re.compile(r"\b(?:shows?|showed|showing|features?|featured|featuring|depicts?|includes?|includ(?:ed|ing))\b", re.I)
_SIGNED = re.compile(r"[—–]\s*(?P<who>[^—–()]{2,60}?)\s*\(@\w+\)")
# A new subject after "and" starts a new clause: "X is back and we are not okay" does not deny X.
_CLAUSE_BREAK = re.compile(r"(?=[;,:—–\s])(?:[;,:—–]\s|—|\s(?:but|while|although|though|however|and so|whereas|tapi|"
                           r"namun|pero|mas)\s|(?<=으나|지만|는데)\s|\s(?:and|but|so)\s(?=(?:we|I|you|fans|viewers)\s)|"
                           # "the renewal stands and the series has not been scrapped": a new subject, a new clause
                           r"\sand\s(?=(?:the|its|this)\s+(?:series|show|season|drama|sequel|streamer|platform)\s))", re.I)
# "It is unknown whether ...": the doubt covers every clause after it.
_OPEN_QUESTION = with_first_letters(r"\b(?:unknown|unclear|uncertain|not (?:yet )?(?:known|clear)|remains to be seen|"
                                    r"no word on) (?:if|whether|when)\b", re.I)


def segment_at(sentence: str, position: int) -> str:
    """The clause around a position, cut only at strong breaks (so a list of names stays whole)."""
    start, end = segment_span(sentence, position)
    return sentence[start:end]


@per_article
def segment_span(sentence: str, position: int) -> tuple[int, int]:
    start, end = 0, len(sentence)
    lead = active().SUBORDINATE.match(sentence)
    if lead and lead.end() <= position:
        start = lead.end()
    elif lead:
        end = lead.end()
    return _between_breaks(active().STRONG_BREAK, sentence, position, start, end)


def _between_breaks(breaks: re.Pattern[str], sentence: str, position: int, start: int, end: int) -> tuple[int, int]:
    for brk_start, brk_end in spans(breaks, sentence):
        if brk_start < start or brk_end > end:
            continue
        if brk_end <= position:
            start = brk_end
        elif brk_start >= position:
            end = brk_start
            break
    return start, end


@per_article
def is_hedged(text: str) -> bool:
    lex = active()
    text = lex.NOT_HEDGE.sub(" ", text)
    return any(not _is_month_may(m) for m in finditer(lex.HEDGE, text))


def _is_month_may(found: re.Match[str]) -> bool:
    """"May 2026" the month is not "may" the hedge."""
    return found.group(0).startswith("May ")


def certainty_at(sentence: str, position: int, rules: Rules, kind: str = "") -> str:
    """The certainty of the claim whose trigger sits at ``position``."""
    if _signed_by_platform(sentence, rules):
        return "official"  # an embedded post signed by the platform: "... — Netflix (@netflix) July 22"
    segment = segment_at(sentence, position)
    certainty = _certainty(segment, rules, kind == "renewal")
    if certainty == "reported" and not is_negated(segment) and _closing_speaker_official(sentence, rules):
        return "official"  # "A returns, and B joins, Netflix said": the speaker at the end says every clause
    return certainty


# A speech tag closing the sentence: ", Netflix said on Tuesday.", "...합류한다고 넷플릭스는 밝혔다."
_CLOSING_SPEECH = re.compile(r"(?:,\s*|(?<=[다라])고\s+)(?P<who>[^,.;]{2,40}?)\s*(?:측은|측이|은|는|이|가)?\s+"
                             r"(?:said|says|announced|confirmed|added|stated|밝혔다|전했다|발표했다|알렸다)"
                             r"(?:\s+(?:on|in)\s+(?:a\s+)?\w+)?\s*[.!]?\s*$")


@per_article
def _closing_speaker_official(sentence: str, rules: Rules) -> bool:
    closing = _CLOSING_SPEECH.search(sentence, max(0, len(sentence) - 70))
    if closing is None:
        return False
    who = closing.group("who")
    return bool(rules.platform and rules.platform.search(who) or active().SOURCE.search(who))


def names_insider(text: str) -> bool:
    """"a source close to the production", "insiders": someone speaking for the production without being it."""
    return bool(active().INSIDER.search(text))


def names_official_voice(text: str, rules: Rules) -> bool:
    """Whether the text names anyone or anything that can speak officially (cheap: asked before ``voice_of``)."""
    lex = active()
    return bool(rules.platform and may_name(text, rules, "platform") and rules.platform.search(text)
                or lex.SOURCE.search(text) or lex.CHANNEL.search(text)
                or lex.OFFICIALLY.search(text))


def voice_of(sentence: str, rules: Rules) -> str:
    """The certainty of a whole sentence, whatever it claims: "Netflix announced the lineup." is official."""
    return _certainty(sentence, rules, False)


@per_article
def _signed_by_platform(sentence: str, rules: Rules) -> bool:
    signed = _SIGNED.search(sentence)
    return bool(signed and rules.platform and rules.platform.search(signed.group("who")))


@per_article
def _certainty(segment: str, rules: Rules, renewal: bool) -> str:
    if is_hedged(segment):
        return "speculative"
    if is_negated(segment) or active().INSIDER.search(segment):
        return "reported"
    return "official" if _is_official(segment, rules, renewal) else "reported"


def _is_official(segment: str, rules: Rules, renewal: bool) -> bool:
    lex = active()
    if lex.OFFICIALLY.search(segment) or lex.CHANNEL.search(segment) and (lex.OFFICIAL_VERB.search(segment)
                                                                          or _SHOWS.search(segment)):
        return True
    sources = [*lex.SOURCE.finditer(segment), *(rules.platform.finditer(segment) if rules.platform else ())]
    verbs = list(lex.OFFICIAL_VERB.finditer(segment))
    if any(_says(source, verb) for source in sources for verb in verbs):
        return True
    return renewal and bool(lex.CONFIRMED.search(segment))


def _says(source: re.Match[str], verb: re.Match[str]) -> bool:
    """The source is who speaks: "Netflix has announced", "confirmed by Netflix", not "Netflix's hit ... was renewed"."""
    after = verb.start() - source.end()
    before = source.start() - verb.end()
    return 0 <= after <= SPEAKER_REACH and _not_possessive(source) or 0 <= before <= PASSIVE_REACH


SPEAKER_REACH = 60  # characters from a source to its verb: "Netflix Korea said on Tuesday in a statement that"
PASSIVE_REACH = 15  # characters from a verb back to "by Netflix"


def _not_possessive(source: re.Match[str]) -> bool:
    return source.string[source.end():source.end() + 2] not in ("'s", "’s")


@per_article
def is_negated(text: str) -> bool:
    return bool(search(active().NEGATION, text))


def clause_at(sentence: str, position: int) -> str:
    """The narrow clause around a position: a negation in another clause does not deny this one."""
    start, end = clause_span(sentence, position)
    return sentence[start:end]


@per_article
def clause_span(sentence: str, position: int) -> tuple[int, int]:
    return _between_breaks(_CLAUSE_BREAK, sentence, position, 0, len(sentence))


def negated_at(sentence: str, position: int) -> bool:
    if is_negated(clause_at(sentence, position)):
        return True
    return any(start < position for start, _ in spans(_OPEN_QUESTION, sentence))


@per_article
def _cited(sentence: str) -> str | None:
    if not _CITING.search(sentence):
        return None
    for pattern in active().ATTRIBUTIONS:
        for match in pattern.finditer(sentence):
            who = match.group("who").strip().removeprefix("the ").strip().rstrip(".,;:")
            if who.lower() not in active().NOT_ATTRIBUTABLE and len(who) > 1:
                return who
    return None


def attributed_to(sentence: str, position: int, rules: Rules, certainty: str) -> str | None:
    """The outlet, person or company the sentence cites; the platform when it announced."""
    cited = _cited(sentence)
    if cited:
        return cited
    named = _named_in(segment_at(sentence, position), rules, certainty)
    return named if named or certainty != "official" else _named_in(sentence, rules, certainty)


@per_article
def _named_in(segment: str, rules: Rules, certainty: str) -> str | None:
    audience = active().AUDIENCE.search(segment)
    if certainty == "speculative" and audience:
        return audience.group(0).lower()
    if certainty == "official" and rules.platform:
        found = rules.platform.search(segment)
        return found.group(0) if found else None
    return None
