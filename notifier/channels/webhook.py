"""The webhook channel: a JSON POST of the versioned payload (notifier/payload.py), optionally signed.

With a ``whsec_...`` secret the request is signed the Standard Webhooks way
(https://www.standardwebhooks.com): ``webhook-id`` is the idempotency key (the same on every retry),
``webhook-timestamp`` the Unix time, and ``webhook-signature`` is ``v1,`` and the base64
HMAC-SHA256 of ``{id}.{timestamp}.{body}`` keyed with the base64-decoded secret.

Outcomes: 2xx delivered; 408, 429, 5xx, timeouts and connection errors are transient (Retry-After
honoured); any other answer (4xx, a redirect) is permanent: retrying the same request cannot help.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import hashlib
import hmac
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from notifier import defaults
from notifier.channels.base import REQUIRED, Channel
from notifier.describe import clean
from notifier.digest import digest_payload
from notifier.errors import DeliveryError
from notifier.payload import group_payload, payload_bytes
from notifier.types import AlertGroup, Digest

SECRET_PREFIX = "whsec_"
TRANSIENT_STATUSES = frozenset({408, 429})  # and every 5xx: the receiver may well answer later; any other 4xx is final
# Headers claimwatch sets itself; a configured header must not replace them.
OWN_HEADERS = frozenset({"content-type", "webhook-id", "webhook-timestamp", "webhook-signature"})


class WebhookChannel(Channel):
    kind = "webhook"
    options = {
        "url": f"{REQUIRED} where to POST the JSON payload (http or https)",
        "secret": "a Standard Webhooks secret (whsec_ and base64) to sign each request with",
        "timeout_s": f"seconds the receiver has to answer (default {defaults.WEBHOOK_TIMEOUT_S:g})",
        "headers": 'extra HTTP headers, e.g. {Authorization = "Bearer ${CLAIMWATCH_HOOK_TOKEN}"}',
    }

    def configure(self) -> None:
        self.url = checked_url(self, "url")
        secret = self.str_option("secret")
        self.secret = parse_secret(self, secret) if secret else None
        self.timeout_s = self.number_option("timeout_s", defaults.WEBHOOK_TIMEOUT_S)
        self.headers = self._headers()

    def _headers(self) -> dict[str, str]:
        headers = self.config.get("headers", {})
        if not isinstance(headers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise self.fail("headers", f"must be a table of strings, not {headers!r}")
        for key, value in headers.items():
            if key.lower() in OWN_HEADERS:
                raise self.fail("headers", f"{key} is set by claimwatch itself")
            if "\r" in value or "\n" in value:
                raise self.fail("headers", f"{key} has a line break in its value")
        return dict(headers)

    async def send_group(self, group: AlertGroup, *, idempotency_key: str) -> None:
        await self._post(payload_bytes(group_payload(group)), idempotency_key)

    async def send_digest(self, digest: Digest, *, idempotency_key: str) -> None:
        await self._post(payload_bytes(digest_payload(digest, idempotency_key)), idempotency_key)

    async def _post(self, body: bytes, idempotency_key: str) -> None:
        headers = {**self.headers, **signed_headers(self.secret, idempotency_key, body)}
        await post(self.name, self.url, body, headers, self.timeout_s)


def checked_url(channel: Channel, key: str) -> str:
    url = channel.str_option(key) or ""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise channel.fail(key, f"{url!r} is not a URL: {exc}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise channel.fail(key, f"must be an http(s) URL, not {url!r}")
    return url


def parse_secret(channel: Channel, secret: str) -> bytes:
    """The key bytes of a ``whsec_<base64>`` secret (the prefix is optional, as in the reference libraries)."""
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise channel.fail("secret", "must be whsec_ followed by base64") from exc
    if len(key) < 16:  # a guessable key signs nothing; the reference libraries generate 24 to 32 bytes
        raise channel.fail("secret", "is too short: use at least 16 random bytes")
    return key


def signed_headers(
    secret: bytes | None, msg_id: str, body: bytes, *, now: float | None = None
) -> dict[str, str]:
    """Content type, id and timestamp always (the id lets receivers deduplicate); a signature with a secret."""
    timestamp = str(int(time.time() if now is None else now))
    headers = {
        "content-type": "application/json",
        "user-agent": defaults.USER_AGENT,
        "webhook-id": msg_id,
        "webhook-timestamp": timestamp,
    }
    if secret is not None:
        headers["webhook-signature"] = sign(secret, msg_id, timestamp, body)
    return headers


def sign(secret: bytes, msg_id: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


async def post(
    channel: str,
    url: str,
    body: bytes,
    headers: dict[str, str],
    timeout_s: float,
    *,
    shown_url: str | None = None,
) -> None:
    """POST ``body``; return on 2xx, else raise DeliveryError saying whether a retry can help.

    Errors name ``shown_url`` (default: the URL without query and credentials), never a secret token.
    """
    where = shown_url or safe_url(url)
    try:
        async with asyncio.timeout(timeout_s), httpx.AsyncClient(timeout=timeout_s) as client:
            response = await client.post(url, content=body, headers=headers)
    except (TimeoutError, httpx.TimeoutException) as exc:
        raise DeliveryError(channel, f"POST {where}: no answer within {timeout_s:g} s") from exc
    except httpx.HTTPError as exc:  # connection refused or reset, DNS, TLS
        raise DeliveryError(channel, f"POST {where}: {type(exc).__name__}: {exc}") from exc
    if not response.is_success:
        raise status_error(channel, where, response)


def status_error(channel: str, where: str, response: httpx.Response) -> DeliveryError:
    status = response.status_code
    transient = status in TRANSIENT_STATUSES or status >= 500
    answer = clean(response.text[: defaults.ERROR_BODY_CHARS])
    reason = f"POST {where} answered {status}" + (f": {answer}" if answer else "")
    if 300 <= status < 400:
        reason += f" (a redirect to {clean(response.headers.get('location'))}: configure the final URL)"
    retry_after = parse_retry_after(response.headers.get("retry-after")) if transient else None
    return DeliveryError(channel, reason, permanent=not transient, retry_after=retry_after)


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max((when - (now or dt.datetime.now(dt.UTC))).total_seconds(), 0.0)


def safe_url(url: str) -> str:
    """The URL without its query and credentials: webhook URLs often carry a token there."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"
