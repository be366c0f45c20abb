"""English: the press's shared language, read with every article's own pack (titles, quotes, mixed text)."""

from __future__ import annotations

from scraper.claims.packs import Pack

PACK = Pack(
    code="en",
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    numbers={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "twenty": 20,
    },
    ordinals={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sophomore": 2, "freshman": 1, "debut": 1,
        "original": 1, "inaugural": 1,
    },
    season_templates=(
        "season {n}",
        r"{ordinal}[- ](?:\d{1,2}-episode[- ])?(?:season|installment|instalment|chapter|outing|run|series)",
        "s{n}", "series {n}",
    ),
)
