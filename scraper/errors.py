"""Errors the scraper raises for bad input. Each names what failed and where."""

from __future__ import annotations


class ScraperError(Exception):
    """Base of every error a bad page, feed or address can cause."""


class FetchError(ScraperError):
    """A URL could not be fetched. Carries the URL and the stage that failed."""

    def __init__(self, url: str, stage: str, reason: str, *, status: int | None = None,
                 retry_after: float | None = None, transient: bool = False) -> None:
        self.url = url
        self.stage = stage  # "robots", "guard", "connect", "http", "size", "content-type", ...
        self.reason = reason
        self.status = status
        self.retry_after = retry_after
        self.transient = transient  # worth retrying later (connection errors, 5xx, 429)
        super().__init__(f"{url}: {stage}: {reason}")

    def __reduce__(self) -> tuple:
        # Pickled whole, as a page read in a worker process sends it back (Exception pickles the message alone).
        return type(self), (self.url, self.stage, self.reason), self.__dict__


class AddressRefused(FetchError):
    """The host resolves to an address we must not reach (loopback, private, metadata)."""


class ParseError(ScraperError):
    """A document could not be read at all (not even partially)."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple:
        return type(self), (self.where, self.reason), self.__dict__


class PageTooComplex(ParseError):
    """A page nests too deep or holds too many elements to be read within bounded memory and time."""
