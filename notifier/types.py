"""The notifier's plain data: an alert (one change of belief, ready to render) and a message.

An alert is built from the change dict that storage's ``ChangeRecord.to_json()`` produces, so the
notifier never imports storage. Building one never fails on a missing key: a change row written by
an older version still renders, with what it has.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from scraper.claimkinds import KINDS

CLAIM_KINDS = KINDS  # the one registry (scraper/claimkinds.py), the only module of scraper the notifier reads
CERTAINTIES = ("speculative", "reported", "official")  # weakest first
CERTAINTY_RANK = {name: rank for rank, name in enumerate(CERTAINTIES)}
CHANGE_KINDS = ("first", "value", "certainty", "withdrawn", "added", "removed", "contradiction", "corroborated",
                "status")
# Corroboration tiers, weakest first: one site or a guess; two or more independent sites; the platform said it.
TIERS = ("rumoured", "reported", "confirmed")
TIER_RANK = {name: rank for rank, name in enumerate(TIERS)}
CORROBORATED = 2  # independent sites that make a non-official value "reported" rather than "rumoured"


def derive_tier(certainty: str | None, sources: int) -> str:
    """The tier of a change row written before tiers were stored: official is confirmed, else by sources."""
    if certainty == "official":
        return "confirmed"
    return "reported" if sources >= CORROBORATED else "rumoured"


@dataclass(frozen=True)
class Evidence:
    """One sentence behind a change, with where it was read."""

    url: str
    sentence: str
    site: str | None = None
    certainty: str | None = None
    attributed_to: str | None = None
    side: str | None = None  # a contradiction's: "belief" (what is held) or "claim" (what disagrees)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Evidence:
        return cls(
            url=str(data.get("url") or ""),
            sentence=str(data.get("sentence") or ""),
            site=_opt_str(data.get("site")),
            certainty=_opt_str(data.get("certainty")),
            attributed_to=_opt_str(data.get("attributed_to")),
            side=_opt_str(data.get("side")),
        )

    def to_json(self) -> dict[str, Any]:
        data = {
            "url": self.url,
            "site": self.site,
            "sentence": self.sentence,
            "certainty": self.certainty,
            "attributed_to": self.attributed_to,
        }
        return data | ({"side": self.side} if self.side else {})


@dataclass(frozen=True)
class Alert:
    """One change of belief about a show's season, with its evidence and the show's display title.

    ``value`` and ``previous`` keep the JSON shapes of shared/CLAIMS.md (a window dict, an int, a
    person dict, "renewed"/"cancelled", or None). For a contradiction ``value`` is the new,
    disagreeing side and ``previous`` the belief it disagrees with.
    """

    id: int | str | None
    show: str
    show_title: str
    season: int | None
    kind: str
    change: str
    value: Any = field(default=None, hash=False)
    previous: Any = field(default=None, hash=False)
    certainty: str | None = None
    previous_certainty: str | None = None
    sources: int = 0
    at: dt.datetime | None = None
    urls: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    test: bool = False  # sent by `claimwatch notify-test`: says so in its subject
    tier: str = "rumoured"  # confirmed | reported | rumoured (TIERS)
    previous_tier: str | None = None  # when the ledger stores it: a change of tier says what it was
    article_id: int | None = None  # the article whose reading caused it: its changes go out as one alert

    @classmethod
    def from_change(cls, change: dict[str, Any], *, show_title: str) -> Alert:
        return cls(
            id=change.get("id"),
            show=str(change.get("show") or ""),
            show_title=show_title or str(change.get("show") or ""),
            season=_opt_int(change.get("season")),
            kind=str(change.get("kind") or ""),
            change=str(change.get("change") or ""),
            value=change.get("value"),
            previous=change.get("previous"),
            certainty=_opt_str(change.get("certainty")),
            previous_certainty=_opt_str(change.get("previous_certainty")),
            sources=_opt_int(change.get("sources")) or 0,
            at=_parse_time(change.get("at")),
            urls=tuple(str(url) for url in change.get("urls") or () if url),
            evidence=tuple(
                Evidence.from_json(e) for e in change.get("evidence") or () if isinstance(e, dict)
            ),
            test=bool(change.get("test", False)),
            tier=_tier(change),
            previous_tier=change.get("previous_tier") if change.get("previous_tier") in TIER_RANK else None,
            article_id=_opt_int(change.get("article_id")),
        )

    def to_change(self) -> dict[str, Any]:
        """The change dict again (the inverse of ``from_change``), with the show's title added."""
        return {
            "id": self.id,
            "show": self.show,
            "show_title": self.show_title,
            "season": self.season,
            "kind": self.kind,
            "change": self.change,
            "value": self.value,
            "previous": self.previous,
            "certainty": self.certainty,
            "previous_certainty": self.previous_certainty,
            "sources": self.sources,
            "at": self.at.isoformat() if self.at else None,
            "urls": list(self.urls),
            "evidence": [e.to_json() for e in self.evidence],
            "test": self.test,
            "tier": self.tier,
            "previous_tier": self.previous_tier,
            "article_id": self.article_id,
        }

    @property
    def effective_certainty(self) -> str | None:
        """The certainty that filters see: a withdrawn value has none of its own, so its former one."""
        return self.certainty or self.previous_certainty


@dataclass(frozen=True)
class Message:
    """An alert rendered for people: a one-line subject, a plain-text body and an HTML body."""

    subject: str
    text: str
    html: str


def test_alert(show_title: str) -> Alert:
    """A made-up alert for `claimwatch notify-test`: realistic in shape, marked as a test everywhere."""
    return Alert(
        id="test",
        show=_slug(show_title),
        show_title=show_title,
        season=None,
        kind="release_date",
        change="value",
        value={"start": "2099-03-01", "end": "2099-03-31", "text": "March 2099"},
        previous={"start": "2099-01-01", "end": "2099-04-30", "text": "early 2099"},
        certainty="reported",
        previous_certainty="speculative",
        sources=1,
        at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        urls=("https://example.org/claimwatch-test",),
        evidence=(
            Evidence(
                url="https://example.org/claimwatch-test",
                site="example.org",
                sentence="This is a test alert from claimwatch; no belief has changed.",
                certainty="reported",
            ),
        ),
        test=True,
        tier="reported",  # the default tier of a channel: the test reaches every channel that hears news
    )


def _tier(change: dict[str, Any]) -> str:
    """The stored tier, else derived from the certainty (a withdrawal's: the former one) and the sources."""
    stored = change.get("tier")
    if stored in TIER_RANK:
        return str(stored)
    certainty = _opt_str(change.get("certainty")) or _opt_str(change.get("previous_certainty"))
    return derive_tier(certainty, _opt_int(change.get("sources")) or 0)


def _opt_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _opt_int(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _parse_time(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "test"


test_alert.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, though its name says so


@dataclass(frozen=True)
class AlertGroup:
    """The alerts one article caused, for one channel: sent as one message. Never empty."""

    alerts: tuple[Alert, ...]

    @property
    def lead(self) -> Alert:
        return self.alerts[0]

    @property
    def ids(self) -> tuple[int | str | None, ...]:
        return tuple(alert.id for alert in self.alerts)


def group_key(alert: Alert) -> tuple[Any, ...]:
    """Alerts of one article share a key; an alert with no article (health, tests) is a group alone."""
    if alert.article_id is None:
        return ("alone", id(alert))
    return (alert.show, alert.season, alert.article_id)


def group_alerts(alerts: Sequence[Alert]) -> list[AlertGroup]:
    """The alerts gathered by article, each group where its first alert was, in their order within it."""
    groups: dict[tuple[Any, ...], list[Alert]] = {}
    for alert in alerts:
        groups.setdefault(group_key(alert), []).append(alert)
    return [AlertGroup(tuple(members)) for members in groups.values()]


@dataclass(frozen=True)
class Digest:
    """The alerts of one period for one channel, sent as one message (a channel's ``digest`` option)."""

    alerts: tuple[Alert, ...]
    start: dt.datetime
    end: dt.datetime

    @property
    def groups(self) -> list[AlertGroup]:
        """The period's alerts, those of one article together."""
        return group_alerts(self.alerts)
