"""Splitting article text into sentences with their offsets, and the headings they sit under."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
# A sentence ends at . ! ? 。 (and Korean/Japanese full stops) followed by space and a likely start.
_END_LATIN = r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9가-힣ぁ-んァ-ン一-龯¿¡])"
_END = re.compile(_END_LATIN)
# Korean and Japanese full stops need no space after them; looked for only in lines that have one (it is slow).
_END_CJK = re.compile(_END_LATIN + r"|(?<=[。！？])[」』”]*\s*")
_CJK_STOPS = ("。", "！", "？")
_LINE_BREAK = re.compile(r"\n")
# Page furniture between paragraphs: never a heading, never a claim.
_BOILERPLATE = re.compile(r"^\W*(?:advertisement|article continues|continue reading|read more|read also|also read|"
                          r"baca juga|related\b|see also|watch\b|관련\s?기사|recommended|sponsored)|continues below", re.I)
# A sidebar's label: the short lines after it (and a line it opens, "Also on Netflix: ...") are links to other
# stories, not the article's; they change nothing about what the article is about.
_ASIDE_LABEL = re.compile(r"^\W*(?:you (?:may|might|will) (?:also )?(?:like|enjoy|love)|more (?:from|stories|news)\b|"
                          r"trending\b|popular (?:now|stories|on)\b|most (?:read|popular|viewed)\b|up next\b|don['’]t miss\b|"
                          r"must[- ]reads?\b|also (?:on|streaming on|new on) (?:netflix|the service|the platform)\b|"
                          r"recommended for you|what to watch next|other (?:stories|articles)\b|baca (?:lainnya|selanjutnya))",
                          re.I)
ASIDE_LABEL_MAX = 40  # characters: a label alone on its line, not a sentence that happens to start so
_LIST_ITEM = re.compile(r"^(?:[-•*·▪]\s|\d{1,2}[.)]\s)")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|vs|Vol|Ep|Jr|Sr|Inc|Co|U\.S|"
    r"U\.K|[A-Z])\.)$"
)
HEADING_MAX = 90  # characters: a longer line without a full stop is a paragraph, not a heading


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    heading: str | None  # the heading the sentence sits under, if any
    paragraph: int  # index of its paragraph
    is_heading: bool = False
    aside: bool = False  # a sidebar's label or link: not the article's own text


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for match in _PARAGRAPH.finditer(text):
        span = _trimmed(text, *match.span())
        if span:
            yield span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without the white space at either end; None when nothing is left."""
    part = text[start:end]
    kept = part.strip()
    if not kept:
        return None
    start += len(part) - len(part.lstrip())
    return start, start + len(kept)


def is_heading(line: str) -> bool:
    stripped = line.strip()
    return (0 < len(stripped) <= HEADING_MAX and stripped[-1] not in ".!。:;,\"”)" and "\n" not in stripped
            and not _LIST_ITEM.match(stripped))  # a question heads a section too: "Who's returning for season 2?"


def split_sentences(text: str) -> list[Sentence]:
    """The text's sentences with their offsets and headings (the recognisers and the broad proposer read the same
    text one after the other: the second reading is the first's)."""
    return list(_split(text))


@lru_cache(maxsize=4)
def _split(text: str) -> tuple[Sentence, ...]:
    return tuple(_split_sentences(text))


def _split_sentences(text: str) -> list[Sentence]:
    """Every sentence of the text, each knowing the last heading above it."""
    sentences: list[Sentence] = []
    heading: str | None = None
    in_aside = False  # under a sidebar's label: its short lines are links
    section: str | None = None  # the title over a run of titled lists ("Cast" over "Main" and "Recurring")
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        lines = [(start, end) for start, end in _lines(text, p_start, p_end)
                 if not _BOILERPLATE.search(text[start:min(end, start + 40)])]
        for index, (start, end) in enumerate(lines):
            line = text[start:end]
            label = _ASIDE_LABEL.match(line)
            in_aside = bool(label) and len(line.strip()) <= ASIDE_LABEL_MAX or in_aside and is_heading(line)
            if in_aside or label:
                sentences.append(Sentence(line, start, end, heading, number, aside=True))
                continue
            opens_list = index + 1 < len(lines) and bool(_LIST_ITEM.match(text[lines[index + 1][0]:lines[index + 1][1]]))
            if is_heading(line) and (opens_list or not _in_short_list(text, lines, index)):
                # "Cast / Main / - A as B / Recurring / - C": a list's title under the section's title is both
                above = text[lines[index - 1][0]:lines[index - 1][1]] if index else ""
                if opens_list and above and is_heading(above):
                    section = above
                elif not (opens_list and section and above and _LIST_ITEM.match(above)):
                    section = None
                heading = f"{section} / {line}" if section else line
                sentences.append(Sentence(line, start, end, heading, number, is_heading=True))
                continue
            for s_start, s_end in _sentence_spans(line):
                sentences.append(Sentence(line[s_start:s_end], start + s_start, start + s_end, heading, number))
    return sentences


def _in_short_list(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """A short line next to another short line of its paragraph is an item of a list ("Park Ji-hu as
    Nam On-jo" under a cast heading), not a heading of its own."""
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(is_heading(text[start:end]) for start, end in neighbours)


def _sentence_spans(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    ends = _END_CJK if any(stop in line for stop in _CJK_STOPS) else _END
    for match in ends.finditer(line):
        if _ABBREVIATIONS.search(line[max(0, match.start() - 6):match.start()]) or _ordinal_day(line, match):
            continue
        span = _trimmed(line, start, match.start())
        if span:
            yield span
        start = match.end()
    span = _trimmed(line, start, len(line))
    if span:
        yield span


# A day written as an ordinal before its month ("am 13. März 2026", "3. kwietnia 2025", "ab dem 2. Juni"): no
# sentence end. A month named without a year is looked up among every pack's month names.
_ORDINAL_DAY = re.compile(r"(?<![\d.])[0-3]?\d\.$")
_MONTH_AND_YEAR = re.compile(r"\w+\.?\s+\d{4}\b")


@lru_cache(maxsize=1)
def _month_name() -> re.Pattern[str]:
    from scraper.claims.lexicon import MONTHS
    from scraper.claims.patterns import trie_pattern

    return re.compile(r"(?:" + trie_pattern([m for m in MONTHS if len(m) >= 3]) + r")\b", re.I)


def _ordinal_day(line: str, end: re.Match[str]) -> bool:
    return bool(_ORDINAL_DAY.search(line, max(0, end.start() - 4), end.start())
                and (_MONTH_AND_YEAR.match(line, end.end()) or _month_name().match(line, end.end())))


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of a paragraph (lists, captions, JSON fields); a line ending in a comma runs on into the next."""
    line_start = start
    for match in _LINE_BREAK.finditer(text, start, end):
        if text[line_start:match.start()].rstrip().endswith((",", "、")):
            continue
        span = _trimmed(text, line_start, match.start())
        if span:
            yield span
        line_start = match.end()
    span = _trimmed(text, line_start, end)
    if span:
        yield span
