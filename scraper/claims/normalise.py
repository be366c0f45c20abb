"""The article's text as the recognisers read it: one character for each, so every offset still
indexes the article's own text (a claim's span and evidence are cut from that).

Hyphens of every code point (U+2010-U+2012, U+2212; "Park Ji‑hu" written with a non-breaking
hyphen is one name) become "-"; spaces of every width become " "; full-width digits and letters ("２０２６",
"Ｓ２") become ASCII; curly quotes become straight. En and em dashes (U+2013, U+2014) stay dashes,
the horizontal bar (U+2015) becomes one: a spaced dash ends a clause ("renewed — but no date") where
a hyphen joins a name, so turning dashes into hyphens would join what the writer set apart.
"""

from __future__ import annotations

_HYPHENS = {code: "-" for code in (0x2010, 0x2011, 0x2012, 0x2212, 0xFE63, 0xFF0D)}
_SPACES = {code: " " for code in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
# Full-width digits and letters only: full-width punctuation (！？，：) is how CJK text ends its sentences and clauses.
_FULL_WIDTH = {code: chr(code - 0xFEE0) for start, end in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for code in range(start, end + 1)}
# Thai, Arabic-Indic, Devanagari and Khmer digits: dates and counts are matched in ASCII digits.
_DIGITS = {start + offset: str(offset) for start in (0x0E50, 0x0660, 0x06F0, 0x0966, 0x17E0) for offset in range(10)}
_QUOTES = {0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
           0x201C: '"', 0x201D: '"', 0x201E: '"', 0x201F: '"', 0x2033: '"'}
_TABLE = str.maketrans({**_HYPHENS, **_SPACES, **_FULL_WIDTH, **_DIGITS, **_QUOTES, 0x2015: "\u2014"})


def normalise(text: str) -> str:
    """The text with each look-alike character replaced by the one the patterns are written for."""
    return text.translate(_TABLE)
