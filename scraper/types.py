"""The plain data that flows out of the scraper: topics, fetched responses, articles and claims.

Every type here is a frozen dataclass so that stages can be tested alone and replayed offline.
``storage`` may import these; nothing here imports another package of the project.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from scraper.claimkinds import PERSON_KINDS, WINDOW_KINDS  # re-exported: the one registry

Certainty = Literal["official", "reported", "speculative"]
CERTAINTY_RANK: dict[str, int] = {"speculative": 0, "reported": 1, "official": 2}



# --- topics -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownPerson:
    """Someone the topic file already knows, with every spelling seen for them."""

    name: str
    aliases: tuple[str, ...] = ()
    role: Literal["cast", "director", "writer", "creator"] = "cast"
    character: str | None = None
    character_aliases: tuple[str, ...] = ()
    seasons: tuple[int, ...] = ()  # seasons they are known to appear in


@dataclass(frozen=True)
class SourceConfig:
    """One configured source: its kind picks the class in ``scraper.sources``."""

    name: str
    kind: str
    url: str
    interval_s: int = 1800
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    # What a server's freshness hint may move the next poll to; None: the interval itself (hints only
    # lengthen the wait) and 12 times the interval.
    min_interval_s: int | None = None
    max_interval_s: int | None = None
    # The interval follows how often the source publishes (claimwatch/pace.py), within min_interval and
    # max_interval; False keeps ``interval_s`` fixed.
    adaptive: bool = True


@dataclass(frozen=True)
class Topic:
    """A tracked show and season, read from a topic file (``claimwatch/topics/*.toml``)."""

    slug: str
    title: str
    season: int
    titles: tuple[str, ...] = ()  # every name of the show, in any language, title included
    platform: tuple[str, ...] = ()  # who can announce officially: "Netflix", "Netflix Korea", ...
    people: tuple[KnownPerson, ...] = ()
    other_shows: tuple[str, ...] = ()  # titles that must never be mistaken for this show
    sources: tuple[SourceConfig, ...] = ()
    not_names: tuple[str, ...] = ()  # words of this show that look like names and are not: a school, a town

    def __hash__(self) -> int:
        # Extraction caches per topic: hashing every person and alias on each lookup would cost more
        # than the work cached. Equal topics share slug, season and title, so this stays consistent.
        return hash((self.slug, self.season, self.title))

    @property
    def all_titles(self) -> tuple[str, ...]:
        return (self.title, *[t for t in self.titles if t != self.title])


# --- fetching -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchState:
    """What we remember of a URL between polls, for conditional GET."""

    etag: str | None = None
    last_modified: str | None = None
    # When the URL was last read in full (stored with the validators): a sitemap entry whose
    # ``lastmod`` is older has not changed since.
    checked_at: dt.datetime | None = field(default=None, compare=False)
    # The document these validators name, kept for a URL several sources read (a feed two topics list): a
    # source sending validators another saved reads this copy when the server answers 304.
    body: bytes | None = field(default=None, compare=False, repr=False)
    content_type: str | None = field(default=None, compare=False)  # the Content-Type header it came with
    final_url: str | None = field(default=None, compare=False)  # where it was read, after redirects


# The largest document kept for another source's 304 (a feed is tens of kilobytes; a bigger one is fetched
# in full by each source instead).
REPLAY_BODY_MAX = 2 * 1024 * 1024


@dataclass(frozen=True)
class Response:
    """A finished fetch. ``not_modified`` is a 304: ``body`` is empty and nothing needs parsing."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str] = field(hash=False, compare=False)
    body: bytes
    fetched_at: dt.datetime
    content_type: str | None = None
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fresh_for_s: float | None = None  # Cache-Control max-age or Expires, when the server says

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def state(self) -> FetchState:
        return FetchState(etag=self.etag, last_modified=self.last_modified)

    @property
    def state_with_body(self) -> FetchState:
        """The validators with the document they name, for another source's 304 (``b""`` when too big)."""
        if self.not_modified:
            return self.state
        return FetchState(etag=self.etag, last_modified=self.last_modified,
                          body=self.body if len(self.body) <= REPLAY_BODY_MAX else b"",
                          content_type=self.headers.get("content-type"), final_url=self.final_url)

    def text(self) -> str:
        return self.body.decode(self.encoding or "utf-8", errors="replace")


@dataclass(frozen=True)
class Lead:
    """An item a source discovered: a URL to fetch, with what the listing said about it."""

    url: str
    title: str | None = None
    summary: str | None = None
    published: dt.datetime | None = None
    publisher: str | None = None  # the outlet named by the listing (a feed's <source>)
    source: str | None = None  # the name of the configured source that found it
    # A watched page is its own lead: the response discovery already has, so it is not fetched twice.
    fetched: Response | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Discovery:
    """What one poll of a source found, and what went wrong without stopping it."""

    leads: tuple[Lead, ...] = ()
    problems: tuple[str, ...] = ()
    not_modified: bool = False
    # The validators of every URL this poll fetched (the source's own, a sitemap's children), to store.
    states: dict[str, FetchState] = field(default_factory=dict, hash=False)
    # How long the server says its answer stays fresh (Cache-Control, Expires, a feed's <ttl>).
    poll_after_s: float | None = None
    poll_after_why: str | None = None  # which of those said it ("max-age"), for `claimwatch sources`
    # The source's own document is broken (a malformed or refused feed, a sitemap too big to unpack):
    # the poll counts as failed with this reason, though any entries read from it are kept.
    failure: str | None = None
    # A feed's WebSub hub (``<link rel="hub">`` or a Link header) and the topic URL it names itself by
    # (``rel="self"``): a daemon with a public URL subscribes to be pushed its new entries.
    hub: str | None = None
    self_url: str | None = None


# --- articles -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """The readable part of a page: title, text with headings kept, and metadata.

    ``text`` is the string that claim evidence spans index into. Paragraphs are separated by a
    blank line; headings are their own paragraph. A page's headline is the first paragraph and
    ``body_start`` is the offset just after it (0 when the text has no headline).
    """

    url: str
    text: str
    title: str | None = None
    canonical_url: str | None = None
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    lang: str | None = None
    is_article: bool = True  # False for listings, tag pages, video pages
    body_start: int = 0  # where the story begins in ``text``, after the headline paragraph

    @property
    def key_url(self) -> str:
        return self.canonical_url or self.url


# --- claims -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """A span of days; a single day has start == end. ``text`` is the phrase as written."""

    start: dt.date
    end: dt.date
    text: str

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, str]) -> Window:
        return cls(dt.date.fromisoformat(data["start"]), dt.date.fromisoformat(data["end"]), data.get("text", ""))


@dataclass(frozen=True)
class Person:
    """A cast or crew member as a claim names them."""

    name: str
    character: str | None = None
    status: Literal["returning", "new", "departing"] | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"name": self.name, "character": self.character, "status": self.status}


ClaimValue = str | int | Window | Person | None


@dataclass(frozen=True)
class Claim:
    """One statement an article makes about a show and season (see shared/CLAIMS.md)."""

    show: str
    season: int | None
    kind: str
    value: ClaimValue
    certainty: Certainty
    negated: bool
    attributed_to: str | None
    evidence: str
    span: tuple[int, int]

    def value_json(self) -> Any:
        return value_to_json(self.kind, self.value)

    def to_json(self) -> dict[str, Any]:
        return {
            "show": self.show,
            "season": self.season,
            "kind": self.kind,
            "value": self.value_json(),
            "certainty": self.certainty,
            "negated": self.negated,
            "attributed_to": self.attributed_to,
            "evidence": self.evidence,
            "span": list(self.span),
        }


def value_to_json(kind: str, value: ClaimValue) -> Any:
    if isinstance(value, Window | Person):
        data = value.to_json()
        return {"name": data["name"]} if kind in ("director", "writer") else data
    return value


def value_from_json(kind: str, data: Any) -> ClaimValue:
    if data is None:
        return None
    if kind in WINDOW_KINDS:
        return Window.from_json(data)
    if kind in PERSON_KINDS:
        return Person(name=data["name"], character=data.get("character"), status=data.get("status"))
    return data


# --- names --------------------------------------------------------------------------------------

_NAME_PARTS = re.compile(r"[\s\-‐‑_.'’]+")


@lru_cache(maxsize=65536)  # beliefs about people fold the same names again and again
def raw_name_key(name: str) -> str:
    """Fold case, hyphens, spaces and word order: "Min-jae Lee" == "Lee Min-jae" == "Lee Min Jae".

    The same key the shared scorer uses: the name's parts, split at spaces and hyphens, sorted.
    """
    return "".join(sorted(part for part in _NAME_PARTS.split(name.casefold()) if part))


def alias_table(people: tuple[KnownPerson, ...]) -> dict[str, str]:
    """raw key of every spelling -> raw key of the person's canonical name."""
    table: dict[str, str] = {}
    for person in people:
        canon = raw_name_key(person.name)
        for spelling in (person.name, *person.aliases):
            table[raw_name_key(spelling)] = canon
    return table


def display_names(people: tuple[KnownPerson, ...]) -> dict[str, str]:
    """raw key of a person's canonical name -> that name as the topic writes it."""
    return {raw_name_key(person.name): person.name for person in people}


def name_key(name: str, aliases: dict[str, str] | None = None) -> str:
    key = raw_name_key(name)
    return (aliases or {}).get(key, key)
