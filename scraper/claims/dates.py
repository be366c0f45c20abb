"""Dates and windows as the press writes them, resolved to a span of days (shared/CLAIMS.md).

"March 13, 2026", "13 March 2026", "2026-03-13", "13/03/2026", "March 2026", "early 2026",
"mid-2024", "summer 2025", "Q3 2025", "2023 or early 2024", "next year", "later this year",
"next month", "this fall", "by the end of the year", "2025년 7월", "Juli 2025". Relative words
resolve against the publication date; without one they are not guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from scraper.claims.lexicon import ALL, MONTHS, YEAR_PARTS, Lexicon, active
from scraper.claims.patterns import finditer, trie_pattern, with_first_letters
from scraper.types import Window

_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"  # "13th", German "13."
_DASH = r"(?:\s+|[-‐‑–]\s*)"
# Years counted from the publication date, in Korean, Japanese and Chinese: "내년", "来年", "明年", "去年".
_CJK_YEAR_SHIFT = {"지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1, "이듬해": 1, "去年": -1, "昨年": -1,
                   "今年": 0, "本年": 0, "来年": 1, "明年": 1, "翌年": 1}
_CJK_YEARS = "|".join(_CJK_YEAR_SHIFT)


def _patterns(months: dict[str, int], year_parts: dict[str, tuple[int, int]],
              relative: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    """The date patterns for one lexicon's month names, parts of a year and relative words, in the order tried."""
    _MONTH = r"(?P<month>" + trie_pattern(months) + r")\.?"
    _PART = r"(?P<part>" + trie_pattern(year_parts).replace(r"\ ", r"[-\s]") + r")"
    _REL = r"(?P<rel>" + trie_pattern([w.lower() for w in relative]).replace(r"\ ", r"\s+") + r")"
    _REL_YEAR = r"(?P<rel>" + trie_pattern([w.lower() for w, m in relative.items() if m.startswith("year")]
                                           ).replace(r"\ ", r"\s+") + r")"
    patterns = [
        ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
        ("numeric", re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d{2})\b")),
        ("ko_full", re.compile(r"(?P<year>(?:19|20)\d{2})\s*년\s*(?P<m>1[0-2]|0?[1-9])\s*월\s*(?P<day>[0-3]?\d)\s*일")),
        # "오는 7월 10일", "4月13日から": the year implied (Korean, Japanese and Chinese write a day alike)
        ("ko_md", re.compile(r"(?<![\d년年])(?P<m>1[0-2]|0?[1-9])\s*[월月]\s*(?P<day>[0-3]?\d)\s*[일日號号]")),
        # "오는 27일", "내달 1일": a day of this month or the next, counted from the publication date
        ("ko_day", re.compile(r"(?P<which>오는|이번\s?달|이달|내달|다음\s?달)\s*(?P<day>[0-3]?\d)\s*일(?!\s*(?:간|동안|째))")),
        # "2025년 하반기", "내년 초", "2024年第3四半期", "2026年春", "明年上半年": a half, quarter, season or part of a year
        ("ko_part", re.compile(rf"(?:(?P<year>(?:19|20)\d{{2}})\s*[년年]|(?<![\d'’])(?P<yy>[1-3]\d)\s*년|(?P<rel>{_CJK_YEARS}))\s*(?:の|的)?\s*"
                               r"(?:(?P<half>상반기|하반기|上半期|下半期|上半年|下半年|前半|後半)|"
                               r"(?:(?P<q>[1-4])\s*분기|第?(?P<q2>[1-4一二三四])\s*(?:四半期|季度|季)|Q(?P<q3>[1-4]))|"
                               r"(?P<part>초|중반|말|初め|初頭|年初|初|半ば|年末|年底|末|春|夏|秋|冬))")),
        ("ko_short_year", re.compile(r"(?<![\d'’])(?P<yy>1[5-9]|[23]\d)\s*년(?!\s*(?:간|동안|전|만))")),
        ("ko_month", re.compile(rf"(?:(?P<year>(?:19|20)\d{{2}})\s*[년年]\s*|(?P<rel>{_CJK_YEARS})\s*(?:の)?)?"
                                r"(?<![第\d~〜～])(?P<m>1[0-2]|0?[1-9])\s*[월月](?!\s*[0-3]?\d\s*[일日號号])")),
        ("ja_full", re.compile(r"(?P<year>(?:19|20)\d{2})年\s*(?P<m>1[0-2]|0?[1-9])月\s*(?P<day>[0-3]?\d)日")),  # a day
        ("ja_month", re.compile(r"(?P<year>(?:19|20)\d{2})年\s*(?P<m>1[0-2]|0?[1-9])月")),
        ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
        ("dmy", re.compile(rf"\b{_DAY}(?:\s+de|\s+of)?\s+{_MONTH}(?:\s+de|,)?\s+{_YEAR}\b", re.I)),
        ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*(?:19|20)\d\d)", re.I)),
        ("dm", re.compile(rf"\b{_DAY}(?:\s+de)?\s+{_MONTH}\b(?!,?\s+(?:de\s+)?(?:19|20)\d\d)", re.I)),
        ("part_year", re.compile(rf"\b{_PART}{_DASH}(?:of\s+|in\s+)?(?:the\s+year\s+)?(?:de\s+)?(?:tahun\s+)?{_YEAR}\b", re.I)),
        ("part_month", re.compile(rf"\b(?:early|mid|late|end of|beginning of|{_PART}){_DASH}(?:of\s+|de\s+|des\s+|du\s+)?"
                                 rf"{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)),
        # "2026 başında", "2025 sonunda": a year, then the part of it
        ("year_part", re.compile(rf"(?<![\d/.-]){_YEAR}\s+{_PART}(?!\w)", re.I)),
        # "June to August 2025", "zwischen Juni und August 2025", "od czerwca do sierpnia 2025": the months joined
        ("month_pair", re.compile(rf"\b{_MONTH}\s*(?:[-–/]|\s[^\W\d_]{{1,5}}\s)\s*"
                                  rf"(?P<month2>{trie_pattern(months)})\.?,?\s+{_YEAR}\b", re.I)),
        ("part_rel", re.compile(rf"\b{_PART}(?:\s+|-)(?:of\s+)?(?P<rel>this|next|last) year\b|"
                                r"\b(?P<part2>awal|pertengahan|akhir)\s+tahun\s+(?P<rel2>ini|depan|lalu)\b|"
                                r"\b(?P<part3>principios|mediados|finales|fines|início|inicio|meados|final|fim)\s+"
                                r"(?:de|del|do|da)\s+(?:el\s+|o\s+)?(?P<rel3>este|próximo|proximo|esse|pasado) (?:año|ano)\b",
                                re.I)),
        ("season_rel", re.compile(r"\b(?P<rel>this|next|last) (?P<part>spring|summer|fall|autumn|winter)\b", re.I)),
        # "due in spring", "by the fall": a season of the year with no year named (the publication year's, or the next)
        ("season_alone", re.compile(r"\b(?:in|by|for|during|until|till|around|over|come)\s+(?:the\s+)?"
                                    r"(?P<part>spring|summer|fall|autumn|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", re.I)),
        ("month_year", re.compile(rf"\b{_MONTH}(?:\s+(?:de|del|do|da|of)|,)?\s+{_YEAR}\b", re.I)),
        # "en julio del año pasado", "em março do próximo ano": a month of a year counted from the publication date
        ("month_rel_year", re.compile(rf"\b{_MONTH}\s+(?:del|de|do)\s+(?P<rel>año pasado|próximo año|proximo año|este año|"
                                      rf"año que viene|ano passado|próximo ano|proximo ano|este ano)\b", re.I)),
        # "w kwietniu tego roku", "im Oktober dieses Jahres": a month of a year counted from the publication date
        ("month_rel_pack", re.compile(rf"\b{_MONTH}\s+(?:of\s+|de\s+|del\s+|do\s+|da\s+)?{_REL_YEAR}(?!\w)", re.I)),
        ("later_year", re.compile(rf"\blater (?:in|this) {_YEAR}\b", re.I)),  # "later in 2024": from the article's day on
        ("year", re.compile(rf"(?<![\d/-]){_YEAR}(?![\d/-])(?:년)?")),
        ("rel_year", re.compile(r"\b(?P<rel>this|next|last) year\b|\b(?P<later>later|end of|by the end of) (?:this|the) year\b|"
                                r"\b(?P<yearend>year[- ]end)\b|\b(?P<es>próximo año|año que viene|este año|próximo ano|"
                                r"este ano|l'année prochaine|cette année)\b|"
                                r"\b(?P<sometime>sometime|some time) this year\b|\b(?:in|by|for) the (?P<newyear>new year)\b|tahun (?P<id>ini|depan)|(?P<kolate>올해 말|연말|年末|年底)|(?P<ko>올해|내년|今年内?|年内|来年|明年)", re.I)),
        # "this Sunday", "on Sunday", "el próximo domingo", "am Sonntag": the weekday's next day from the publication
        ("weekday", re.compile(r"\b(?P<lead>this|next|coming|on|este|el próximo|neste|próximo|diesen|kommenden|"
                               r"ce)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|"
                               r"miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|"
                               r"quinta-feira|sexta-feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
                               r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b(?!,?\s+(?:[0-3]?\d\b|\w+\s+[0-3]?\d\b))",
                               re.I)),
        ("rel_month", re.compile(r"\b(?P<rel>this|next|last) month\b|bulan (?P<id>ini|depan)|(?P<ko>다음\s?달|이번\s?달|지난\s?달|来月|下个?月|今月|本月|先月|上个?月)|"
                                 r"(?P<es>el próximo mes|el mes que viene|el mes pasado|este mes|o próximo mês|no próximo mês|"
                                 r"o mês que vem|no mês passado)", re.I)),
        # a pack's relative words, a part of the year before or after them ("Anfang nächsten Jahres", "cuối năm nay")
        ("part_rel_pack", re.compile(rf"(?<!\w){_PART}\s*(?:of\s+|de\s+|del\s+|des\s+|du\s+)?{_REL}(?!\w)", re.I)),
        ("rel_part_pack", re.compile(rf"(?<!\w){_REL}\s*(?:'?s\s+)?{_PART}(?!\w)", re.I)),
        ("rel_pack", re.compile(rf"(?<!\w){_REL}(?!\w)", re.I)),
        # a short word before the month is a preposition ("w", "im", "à"), never a determiner: "its January debut"
        # names a known event by its month, as an adjective would, and is no date said of anything to come
        ("month_alone", re.compile(rf"\b(?:in|by|since|from|until|between|this|next|last|di|en|em|pada|antara|"
                                   rf"(?!(?:its|the|his|her|our|an?|ihr)\s)[^\W\d_]{{1,3}})\s+(?P<rel>this |next |last )?{_MONTH}\b(?!\s+(?:[0-3]?\d\b|(?:[^\W\d_]{{1,3}}\s+)?(?:19|20)\d\d))", re.I)),
    ]
    return [(kind, with_first_letters(pattern.pattern, pattern.flags)) for kind, pattern in patterns]  # same, faster


# What each pattern cannot match without: a sentence lacking it skips the pattern (speed only).
_NEEDS = {
    "iso": {"year"}, "numeric": {"year"}, "ko_md": {"digit", "ko"}, "ko_day": {"digit", "ko_day"}, "ko_part": {"ko"}, "ko_full": {"year", "ko"}, "ko_short_year": {"digit", "ko"}, "ko_month": {"digit", "ko"},
    "ja_full": {"year", "ja"}, "ja_month": {"year", "ja"}, "year": {"year"}, "part_year": {"year", "part"}, "mdy": {"year", "month"},
    "dmy": {"year", "month"}, "md": {"digit", "month"}, "dm": {"digit", "month"}, "month_year": {"year", "month"},
    "part_month": {"month", "part"}, "month_alone": {"month"}, "month_rel_year": {"month"}, "later_year": {"year"}, "part_rel": {"relative", "part"},
    "season_rel": {"part"}, "season_alone": {"part"}, "rel_year": {"relative"}, "rel_month": {"relative"},
    "weekday": {"weekday"},
    "year_part": {"year", "part"}, "month_pair": {"year", "month"}, "month_rel_pack": {"month", "pack_relative"},
    "part_rel_pack": {"part", "pack_relative"}, "rel_part_pack": {"part", "pack_relative"}, "rel_pack": {"pack_relative"},
}
# Patterns of many word branches, cheaper scanned in lower case (``patterns.finditer``); the rest are cheaper as they are.
_MANY_BRANCHES = frozenset({"rel_year", "part_rel"})
_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_SPACES = re.compile(r"[-\s]+")
_LETTERS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _Vocabulary:
    """One lexicon's date patterns and the words that let a sentence into them."""

    patterns: list[tuple[str, re.Pattern[str]]]
    months: frozenset[str]
    parts: frozenset[str]
    relative: frozenset[str]  # the last word of each relative phrase ("jahres", "roku"): one must be in the sentence


def _vocabulary(lex: Lexicon) -> _Vocabulary:
    found = lex.cache.get("dates")
    if not isinstance(found, _Vocabulary):
        parts = frozenset(word for part in lex.YEAR_PARTS for word in part.split()) - {"of", "the", "de"} | {"mid"}
        relative = frozenset(_LETTERS.findall(phrase.lower())[-1] for phrase in lex.RELATIVE if _LETTERS.search(phrase))
        found = lex.cache["dates"] = _Vocabulary(_patterns(lex.MONTHS, lex.YEAR_PARTS, lex.RELATIVE), frozenset(lex.MONTHS),
                                                 parts, relative)
    return found
_RELATIVE_WORDS = frozenset({"year", "month", "tahun", "bulan", "año", "ano", "année", "mes", "mês"})
_RELATIVE_KO = ("올해", "내년", "금년", "작년", "연말", "달", "今年", "来年", "明年", "年内", "年末", "年底", "来月", "下个月",
                "下月", "今月", "本月", "先月", "上个月", "上月")

_RANGE = re.compile(r"^\s*(?:to|through|until|till|-|–|hingga|sampai|a|até|au)\s*$", re.I)
_OR = re.compile(r"^\s*(?:or|to|through|until|and|-|–|or even|or perhaps|,\s*or perhaps|, or|atau|atau bahkan|o|ou)\s*$",
                 re.I)


@dataclass(frozen=True)
class Found:
    window: Window
    start: int
    end: int
    kind: str  # which pattern: "mdy", "year", "rel_year", ... ("or" and "range" for joined ones)
    parts: tuple[Window, ...] = ()  # a joined window's own windows, first to last

    @property
    def is_day(self) -> bool:
        return self.window.start == self.window.end


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def span_months(year: int, first: int, last: int, text: str) -> Window:
    if last < first:  # winter runs into the next year
        return Window(dt.date(year, first, 1), month_end(year + 1, last), text)
    return Window(dt.date(year, first, 1), month_end(year, last), text)


def find_dates(sentence: str, published: dt.date | None, lex: Lexicon | None = None) -> list[Found]:
    """Every date or window in the sentence, longest first where two overlap, in text order."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    vocabulary = _vocabulary(lex or active())
    present = _present(sentence, vocabulary)
    if not present:
        return []
    for kind, pattern in vocabulary.patterns:
        if not _NEEDS[kind] <= present:
            continue
        for match in finditer(pattern, sentence) if kind in _MANY_BRANCHES else pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            window = _resolve(kind, match, published)
            if window is None:
                continue
            taken.append(match.span())
            found.append(_pair(window, match) if kind == "month_pair" else Found(window, match.start(), match.end(), kind))
    found.sort(key=lambda f: f.start)
    return _join_alternatives(sentence, found)


def _pair(window: Window, match: re.Match[str]) -> Found:
    """"June to August 2025" is a range: its first and last months are its parts (a start and an end)."""
    first = Window(window.start, month_end(window.start.year, window.start.month), match["month"])
    last = Window(window.end.replace(day=1), window.end, match.group(0)[match.start("month2") - match.start():])
    return Found(window, match.start(), match.end(), "range", (first, last))


def _present(sentence: str, vocabulary: _Vocabulary) -> set[str]:
    """Which of the things date patterns need the sentence holds: digits, month names, parts of a year."""
    words = set(_LETTERS.findall(sentence.lower()))
    present = {"digit"} if _DIGIT.search(sentence) else set()
    if present and _YEAR_DIGITS.search(sentence):
        present.add("year")  # a four-digit year, which most patterns cannot match without
    for name, known in (("month", vocabulary.months), ("part", vocabulary.parts), ("relative", _RELATIVE_WORDS),
                        ("pack_relative", vocabulary.relative)):
        if not words.isdisjoint(known):
            present.add(name)
    if any(word in sentence for word in _RELATIVE_KO):
        present.update(("relative", "ko"))
    if "년" in sentence or "월" in sentence or "月" in sentence or "年" in sentence:
        present.add("ko")
    if "年" in sentence:
        present.add("ja")
    if "일" in sentence:
        present.add("ko_day")
    if not words.isdisjoint(_WEEKDAYS):
        present.add("weekday")
    return present


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> Window | None:
    text = m.group(0).strip()
    try:
        return _RESOLVERS[kind](m, published, text)
    except (ValueError, KeyError):
        return None


def _day(year: int, month: int, day: int, text: str) -> Window:
    date = dt.date(year, month, day)
    return Window(date, date, text)


def _month_no(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").lower().rstrip(".")]


def _guess_year(month: int, published: dt.date | None) -> int | None:
    """A month with no year is the publication year's (news is about the near future or past)."""
    return published.year if published else None


def _r_iso(m, published, text):
    return _day(int(m["year"]), int(m["m"]), int(m["day"]), text)


def _r_numeric(m, published, text):
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    return _day(int(m["year"]), month, day, text)


def _r_ko_full(m, published, text):
    return _day(int(m["year"]), int(m["m"]), int(m["day"]), text)


def _r_ko_day(m, published, text):
    if published is None:
        return None
    day = int(m["day"])
    ahead = m["which"] in ("내달", "다음달", "다음 달") or m["which"] == "오는" and day < published.day
    year, month = (published.year + published.month // 12, published.month % 12 + 1) if ahead \
        else (published.year, published.month)
    return _day(year, month, day, text) if day <= calendar.monthrange(year, month)[1] else None


def _r_ko_md(m, published, text):
    year = _guess_year(int(m["m"]), published)
    return _day(year, int(m["m"]), int(m["day"]), text) if year else None


_KO_PARTS = {"상반기": (1, 6), "하반기": (7, 12), "초": (1, 4), "중반": (5, 8), "말": (9, 12),
             "上半期": (1, 6), "下半期": (7, 12), "上半年": (1, 6), "下半年": (7, 12), "前半": (1, 6), "後半": (7, 12),
             "初め": (1, 4), "初頭": (1, 4), "年初": (1, 4), "初": (1, 4), "半ば": (5, 8), "年末": (9, 12), "年底": (9, 12),
             "末": (9, 12), "春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 2)}


def _r_ko_part(m, published, text):
    """"2025년 하반기", "내년 초", "23년 4분기": a half, a quarter or a part of a year."""
    if m["year"] or m["yy"]:
        year = int(m["year"]) if m["year"] else 2000 + int(m["yy"])
    elif published is not None:
        year = published.year + _CJK_YEAR_SHIFT.get(m["rel"], 0)
    else:
        return None
    if quarter_text := m["q"] or m["q2"] or m["q3"]:
        quarter = int(quarter_text) if quarter_text.isdigit() else "一二三四".index(quarter_text) + 1
        return span_months(year, 3 * quarter - 2, 3 * quarter, text)
    first, last = _KO_PARTS[m["half"] or m["part"]]
    return span_months(year, first, last, text)


def _r_ko_short_year(m, published, text):
    """"24년": Korean writes a recent year with two digits."""
    year = 2000 + int(m["yy"])
    return Window(dt.date(year, 1, 1), dt.date(year, 12, 31), text)


def _r_ko_month(m, published, text):
    """"2025년 7월", "7월" (the publication year's), "지난해 7월" (last year's)."""
    rel = m.groupdict().get("rel")
    if rel:
        return span_months(published.year + _CJK_YEAR_SHIFT[rel], int(m["m"]), int(m["m"]), text) if published else None
    year = int(m["year"]) if m["year"] else _guess_year(int(m["m"]), published)
    return span_months(year, int(m["m"]), int(m["m"]), text) if year else None


def _r_mdy(m, published, text):
    if m.group("month").lower().rstrip(".") == "may" and m.group("month")[0] == "m":
        return None  # "may 12, 2025" in lower case is a modal verb before a number, not a month
    return _day(int(m["year"]), _month_no(m), int(m["day"]), text)


def _r_md(m, published, text):
    if m.group("month")[0].islower() and m.group("month").lower() in ("may", "mar", "jun", "jan"):
        return None
    year = _guess_year(_month_no(m), published)
    return _day(year, _month_no(m), int(m["day"]), text) if year else None


def _r_part_year(m, published, text):
    first, last = YEAR_PARTS[_SPACES.sub(" ", m["part"].lower())]
    return span_months(int(m["year"]), first, last, text)


def _r_part_month(m, published, text):
    """"mid-February", "early March 2026": the month (the labels count the part as the month)."""
    month = _month_no(m)
    year = int(m["year"]) if m["year"] else _guess_year(month, published)
    return span_months(year, month, month, text) if year else None


def _r_part_rel(m, published, text):
    """"early next year", "this fall": a part of the year counted from the publication date."""
    if published is None:
        return None
    part = (m["part"] or m["part2"] or m["part3"]).lower()
    first, last = YEAR_PARTS.get(part) or YEAR_PARTS[_PART_ALIASES[part]]
    rel = (m["rel"] or m["rel2"] or m["rel3"]).lower()
    year = published.year + _RELATIVE_SHIFT[rel]
    return span_months(year, first, last, text)


_RELATIVE_SHIFT = {"this": 0, "next": 1, "last": -1, "ini": 0, "depan": 1, "lalu": -1, "este": 0, "esse": 0,
                   "próximo": 1, "proximo": 1, "pasado": -1}
# Parts of a year written without the "de" that YEAR_PARTS keys carry.
_PART_ALIASES = {"principios": "principios de", "mediados": "mediados de", "finales": "finales de",
                 "fines": "fines de", "início": "início de", "inicio": "início de", "meados": "meados de",
                 "final": "final de", "fim": "fim de"}


def _r_season_alone(m, published, text):
    if published is None:
        return None
    first, last = YEAR_PARTS[m["part"].lower()]
    return span_months(published.year, first, last, m["part"])


def _r_month_year(m, published, text):
    month = _month_no(m)
    if m.group("month") == "may":
        return None
    return span_months(int(m["year"]), month, month, text)


def _r_year(m, published, text):
    year = int(m["year"])
    return Window(dt.date(year, 1, 1), dt.date(year, 12, 31), text)


def _r_rel_year(m, published, text):
    if published is None:
        return None
    if m["kolate"] or m["yearend"]:
        return Window(dt.date(published.year, 9, 1), dt.date(published.year, 12, 31), text)
    if m["later"]:
        end = dt.date(published.year, 12, 31)
        start = published if m["later"].lower() == "later" else dt.date(published.year, 9, 1)
        return Window(start, end, text)
    shift = {"this": 0, "next": 1, "last": -1, "ini": 0, "depan": 1, "올해": 0, "내년": 1, "来年": 1, "明年": 1, "próximo año": 1,
             "año que viene": 1, "próximo ano": 1, "l'année prochaine": 1}
    key = "next" if m["newyear"] else (m["rel"] or m["id"] or m["ko"] or m["es"] or "this").lower()
    year = published.year + shift.get(key, 0)
    return Window(dt.date(year, 1, 1), dt.date(year, 12, 31), text)


_WEEKDAYS = {name: day for day, names in enumerate((
    ("monday", "lunes", "segunda", "montag", "lundi"), ("tuesday", "martes", "terça", "dienstag", "mardi"),
    ("wednesday", "miércoles", "quarta", "mittwoch", "mercredi"), ("thursday", "jueves", "quinta", "donnerstag", "jeudi"),
    ("friday", "viernes", "sexta", "freitag", "vendredi"), ("saturday", "sábado", "samstag", "samedi"),
    ("sunday", "domingo", "sonntag", "dimanche"))) for name in names}


def _r_weekday(m, published, text):
    """The weekday named, on or after the publication day. "On Monday" after a verb in the past tense is the day
    news was made ("Netflix confirmed on Monday that …", "began filming on Monday"): no date of what is to come,
    and read as none."""
    if published is None or m["lead"].lower() == "on" and _PAST_TENSE.search(m.string):
        return None
    day = _WEEKDAYS[m["wd"].lower().split("-")[0]]
    date = published + dt.timedelta(days=(day - published.weekday()) % 7)
    return _day(date.year, date.month, date.day, text)


# A verb in the past tense in the sentence of "on Monday": the day something was said or done
_PAST_TENSE = re.compile(r"\b(?:\w+ed|began|begun|was|were|took|came|went|got|made|shot|saw|had|did|said|told|"
                              r"wrote|spoke)\b", re.I)


def _r_rel_month(m, published, text):
    if published is None:
        return None
    key = (m["rel"] or m["id"] or m["ko"] or m["es"]).lower()
    shift = {"this": 0, "next": 1, "last": -1, "ini": 0, "depan": 1, "다음달": 1, "이번달": 0, "지난달": -1,
             "来月": 1, "下个月": 1, "下月": 1, "今月": 0, "本月": 0, "先月": -1, "上个月": -1, "上月": -1,
             "elpróximomes": 1, "elmesqueviene": 1, "elmespasado": -1, "estemes": 0, "opróximomês": 1, "nopróximomês": 1,
             "omêsquevem": 1, "nomêspassado": -1}[key.replace(" ", "")]
    month = published.month + shift
    year = published.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return span_months(year, month, month, text)


_YEAR_SHIFT = {"año pasado": -1, "ano passado": -1, "próximo año": 1, "proximo año": 1, "año que viene": 1,
               "próximo ano": 1, "proximo ano": 1, "este año": 0, "este ano": 0}


def _r_later_year(m, published, text):
    year = int(m["year"])
    start = published if published is not None and published.year == year else dt.date(year, 1, 1)
    return Window(start, dt.date(year, 12, 31), text)


def _r_month_rel_year(m, published, text):
    if published is None:
        return None
    month = _month_no(m)
    return span_months(published.year + _YEAR_SHIFT[m["rel"].lower()], month, month, text)


def _r_month_alone(m, published, text):
    if published is None or m.group("month") in ("may", "mar", "march", "jun", "jan", "mai"):
        return None
    month = _month_no(m)
    rel = (m["rel"] or "").strip().lower() or {"last": "last", "next": "next"}.get(text.split()[0].lower(), "")  # "began last July"
    # "last July" is the latest July gone, "next July" the first to come
    year = published.year - (month >= published.month) if rel == "last" else \
        published.year + (month <= published.month) if rel == "next" else published.year
    return span_months(year, month, month, m.group("month").rstrip(".") if not rel else text)


_RELATIVE_MEANING = {_SPACES.sub(" ", word.lower()): meaning for word, meaning in ALL.RELATIVE.items()}


def relative_window(meaning: str | None, text: str, published: dt.date | None) -> Window | None:
    """What a pack's relative meaning ("year+1", "month-1", "rest_of_year", "h2+0") spans, against the publication date."""
    if meaning is None or published is None:
        return None
    unit, sign, offset = meaning.partition("+") if "+" in meaning else meaning.partition("-")
    shift = int(offset or 0) * (-1 if sign == "-" else 1)
    if unit == "year":
        return span_months(published.year + shift, 1, 12, text)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + shift
        return span_months(index // 12, index % 12 + 1, index % 12 + 1, text)
    if unit == "rest_of_year":
        return Window(published, dt.date(published.year, 12, 31), text)
    if unit in ("h1", "h2"):
        return span_months(published.year + shift, 1 if unit == "h1" else 7, 6 if unit == "h1" else 12, text)
    return None


def _pack_relative(m: re.Match[str], published: dt.date | None, text: str) -> Window | None:
    return relative_window(_RELATIVE_MEANING.get(_SPACES.sub(" ", m["rel"].lower())), text, published)


def _r_rel_pack(m, published, text):
    """"nächstes Jahr", "w tym roku", "le mois dernier": a pack's relative words."""
    return _pack_relative(m, published, text)


def _r_part_rel_pack(m, published, text):
    """"Anfang nächsten Jahres", "pod koniec tego roku": a part of a year counted from the publication date."""
    counted = _pack_relative(m, published, text)
    if counted is None or counted.start.year != counted.end.year:
        return None
    first, last = YEAR_PARTS[_SPACES.sub(" ", m["part"].lower())]
    return span_months(counted.start.year, first, last, text)


def _r_month_rel_pack(m, published, text):
    """"w kwietniu tego roku", "im Oktober letzten Jahres": a month of a counted year."""
    counted = _pack_relative(m, published, text)
    month = _month_no(m)
    return span_months(counted.start.year, month, month, text) if counted else None


def _r_month_pair(m, published, text):
    """"Juni bis August 2025": from the first month to the second, the year written once at the end."""
    first, last, year = _month_no(m), MONTHS[m["month2"].lower()], int(m["year"])
    return Window(dt.date(year - (first > last), first, 1), month_end(year, last), text)


_RESOLVERS = {
    "year_part": _r_part_year, "month_pair": _r_month_pair, "month_rel_pack": _r_month_rel_pack,
    "part_rel_pack": _r_part_rel_pack, "rel_part_pack": _r_part_rel_pack, "rel_pack": _r_rel_pack,
    "iso": _r_iso, "numeric": _r_numeric, "ko_full": _r_ko_full, "ko_md": _r_ko_md, "ko_day": _r_ko_day, "ko_month": _r_ko_month, "ko_short_year": _r_ko_short_year, "ko_part": _r_ko_part, "ja_full": _r_ko_full, "ja_month": _r_ko_month,
    "mdy": _r_mdy, "dmy": _r_mdy, "md": _r_md, "dm": _r_md, "part_year": _r_part_year, "part_rel": _r_part_rel,
    "season_rel": _r_part_rel, "season_alone": _r_season_alone, "part_month": _r_part_month, "month_year": _r_month_year, "year": _r_year, "rel_year": _r_rel_year,
    "rel_month": _r_rel_month, "weekday": _r_weekday, "month_alone": _r_month_alone, "month_rel_year": _r_month_rel_year, "later_year": _r_later_year,
}


def _join_alternatives(sentence: str, found: list[Found]) -> list[Found]:
    """"2023 or early 2024", "late 2026, or perhaps early 2027": one window from the first to the last."""
    joined: list[Found] = []
    for item in found:
        if joined and _OR.match(sentence[joined[-1].end:item.start]) and not joined[-1].is_day and not item.is_day:
            first = _same_year(joined.pop(), item)
            text = sentence[first.start:item.end]
            window = Window(min(first.window.start, item.window.start), max(first.window.end, item.window.end), text)
            kind = "range" if _RANGE.match(sentence[first.end:item.start]) else "or"
            joined.append(Found(window, first.start, item.end, kind, (first.window, item.window)))
        else:
            joined.append(item)
    return joined


def _same_year(first: Found, second: Found) -> Found:
    """"between January and March 2027": a month named without its year takes the year named after it."""
    start, end = first.window.start, first.window.end
    if first.kind != "month_alone" or second.window.start.year == start.year or start.month > second.window.start.month:
        return first
    year = second.window.start.year
    window = Window(start.replace(year=year), month_end(year, end.month), first.window.text)
    return Found(window, first.start, first.end, first.kind)


def event_done(published: dt.date, text: str) -> Window:
    """An event reported as already done with no date: from the publication month's first day to the day."""
    return Window(published.replace(day=1), published, text)
