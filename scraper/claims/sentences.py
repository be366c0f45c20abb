"""Splitting article text into sentences with their offsets, and the headings they sit under."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
# A sentence ends at . ! ? 。 (and Korean/Japanese full stops) followed by space and a likely start.
_END = re.compile(r"(?<=[.!?。！？])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9가-힣ぁ-んァ-ン一-龯¿¡])")
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


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for match in _PARAGRAPH.finditer(text):
        span = _trimmed(text, *match.span())
        if span:
            yield span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without the white space at either end; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= HEADING_MAX and stripped[-1] not in ".!?。:;,\"”" and "\n" not in stripped


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of the text, each knowing the last heading above it."""
    sentences: list[Sentence] = []
    heading: str | None = None
    for number, (start, end) in enumerate(paragraphs(text)):
        block = text[start:end]
        if is_heading(block):
            heading = block.strip()
            sentences.append(Sentence(block, start, end, heading, number, is_heading=True))
            continue
        for s_start, s_end in _sentence_spans(block):
            sentences.append(Sentence(block[s_start:s_end], start + s_start, start + s_end, heading, number))
    return sentences


def _sentence_spans(block: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _END.finditer(block):
        if _ABBREVIATIONS.search(block[max(0, match.start() - 6):match.start()]):
            continue
        yield from _lines(block, start, match.start())
        start = match.end()
    yield from _lines(block, start, len(block))


def _lines(block: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Lines inside one sentence span are separate statements (lists, captions, JSON fields)."""
    for match in re.finditer(r"[^\n]+", block[start:end]):
        span = _trimmed(block, start + match.start(), start + match.end())
        if span:
            yield span
