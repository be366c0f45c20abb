"""The email channel: one multipart/alternative message (text and HTML) per alert, over SMTP.

The standard library's smtplib runs in a thread so the delivery loop stays responsive. The
Message-ID is derived from the idempotency key, so a retried alert carries the same Message-ID and a
receiver can drop the duplicate. 4xx replies, 421 and connection failures are transient; other 5xx
replies (a refused recipient, a bad password) are permanent.
"""

from __future__ import annotations

import asyncio
import html
import re
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from notifier import defaults
from notifier.channels.base import REQUIRED, Channel
from notifier.digest import render_digest
from notifier.errors import DeliveryError
from notifier.group import render_group
from notifier.shorten import link_for, shorten
from notifier.types import AlertGroup, Digest, Message

SECURITY_MODES = ("starttls", "tls", "none")
_MSG_ID_UNSAFE = re.compile(r"[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]")  # dot-atom characters of RFC 5322


class EmailChannel(Channel):
    kind = "email"
    options = {
        "host": f"{REQUIRED} the SMTP server",
        "port": "the SMTP port; default 587 for starttls, 465 for tls, 25 for none",
        "security": "starttls (default), tls (implicit TLS) or none (plain, for a local relay)",
        "username": "login name, when the server wants one",
        "password": "login password; put it in the environment: ${CLAIMWATCH_SMTP_PASSWORD}",
        "from": f'{REQUIRED} the sender, e.g. "claimwatch <alerts@example.org>"',
        "to": f"{REQUIRED} the recipients: an address or a list of them",
        "timeout_s": f"seconds to wait for the server (default {defaults.SMTP_TIMEOUT_S:g})",
        "max_chars": f"a longer body is shortened with a link (default {defaults.EMAIL_MAX_CHARS})",
        "ca_file": "a PEM file of the CA that signed the server's certificate (a private relay); "
                   "default: the system's CAs",
    }

    def configure(self) -> None:
        self.host = self.str_option("host") or ""
        self.security = self.str_option("security", defaults.SMTP_SECURITY) or ""
        if self.security not in SECURITY_MODES:
            raise self.fail("security", f"must be one of {', '.join(SECURITY_MODES)}, not {self.security!r}")
        self.port = self._port()
        self.username = self.str_option("username")
        self.password = self.str_option("password")
        if bool(self.username) != bool(self.password):
            raise self.fail("password" if self.username else "username", "username and password go together")
        self.sender = self.str_option("from") or ""
        self.envelope_from = self._address("from", self.sender)
        self.recipients = [self._address("to", to) for to in self.str_list("to")]
        self.timeout_s = self.number_option("timeout_s", defaults.SMTP_TIMEOUT_S)
        self.max_chars = int(self.number_option("max_chars", defaults.EMAIL_MAX_CHARS))
        self.ca_file = self.str_option("ca_file")
        if self.ca_file:
            try:
                self._tls_context()
            except (OSError, ssl.SSLError) as exc:
                raise self.fail("ca_file", f"cannot read {self.ca_file!r}: {exc}") from exc

    def _port(self) -> int:
        port = self.config.get("port", defaults.SMTP_PORTS[self.security])
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise self.fail("port", f"must be a port number, not {port!r}")
        return port

    def _address(self, key: str, value: str) -> str:
        _, address = parseaddr(value)
        if "\r" in value or "\n" in value or "@" not in address or any(ch in address for ch in "\r\n "):
            raise self.fail(key, f"{value!r} is not an email address")
        return address

    async def send_group(self, group: AlertGroup, *, idempotency_key: str) -> None:
        rendered = fit_message(render_group(group), self.max_chars, link_for(group.alerts, self.link))
        ids = group.lead.id if len(group.alerts) == 1 else ",".join(str(i) for i in group.ids)
        message = build_email(rendered, sender=self.sender, recipients=self.recipients,
                              idempotency_key=idempotency_key, change=ids)
        await asyncio.to_thread(self._deliver, message)

    async def send_digest(self, digest: Digest, *, idempotency_key: str) -> None:
        rendered = fit_message(render_digest(digest), self.max_chars, link_for(digest.alerts, self.link))
        message = build_email(rendered, sender=self.sender, recipients=self.recipients,
                              idempotency_key=idempotency_key, change=",".join(str(a.id) for a in digest.alerts))
        await asyncio.to_thread(self._deliver, message)

    def _deliver(self, message: EmailMessage) -> None:
        try:
            with self._connect() as smtp:
                refused = smtp.send_message(message, from_addr=self.envelope_from, to_addrs=self.recipients)
        except smtplib.SMTPRecipientsRefused as exc:
            raise self._refused(exc.recipients, delivered=False) from exc
        except smtplib.SMTPResponseException as exc:
            raise self._reply_error(exc.smtp_code, exc.smtp_error) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError(self.name, f"{self._where()}: {exc}", permanent=True) from exc
        except ssl.SSLCertVerificationError as exc:
            raise DeliveryError(
                self.name, f"{self._where()}: TLS certificate refused: {exc.verify_message}", permanent=True
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:  # refused, reset, timed out, DNS, TLS handshake
            raise DeliveryError(self.name, f"{self._where()}: {_describe_os_error(exc)}") from exc
        if refused:
            raise self._refused(refused, delivered=True)

    def _tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file)

    def _connect(self) -> smtplib.SMTP:
        context = self._tls_context()
        if self.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout_s, context=context
            )
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
        try:
            smtp.ehlo()
            if self.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if self.username and self.password:
                smtp.login(self.username, self.password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _where(self) -> str:
        return f"SMTP {self.host}:{self.port}"

    def _reply_error(self, code: int, text: bytes | str) -> DeliveryError:
        reply = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return DeliveryError(
            self.name, f"{self._where()} answered {code} {reply}", permanent=is_permanent(code)
        )

    def _refused(self, refused: dict, *, delivered: bool) -> DeliveryError:
        """Some or all recipients refused: permanent only if every refusal was a permanent one."""
        codes = [code for code, _ in refused.values()]
        who = ", ".join(f"{address} ({code})" for address, (code, _) in sorted(refused.items()))
        sent = "delivered to the others but " if delivered else ""
        return DeliveryError(
            self.name,
            f"{self._where()}: {sent}refused {who}",
            permanent=all(is_permanent(code) for code in codes),
        )


def is_permanent(code: int) -> bool:
    """5xx replies are permanent failures (RFC 5321), except 421, which closes a busy server's door."""
    return 500 <= code < 600 and code != 421


def fit_message(message: Message, limit: int, link: str | None) -> Message:
    """A body over ``limit`` characters shortened with a link; its HTML is then the shortened text."""
    if len(message.text) <= limit and len(message.html) <= limit:
        return message
    text = shorten(message.text.splitlines(), limit, link)
    page = f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><pre>{html.escape(text)}</pre>'
    return Message(subject=message.subject, text=text + "\n", html=page + "</body></html>\n")


def build_email(rendered: Message, *, sender: str, recipients: list[str], idempotency_key: str,
                change: object = None) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = rendered.subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id(idempotency_key)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: vacation responders must not answer
    message["X-Claimwatch-Change"] = str(change if change is not None else "")
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


def message_id(idempotency_key: str) -> str:
    """``<key@claimwatch>``: the same key gives the same Message-ID, so receivers can deduplicate."""
    return f"<{_MSG_ID_UNSAFE.sub('-', idempotency_key) or 'alert'}@claimwatch>"


def _describe_os_error(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"server disconnected: {exc}"
    return f"{type(exc).__name__}: {exc}"
