"""Push by WebSub (W3C Recommendation): the subscriber's side in the daemon.

A poll that finds a feed's hub subscribes (``after_poll``): a new row with an unguessable id (the last part of
the callback URL) and a random secret, then ``hub.mode=subscribe`` POSTed to the hub through the fetcher's
address guard. The hub verifies our intent by GETting the callback (claimwatch/web/callback.py), which makes
the subscription live for the lease granted. ``maintain`` (a daemon job) renews leases past
``WEBSUB_RENEW_AT_SHARE`` of their span, lapses the expired ones (their source is polled at once and at its
own interval again) and unsubscribes the sources no longer followed.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

import storage
from claimwatch import defaults
from claimwatch.clock import utcnow
from scraper.errors import ScraperError
from scraper.fetch.client import Fetcher
from scraper.sources import make_source
from scraper.types import SourceConfig
from storage.types import PushState, Subscription

log = logging.getLogger("claimwatch.websub")


@dataclass
class Subscriber:
    engine: Engine
    public_url: str  # [daemon] public_url, without its trailing slash
    clock: Callable[[], dt.datetime] = utcnow
    lease_s: int = defaults.WEBSUB_LEASE_S

    def callback(self, subscription_id: str) -> str:
        return f"{self.public_url}{defaults.WEBSUB_CALLBACK_PATH}{subscription_id}"

    async def after_poll(self, fetcher: Fetcher, config: SourceConfig, hub: str | None, self_url: str | None) -> None:
        """A poll found ``hub`` in the feed: subscribe unless a subscription to it stands or was tried lately."""
        if hub is None:
            return
        topic_url = self_url or config.url
        with storage.transaction(self.engine) as session:
            latest = storage.latest_subscription(session, config.name)
        if not self._wanted(latest, hub, topic_url):
            return
        with storage.transaction(self.engine) as session:
            made = storage.add_subscription(session, id=secrets.token_urlsafe(24), source=config.name,
                                            topic_url=topic_url, hub=hub, secret=secrets.token_hex(32),
                                            now=self.clock())
        log.info("subscribing %s to its hub %s (topic %s)", config.name, hub, topic_url)
        await self._ask(fetcher, made, "subscribe", config)

    def _wanted(self, latest: Subscription | None, hub: str, topic_url: str) -> bool:
        if latest is None or (latest.hub, latest.topic_url) != (hub, topic_url):
            return True  # never subscribed, or the feed names another hub or topic now
        since = (self.clock() - latest.created_at).total_seconds()
        if latest.state == PushState.DENIED:
            return since >= defaults.WEBSUB_DENIED_RETRY_S
        return latest.state == PushState.LAPSED and since >= defaults.WEBSUB_RESUBSCRIBE_S

    async def maintain(self, fetcher: Fetcher, sources: dict[str, SourceConfig], topics: list[str]) -> None:
        """Lapse what expired, renew what is due, unsubscribe ``topics``' sources no longer followed."""
        now = self.clock()
        with storage.transaction(self.engine) as session:
            lapsed = storage.lapse_subscriptions(session, now, pending_s=defaults.WEBSUB_PENDING_S)
            due = storage.renewals_due(session, now, at_share=defaults.WEBSUB_RENEW_AT_SHARE,
                                       retry_s=defaults.WEBSUB_RETRY_S)
            gone = storage.subscribed_disabled(session, topics)
        for sub in lapsed:
            log.warning("push of %s lapsed (%s): polling it at its own interval again", sub.source, sub.reason)
        for sub in due:
            if sub.source in sources:
                log.info("renewing the push of %s at %s (lease ends %s)", sub.source, sub.hub, sub.expires_at)
                await self._ask(fetcher, sub, "subscribe", sources[sub.source])
        for sub in gone:
            with storage.transaction(self.engine) as session:
                storage.end_subscription(session, sub.id, PushState.LAPSED, "unsubscribed")
            log.info("unsubscribing %s from %s: the source is no longer followed", sub.source, sub.hub)
            await self._ask(fetcher, sub, "unsubscribe")

    async def _ask(self, fetcher: Fetcher, sub: Subscription, mode: str, config: SourceConfig | None = None) -> None:
        """POST the request to the hub (with the source's own address allowance, while it has a config); the
        hub's verification GET comes later. A hub that refuses a first subscription (not 2xx) lapses it; a
        failed renewal stays live and is asked again."""
        form = {"hub.mode": mode, "hub.topic": sub.topic_url, "hub.callback": self.callback(sub.id)}
        if mode == "subscribe":
            form |= {"hub.secret": sub.secret, "hub.lease_seconds": str(self.lease_s)}
        with storage.transaction(self.engine) as session:
            storage.mark_requested(session, sub.id, self.clock())
        try:
            allow = make_source(config).allow if config is not None else ()
            status = await fetcher.post_form(sub.hub, form, allow=allow)
            error = None if 200 <= status < 300 else f"the hub answered {status}"
        except ScraperError as exc:
            error = str(exc)
        if error is None:
            return
        log.warning("WebSub %s of %s at %s failed: %s", mode, sub.source, sub.hub, error)
        if mode == "subscribe" and sub.state == PushState.PENDING:
            with storage.transaction(self.engine) as session:
                storage.end_subscription(session, sub.id, PushState.LAPSED, error)
