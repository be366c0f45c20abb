"""The web application: the pages, the JSON API, /healthz and /metrics, behind the guard.

It is handed an engine and a topic (claimwatch/cli/serve.py opens them from the settings), so this package
imports neither the settings (they read the fetcher's) nor the notifier.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from claimwatch import defaults
from claimwatch.web import api, callback, pages
from claimwatch.web.guard import Guard
from claimwatch.web.site import Site

STATIC = Path(__file__).parent / "static"
OPEN_PREFIX = defaults.WEBSUB_CALLBACK_PATH  # the hubs' callback: its unguessable ids stand in for the token


def create_app(site: Site) -> Starlette:
    """The page, and the WebSub callback when the site takes pushes."""
    routes = [*pages.ROUTES, *api.ROUTES, Mount("/static", StaticFiles(directory=STATIC), name="static")]
    return _app(site, [*routes, *callback_routes(site)])


def create_callback_app(site: Site) -> Starlette:
    """The WebSub callback alone: what `run` serves with [daemon] public_url but without --serve."""
    return _app(site, callback_routes(site))


def callback_routes(site: Site) -> list[BaseRoute]:
    return list(callback.ROUTES) if site.on_push is not None else []


def _app(site: Site, routes: list[BaseRoute]) -> Starlette:
    app = Starlette(routes=routes, middleware=[Middleware(Guard, access=site.access, open_prefix=OPEN_PREFIX)])
    app.state.site = site
    return app
