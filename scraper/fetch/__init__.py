"""The HTTP fetcher: politeness, robots.txt, conditional GET, limits and the address guard.

``Fetcher`` (and with it httpx) is imported on first use, so reading the fetch settings costs no HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scraper.fetch.settings import FetchSettings

if TYPE_CHECKING:
    from scraper.fetch.client import Fetcher

__all__ = ["FetchSettings", "Fetcher"]


def __getattr__(name: str) -> Any:
    if name == "Fetcher":
        from scraper.fetch.client import Fetcher

        return Fetcher
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
