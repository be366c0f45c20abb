"""What every route reads: the database, the topic, who may do what, and where the Atom feed is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import Environment
from prometheus_client import CollectorRegistry
from sqlalchemy import Engine
from starlette.requests import Request

from claimwatch.clock import utcnow
from claimwatch.web.guard import Access
from claimwatch.web.metrics import DaemonCounters, registry_for
from claimwatch.web.render import environment
from scraper.types import Topic


@dataclass
class Site:
    engine: Engine
    topic: Topic
    access: Access = field(default_factory=Access)
    feed_path: str | None = None  # the daemon's [daemon] feed file, served at /feed.atom
    counters: DaemonCounters = field(default_factory=DaemonCounters)
    templates: Environment = field(default_factory=environment)
    registry: CollectorRegistry | None = None
    # WebSub: where a verified delivery goes (the daemon's ``take_push``: source, body, content type); None,
    # and the callback is not served (no [daemon] public_url, or `serve` without a daemon).
    on_push: Callable[[str, bytes, str | None], None] | None = None
    clock: Callable[[], dt.datetime] = utcnow  # when a hub's verification starts a lease

    def metrics_registry(self) -> CollectorRegistry:
        """Built at the first scrape: a page that is never scraped reads no totals."""
        if self.registry is None:
            self.registry = registry_for(self.engine, self.counters)
        return self.registry


def site_of(request: Request) -> Site:
    return request.app.state.site
