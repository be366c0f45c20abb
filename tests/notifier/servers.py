"""Real local servers for the channel tests, on 127.0.0.1 only.

with MailServer() as mail:                 # aiosmtpd, records every message it accepts
    mail.refuse("nobody@example.org", "550 5.1.1 no such user")
    ... send to mail.host, mail.port ...
    message = mail.messages[0]             # an email.message.EmailMessage

with WebhookReceiver(secret=SECRET) as hook:   # a threaded HTTP server, records every request; with a
                                           # secret it verifies each with the standardwebhooks library
                                           # and answers 401 to one that fails (hook.rejected)
    hook.answer(Answer(status=500), Answer(status=204))   # in turn, then the last one again
    hook.answer(Answer(hang=True))         # holds the request until the server stops
    ... POST to hook.url("/hook") ...
    hook.requests[0].json()
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

HOST = "127.0.0.1"
HANG_LIMIT_S = 10.0  # a hanging answer is released at the latest after this, or when the server stops


def free_port() -> int:
    """A port nothing listens on right now (for "server down" tests and for the SMTP controller)."""
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


# --- SMTP ---------------------------------------------------------------------------------------


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


class _MailHandler:
    def __init__(self) -> None:
        self.received: list[ReceivedMail] = []
        self.rcpt_replies: dict[str, str] = {}
        self.data_reply: str | None = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's name)
        reply = self.rcpt_replies.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.data_reply:
            return self.data_reply
        message = email.message_from_bytes(
            envelope.original_content or envelope.content, policy=email.policy.default
        )
        self.received.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        return "250 Message accepted"


class MailServer:
    """An SMTP server on 127.0.0.1 that keeps what it accepts.

    Plain by default; ``security="starttls"`` or ``"tls"`` (implicit) with ``tls`` (an
    ``ssl.SSLContext`` holding the server's certificate); ``users`` ({login: password}) makes it
    require AUTH (over TLS only, as real servers do).
    """

    def __init__(self, security: str = "none", tls: ssl.SSLContext | None = None,
                 users: dict[str, str] | None = None) -> None:
        self.host = HOST
        self.port = free_port()
        self._handler = _MailHandler()
        self.logins: list[str] = []
        options: dict[str, Any] = {}
        if security == "starttls":
            options.update(tls_context=tls, require_starttls=True)
        elif security == "tls":
            options.update(ssl_context=tls, auth_require_tls=False)  # aiosmtpd counts only STARTTLS as TLS
        if users:
            options.update(auth_required=True, authenticator=self._authenticator(users))
        self._controller = Controller(self._handler, hostname=HOST, port=self.port, **options)

    def _authenticator(self, users: dict[str, str]):
        def check(server, session, envelope, mechanism, auth_data) -> AuthResult:
            login = auth_data.login.decode() if isinstance(auth_data, LoginPassword) else ""
            ok = bool(login) and users.get(login) == auth_data.password.decode()
            if ok:
                self.logins.append(login)
            return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

        return check

    def __enter__(self) -> MailServer:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    @property
    def received(self) -> list[ReceivedMail]:
        return self._handler.received

    @property
    def messages(self) -> list[EmailMessage]:
        return [mail.message for mail in self._handler.received]

    def refuse(self, address: str, reply: str) -> None:
        """Answer RCPT TO for ``address`` with ``reply`` (e.g. "550 5.1.1 no such user")."""
        self._handler.rcpt_replies[address] = reply

    def accept_all(self) -> None:
        """Take every recipient and every message again (the end of an outage)."""
        self._handler.rcpt_replies.clear()
        self._handler.data_reply = None

    def refuse_data(self, reply: str) -> None:
        """Answer every DATA with ``reply`` (e.g. "451 4.3.0 try again later")."""
        self._handler.data_reply = reply


# --- HTTP webhooks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    hang: bool = False  # never answer (until the server stops)


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class WebhookReceiver:
    """An HTTP server on 127.0.0.1 that records each request and answers as the test says."""

    def __init__(self, secret: str | None = None) -> None:
        self.requests: list[SeenRequest] = []
        self.rejected: list[tuple[SeenRequest, str]] = []  # requests whose signature did not verify, and why
        self.accepted: list[SeenRequest] = []  # requests answered with a 2xx
        self._verifier = Webhook(secret) if secret else None
        self._answers: list[Answer] = [Answer()]
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer((HOST, 0), _handler_for(self))
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, address: None  # type: ignore[method-assign]  # a sender killed mid-request
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str = "/hook") -> str:
        return f"http://{HOST}:{self.port}{path}"

    def answer(self, *answers: Answer) -> None:
        """Answer with these in turn, then keep answering with the last one."""
        with self._lock:
            self._answers = list(answers)

    def _record(self, request: SeenRequest) -> Answer:
        with self._lock:
            self.requests.append(request)
            if self._verifier is not None:
                try:
                    self._verifier.verify(request.body, request.headers)
                except (WebhookVerificationError, ValueError) as exc:  # a bad signature, a malformed header
                    self.rejected.append((request, str(exc)))
                    return Answer(status=401, body=b"signature does not verify")
            answer = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
            if 200 <= answer.status < 300 and not answer.hang:
                self.accepted.append(request)
            return answer

    def ids(self) -> list[str]:
        """The webhook-id of each request the receiver accepted (answered 2xx), in arrival order."""
        with self._lock:
            return [r.headers.get("webhook-id", "") for r in self.accepted]


def _handler_for(receiver: WebhookReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {name.lower(): value for name, value in self.headers.items()}
            answer = receiver._record(SeenRequest("POST", self.path, headers, body))
            if answer.hang:
                receiver._stopping.wait(HANG_LIMIT_S)
                return
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep test output quiet

    return Handler
