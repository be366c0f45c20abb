"""Settings: ``claimwatch.toml`` (``--config`` or ``CLAIMWATCH_CONFIG``) plus environment variables.

A file looks like::

    topic = "path/to/topic.toml"        # optional; the bundled All of Us Are Dead S2 topic otherwise
    # or several: topics = ["a.toml", "b.toml"], or topics_dir = "topics" (every *.toml in it)

    [database]
    url = "postgresql+psycopg://claimwatch@db/claimwatch"   # or CLAIMWATCH_DATABASE_URL

    [fetch]                               # any field of scraper.fetch.settings.FetchSettings
    user_agent = "claimwatch/0.1 (+https://example.org/contact)"

    [daemon]
    deliver_interval = "20s"
    burst_polls = 2                       # extra polls a source may take an hour when news breaks; 0: none

    [storage]
    keep_bodies = "180d"                  # article texts older than this are dropped; claims stay

    [channels.mail]
    type = "email"
    host = "smtp.example.org"
    password = "${CLAIMWATCH_SMTP_PASSWORD}"   # secrets come from the environment

Every key is checked: an unknown or wrong one is a ConfigError naming the key and the file.
"""

from __future__ import annotations

import dataclasses
import os
import re
import socket
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from claimwatch import defaults
from claimwatch.durations import parse_duration
from claimwatch.errors import ConfigError
from scraper.fetch.settings import FetchSettings

_TOP_KEYS = {"topic", "topics", "topics_dir", "database", "fetch", "daemon", "channels", "health", "storage"}
_STORAGE_KEYS = {
    "keep_bodies": "how long an article's text is kept; its claims and their sentences stay for good (duration)",
}
_HEALTH_KEYS = {
    "source_failing_rounds": "failed polls in a row before a source is alerted as failing",
    "source_quiet": "how long a source that used to find articles may find none (duration)",
    "channel_failing_attempts": "failed attempts (or dead letters) before a channel is alerted as failing",
    "round_late": "how long without a completed round before the daemon is alerted as late (duration)",
    "check_interval": "how often health is checked between rounds (duration)",
}
_DAEMON_KEYS = {
    "deliver_interval": "how often due alerts are sent (duration)",
    "tick": "how often due sources are looked for (duration)",
    "feed": "an Atom feed file of the changes, rewritten after each round that changed a belief",
    "articles_per_source_round": "the most new articles one source may fetch in a round",
    "delivery_max_attempts": "attempts of one alert on one channel before it is a dead letter",
    "delivery_base_delay": "the first back-off between two attempts (duration)",
    "delivery_max_delay": "the longest back-off between two attempts (duration)",
    "extract_workers": "processes reading fetched pages off the event loop (default: cores - 1, at least 1); "
                       "0 reads them in the daemon's own process",
    "burst_polls": "extra polls a source may take an hour when another source of its topic changes a belief "
                   "(0: no bursts)",
    "public_url": "the address the hubs of feeds reach this daemon at (https://host/): with it, feeds that "
                  "name a WebSub hub push their new entries, and `run` listens for them (default: none, no push)",
    "worker": "this process's name in leases (default: host name and process id); a stable one lets a "
              "restarted daemon take back its leases at once",
}
_ENV_REF = re.compile(r"\$\{(CLAIMWATCH_[A-Z0-9_]+)\}")


@dataclass(frozen=True)
class DaemonSettings:
    deliver_interval_s: float = defaults.DELIVER_INTERVAL_S
    tick_s: float = defaults.POLL_TICK_S
    feed: str | None = None
    articles_per_source_round: int = defaults.ARTICLES_PER_SOURCE_ROUND
    delivery_max_attempts: int = defaults.DELIVERY_MAX_ATTEMPTS
    delivery_base_delay_s: float = defaults.DELIVERY_BASE_DELAY_S
    delivery_max_delay_s: float = defaults.DELIVERY_MAX_DELAY_S
    extract_workers: int = defaults.EXTRACT_WORKERS
    burst_polls: int = defaults.BURST_POLLS
    public_url: str | None = None  # where WebSub hubs reach the callback; None: no push, nothing listens
    worker: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")


@dataclass(frozen=True)
class HealthSettings:
    source_failing_rounds: int = defaults.HEALTH_SOURCE_FAILING_ROUNDS
    source_quiet_s: float = defaults.HEALTH_SOURCE_QUIET_S
    channel_failing_attempts: int = defaults.HEALTH_CHANNEL_FAILING_ATTEMPTS
    round_late_s: float = defaults.HEALTH_ROUND_LATE_S
    check_interval_s: float = defaults.HEALTH_CHECK_INTERVAL_S


@dataclass(frozen=True)
class StorageSettings:
    keep_bodies_s: float = defaults.KEEP_BODIES_S


@dataclass(frozen=True)
class Settings:
    database_url: str
    topic_paths: tuple[str, ...] = ()  # none: the bundled topic
    topics_dir: str | None = None  # where `claimwatch topics add` copies a topic file
    fetch: FetchSettings = field(default_factory=FetchSettings)
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    health: HealthSettings = field(default_factory=HealthSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    source: str = "defaults"  # where the settings came from, for messages

    @property
    def topic_path(self) -> str | None:
        """The first topic file: the one a command that reads a single topic uses."""
        return self.topic_paths[0] if self.topic_paths else None


def default_database_url() -> str:
    data_dir = Path(platformdirs.user_data_dir("claimwatch", appauthor=False))
    return f"sqlite:///{data_dir / defaults.DATABASE_FILE}"


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def load_settings(config: str | Path | None = None, *, db: str | None = None,
                  env: dict[str, str] | None = None) -> Settings:
    """Settings from ``config`` (or $CLAIMWATCH_CONFIG), the environment, and ``--db``."""
    env = dict(os.environ if env is None else env)
    path = config or env.get("CLAIMWATCH_CONFIG")
    data: dict[str, Any] = {}
    where = "defaults"
    if path:
        where = str(path)
        data = _read_toml(Path(path))
        data = _expand_env(data, env, where, "")
    _reject_unknown(data, _TOP_KEYS, where, "")
    database = _table(data, "database", where)
    _reject_unknown(database, {"url"}, where, "database.")
    url = db_url_from_option(db) if db else env.get("CLAIMWATCH_DATABASE_URL") or database.get("url")
    topics_dir = _topics_dir(data, where)
    return Settings(
        database_url=url or default_database_url(),
        topic_paths=_topic_paths(data, where, topics_dir),
        topics_dir=topics_dir,
        fetch=_fetch_settings(_table(data, "fetch", where), where),
        daemon=_daemon_settings(_table(data, "daemon", where), where),
        channels=_channels(_table(data, "channels", where), where),
        health=_health_settings(_table(data, "health", where), where),
        storage=_storage_settings(_table(data, "storage", where), where),
        source=where,
    )


def _topic_paths(data: dict[str, Any], where: str, topics_dir: str | None) -> tuple[str, ...]:
    """The topic files: ``topic`` (one), ``topics`` (a list) or every ``*.toml`` of ``topics_dir``, never two of
    them (which would win is a guess)."""
    given = [key for key in ("topic", "topics", "topics_dir") if key in data]
    if len(given) > 1:
        raise ConfigError(where, given[1], f"give one of topic, topics and topics_dir, not {' and '.join(given)}")
    if topics_dir is not None:
        return tuple(str(path) for path in sorted(Path(topics_dir).glob("*.toml")))
    if "topic" in data:
        if not isinstance(data["topic"], str):
            raise ConfigError(where, "topic", "must be the path of a topic file (several: topics = [...])")
        return (_beside(data["topic"], where),)
    topics = data.get("topics", [])
    if not isinstance(topics, list) or not all(isinstance(t, str) and t.strip() for t in topics):
        raise ConfigError(where, "topics", "must be a list of topic file paths")
    if "topics" in data and not topics:
        raise ConfigError(where, "topics", "lists no topic file")
    return tuple(_beside(topic, where) for topic in topics)


def _topics_dir(data: dict[str, Any], where: str) -> str | None:
    """A folder of topic files; it must exist, so a typo is not taken for "no topics" (an empty one: the
    bundled topic, until `claimwatch topics add` copies one in)."""
    value = data.get("topics_dir")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(where, "topics_dir", "must be the path of a folder of topic files")
    folder = _beside(value, where)
    if not Path(folder).is_dir():
        raise ConfigError(where, "topics_dir", f"{folder} is not a folder")
    return folder


def _beside(value: str, where: str) -> str:
    """A path in the settings file is read from the file's folder, not from wherever the command runs."""
    path = Path(value).expanduser()
    return str(path if path.is_absolute() or where == "defaults" else Path(where).parent / path)


def db_url_from_option(value: str) -> str:
    """``--db`` takes a file path (SQLite) or a full SQLAlchemy URL."""
    return value if "://" in value else sqlite_url(value)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), None, f"cannot read settings file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, f"not valid TOML: {exc}") from None


def _expand_env(value: Any, env: dict[str, str], where: str, key: str) -> Any:
    """Replace ``${CLAIMWATCH_X}`` with the environment's value, so secrets stay out of files."""
    if isinstance(value, dict):
        return {k: _expand_env(v, env, where, f"{key}.{k}" if key else k) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand_env(v, env, where, key) for v in value]
    if isinstance(value, str):
        def lookup(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in env:
                raise ConfigError(where, key, f"refers to the environment variable {name}, which is not set")
            return env[name]
        return _ENV_REF.sub(lookup, value)
    return value


def _table(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(where, key, "must be a table ([" + key + "])")
    return value


def _reject_unknown(data: dict[str, Any], known: set[str] | dict[str, str], where: str, prefix: str) -> None:
    for key in data:
        if key not in known:
            raise ConfigError(where, prefix + key, f"unknown key (known: {', '.join(sorted(known))})")


def _fetch_settings(data: dict[str, Any], where: str) -> FetchSettings:
    known = {f.name: f for f in dataclasses.fields(FetchSettings)}
    _reject_unknown(data, set(known), where, "fetch.")
    values: dict[str, Any] = {}
    for key, value in data.items():
        default = getattr(FetchSettings(), key)
        values[key] = _coerce(value, default, where, f"fetch.{key}")
    return FetchSettings(**values)


def _coerce(value: Any, default: Any, where: str, key: str) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(where, key, f"must be true or false, got {value!r}")
        return value
    if isinstance(default, int | float):
        if isinstance(value, bool):
            raise ConfigError(where, key, f"must be a number, got {value!r}")
        try:
            number = parse_duration(value) if key.endswith("_s") else float(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(where, key, f"must be a number: {exc}") from None
        if number < 0:
            raise ConfigError(where, key, f"must not be negative, got {value!r}")
        return int(number) if isinstance(default, int) else number
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(where, key, "must be a list of strings")
        return tuple(value)
    if isinstance(default, str) and not isinstance(value, str):
        raise ConfigError(where, key, f"must be a string, got {value!r}")
    return value


def _duration(data: dict[str, Any], key: str, default: float, where: str, section: str) -> float:
    """A duration setting, longer than 0s: an interval of 0 would spin."""
    if key not in data:
        return default
    try:
        seconds = parse_duration(data[key])
    except ValueError as exc:
        raise ConfigError(where, f"{section}.{key}", str(exc)) from None
    if seconds <= 0:
        raise ConfigError(where, f"{section}.{key}", f"must be longer than 0s, got {data[key]!r}")
    return seconds


def _count(data: dict[str, Any], key: str, default: int, where: str, section: str, *, least: int = 1) -> int:
    """A whole number of at least ``least`` (attempts, rounds, articles; workers, where 0 means none)."""
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        raise ConfigError(where, f"{section}.{key}", f"must be a whole number of at least {least}, got {value!r}")
    return value


def _daemon_settings(data: dict[str, Any], where: str) -> DaemonSettings:
    _reject_unknown(data, _DAEMON_KEYS, where, "daemon.")
    base = DaemonSettings()
    worker = data.get("worker", base.worker)
    if not isinstance(worker, str) or not worker.strip():
        raise ConfigError(where, "daemon.worker", f"must be a non-empty string, got {worker!r}")
    return dataclasses.replace(
        base,
        deliver_interval_s=_duration(data, "deliver_interval", base.deliver_interval_s, where, "daemon"),
        tick_s=_duration(data, "tick", base.tick_s, where, "daemon"),
        feed=_feed_path(data.get("feed"), where),
        articles_per_source_round=_count(data, "articles_per_source_round", base.articles_per_source_round,
                                         where, "daemon"),
        delivery_max_attempts=_count(data, "delivery_max_attempts", base.delivery_max_attempts, where, "daemon"),
        delivery_base_delay_s=_duration(data, "delivery_base_delay", base.delivery_base_delay_s, where, "daemon"),
        delivery_max_delay_s=_duration(data, "delivery_max_delay", base.delivery_max_delay_s, where, "daemon"),
        extract_workers=_count(data, "extract_workers", base.extract_workers, where, "daemon", least=0),
        burst_polls=_count(data, "burst_polls", base.burst_polls, where, "daemon", least=0),
        public_url=_public_url(data.get("public_url"), where),
        worker=worker,
    )


def _public_url(value: Any, where: str) -> str | None:
    """An absolute http(s) URL with a host, kept without its trailing slash (the callback's path follows)."""
    if value is None:
        return None
    parts = urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ConfigError(where, "daemon.public_url", f"must be an absolute http(s) URL such as "
                                                      f"https://claimwatch.example.org/, got {value!r}")
    return value.rstrip("/")


def _feed_path(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(where, "daemon.feed", "must be the path of the feed file to write")
    if where != "defaults" and not Path(value).expanduser().is_absolute():
        return str(Path(where).parent / Path(value).expanduser())
    return str(Path(value).expanduser())


def _health_settings(data: dict[str, Any], where: str) -> HealthSettings:
    _reject_unknown(data, _HEALTH_KEYS, where, "health.")
    base = HealthSettings()
    return HealthSettings(
        source_failing_rounds=_count(data, "source_failing_rounds", base.source_failing_rounds, where, "health"),
        source_quiet_s=_duration(data, "source_quiet", base.source_quiet_s, where, "health"),
        channel_failing_attempts=_count(data, "channel_failing_attempts", base.channel_failing_attempts,
                                        where, "health"),
        round_late_s=_duration(data, "round_late", base.round_late_s, where, "health"),
        check_interval_s=_duration(data, "check_interval", base.check_interval_s, where, "health"),
    )


def _storage_settings(data: dict[str, Any], where: str) -> StorageSettings:
    _reject_unknown(data, _STORAGE_KEYS, where, "storage.")
    return StorageSettings(keep_bodies_s=_duration(data, "keep_bodies", defaults.KEEP_BODIES_S, where, "storage"))


def _channels(data: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
    channels = {}
    for name, config in data.items():
        if not isinstance(config, dict) or "type" not in config:
            raise ConfigError(where, f"channels.{name}", "needs a type (console, email, webhook, ...)")
        channels[name] = dict(config)
    return channels
