"""The web application: the pages, the JSON API, /healthz and /metrics, behind the guard.

It is handed an engine and a topic (claimwatch/cli/serve.py opens them from the settings), so this package
imports neither the settings (they read the fetcher's) nor the notifier.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from claimwatch.web import api, pages
from claimwatch.web.guard import Guard
from claimwatch.web.site import Site

STATIC = Path(__file__).parent / "static"


def create_app(site: Site) -> Starlette:
    routes = [*pages.ROUTES, *api.ROUTES, Mount("/static", StaticFiles(directory=STATIC), name="static")]
    app = Starlette(routes=routes, middleware=[Middleware(Guard, access=site.access)])
    app.state.site = site
    return app
