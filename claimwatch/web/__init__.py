"""The web page and the HTTP API (`claimwatch serve`): beliefs with evidence, timelines, changes, articles,
sources and the outbox, read through storage's query functions; and the WebSub callback hubs push to."""

from claimwatch.web.app import create_app, create_callback_app
from claimwatch.web.guard import Access
from claimwatch.web.site import Site

__all__ = ["Access", "Site", "create_app", "create_callback_app"]
