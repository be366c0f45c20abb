"""Another work of our people: "star Lomon will lead the new drama Love Song, which premieres in March".

An article about the tracked show often turns to its cast's or director's other projects, and their
dates are not ours. A claim is another work's when its clause names such a work and not our show or
season, or when the work is the last thing named before the claim.
"""

from __future__ import annotations

import re

from scraper.claims.certainty import clause_span
from scraper.claims.markers import marks_in, other_show_spans
from scraper.claims.memo import per_article, spans
from scraper.claims.rules import Rules

# A work named by its kind ("the film Night Bus", "drama <다모>"), a film or project of someone's
# ("a thriller film", "his next project"), or a drama starring someone else (Korean "X 주연의 ... 드라마").
_WORK = re.compile(
    r"\b(?:film|movie|drama|series|project|show|webtoon|musical)\s+(?:titled\s+|called\s+)?[\"“‘<《]?(?P<title>[A-Z][\w'’-]*)"
    r"(?:\s+[A-Z][\w'’-]*){0,4}"
    r"|\b(?:a|an|his|her|their|next|new|upcoming|another)\s+(?:[\w-]+\s+){0,2}?(?:film|movie|project)\b"
    r"|\b(?:his|her|their)\s+(?:next|new|upcoming|latest)\s+(?:drama|series|show|role|work)\b"
    r"|\banother\s+(?:[\w-]+\s+)?(?:drama|series|show)\b"
    r"|(?:영화|드라마|작품|차기작|신작)\s*[<《「『](?P<ko>)|차기작|주연의\s+(?:\S+\s+){0,2}?(?:드라마|영화|작품)")
# Words that make a work only a comparison: "like the film Train to Busan".
_COMPARED = re.compile(r"\b(?:like|unlike|than|similar to|compared (?:to|with)|as in)\s+(?:the\s+|a\s+)?$", re.I)
_OURS = re.compile(r"\b(?:new|next|upcoming|coming|latest) (?:season|chapter|installment|episodes)\b|\bsequel\b"
                   r"|시즌|후속|속편", re.I)
_NOT_TITLES = frozenset({"Season", "Part", "I", "It", "He", "She", "They", "We", "You", "This", "That", "The", "In",
                         "On", "As", "And", "But", "Is", "Was", "Will", "Has", "Fans"})
_PARENTHESES = re.compile(r"\([^()]*\)")
_WORD_GATE = ("film", "movie", "drama", "series", "project", "show", "webtoon", "musical", "영화", "드라마", "작품",
              "차기작", "신작")


def is_other_work(sentence: str, masked: str, at: int, rules: Rules) -> bool:
    """Whether the claim at ``at`` is about another work than ours (see the module's note); ``masked`` is the
    sentence with parentheses and other shows blanked."""
    works = tuple(sorted((*other_show_spans(_unbracketed(sentence), rules), *_works(masked, rules))))
    return bool(works) and _belongs_to_work(works, _ours(masked, rules), sentence, at)


def names_other_show(sentence: str, masked: str, mark: tuple[int, int], rules: Rules) -> bool:
    """Whether a season marker counts another show's seasons: "like Sweet Home, which got a second season"."""
    works = other_show_spans(_unbracketed(sentence), rules, compared=True)
    return bool(works) and _belongs_to_work(works, tuple(s for s in _ours(masked, rules) if s != mark), sentence,
                                            mark[0])


def _belongs_to_work(works: tuple[tuple[int, int], ...], ours: tuple[tuple[int, int], ...], sentence: str,
                     at: int) -> bool:
    if not works:
        return False
    if any(s <= at < e for s, e in works):
        return True  # a person's name inside "the drama Love Song" is its title
    start, end = clause_span(sentence, at)
    named = sorted([(s, e, True) for s, e in works] + [(s, e, False) for s, e in ours])
    after = [work for s, _, work in named if at <= s < end]
    if after:  # what the claim's clause goes on to name: "Lomon will lead the new drama Love Song"
        return after[0]
    before = [work for s, e, work in named if e <= at and (s >= start or not after)]
    return bool(before) and before[-1]  # else the last thing named before it, in the clause or the sentence


@per_article
def _works(sentence: str, rules: Rules) -> tuple[tuple[int, int], ...]:
    lowered = sentence.lower()
    if not any(word in lowered for word in _WORD_GATE):
        return ()
    found = []
    for match in _WORK.finditer(sentence):
        if _COMPARED.search(sentence, max(0, match.start() - 20), match.start()):
            continue
        named = match.start("title") if match.group("title") else match.start("ko")
        if named >= 0 and rules.titles and rules.titles.match(sentence, named):
            continue  # "the Netflix series All of Us Are Dead", "드라마 《지금 우리 학교는》" is ours
        title = match.group("title")
        if title in _NOT_TITLES or title and rules.platform and rules.platform.match(sentence, match.start("title")):
            continue  # "the show I love", "the series Netflix renewed"
        found.append(match.span())
    return tuple(sorted(found))


@per_article
def _unbracketed(sentence: str) -> str:
    return _PARENTHESES.sub(lambda m: " " * len(m.group(0)), sentence) if "(" in sentence else sentence


@per_article
def _ours(sentence: str, rules: Rules) -> tuple[tuple[int, int], ...]:
    titles = spans(rules.titles, sentence) if rules.titles else ()
    marks = tuple((m.start, m.end) for m in marks_in(sentence, rules))
    return tuple(sorted((*titles, *marks, *spans(_OURS, sentence))))
