"""The story's elements written out as text: paragraphs apart by a blank line, headings as their own
paragraph, list items as lines. Furniture inside the story (a share bar, a "related" box, a caption)
and blocks that are mostly links are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from scraper.article.body import prose_length
from scraper.article.dates import DATE_LABELS, MONTHS
from scraper.article.page import words

BLOCK_TAGS = words(
    "p div section article main blockquote pre ul ol li dl dt dd table tr td th figure header hr "
    "address center details summary h1 h2 h3 h4 h5 h6 caption"
)
HEADING_TAGS = words("h1 h2 h3 h4 h5 h6")
# A block more than this share of link text is a list of links (related stories, tags), not prose.
MAX_BLOCK_LINK_SHARE = 0.5
# Date lines and promotions are looked for among this many blocks at each end of the story.
EDGE_UNITS = 3
MAX_DATELINE_CHARS = 120
MAX_PROMOTION_CHARS = 250
# A label that opens a date line or a byline; what follows it is dates and a name or two at most.
BYLINE_WORDS = ("by", "por", "par", "oleh")
_DATELINE_LABEL = re.compile(rf"^\s*({DATE_LABELS}|{'|'.join(BYLINE_WORDS)})\b\s*[:：]?", re.IGNORECASE)
MAX_DATELINE_LETTERS = 24
WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun "
    "lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta feira "
    "lundi mardi mercredi jeudi vendredi samedi dimanche senin selasa rabu kamis jumat sabtu minggu"
)
_DATE_WORDS = re.compile(
    r"\d+|\b(?:" + "|".join(sorted([*MONTHS, *WEEKDAYS.split()], key=len, reverse=True)) + r")\b\.?"
    r"|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|pst|pdt|cet|kst|wib|ist|at|de|às|um|à|le|el|h|pukul)\b",
    re.IGNORECASE,
)
# What closes a story without being part of it: promotions, and the agencies' credit lines
# ("(Reporting by ...; Editing by ...)", "Associated Press writers ... contributed to this report").
_PROMOTION = re.compile(
    r"\b(?:subscribe|newsletter|sign up|signup|follow (?:us|him|her|me)|share (?:this|it)|click here|"
    r"in your inbox|delivered to your|delivered through your|have a tip|contact us|contributed to this report)\b"
    r"|^\(?(?:additional )?reporting by\b|\bediting by\b",
    re.IGNORECASE,
)
# Link text is marked in the writer's buffer, so that each paragraph counts its own.
_LINK_START, _LINK_END = "\x01", "\x02"
_NO_MARKS = str.maketrans("", "", _LINK_START + _LINK_END)
_LINKED = re.compile(f"{_LINK_START}([^{_LINK_END}]*){_LINK_END}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def is_dateline(text: str, *, labelled: bool = False) -> bool:
    """ "Published Monday, November 18, 2019 8:22AM", "Updated: Sat 8:31 PM", "By Ana Lee | 2 March 2026",
    with perhaps a short line beside it ("The Associated Press"); not "Published reports say ... 2026".
    ``labelled``: only lines that say what they are (at the story's end a bare date may be its last fact).
    """
    if len(text) > MAX_DATELINE_CHARS:
        return False
    lines = text.split("\n")
    dated = [is_dated_line(line, labelled=labelled) for line in lines]
    return any(dated) and all(is_dated or len(line.split()) <= 3 for line, is_dated in zip(lines, dated, strict=True))


def is_dated_line(line: str, *, labelled: bool = False) -> bool:
    if not any(char.isdigit() for char in line):
        return False
    label = _DATELINE_LABEL.match(line)
    if labelled and label is None:
        return False
    rest = line[label.end() :] if label else line
    letters = sum(char.isalpha() for char in _DATE_WORDS.sub("", rest))
    if letters < 3:
        return True
    if label is None or letters > MAX_DATELINE_LETTERS:
        return False
    # "By March 2026, filming will end." is a sentence; a byline does not end like one.
    return label.group(1).lower() not in BYLINE_WORDS or not line.rstrip().endswith((".", "!", "?", "。"))


def is_promotion(text: str) -> bool:
    return len(text) <= MAX_PROMOTION_CHARS and _PROMOTION.search(text) is not None


@dataclass
class Unit:
    kind: str  # "para" (a paragraph or heading) or "line" (a list item)
    text: str
    links: int  # characters of it inside links
    heading: bool = False


class Blocks:
    """The text of the story's elements as paragraphs and list lines, with the share of it inside links."""

    def __init__(self, skip: Callable[[LexborNode], bool] | None = None) -> None:
        self.units: list[Unit] = []
        self.cards = 0
        self.linked_headings = 0  # headings that are links: the headlines of a listing
        self.written_units = 0  # blocks before link lists were dropped
        self.skip = skip or (lambda node: False)
        self._buffer: list[str] = []
        self._heading = False

    @classmethod
    def of(cls, parts: Iterable[LexborNode], skip: Callable[[LexborNode], bool] | None = None) -> Blocks:
        blocks = cls(skip)
        for part in parts:
            blocks.walk(part)
        blocks.flush("para")
        return blocks

    def walk(self, root: LexborNode) -> None:
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        inside_link = 0
        while stack:
            node, leaving = stack.pop()
            tag = node.tag or ""
            if leaving:
                inside_link -= tag == "a"
                if tag in BLOCK_TAGS:
                    self.flush("line" if tag == "li" else "para")
                continue
            if tag == "-text":
                text = (node.text_content or "").replace("\n", " ")  # only <br> breaks a line
                if inside_link:
                    text = f"{_LINK_START}{text.translate(_NO_MARKS)}{_LINK_END}"
                self._buffer.append(text)
                continue
            if tag == "br":
                self._buffer.append("\n")
                continue
            if node is not root and self.skip(node):
                continue
            self.cards += tag == "article" and node is not root
            if tag in BLOCK_TAGS:
                self.flush("para")
                self._heading = tag in HEADING_TAGS
            inside_link += tag == "a"
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))

    def flush(self, kind: str) -> None:
        raw = "".join(self._buffer)
        heading = self._heading
        self._buffer.clear()
        self._heading = False
        if "\u200b" in raw:
            raw = raw.replace("\u200b", " ")
        for chunk in _PARAGRAPH_BREAK.split(raw) if "\n" in raw else (raw,):
            links = 0
            if _LINK_START in chunk:
                links = sum(len(found.strip()) for found in _LINKED.findall(chunk))
                chunk = chunk.translate(_NO_MARKS)
            lines = [" ".join(line.split()) for line in chunk.split("\n")] if "\n" in chunk else [" ".join(chunk.split())]
            text = "\n".join(line for line in lines if line)
            if text:
                self.units.append(Unit(kind, text, min(links, len(text)), heading))

    def drop_link_lists(self) -> None:
        """Leave out blocks that are mostly links, and a heading left with nothing under it."""
        units = self.units
        dropped = [unit.links > MAX_BLOCK_LINK_SHARE * len(unit.text) for unit in units]
        self.linked_headings = sum(drop and unit.heading for unit, drop in zip(units, dropped, strict=True))
        self.written_units = len(units)
        for number, unit in enumerate(units):
            following = next((n for n in range(number + 1, len(units)) if not dropped[n]), None)
            orphan = following is None or units[following].heading
            if unit.heading and not dropped[number] and orphan and dropped[number + 1 : following]:
                dropped[number] = True
        self.units = [unit for unit, drop in zip(units, dropped, strict=True) if not drop]

    def trim_edges(self) -> None:
        """Leave out the date lines and bylines at the story's start and end, and the promotions
        ("Subscribe to our newsletter", "Follow us") that close it."""
        units = self.units
        start = 0
        while start < min(len(units), EDGE_UNITS) and is_dateline(units[start].text):
            start += 1
        end = len(units)
        while end > start and len(units) - end < EDGE_UNITS and (
            is_dateline(units[end - 1].text, labelled=True) or is_promotion(units[end - 1].text)
        ):
            end -= 1
        self.units = units[start:end]

    @property
    def text(self) -> str:
        out: list[str] = []
        previous = ""
        for unit in self.units:
            if out:
                out.append("\n" if unit.kind == previous == "line" else "\n\n")
            out.append(unit.text)
            previous = unit.kind
        return "".join(out)

    @property
    def chars(self) -> int:
        return sum(prose_length(unit.text) for unit in self.units)

    @property
    def link_chars(self) -> int:
        return sum(unit.links for unit in self.units)
