"""Where leads come from. Each kind registers itself by defining ``kind``; ``make_source`` picks one."""

from scraper.sources import listing, page, rss, search, sitemap  # noqa: F401  (defining the classes registers the kinds)
from scraper.sources.base import SOURCE_KINDS, Source, SourceConfigError, make_source

__all__ = ["SOURCE_KINDS", "Source", "SourceConfigError", "make_source"]
