"""Topic files: the show, the season, the people and the sources to watch (TOML)."""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from claimwatch import defaults
from claimwatch.durations import parse_duration
from claimwatch.errors import ConfigError
from scraper.types import KnownPerson, SourceConfig, Topic

DEFAULT_TOPIC = "all-of-us-are-dead"

_TOPIC_KEYS = {"slug", "title", "season", "titles", "platform", "other_shows", "people", "sources", "not_names"}
_PERSON_KEYS = {"name", "aliases", "role", "character", "character_aliases", "seasons"}
_SOURCE_KEYS = {"name", "kind", "url", "interval", "min_interval", "max_interval", "adaptive"}  # others: the kind's options
_ROLES = {"cast", "director", "writer", "creator"}


def load_topic(path: str | Path | None = None) -> Topic:
    """The topic in ``path``, or the bundled default topic when ``path`` is None."""
    if path is None:
        text = resources.files("claimwatch.topics").joinpath(f"{DEFAULT_TOPIC}.toml").read_text("utf-8")
        where = f"built-in topic {DEFAULT_TOPIC}"
    else:
        where = str(path)
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ConfigError(where, None, f"cannot read topic file: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(where, None, f"not valid TOML: {exc}") from None
    return topic_from_dict(data, where)


def load_topics(paths: tuple[str, ...] | list[str]) -> tuple[Topic, ...]:
    """The topics of these files (the bundled one when there are none); two files of one slug are refused,
    as a show's claims and sources are kept under its slug."""
    if not paths:
        return (load_topic(None),)
    topics: dict[str, tuple[Topic, str]] = {}
    for path in paths:
        topic = load_topic(path)
        if topic.slug in topics:
            raise ConfigError(str(path), "slug", f"{topic.slug!r} is already the slug of {topics[topic.slug][1]}")
        topics[topic.slug] = (topic, str(path))
    return tuple(topic for topic, _ in topics.values())


def add_topic_file(path: str | Path, folder: str | None, followed: tuple[Topic, ...]) -> tuple[Topic, Path]:
    """Check the topic file at ``path`` and copy it into ``folder`` (the settings' topics_dir): a file that
    would fail the next start, or take a followed show's slug, is refused before it is copied."""
    if folder is None:
        raise ConfigError(str(path), None, "no topics_dir in the settings: set one to add topics to it")
    topic = load_topic(path)
    target = Path(folder) / Path(path).name
    for other in followed:
        if other.slug == topic.slug:
            raise ConfigError(str(path), "slug", f"{topic.slug!r} is already followed")
    if target.exists():
        raise ConfigError(str(path), None, f"{target} exists already")
    shutil.copyfile(path, target)
    return topic, target


def namespaced(topic: Topic) -> Topic:
    """The topic with its sources named ``slug/name``: two topics may each have a "variety" source, and one
    topic's daemon must never take another's sources for its own."""
    return replace(topic, sources=tuple(replace(source, name=f"{topic.slug}/{source.name}")
                                        for source in topic.sources))


def bare_name(name: str) -> str:
    """A source's name as its topic file writes it."""
    return name.partition("/")[2] or name


def topic_from_dict(data: dict[str, Any], where: str) -> Topic:
    _reject_unknown(data, _TOPIC_KEYS, where, "")
    for key in ("slug", "title", "season"):
        if key not in data:
            raise ConfigError(where, key, "is required")
    if not isinstance(data["season"], int) or data["season"] < 1:
        raise ConfigError(where, "season", f"must be a season number, got {data['season']!r}")
    return Topic(
        slug=_text(data, "slug", where),
        title=_text(data, "title", where),
        season=data["season"],
        titles=_texts(data, "titles", where),
        platform=_texts(data, "platform", where),
        other_shows=_texts(data, "other_shows", where),
        not_names=_texts(data, "not_names", where),
        people=tuple(_person(p, f"people[{i}]", where) for i, p in enumerate(data.get("people", []))),
        sources=_sources(data.get("sources", []), where),
    )


def _sources(items: Any, where: str) -> tuple[SourceConfig, ...]:
    if not isinstance(items, list):
        raise ConfigError(where, "sources", "must be a list of [[sources]] tables")
    sources = tuple(_source(s, f"sources[{i}]", where) for i, s in enumerate(items))
    seen: dict[str, int] = {}
    for i, source in enumerate(sources):
        if source.name in seen:
            raise ConfigError(where, f"sources[{i}].name",
                              f"{source.name!r} is already the name of sources[{seen[source.name]}]")
        seen[source.name] = i
    return sources


def _person(data: Any, key: str, where: str) -> KnownPerson:
    if not isinstance(data, dict) or "name" not in data:
        raise ConfigError(where, key, "each person needs a name")
    _reject_unknown(data, _PERSON_KEYS, where, key + ".")
    role = data.get("role", "cast")
    if role not in _ROLES:
        raise ConfigError(where, f"{key}.role", f"must be one of {', '.join(sorted(_ROLES))}, got {role!r}")
    return KnownPerson(
        name=_text(data, "name", where, key),
        aliases=_texts(data, "aliases", where, key),
        role=role,
        character=data.get("character"),
        character_aliases=_texts(data, "character_aliases", where, key),
        seasons=tuple(data.get("seasons", ())),
    )


def _source(data: Any, key: str, where: str) -> SourceConfig:
    if not isinstance(data, dict):
        raise ConfigError(where, key, "must be a table")
    for required in ("name", "kind", "url"):
        if required not in data:
            raise ConfigError(where, f"{key}.{required}", "is required")
    interval, low, high = (_duration(data, name, f"{key}.{name}", where)
                           for name in ("interval", "min_interval", "max_interval"))
    for text_key in ("name", "kind"):
        _text(data, text_key, where, key)
    options = {k: v for k, v in data.items() if k not in _SOURCE_KEYS}
    adaptive = data.get("adaptive", True)
    if not isinstance(adaptive, bool):
        raise ConfigError(where, f"{key}.adaptive", f"must be true or false, got {adaptive!r}")
    config = SourceConfig(name=data["name"], kind=data["kind"], url=_web_url(data["url"], f"{key}.url", where),
                          interval_s=defaults.SOURCE_INTERVAL_S if interval is None else interval, options=options,
                          min_interval_s=low, max_interval_s=high, adaptive=adaptive)
    _check_kind(config, key, where)
    return config


def _web_url(value: Any, key: str, where: str) -> str:
    """A source is fetched over the web: http or https, with a host (file:// would read local files)."""
    parts = urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(where, key, f"must be an http:// or https:// URL, got {value!r}")
    return value


def _check_kind(config: SourceConfig, key: str, where: str) -> None:
    """The kind exists and takes these options (a listing's selector parses): a wrong one fails at load,
    not in every round."""
    from scraper.sources import SourceConfigError, make_source  # the fetcher's import is paid only here

    try:
        make_source(config)
    except SourceConfigError as exc:
        raise ConfigError(where, f"{key}.{exc.key or 'kind'}", exc.reason) from None


def _duration(data: dict[str, Any], name: str, key: str, where: str) -> int | None:
    """A source's interval or one of its bounds, in seconds; None when not given (interval: 30m)."""
    if name not in data:
        return defaults.SOURCE_INTERVAL_S if name == "interval" else None
    try:
        seconds = int(parse_duration(data[name]))
    except ValueError as exc:
        raise ConfigError(where, key, str(exc)) from None
    if seconds <= 0:
        raise ConfigError(where, key, f"must be longer than 0s, got {data[name]!r}")
    return seconds


def _reject_unknown(data: dict[str, Any], known: set[str], where: str, prefix: str) -> None:
    for key in data:
        if key not in known:
            raise ConfigError(where, prefix + key, f"unknown key (known: {', '.join(sorted(known))})")


def _text(data: dict[str, Any], key: str, where: str, prefix: str = "") -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(where, f"{prefix}.{key}" if prefix else key, f"must be a non-empty string, got {value!r}")
    return value


def _texts(data: dict[str, Any], key: str, where: str, prefix: str = "") -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"{prefix}.{key}" if prefix else key, "must be a list of strings")
    return tuple(value)
