"""Claim extraction: from an article's text to the claims it makes about the tracked show.

``extract_claims(article, topic)`` splits the text into sentences, decides for each whether it is
about the tracked show and which season, runs every recogniser of ``kinds`` over it, and gives
each claim its certainty, attribution, negation and evidence span (shared/CLAIMS.md).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from scraper.claims import broad, memo
from scraper.claims.certainty import (
    attributed_to,
    certainty_at,
    is_negated,
    names_insider,
    names_official_voice,
    segment_span,
    voice_of,
)
from scraper.claims.dates import find_dates
from scraper.claims.decide import decide
from scraper.claims.kinds import Context, Draft, recognise_all
from scraper.claims.language import detect_language
from scraper.claims.lexicon import reading
from scraper.claims.memo import spans
from scraper.claims.normalise import normalise
from scraper.claims.patterns import any_of
from scraper.claims.people import Mention, characters_named, find_people, remember_surnames
from scraper.claims.rules import Rules, may_name, rules_for
from scraper.claims.season import (
    Placed,
    article_season,
    claim_season,
    compares_to_other,
    mentions_ours,
    other_show_in,
)
from scraper.claims.sentences import Sentence, split_sentences
from scraper.claims.works import is_other_work
from scraper.types import Article, Claim, Person, Topic, Window, raw_name_key

__all__ = ["broad_proposals", "extract_claims", "propose_claims"]

# A sentence that goes on from the one before: a list item, or one opening with a pronoun.
_CONTINUES = re.compile(r"^\s*(?:[-•*·▪]\s|(?:It|They|These|Those|This list|The list|The lineup)\b)")
_WHETHER = re.compile(r"\bwhether\b|\bapakah\b|\bsi (?:habrá|tendrá)\b", re.I)
# Korean asks after the verb: "등장할지" (whether they will appear), "귀추가 주목된다" (all eyes on what happens).
_WHETHER_AFTER = re.compile(r"[할될을일]지[,\s]|귀추가 주목")
_PARENTHESES = re.compile(r"\([^()]*\)")
# A heading that asks before it tells: "Has Netflix cancelled it? Season 2 status explained".
_QUESTION_AFTER = re.compile(r"[^.!?;]*\?")
_ELSEWHERE = re.compile(r"^\s*(?:in other (?:[\w-]+ ){0,3}news|elsewhere|in related news|also on (?:the )?(?:service|netflix))\b",
                        re.I)
def extract_claims(article: Article, topic: Topic) -> list[Claim]:
    """Every claim the article makes about ``topic``'s show, in text order, each once: the recognisers and
    the broad proposer propose, the learned decision layer keeps and gives certainty (``decide``).

    A page that gives no publication date but prints one before its first sentence ("date 2025-02 …",
    "March 4, 2026 | …") is read as published then: its "next year" and "April 13" have a year to count from.
    """
    article = dated(article)
    return decide(propose_claims(article, topic), broad_proposals(article, topic), article, topic)


def dated(article: Article) -> Article:
    """The article, published on the date it prints before its first sentence when it records none."""
    if article.published is None and (printed := page_date(article.text)) is not None:
        return replace(article, published=dt.datetime.combine(printed, dt.time(), dt.UTC))
    return article


# The label a page's own date may follow ("date", "Published:", "Updated"), then the date.
_PAGE_DATE_LABEL = re.compile(r"\s*(?:[^\W\d_]+\s*:?\s*)?")
_YEAR_MONTH = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?(?![\d-])")
_PAGE_DATE_KINDS = frozenset({"iso", "numeric", "mdy", "dmy", "ko_full", "ja_full"})  # a day with its year


def page_date(text: str) -> dt.date | None:
    """The date a page prints before its first sentence, alone or after one label word: "date 2025-02",
    "2025-07-23 SEOUL:", "June 6, 2022 | …"; a month alone counts from its first day. None when it opens otherwise."""
    label = _PAGE_DATE_LABEL.match(text)
    opening = len(text) - len(text.lstrip())
    for start in dict.fromkeys((opening, label.end() if label else opening)):  # "June 6, 2022" has no label
        if (numbers := _YEAR_MONTH.match(text, start)) is not None and _PAGE_DATE_END.match(text, numbers.end()):
            return dt.date(int(numbers["year"]), int(numbers["month"]), int(numbers["day"] or 1))
        head = text[start:start + PAGE_DATE_REACH]
        found = [f for f in find_dates(head, None)
                 if f.start == 0 and f.kind in _PAGE_DATE_KINDS and _PAGE_DATE_END.match(head, f.end)]
        if found:
            return found[0].window.start
    return None


PAGE_DATE_REACH = 40  # characters after the label where a page's own date is looked for
# A page's date stands apart from what follows ("2024-09-27 | ", "June 6, 2022 SEOUL"); "2024年9月27日に公開" is a sentence.
_PAGE_DATE_END = re.compile(r"\s|[|:·•–—-]|$")


def broad_proposals(article: Article, topic: Topic) -> list[broad.Proposal]:
    """The broad proposer's claims, read in the normalised text, their evidence as the article writes it."""
    normalised = replace(article, text=normalise(article.text))
    return [replace(p, claim=replace(p.claim, evidence=article.text[p.claim.span[0]:p.claim.span[1]]))
            for p in broad.propose(normalised, topic)]


def propose_claims(article: Article, topic: Topic) -> list[Claim]:
    """The recognisers' claims, before the decision layer: what ``make train`` learns to decide on.

    The text is read normalised (``normalise``: one character for each, so spans still index it) and with
    the packs of its language (the article's recorded one, else the one its text is in), plus English.
    """
    text = normalise(article.text)
    with reading(article.lang or detect_language(text)), memo.remembering():
        title = normalise(article.title) if article.title else article.title
        claims = _claims_in(replace(article, text=text, title=title), topic)
    if text == article.text:
        return claims
    return [replace(claim, evidence=article.text[claim.span[0]:claim.span[1]]) for claim in claims]


def _claims_in(article: Article, topic: Topic) -> list[Claim]:
    rules = rules_for(topic)
    named = mentions_ours(article.text, rules) or mentions_ours(article.title or "", rules)
    if not named and not _among_our_people(article.text, rules):
        return []
    published = article.published.date() if article.published else None
    default_season = article_season(article.title, article.text, rules)
    found: list[tuple[Claim, bool]] = []
    # Nothing is ours until our show is named, by the page's title or in the text (a roundup's lead is not);
    # a page that never names it but talks of its people throughout (a fan blog) is ours from the start.
    ours, paragraph = mentions_ours(article.title or "", rules) or not named, _Paragraph()
    announced: set[str] = set()  # kinds the platform has announced earlier in the article
    settled: set[tuple] = set()  # claims the body has already made: a later telling of one is dropped unread
    recent: list[str] = []  # every sentence so far, questions too: what a prediction ("our best guess: ...") is of
    for sentence in split_sentences(article.text):
        if sentence.aside:  # a sidebar's link: another story's words, and the article goes on as it was
            continue
        recent.append(sentence.text)
        if sentence.paragraph != paragraph.number:
            paragraph = _Paragraph(sentence.paragraph, surnames=paragraph.surnames)
        here, ours = _about_ours(sentence.text, rules, ours)
        if not here or sentence.text.rstrip().endswith("?"):  # another show's news, or a question
            paragraph.cast = False
            continue
        claims = [_as_announced(claim, rules) if claim.kind in announced else claim
                  for claim in _read(sentence, rules, paragraph, default_season, published, settled,
                                     " ".join(recent[-RECENT:]))]
        found += [(claim, sentence.is_heading) for claim in claims]
        if not sentence.is_heading:
            settled.update(_key(claim, rules) for claim in claims)
        if not _TOPIC_GATES.isdisjoint(paragraph.gates):  # the gates hold every word an announcement covers
            announced |= _announces(sentence.text, rules)
    return _once(found, rules)


def _among_our_people(text: str, rules: Rules) -> bool:
    """Whether a text that never names the show is about it all the same: it names several of the
    show's people or characters (a fan's post about "Ha-ri" and "Jong-ah" and their actors)."""
    people = _known_people(text, rules) | {id(person) for _, person in characters_named(text, rules)}
    return len(people) >= OUR_PEOPLE_MIN


def _known_people(text: str, rules: Rules) -> set[int]:
    """The show's people the text names, each once however spelt (by identity of the topic's entry)."""
    return {id(m.known) for m in find_people(text, rules) if m.known}


OUR_PEOPLE_MIN = 3  # distinct people of the show, by name or part: fewer is a profile of one actor, not the show
TOGETHER_MIN = 2  # of the show's people in one sentence: talk of the show again (one alone may be another project's)
RECENT = 4  # sentences before one that it may go on from (this one included)
_TOPIC_GATES = frozenset({"cast", "filming"})
# Every word the patterns below match holds one of these (lower case): a cheap first look.
_TOPIC_WORDS = ("cast", "line", "ensemble", "캐스팅", "출연진", "キャスト", "elenco", "reparto", "pemeran", "pemain", "production",
                "filming", "shooting", "촬영", "撮影", "syuting", "rodaje", "filmagens")
# What an announcement by the platform covers: "Netflix announced the cast lineup and the start of production".
_ANNOUNCED = (
    (frozenset({"cast"}), any_of((r"cast\b", r"line-?up\b", r"ensemble\b", "캐스팅", "출연진", "キャスト", "elenco", "reparto",
                                 "pemeran", r"(?:jajaran |daftar )?pemain\b"))),
    (frozenset({"filming_start", "filming_end"}),
     any_of((r"production\b", r"filming\b", r"shooting\b", "촬영", "撮影", "syuting", "rodaje", "filmagens"))),
)


def _announces(text: str, rules: Rules) -> set[str]:
    """The kinds a sentence in the platform's voice announces: later claims of them are its word too."""
    lowered = text.lower()
    if not any(word in lowered for word in _TOPIC_WORDS) or not names_official_voice(text, rules):
        return set()
    covered = {kind for kinds, words in _ANNOUNCED if words.search(text) for kind in kinds}
    if not covered:
        return set()
    return covered if voice_of(text, rules) == "official" and not is_negated(text) else set()


def _as_announced(claim: Claim, rules: Rules) -> Claim:
    """"Netflix announced the cast. ... The new actors joining are X and Y": X and Y are the platform's news."""
    if claim.certainty != "reported" or claim.attributed_to or claim.negated or names_insider(claim.evidence):
        return claim  # an insider's word stays theirs, whatever the platform announced before
    return _in_official_voice(claim, rules)


@dataclass
class _Paragraph:
    """What the earlier sentences of the paragraph being read said."""

    number: int = -1
    cast: bool = False  # the sentence before named cast: a list that runs on is the cast too
    crew_season: int | None = None  # the season the last credit was for
    gates: frozenset[str] = frozenset()  # the gates the last sentence read opened
    said: list[str] = field(default_factory=list)
    surnames: dict[str, Mention | None] = field(default_factory=dict)  # the article's, carried across paragraphs


def _read(sentence: Sentence, rules: Rules, paragraph: _Paragraph, default: int | None,
          published: dt.date | None, settled: set[tuple], before: str) -> list[Claim]:
    follows = paragraph.said[-1] if paragraph.said and _CONTINUES.match(sentence.text) else ""
    ctx = Context(sentence.text, rules, published, sentence.heading, cast_before=paragraph.cast, follows=follows,
                  before=before,
                  surnames=paragraph.surnames)
    drafts = recognise_all(ctx)
    if "people" in ctx.__dict__:  # only where a recogniser looked for people: the sentences that name them for news
        remember_surnames(ctx.people, paragraph.surnames)
    paragraph.gates = ctx.gates
    masked = _mask(sentence.text, rules) if drafts else sentence.text
    claims: list[Claim] = []
    credited: list[int | None] = []  # the seasons of the sentence's credits
    for draft in drafts:
        if _asked(draft, sentence.text) or sentence.is_heading and _QUESTION_AFTER.match(sentence.text, draft.at) \
                or is_other_work(sentence.text, masked, draft.at, rules):
            continue
        placed = Placed(draft.kind, draft.at, draft.value, draft.negated, draft.crew, sentence.text, masked,
                        sentence.heading)
        season = claim_season(placed, rules, default, published, paragraph.crew_season)
        if draft.kind in ("director", "writer"):
            credited.append(season)
        if (draft.kind, season, draft.negated, _value_key(draft.value, rules)) not in settled:  # else only the first counts
            claims.append(_claim(draft, sentence, season, rules))
    if claims and _CONTINUES.match(sentence.text) and any(voice_of(said, rules) == "official" for said in paragraph.said):
        claims = [_in_official_voice(claim, rules) for claim in claims]
    paragraph.cast = any(d.kind == "cast" and d.opens_list for d in drafts)
    paragraph.crew_season = credited[0] if credited else paragraph.crew_season
    paragraph.said.append(sentence.text)
    return claims


def _in_official_voice(claim: Claim, rules: Rules) -> Claim:
    """"Netflix announced the lineup. It includes X and Y": the list is the announcement's."""
    if claim.certainty != "reported":
        return claim
    platform = rules.topic.platform[0] if rules.topic.platform else None
    return replace(claim, certainty="official", attributed_to=claim.attributed_to or platform)


def _once(found: list[tuple[Claim, bool]], rules: Rules) -> list[Claim]:
    """Each claim once, as the body first says it; a headline only counts when the body never says it."""
    claims: list[Claim] = []
    seen: dict[tuple, int] = {}
    from_heading: set[int] = set()
    for claim, heading in found:
        key = _key(claim, rules)
        if key not in seen:
            seen[key] = len(claims)
            claims.append(claim)
            if heading:
                from_heading.add(seen[key])
        elif seen[key] in from_heading and not heading:
            claims[seen[key]] = claim
            from_heading.discard(seen[key])
    return claims


def _asked(draft: Draft, text: str) -> bool:
    """"... including whether the show has been renewed": a question the article raises, not a claim."""
    start, end = segment_span(text, draft.at)
    if draft.negated:
        return False
    return any(start <= found < draft.at for found, _ in spans(_WHETHER, text)) or not text.isascii() and any(
        start <= found < end for found, _ in spans(_WHETHER_AFTER, text))


def _mask(text: str, rules: Rules) -> str:
    """Blank out what cannot be about our season: parentheses, another show's title and its season number."""
    masked = _PARENTHESES.sub(lambda m: " " * len(m.group(0)), text)
    if not rules.other_masks or not may_name(text, rules, "other"):
        return masked
    return rules.other_masks.sub(lambda m: " " * len(m.group(0)), masked)


def _about_ours(text: str, rules: Rules, previous: bool) -> tuple[bool, bool]:
    """(whether this sentence is about our show, whether the sentences after it are).

    Ours when it names our show or our people; another's when it names only another; else as before.
    A list of shows with ours among them ("try All of Us Are Dead, Kingdom or Hellbound") is ours for
    that sentence only: the article goes on about what it was about.
    """
    other = other_show_in(text, rules)
    if mentions_ours(text, rules):
        return True, previous if other else True
    if _ELSEWHERE.match(text):
        return False, False
    if other:
        ours = any(p.known for p in find_people(_mask(text, rules), rules))
        return ours, ours
    here = previous or compares_to_other(text, rules) or _names_our_people(text, rules)
    return here, here


def _names_our_people(text: str, rules: Rules) -> bool:
    """"Season 2 director Lee Jae-kyoo walks out with Park Ji-hu and Lomon": two of the show's people together, and
    no other show, is talk of it again (one alone may be in another project's news)."""
    return len(_known_people(text, rules)) >= TOGETHER_MIN


def _claim(draft: Draft, sentence: Sentence, season: int | None, rules: Rules) -> Claim:
    certainty = certainty_at(sentence.text, draft.at, rules, draft.kind)
    return Claim(show=rules.topic.slug, season=season, kind=draft.kind,
                 value=draft.value, certainty=certainty, negated=draft.negated,  # type: ignore[arg-type]
                 attributed_to=attributed_to(sentence.text, draft.at, rules, certainty), evidence=sentence.text,
                 span=(sentence.start, sentence.end))


def _key(claim: Claim, rules: Rules) -> tuple:
    """What makes two claims one: the same kind, season, negation and value."""
    return claim.kind, claim.season, claim.negated, _value_key(claim.value, rules)


def _value_key(value: object, rules: Rules) -> object:
    if isinstance(value, Window):
        return (value.start, value.end)
    if isinstance(value, Person):  # a person the topic knows is one person under every spelling ("Lee JQ")
        key = raw_name_key(value.name)
        known = rules.by_key.get(key)
        return raw_name_key(known.name) if known else key
    return value
