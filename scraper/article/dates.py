"""When a page was published and last changed: structured data first, then <time>, a dated line, the URL."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)"
    r"|(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])"
)
# "2025-06-10", "2025.06.10 09:15", "2025년 6월 10일 오후 3:05", "2025年6月10日 15:05"
_LOOSE_DATE = re.compile(
    r"((?:19|20)\d{2})\s*[-/.년年]\s*(\d{1,2})\s*[-/.월月]\s*(\d{1,2})(?:\s*[일日])?\.?"
    r"(?:[ T]+(?:(오전|오후|午前|午後)\s*)?(\d{1,2}):(\d{2}))?"
)
# Month names in English, Spanish, Portuguese, French and Indonesian, the languages of the press we read.
MONTH_NAMES = (
    "january jan enero janeiro janvier januari",
    "february feb febrero fevereiro février fevrier februari",
    "march mar marzo março marco mars maret",
    "april apr abril avril",
    "may mayo maio mai mei",
    "june jun junio junho juin juni",
    "july jul julio julho juillet juli",
    "august aug agosto août aout agustus",
    "september sep sept septiembre setiembre setembro septembre",
    "october oct octubre outubro octobre oktober",
    "november nov noviembre novembro novembre",
    "december dec diciembre dezembro décembre decembre desember",
)
MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, 1) for name in names.split()}
_MONTH = r"([^\W\d_]{3,9})\.?"  # any word: it is a month when MONTHS knows it (faster than 70 alternatives)
# "March 3, 2025", "3 March 2025", "22 de janeiro de 2018", then an optional clock time "9:05 AM" / "09:05".
_WORDY_DATE = re.compile(
    rf"(?:\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?((?:19|20)\d{{2}}))"
    r"(?:,?\s+(?:at\s+|às\s+|a las\s+|à\s+|pukul\s+)?(\d{1,2})[:h](\d{2})\s*([ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
# A visible line that dates the page, in the languages of the press that follows K-dramas: "Last
# updated: March 3, 2025", "Published 2 March 2025", "입력 2025.06.10 09:15", "수정 2025.06.11", "更新 2025年6月11日".
PUBLISHED_LABELS = ("published", "posted", "publicado", "publié", "diterbitkan", "dipublikasikan",
                    "입력", "등록", "기사입력", "公開", "配信", "投稿")
DATE_LABELS = (
    r"last[ -]updated|updated(?: on| at)?|modified|published(?: on| at)?|posted(?: on)?"
    r"|publicado(?: em| el)?|atualizado(?: em)?|actualizado(?: el)?|publié(?: le)?|mis à jour(?: le)?"
    r"|diperbarui|diterbitkan|dipublikasikan|기사입력|입력|등록|최종수정|수정|업데이트|公開|配信|投稿|更新"
)
_DATED_LABEL = re.compile(rf"\b({DATE_LABELS})\s*[:：]?\s*([^\n]{{0,40}})$", re.IGNORECASE)
# Lines are found from the years in them: a whole page is too long to try every label at every character.
_YEAR = re.compile(r"(?:19|20)\d\d")
PUBLISHED_METAS = (
    "article:published_time", "datepublished", "pubdate", "publish-date", "publishdate", "date",
    "dc.date", "dc.date.issued", "dcterms.created", "og:published_time", "sailthru.date", "parsely-pub-date",
)
MODIFIED_METAS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")


def parse_date(value: Any) -> dt.datetime | None:
    """An ISO 8601, RFC 2822, "March 3, 2025" or plain Y-M-D date as an aware datetime (UTC when no zone)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    when: dt.datetime | None = None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            when = text_date(text)
    if when is None or not 1990 <= when.year <= 2100:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def text_date(text: str) -> dt.datetime | None:
    """The first date written out in a line of text: "March 3, 2025 9:05 AM", "3 March 2025", "2025.06.10"."""
    wordy = next((found for found in _WORDY_DATE.finditer(text) if (found[1] or found[5]).lower() in MONTHS), None)
    loose = _LOOSE_DATE.search(text)
    if wordy and (not loose or wordy.start() < loose.start()):
        month, day, year, day2, month2, year2, hour, minute, half = wordy.groups()
        when = _date_or_none(year or year2, str(MONTHS[(month or month2).lower()]), day or day2)
        return _at(when, hour, minute, half) if when else None
    if loose is None:
        return None
    year, month, day, half, hour, minute = loose.groups()
    when = _date_or_none(year, month, day)
    pm = "p" if half in ("오후", "午後") else "a" if half else None
    return _at(when, hour, minute, pm) if when else None


def _at(day: dt.datetime, hour: str | None, minute: str | None, half: str | None) -> dt.datetime:
    if hour is None or minute is None:
        return day
    clock = int(hour) % 12 + (12 if half and half.lower().startswith("p") else 0) if half else int(hour)
    if clock > 23 or int(minute) > 59:
        return day
    return day.replace(hour=clock, minute=int(minute))


def _date_or_none(year: str, month: str, day: str) -> dt.datetime | None:
    try:
        return dt.datetime(int(year), int(month), int(day), tzinfo=dt.UTC)
    except ValueError:
        return None


def first_date(*values: Any) -> dt.datetime | None:
    for value in values:
        when = parse_date(value)
        if when is not None:
            return when
    return None


def url_date(url: str) -> dt.datetime | None:
    """A date written in the URL's path: /2024/05/17/ or /20240517/."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    found = _URL_DATE.search(path)
    if not found:
        return None
    groups = [g for g in found.groups() if g is not None]
    return _date_or_none(*groups[:3])


def time_dates(tree: LexborHTMLParser, story: LexborNode | None, prop: str) -> list[str | None]:
    """<time> values: those marked with ``prop`` first, then the nearest ones around the story, then any."""
    marked = tree.css(f'[itemprop="{prop}"]')
    values: list[str | None] = [
        node.attributes.get("datetime") or node.attributes.get("content") or node.text() for node in marked
    ]
    if prop == "datePublished":
        times = [node for node in tree.tags("time") if node.attributes.get("datetime")]
        values += [node.attributes.get("datetime") for node in times if "pubdate" in node.attributes]
        values += [node.attributes.get("datetime") for node in nearest(times, story)]
    return values


def nearest(times: list[LexborNode], story: LexborNode | None) -> list[LexborNode]:
    """The <time>s inside the smallest element around the story that has any: the story's own date
    line comes before those of other stories' teasers elsewhere on the page."""
    if not times or story is None:
        return times
    chains = [ancestry(node) for node in times]
    node: LexborNode | None = story
    while node is not None:
        inside = [time for time, chain in zip(times, chains, strict=True) if node.mem_id in chain]
        if inside:
            return inside
        node = node.parent
    return times


def ancestry(node: LexborNode) -> set[int]:
    ids = {node.mem_id}
    parent = node.parent
    while parent is not None:
        ids.add(parent.mem_id)
        parent = parent.parent
    return ids


def dated_lines(tree: LexborHTMLParser) -> dict[str, dt.datetime]:
    """Dates the page's visible lines give: {"published": ..., "modified": ...}, the first of each."""
    found: dict[str, dt.datetime] = {}
    body = tree.body
    text = body.text(separator="\n") if body is not None else ""
    for year in _YEAR.finditer(text):
        label = _DATED_LABEL.search(text, max(0, year.start() - 60), year.start())
        if label is None:
            continue
        key = "published" if label.group(1).lower().startswith(PUBLISHED_LABELS) else "modified"
        if key not in found and (when := text_date(label.group(2) + text[year.start() : year.end() + 30])):
            found[key] = when
    return found


# A line's time is the page's local time: Korean and Japanese pages give theirs without a zone.
LOCAL_ZONES = {"ko": dt.timezone(dt.timedelta(hours=9), "KST"), "ja": dt.timezone(dt.timedelta(hours=9), "JST")}


class DatedLines:
    """The page's dated lines, read once when a date is first looked for there; their times are in
    the zone of the page's language when it has one (Korean, Japanese), else UTC."""

    def __init__(self, tree: LexborHTMLParser, lang: str | None = None) -> None:
        self.tree = tree
        self.zone = LOCAL_ZONES.get((lang or "").split("-")[0].lower())
        self.found: dict[str, dt.datetime] | None = None

    def get(self, key: str) -> dt.datetime | None:
        if self.found is None:
            self.found = dated_lines(self.tree)
        when = self.found.get(key)
        return when.replace(tzinfo=self.zone) if when is not None and self.zone is not None else when


def find_published(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any], root: LexborNode | None, url: str,
    lines: DatedLines,
) -> tuple[dt.datetime | None, bool]:
    """The page's publication date, and whether it is only a day taken from the URL."""
    when = first_date(ld.get("datePublished"), *(metas.get(key) for key in PUBLISHED_METAS))
    when = when or first_date(*time_dates(tree, root, "datePublished"))
    when = when or lines.get("published")
    if when is not None:
        return when, False
    return url_date(url), True


def find_modified(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any], published: dt.datetime | None,
    lines: DatedLines,
) -> dt.datetime | None:
    """When the page says it last changed; never before it was published."""
    when = first_date(ld.get("dateModified"), *(metas.get(key) for key in MODIFIED_METAS))
    when = when or first_date(*time_dates(tree, None, "dateModified"))
    when = when or lines.get("modified")
    if when is not None and published is not None and when.date() < published.date():
        return None
    return when


def choose_published(page: tuple[dt.datetime | None, bool], given: dt.datetime | None) -> dt.datetime | None:
    """The page's own date wins; a feed's exact time beats the bare day of the URL when they agree."""
    when, from_url = page
    if when is None:
        return given
    if from_url and given is not None and given.date() == when.date():
        return given
    return when
