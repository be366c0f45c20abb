"""The templates' environment: autoescaping on for every template, and the filters that turn stored values
into what a reader sees. A link is written only for an http(s) URL; anything else is shown as text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined

from claimwatch.cli.output import describe_value
from scraper import claimkinds

CERTAINTY_CLASSES = {"official": "official", "reported": "reported", "speculative": "speculative"}


def safe_href(url: Any) -> str | None:
    """The URL if a browser may follow it from our page: http(s) only, never javascript: or data:."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def when(value: dt.datetime | str | None, form: str = "%Y-%m-%d") -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.strftime(form)


def certainty_class(certainty: str | None) -> str:
    """A CSS class from a fixed list: a stored string never becomes markup."""
    return CERTAINTY_CLASSES.get(certainty or "", "unknown")


def environment() -> Environment:
    env = Environment(loader=PackageLoader("claimwatch.web", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(href=safe_href, when=when, certainty_class=certainty_class, label=claimkinds.label)
    env.globals.update(describe=describe_value, kinds=claimkinds.KINDS)
    return env
