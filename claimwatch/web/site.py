"""What every route reads: the database, the topics followed, who may do what, and where the Atom feed is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import Environment
from prometheus_client import CollectorRegistry
from sqlalchemy import Engine
from starlette.requests import Request

from claimwatch.clock import utcnow
from claimwatch.errors import ClaimwatchError
from claimwatch.web.guard import Access
from claimwatch.web.metrics import DaemonCounters, registry_for
from claimwatch.web.render import environment
from scraper.types import Topic


class UnknownShow(ClaimwatchError):
    """``?show=`` names a slug no followed topic has: a 404 that lists the ones there are."""

    def __init__(self, show: str, topics: tuple[Topic, ...]) -> None:
        followed = ", ".join(topic.slug for topic in topics)
        super().__init__(f"no show {show!r} is followed here (followed: {followed})")


@dataclass
class Site:
    engine: Engine
    topics: tuple[Topic, ...]  # every topic followed, in the settings' order
    access: Access = field(default_factory=Access)
    feed_path: str | None = None  # the daemon's [daemon] feed file, served at /feed.atom
    counters: DaemonCounters = field(default_factory=DaemonCounters)
    templates: Environment = field(default_factory=environment)
    registry: CollectorRegistry | None = None
    # WebSub: where a verified delivery goes (the daemon's ``take_push``: source, body, content type); None,
    # and the callback is not served (no [daemon] public_url, or `serve` without a daemon).
    on_push: Callable[[str, bytes, str | None], None] | None = None
    clock: Callable[[], dt.datetime] = utcnow  # when a hub's verification starts a lease

    @property
    def topic(self) -> Topic:
        """The first topic: what a page about one show shows when ``?show=`` names none."""
        return self.topics[0]

    def chosen(self, request: Request) -> tuple[Topic, ...]:
        """The topics ``?show=SLUG`` names (repeatable), in the settings' order; every topic without it."""
        wanted = request.query_params.getlist("show")
        by_slug = {topic.slug: topic for topic in self.topics}
        for show in wanted:
            if show not in by_slug:
                raise UnknownShow(show, self.topics)
        return tuple(topic for topic in self.topics if topic.slug in wanted) if wanted else self.topics

    def title_of(self, show: str) -> str:
        """A show's title as its topic file writes it; the slug for a show no topic here follows."""
        return next((topic.title for topic in self.topics if topic.slug == show), show)

    def metrics_registry(self) -> CollectorRegistry:
        """Built at the first scrape: a page that is never scraped reads no totals."""
        if self.registry is None:
            self.registry = registry_for(self.engine, self.counters)
        return self.registry


def site_of(request: Request) -> Site:
    return request.app.state.site
