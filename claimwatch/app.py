"""Opening the application: settings, topic, database (migrated) and channels, from CLI options."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import storage
from claimwatch.settings import Settings, load_settings
from claimwatch.topic import load_topics, namespaced
from scraper.types import Topic

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from notifier import Channel

DEFAULT_CHANNELS = {"console": {"type": "console"}}  # with nothing configured, alerts print


@dataclass
class App:
    settings: Settings
    topics: tuple[Topic, ...]  # their sources named slug/name (claimwatch.topic.namespaced)
    engine: Engine
    channels: dict[str, Channel]
    listed_in: str  # the file naming the topics: a topic it no longer names has its sources disabled

    @property
    def topic(self) -> Topic:
        """The first topic: the one a command about a single show reads."""
        return self.topics[0]


def open_app(*, config: str | None = None, db: str | None = None, topic: str | None = None,
             with_channels: bool = True, read_only: bool = False) -> App:
    """``topic`` (--topic) stands for the settings' topics. ``read_only`` (the query commands): the database must exist and is never written, so a
    mistyped path creates nothing and a read-only file can be queried."""
    settings = load_settings(config, db=db)
    topics = _topics(settings, topic)
    if read_only:
        engine = storage.open_for_queries(settings.database_url)
    else:
        engine = storage.make_engine(settings.database_url)
        storage.upgrade(engine)
    channels = build_channels(settings.channels or DEFAULT_CHANNELS) if with_channels else {}
    return App(settings, topics, engine, channels, listed_in=_listed_in(settings, topic))


def reload_app(app: App, *, config: str | None, db: str | None, topic: str | None) -> App:
    """The settings, topics and channels read again, on the database already open (the daemon's SIGHUP)."""
    settings = load_settings(config, db=db)
    topics = _topics(settings, topic)
    return App(settings, topics, app.engine, build_channels(settings.channels or DEFAULT_CHANNELS),
               listed_in=app.listed_in)


def _listed_in(settings: Settings, topic: str | None) -> str:
    """The file that names the topics, as one absolute path: `--config x.toml` and `--config ./x.toml` are one."""
    named_by = topic or settings.source
    return named_by if named_by == "defaults" else str(Path(named_by).resolve())


def _topics(settings: Settings, topic: str | None) -> tuple[Topic, ...]:
    return tuple(namespaced(loaded) for loaded in load_topics((topic,) if topic else settings.topic_paths))


def build_channels(configs: dict[str, dict]) -> dict[str, Channel]:
    from notifier import make_channel  # the channels' HTTP and mail clients: only for a command that sends

    return {name: make_channel(name, config) for name, config in configs.items()}
