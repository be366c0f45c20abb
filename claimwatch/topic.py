"""Topic files: the show, the season, the people and the sources to watch (TOML)."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from claimwatch.durations import parse_duration
from claimwatch.errors import ConfigError
from scraper.types import KnownPerson, SourceConfig, Topic

DEFAULT_TOPIC = "all-of-us-are-dead"

_TOPIC_KEYS = {"slug", "title", "season", "titles", "platform", "other_shows", "people", "sources", "not_names"}
_PERSON_KEYS = {"name", "aliases", "role", "character", "character_aliases", "seasons"}
_SOURCE_KEYS = {"name", "kind", "url", "interval", "min_interval", "max_interval"}  # others: the kind's options
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
        sources=tuple(_source(s, f"sources[{i}]", where) for i, s in enumerate(data.get("sources", []))),
    )


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
    options = {k: v for k, v in data.items() if k not in _SOURCE_KEYS}
    return SourceConfig(name=str(data["name"]), kind=str(data["kind"]), url=str(data["url"]),
                        interval_s=1800 if interval is None else interval, options=options, min_interval_s=low, max_interval_s=high)


def _duration(data: dict[str, Any], name: str, key: str, where: str) -> int | None:
    """A source's interval or one of its bounds, in seconds; None when not given (interval: 30m)."""
    if name not in data:
        return 1800 if name == "interval" else None
    try:
        return int(parse_duration(data[name]))
    except ValueError as exc:
        raise ConfigError(where, key, str(exc)) from None


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
