"""The channel registry: every kind of channel is a subclass with ``kind`` and documented ``options``.

A subclass registers itself by setting ``kind``; ``options`` maps each config key it reads to a
one-line doc, and a doc starting with ``REQUIRED`` marks a key that must be given. Every channel
also takes the filter keys in ``FILTER_OPTIONS``. Unknown keys fail at start-up naming the channel
and the key, so a typo never silently drops alerts.

A channel hears the tiers from its ``tier`` up (default ``reported``: two independent sites, or the
platform), and a contradiction of the current belief whatever its tier. The changes one article
caused reach it as one ``AlertGroup`` (``send_group``); ``send`` is a group of one.
"""

from __future__ import annotations

from typing import Any, ClassVar

from notifier.baseline import is_baseline
from notifier.errors import ChannelConfigError, DeliveryError
from notifier.render import HEALTH_KIND
from notifier.types import (
    CERTAINTIES,
    CERTAINTY_RANK,
    CLAIM_KINDS,
    TIER_RANK,
    TIERS,
    Alert,
    AlertGroup,
    Digest,
)

REQUIRED = "(required)"  # the start of an option's doc when the key must be given

FILTER_OPTIONS = {
    "type": f"{REQUIRED} the kind of channel: console, email, webhook, slack, discord or apprise",
    "kinds": 'claim kinds to send, e.g. ["release_date", "cast"]; default: all',
    "min_certainty": "the least certainty to send: speculative (default), reported or official",
    "tier": "the lowest tier to send: rumoured, reported (default) or confirmed; "
            "a contradiction of the current belief is sent whatever its tier",
    "shows": "show slugs to send (a source's health alerts too); default: all",
    "digest": 'one message per period instead of one per alert: "hourly", "daily", "weekly" or seconds',
    "health": "also send health alerts (a source or channel failing, the daemon late): true or false",
    "link": "where a message shortened to the channel's size limit points for the rest (default: the article)",
}
DIGEST_PERIODS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400}
DEFAULT_TIER = "reported"  # one site's word is a rumour: heard once a second site (or the platform) says it
ALWAYS_HEARD = frozenset({"contradiction"})  # changes that pass the tier filter: news against the belief

REGISTRY: dict[str, type[Channel]] = {}


class Channel:
    """A place alerts go. Subclasses read their options in ``configure`` and deliver in ``send``."""

    kind: ClassVar[str]
    options: ClassVar[dict[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "kind" in cls.__dict__:
            REGISTRY[cls.kind] = cls

    def __init__(self, name: str, config: dict[str, Any]) -> None:
        self.name = name
        self.config = dict(config)
        self._check_keys()
        self.kinds = self._kinds()
        self.min_certainty = self._min_certainty()
        self.tier = self._tier()
        self.shows = frozenset(self.str_list("shows")) if "shows" in self.config else None
        self.digest_s = self._digest()
        self.health = self._flag("health")
        self.link = self.str_option("link")
        self.configure()

    def configure(self) -> None:
        """Read and check the kind's own options (subclasses)."""

    def accepts(self, alert: Alert) -> bool:
        """Whether this channel's filters let the alert through; health alerts only where opted in, but a
        season's initial state wherever news of its show is heard (a channel of no kinds hears none)."""
        if is_baseline(alert):
            return (self.shows is None or alert.show in self.shows) and self.kinds != frozenset()
        if alert.kind == HEALTH_KIND:
            return self.health
        if self.kinds is not None and alert.kind not in self.kinds:
            return False
        if self.shows is not None and alert.show not in self.shows:
            return False
        if not self.hears_tier(alert):
            return False
        certainty = alert.effective_certainty
        return certainty is None or CERTAINTY_RANK.get(certainty, 0) >= self.min_certainty

    def hears_tier(self, alert: Alert) -> bool:
        """At least the channel's tier, or a contradiction (a rumour against the belief is news)."""
        return alert.change in ALWAYS_HEARD or TIER_RANK.get(alert.tier, 0) >= self.tier

    async def send(self, alert: Alert, *, idempotency_key: str) -> None:
        """Deliver one alert alone; raise DeliveryError (naming this channel) when it cannot."""
        await self.send_group(AlertGroup((alert,)), idempotency_key=idempotency_key)

    async def send_group(self, group: AlertGroup, *, idempotency_key: str) -> None:
        """Deliver the changes one article caused as one message (subclasses); raise DeliveryError when it cannot."""
        raise NotImplementedError

    async def send_digest(self, digest: Digest, *, idempotency_key: str) -> None:
        """Deliver the alerts of one period as one message (subclasses)."""
        raise DeliveryError(self.name, f"a {self.kind} channel cannot send digests", permanent=True)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    # --- reading options ------------------------------------------------------------------------

    def fail(self, key: str, reason: str) -> ChannelConfigError:
        return ChannelConfigError(self.name, key, reason)

    def str_option(self, key: str, default: str | None = None) -> str | None:
        value = self.config.get(key, default)
        if value is not None and not isinstance(value, str):
            raise self.fail(key, f"must be a string, not {value!r}")
        return value

    def number_option(self, key: str, default: float) -> float:
        value = self.config.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise self.fail(key, f"must be a positive number, not {value!r}")
        return float(value)

    def str_list(self, key: str) -> list[str]:
        """A list of strings; a single string is a list of one ("to" with one address)."""
        value = self.config.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, f"must be a list of strings, not {value!r}")
        return [v.strip() for v in value]

    def _flag(self, key: str) -> bool:
        value = self.config.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, not {value!r}")
        return value

    def _digest(self) -> float | None:
        value = self.config.get("digest")
        if value is None:
            return None
        seconds = DIGEST_PERIODS.get(value) if isinstance(value, str) else value
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds <= 0:
            known = ", ".join(DIGEST_PERIODS)
            raise self.fail("digest", f"must be {known} or a number of seconds, not {value!r}")
        return float(seconds)

    def _check_keys(self) -> None:
        known = {**FILTER_OPTIONS, **self.options}
        for key in self.config:
            if key not in known:
                raise self.fail(
                    key, f"unknown option for a {self.kind} channel; known: {', '.join(sorted(known))}"
                )
        for key, doc in self.options.items():
            if doc.startswith(REQUIRED) and self.config.get(key) in (None, "", []):
                raise self.fail(key, f"is required for a {self.kind} channel: {doc[len(REQUIRED) :].strip()}")

    def _kinds(self) -> frozenset[str] | None:
        if self.config.get("kinds", "all") == "all":
            return None
        kinds = self.str_list("kinds")
        unknown = [kind for kind in kinds if kind not in CLAIM_KINDS]
        if unknown:
            raise self.fail("kinds", f"unknown claim kind {unknown[0]!r}; known: {', '.join(CLAIM_KINDS)}")
        return frozenset(kinds)

    def _tier(self) -> int:
        value = self.config.get("tier", DEFAULT_TIER)
        if value not in TIER_RANK:
            raise self.fail("tier", f"must be one of {', '.join(TIERS)}, not {value!r}")
        return TIER_RANK[value]

    def _min_certainty(self) -> int:
        value = self.config.get("min_certainty", CERTAINTIES[0])
        if value not in CERTAINTY_RANK:
            raise self.fail("min_certainty", f"must be one of {', '.join(CERTAINTIES)}, not {value!r}")
        return CERTAINTY_RANK[value]


def make_channel(name: str, config: dict[str, Any]) -> Channel:
    """The channel of kind ``config["type"]``, its options checked."""
    kind = config.get("type")
    if kind not in REGISTRY:
        known = ", ".join(sorted(REGISTRY))
        raise ChannelConfigError(name, "type", f"unknown channel type {kind!r}; known: {known}")
    return REGISTRY[kind](name, config)
