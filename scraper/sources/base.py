"""Source kinds: each is a class with ``kind = "..."`` and its documented options, registered on definition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from scraper.errors import ScraperError
from scraper.types import Discovery, FetchState, Lead, Response, SourceConfig, Topic

if TYPE_CHECKING:
    from scraper.fetch.client import Fetcher

# Options every kind takes, beside its own.
COMMON_OPTIONS = {
    "budget": "the most new articles fetched from this source in one round "
    "(default: the daemon's articles_per_source_round)",
    "allow": "addresses, networks or host names this source may reach although the address guard "
    "refuses them (default: none; a test or an intranet source)",
}

SOURCE_KINDS: dict[str, type[Source]] = {}

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


class SourceConfigError(ScraperError):
    """A source is configured wrongly: names the source, its kind and the key at fault."""

    def __init__(self, source: str, kind: str, key: str | None, reason: str) -> None:
        self.source = source
        self.kind = kind
        self.key = key
        self.reason = reason
        where = f"source {source!r} (kind {kind!r})" + (f", option {key!r}" if key else "")
        super().__init__(f"{where}: {reason}")


class Source:
    """Something to poll for leads. Subclasses set ``kind`` and ``options`` and write ``discover``."""

    kind: ClassVar[str]
    options: ClassVar[dict[str, str]] = {}  # option key -> one-line doc
    # Its leads are entries a site published, whose count over a week sets an adaptive interval; a watched
    # page's one lead is the page itself, and it keeps its configured interval.
    lists_entries: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        kind = cls.__dict__.get("kind")
        if kind:
            if kind in SOURCE_KINDS:
                raise TypeError(f"source kind {kind!r} is defined twice: {SOURCE_KINDS[kind]} and {cls}")
            SOURCE_KINDS[kind] = cls

    def __init__(self, config: SourceConfig) -> None:
        self.config = config
        for key in config.options:
            if key not in self.options and key not in COMMON_OPTIONS:
                known = ", ".join(sorted({*self.options, *COMMON_OPTIONS}))
                raise SourceConfigError(config.name, self.kind, key, f"unknown option (known: {known})")
        self.budget = self.option_int("budget", None)
        self.allow = self.option_strings("allow")

    @property
    def name(self) -> str:
        return self.config.name

    def option_bool(self, key: str, default: bool) -> bool:
        value = self.config.options.get(key, default)
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        raise SourceConfigError(self.name, self.kind, key, f"must be true or false, got {value!r}")

    def option_int(self, key: str, default: int | None) -> int | None:
        value = self.config.options.get(key, default)
        if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
            return value
        raise SourceConfigError(self.name, self.kind, key, f"must be a whole number >= 0, got {value!r}")

    def option_text(self, key: str, default: str | None) -> str | None:
        value = self.config.options.get(key, default)
        if value is None or (isinstance(value, str) and value.strip()):
            return value
        raise SourceConfigError(self.name, self.kind, key, f"must be a non-empty string, got {value!r}")

    def option_strings(self, key: str) -> tuple[str, ...]:
        value = self.config.options.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise SourceConfigError(self.name, self.kind, key, f"must be a list of strings, got {value!r}")
        return tuple(value)

    async def get(self, fetcher: Fetcher, url: str, state: FetchState | None = None, **kwargs: Any) -> Response:
        """A fetch with this source's own address allowance; a 304 to validators another source saved with
        its copy of the document is that copy, read as if fetched."""
        # the HTTP client's module, imported here: a topic's sources load without it ('claimwatch claims')
        from scraper.fetch.answers import replayed

        response = await fetcher.fetch(url, state, allow=self.allow, **kwargs)
        if response.not_modified and state is not None and state.body:
            return replayed(response, state)
        return response

    async def discover(self, fetcher: Fetcher, states: Mapping[str, FetchState], topic: Topic) -> Discovery:
        """Poll once: the leads found, problems met, and the validators to send next time.

        ``states`` holds what was stored for the URLs this source fetched last time (its own URL,
        a sitemap's children), for conditional GET.
        """
        raise NotImplementedError

    async def read_lead(self, fetcher: Fetcher, lead: Lead) -> Response | None:
        """The page a lead points to; None when the lead's own title and summary are all there is."""
        return lead.fetched or await self.get(fetcher, lead.url)


def server_hint(response: Response, feed_ttl_s: float | None = None) -> tuple[float | None, str | None]:
    """The longest wait the server asks for, and what asked it ("max-age", "Expires", "feed ttl")."""
    hints = []
    if response.fresh_for_s is not None:
        cache_control = response.headers.get("cache-control", "")
        said = "no-cache" if "no-" in cache_control else "max-age" if "max-age" in cache_control else "Expires"
        hints.append((response.fresh_for_s, said))
    if feed_ttl_s is not None:
        hints.append((feed_ttl_s, "feed ttl"))
    return max(hints) if hints else (None, None)


def answered(response: Response, *, remember: bool = True, **fields: Any) -> Discovery:
    """A Discovery for one fetched URL: its validators stored (unless ``remember`` is false, so that
    the next poll reads it in full again), the server's freshness hint kept."""
    wait, why = server_hint(response, fields.pop("feed_ttl_s", None))
    states = {**({response.url: response.state_with_body} if remember else {}), **fields.pop("states", {})}
    return Discovery(states=states, poll_after_s=wait, poll_after_why=why, **fields)


def make_source(config: SourceConfig) -> Source:
    """The source object for a configured source; SourceConfigError for an unknown kind or option."""
    cls = SOURCE_KINDS.get(config.kind)
    if cls is None:
        known = ", ".join(sorted(SOURCE_KINDS))
        raise SourceConfigError(config.name, config.kind, None, f"unknown source kind (known: {known})")
    return cls(config)
