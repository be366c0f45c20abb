"""The serve command: the web page, the JSON API, /healthz and /metrics (claimwatch/web), and the options
`run --serve` shares with it.

Only 127.0.0.1 is served without a token: any other address needs --token (or $CLAIMWATCH_TOKEN), checked
on every request. The page only reads unless --write is given.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from claimwatch.cli.options import app_from, with_example

if TYPE_CHECKING:
    from claimwatch.app import App
    from claimwatch.web import Site

HELP = "serve the web page and its JSON API (beliefs, timelines, changes, sources, outbox, /metrics)"
EXAMPLE = """example:
  claimwatch serve --db cw.db                      # http://127.0.0.1:8080/
  claimwatch serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
  curl -H "Authorization: Bearer $TOKEN" http://HOST:8080/api/v1/claims
"""
TOKEN_ENV = "CLAIMWATCH_TOKEN"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def register(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser("serve", help=HELP, **with_example(HELP, EXAMPLE))
    serve.add_argument("--db", help="database: a SQLite file path or a SQLAlchemy URL")
    serve.add_argument("--topic", help="topic file (default: every topic of the settings, else All of Us Are Dead S2)")
    web_options(serve)
    serve.set_defaults(handler=serve_command)


def web_options(parser: argparse.ArgumentParser, when: str = "") -> None:
    """--host, --port, --token and --write: for `serve`, and (``when`` "with --serve: ") for `run`."""
    parser.add_argument("--host", default="127.0.0.1",
                        help=f"{when}address to listen on (default 127.0.0.1; any other needs --token)")
    parser.add_argument("--port", type=int, default=8080, help=f"{when}port to listen on (default 8080)")
    parser.add_argument("--token", help=f"{when}required on every request, as Authorization: Bearer or ?token= "
                                        f"(default: ${TOKEN_ENV})")
    parser.add_argument("--write", action="store_true",
                        help=f"{when}allow the outbox's retry button (default: read-only)")


def serve_command(args: argparse.Namespace) -> int:
    from claimwatch.web import create_app
    from claimwatch.web.server import serve

    site = site_from(app_from(args, read_only=not args.write), args)
    print(f"claimwatch serve: http://{args.host}:{args.port}/ ({'read-write' if args.write else 'read-only'})")
    serve(create_app(site), args.host, args.port)
    return 0


def site_from(app: App, args: argparse.Namespace) -> Site:
    """The page's site from the opened application; refuses an exposed address without a token."""
    from claimwatch.errors import ConfigError
    from claimwatch.web import Access, Site

    token = args.token or os.environ.get(TOKEN_ENV) or None
    if args.host not in LOCAL_HOSTS and token is None:
        raise ConfigError("--host", None, f"serving {args.host} (not only this machine) needs --token or "
                                          f"${TOKEN_ENV}")
    return Site(engine=app.engine, topics=app.topics, access=Access(token=token, write=args.write),
                feed_path=app.settings.daemon.feed)


def run_serving(daemon, app: App, args: argparse.Namespace, *, pages: bool = True) -> int:
    """`run --serve`: the daemon in this thread's event loop, the page in a thread beside it; /metrics
    counts the daemon's rounds, polls and fetches.

    With [daemon] public_url the same server takes the WebSub hubs' calls; without --serve (``pages`` False)
    it serves those alone, on --host/--port (a reverse proxy forwards public_url's /websub/ to it), as a hub
    can reach nothing else and no page is exposed, so no token is asked for.
    """
    import asyncio

    from claimwatch.web import Site, create_app, create_callback_app
    from claimwatch.web.server import ServerThread

    site = site_from(app, args) if pages else Site(engine=app.engine, topics=app.topics)
    daemon.on_poll, daemon.on_round = site.counters.poll_done, site.counters.round_done
    site.counters.fetch_outcomes = daemon.fetch_outcomes
    wire_push(daemon, app, site)

    async def forever() -> None:
        async with daemon:
            await daemon.run_forever()

    with ServerThread(create_app(site) if pages else create_callback_app(site), args.host, args.port):
        if pages:
            print(f"claimwatch run: the page at http://{args.host}:{args.port}/")
        print_push(app, args)
        asyncio.run(forever())
    return 0


def wire_push(daemon, app: App, site: Site) -> None:
    """With [daemon] public_url: the daemon subscribes to the hubs its polls find, the site takes their
    deliveries and hands them to the daemon."""
    from claimwatch.websub import Subscriber

    if app.settings.daemon.public_url is None:
        return
    daemon.push = Subscriber(app.engine, app.settings.daemon.public_url)
    site.on_push = daemon.take_push


def print_push(app: App, args: argparse.Namespace) -> None:
    if app.settings.daemon.public_url is not None:
        print(f"claimwatch run: WebSub hubs call {app.settings.daemon.public_url}/websub/…, served on "
              f"http://{args.host}:{args.port}/websub/")
