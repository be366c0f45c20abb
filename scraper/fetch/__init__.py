"""The HTTP fetcher: politeness, robots.txt, conditional GET, limits and the address guard."""

from scraper.fetch.client import Fetcher
from scraper.fetch.settings import FetchSettings

__all__ = ["FetchSettings", "Fetcher"]
