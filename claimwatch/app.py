"""Opening the application: settings, topic, database (migrated) and channels, from CLI options."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import storage
from claimwatch.settings import Settings, load_settings
from claimwatch.topic import load_topic
from scraper.types import Topic

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from notifier import Channel

DEFAULT_CHANNELS = {"console": {"type": "console"}}  # with nothing configured, alerts print


@dataclass
class App:
    settings: Settings
    topic: Topic
    engine: Engine
    channels: dict[str, Channel]


def open_app(*, config: str | None = None, db: str | None = None, topic: str | None = None,
             with_channels: bool = True, read_only: bool = False) -> App:
    """``read_only`` (the query commands): the database must exist and is never written, so a
    mistyped path creates nothing and a read-only file can be queried."""
    settings = load_settings(config, db=db)
    loaded_topic = load_topic(topic or settings.topic_path)
    if read_only:
        engine = storage.open_for_queries(settings.database_url)
    else:
        engine = storage.make_engine(settings.database_url)
        storage.upgrade(engine)
    channels = build_channels(settings.channels or DEFAULT_CHANNELS) if with_channels else {}
    return App(settings, loaded_topic, engine, channels)


def build_channels(configs: dict[str, dict]) -> dict[str, Channel]:
    from notifier import make_channel  # the channels' HTTP and mail clients: only for a command that sends

    return {name: make_channel(name, config) for name, config in configs.items()}
