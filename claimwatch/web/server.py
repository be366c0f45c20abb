"""Running the page: uvicorn in the foreground (`claimwatch serve`), or in a thread beside the daemon's
event loop (`claimwatch run --serve`, and the tests), where the daemon keeps its own signal handling."""

from __future__ import annotations

import threading
import time

import uvicorn
from starlette.applications import Starlette

from claimwatch.errors import ConfigError

START_TIMEOUT_S = 10.0  # a server that is not listening by then failed to bind (the port is taken)


def server_for(app: Starlette, host: str, port: int) -> uvicorn.Server:
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off",
                            server_header=False, proxy_headers=False)
    return uvicorn.Server(config)


def serve(app: Starlette, host: str, port: int) -> None:
    """Serve until Ctrl-C or SIGTERM."""
    server_for(app, host, port).run()


class ServerThread:
    """The page served from a thread of its own; ``port`` is the one bound (port 0: any free one)."""

    def __init__(self, app: Starlette, host: str, port: int) -> None:
        self.server = server_for(app, host, port)
        self.thread = threading.Thread(target=self.server.run, name="claimwatch-web", daemon=True)

    def start(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise ConfigError("--port", None, f"cannot listen on {self.server.config.host}:"
                                                  f"{self.server.config.port} (is the port in use?)")
            time.sleep(0.01)
        return self

    @property
    def port(self) -> int:
        return self.server.servers[0].sockets[0].getsockname()[1]

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=START_TIMEOUT_S)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
