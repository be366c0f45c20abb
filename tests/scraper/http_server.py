"""A real HTTP server on 127.0.0.1 (port chosen by the OS) whose answers a test sets per path.

    with LocalServer() as server:
        server.route("/feed.xml", body=b"<rss>...</rss>", headers={"Content-Type": "application/rss+xml"})
        server.route("/busy", Route(status=429, headers={"Retry-After": "0"}), Route(body=b"ok"))
        url = server.url("/feed.xml")

A path given several routes answers with them in turn, then keeps answering with the last one.
Unknown paths (robots.txt included) answer 404. Every request is recorded in ``server.requests``.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | str = b""
    delay: float = 0.0  # seconds to hold the answer back (released at once when the server stops)
    redirect: str | None = None  # a Location; status defaults to 302 for it
    content_length: bool = True  # False: no Content-Length, the body ends when the connection closes
    trickle: float = 0.0  # seconds between body pieces of 10 bytes: a server that never quite finishes


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]
    at: float = 0.0  # time.monotonic() when it arrived
    client_port: int = 0  # the same port for two requests: one kept-alive connection


class LocalServer:
    """The server, started in a thread by ``with`` and stopped at the end of the block."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.requests: list[SeenRequest] = []
        self.in_flight = 0
        self.peak_in_flight = 0  # the most requests the server was answering at once
        self._routes: dict[str, list[Route]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _QuietServer((host, 0), _handler_for(self))
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="local-http", daemon=True
        )

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, path: str, *routes: Route, **fields: object) -> None:
        """Set what ``path`` answers: Route objects in turn, or one Route built from keyword fields."""
        answers = list(routes) or [Route(**fields)]  # type: ignore[arg-type]
        with self._lock:
            self._routes[path] = answers

    def hits(self, path: str) -> list[SeenRequest]:
        return [request for request in self.requests if request.path == path]

    def _next_route(self, path: str) -> Route | None:
        with self._lock:
            answers = self._routes.get(path) or self._routes.get(urlsplit(path).path)
            if not answers:
                return None
            return answers.pop(0) if len(answers) > 1 else answers[0]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early (a size limit, a timeout) is what several tests do


def _handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            server.requests.append(
                SeenRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic(),
                            self.client_address[1])
            )
            route = server._next_route(self.path) or Route(status=404, body=b"not found")
            with server._lock:
                server.in_flight += 1
                server.peak_in_flight = max(server.peak_in_flight, server.in_flight)
            try:
                if route.delay:
                    server._stopping.wait(route.delay)
                self._answer(route)
            finally:
                with server._lock:
                    server.in_flight -= 1

        def _answer(self, route: Route) -> None:
            body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
            status = route.status if route.redirect is None or route.status != 200 else 302
            self.send_response(status)
            headers = dict(route.headers)
            if route.redirect is not None:
                headers["Location"] = route.redirect
            for key, value in headers.items():
                self.send_header(key, value)
            if route.content_length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if status != 304:
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._write(body, route.trickle)

        def _write(self, body: bytes, trickle: float) -> None:
            if not trickle:
                self.wfile.write(body)
                return
            for start in range(0, len(body), 10):
                if server._stopping.wait(trickle):
                    return
                self.wfile.write(body[start : start + 10])
                self.wfile.flush()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
