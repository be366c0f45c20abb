"""The Apprise channel: alerts to the many services Apprise knows (Telegram, ntfy, Matrix, Teams, …).

An optional extra (``pip install 'claimwatch[apprise]'``): each URL of ``urls`` is an Apprise URL
(https://github.com/caronc/apprise/wiki), e.g. ``ntfys://ntfy.sh/my-topic`` or
``json://127.0.0.1:8080/hook``. Each alert is one notification, its title the subject, its body the
plain-text message. Apprise says only that a service failed, not whether it could succeed later,
so every failure is retried (with the usual back-off) until the alert is a dead letter.
The URLs carry the services' tokens: errors name only each URL's scheme.
"""

from __future__ import annotations

import logging
from typing import Any

from notifier.channels.base import REQUIRED, Channel
from notifier.describe import clean
from notifier.digest import render_digest
from notifier.errors import DeliveryError
from notifier.group import render_group
from notifier.types import AlertGroup, Digest, Message


class AppriseChannel(Channel):
    kind = "apprise"
    options = {
        "urls": f"{REQUIRED} Apprise URLs, one or a list (they hold tokens: use ${{CLAIMWATCH_...}})",
        "timeout_s": "seconds all the services together have to answer (default: Apprise's own)",
    }

    def configure(self) -> None:
        try:
            import apprise
        except ImportError as exc:
            raise self.fail("type", "needs the apprise extra: pip install 'claimwatch[apprise]'") from exc
        self.urls = self.str_list("urls")
        self.timeout_s = self.number_option("timeout_s", 1.0) if "timeout_s" in self.config else 0.0
        self.notifier = apprise.Apprise()
        for url in self.urls:
            if not self.notifier.add(url):
                raise self.fail("urls", f"Apprise does not know the URL {_scheme(url)}…")

    async def send_group(self, group: AlertGroup, *, idempotency_key: str) -> None:
        await self._notify(render_group(group))

    async def send_digest(self, digest: Digest, *, idempotency_key: str) -> None:
        await self._notify(render_digest(digest))

    async def _notify(self, message: Message) -> None:
        import apprise

        problems: list[str] = []

        def keep(entry: Any, _service: Any) -> None:
            problems.append(clean(entry.message))

        result = await self.notifier.async_notify(
            body=message.text, title=message.subject, body_format=apprise.NotifyFormat.TEXT,
            timeout=self.timeout_s, log_callback=keep, log_level=logging.WARNING)
        if not result:
            services = ", ".join(_scheme(url) for url in self.urls)
            reason = "; ".join(problems[-2:]) or "a service failed"
            raise DeliveryError(self.name, f"Apprise ({services}): {reason}")


def _scheme(url: str) -> str:
    return url.partition("://")[0] + "://" if "://" in url else "an unreadable URL"
