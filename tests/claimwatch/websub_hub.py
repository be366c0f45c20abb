"""The team's own small WebSub hub, on 127.0.0.1 (a port the OS picks), for the push tests.

The packaged hub the issue names (flask-websub's) needs Celery to run its tasks; this one needs nothing.
It does what a hub does (W3C WebSub §5 and §7): takes a form POST ``hub.mode=subscribe``, answers 202, then
verifies the subscriber's intent by GETting the callback with a ``hub.challenge`` and the lease it grants;
``publish`` POSTs a body to every verified callback of a topic, signed ``X-Hub-Signature: sha256=…`` with
the subscription's secret (or as a test asks: unsigned, signed with another secret).

    with LocalHub(grant_lease_s=1000) as hub:
        hub.url                               # what a feed names as <link rel="hub">
        hub.wait_verified(topic)              # the subscription the hub holds, once verified
        hub.publish(topic, body)              # the callbacks' statuses
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import httpx


@dataclass
class HubSubscription:
    topic: str
    callback: str
    secret: str | None
    lease_s: int
    verified: bool = False


class LocalHub:
    def __init__(self, grant_lease_s: int | None = None) -> None:
        self.grant_lease_s = grant_lease_s  # None: the lease the subscriber asked for
        self.requests: list[dict[str, str]] = []  # every form POSTed to the hub, in order
        self.verifications: list[tuple[str, int]] = []  # (mode, the callback's status) of each verification
        self.subscriptions: dict[str, HubSubscription] = {}  # by callback
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> LocalHub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def take(self, form: dict[str, str]) -> None:
        """A subscriber's request: recorded, then verified in a thread of its own (after the 202)."""
        with self._lock:
            self.requests.append(form)
        threading.Thread(target=self._verify, args=(form,), daemon=True).start()

    def _verify(self, form: dict[str, str]) -> None:
        mode, callback = form["hub.mode"], form["hub.callback"]
        lease = self.grant_lease_s or int(form.get("hub.lease_seconds") or 864000)
        challenge = secrets.token_hex(8)
        params = {"hub.mode": mode, "hub.topic": form["hub.topic"], "hub.challenge": challenge}
        if mode == "subscribe":
            params["hub.lease_seconds"] = str(lease)
        answer = httpx.get(callback, params=params, timeout=5, trust_env=False)
        confirmed = answer.status_code // 100 == 2 and answer.text == challenge
        with self._lock:
            self.verifications.append((mode, answer.status_code))
            if confirmed and mode == "subscribe":
                self.subscriptions[callback] = HubSubscription(form["hub.topic"], callback, form.get("hub.secret"),
                                                               lease, verified=True)
            elif confirmed and mode == "unsubscribe":
                self.subscriptions.pop(callback, None)

    def wait_verified(self, topic: str, *, count: int = 1, timeout: float = 10.0) -> HubSubscription:
        """The topic's subscription once ``count`` subscribe verifications succeeded."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                done = sum(1 for mode, status in self.verifications if mode == "subscribe" and status == 200)
                found = [s for s in self.subscriptions.values() if s.topic == topic]
            if found and done >= count:
                return found[0]
            time.sleep(0.02)
        raise AssertionError(f"the hub verified no subscription of {topic} (verifications: {self.verifications})")

    def deny(self, subscription: HubSubscription, reason: str) -> int:
        answer = httpx.get(subscription.callback, params={"hub.mode": "denied", "hub.topic": subscription.topic,
                                                          "hub.reason": reason}, timeout=5, trust_env=False)
        return answer.status_code

    def publish(self, topic: str, body: bytes, *, secret: str | None = None, sign: bool = True,
                method: str = "sha256") -> list[int]:
        """POST ``body`` to the topic's verified callbacks; signed with each one's secret unless ``secret``
        (a forger's) or ``sign=False`` say otherwise. The callbacks' statuses."""
        with self._lock:
            targets = [s for s in self.subscriptions.values() if s.topic == topic and s.verified]
        statuses = []
        for target in targets:
            headers = {"Content-Type": "application/rss+xml"}
            key = secret or target.secret
            if sign and key:
                digest = hmac.new(key.encode(), body, getattr(hashlib, method)).hexdigest()
                headers["X-Hub-Signature"] = f"{method}={digest}"
            statuses.append(httpx.post(target.callback, content=body, headers=headers, timeout=5,
                                       trust_env=False).status_code)
        return statuses


def _handler_for(hub: LocalHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (the name http.server calls)
            length = int(self.headers.get("Content-Length") or 0)
            form = {key: values[0] for key, values in parse_qs(self.rfile.read(length).decode()).items()}
            ok = form.get("hub.mode") in ("subscribe", "unsubscribe") and "hub.callback" in form
            self.send_response(202 if ok else 400)
            self.send_header("Content-Length", "0")
            self.end_headers()
            if ok:
                hub.take(form)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
