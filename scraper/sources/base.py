"""Source kinds: each is a class with ``kind = "..."`` and its documented options, registered on definition."""

from __future__ import annotations

from typing import Any, ClassVar

from scraper.errors import ScraperError
from scraper.fetch.client import Fetcher
from scraper.types import Discovery, FetchState, SourceConfig, Topic

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
            if key not in self.options:
                known = ", ".join(sorted(self.options)) or "none"
                raise SourceConfigError(config.name, self.kind, key, f"unknown option (known: {known})")

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

    async def discover(self, fetcher: Fetcher, state: FetchState | None, topic: Topic) -> Discovery:
        """Poll once: the leads found, problems met, and the validators to send next time."""
        raise NotImplementedError


def make_source(config: SourceConfig) -> Source:
    """The source object for a configured source; SourceConfigError for an unknown kind or option."""
    cls = SOURCE_KINDS.get(config.kind)
    if cls is None:
        known = ", ".join(sorted(SOURCE_KINDS))
        raise SourceConfigError(config.name, config.kind, None, f"unknown source kind (known: {known})")
    return cls(config)
