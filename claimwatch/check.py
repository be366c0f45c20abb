"""`claimwatch check`: everything a start would load (settings, topic, channels), each part's
verdict as one line, so a wrong file is found before the daemon runs."""

from __future__ import annotations

from dataclasses import dataclass

from claimwatch.errors import ConfigError
from notifier.errors import ChannelConfigError


@dataclass(frozen=True)
class Finding:
    ok: bool
    line: str


def check_config(config: str | None) -> list[Finding]:
    from claimwatch.settings import load_settings

    try:
        settings = load_settings(config)
    except ConfigError as exc:
        return [Finding(False, f"settings: {exc}")]
    found = [Finding(True, f"settings: {settings.source}: ok")]
    found += [_check_topic(path) for path in settings.topic_paths or (None,)]
    if all(finding.ok for finding in found):
        found += _check_slugs(settings.topic_paths)
    return found + [_check_channel(name, channel) for name, channel in settings.channels.items()]


def _check_topic(path: str | None) -> Finding:
    from claimwatch.topic import load_topic

    try:
        topic = load_topic(path)
    except ConfigError as exc:
        return Finding(False, f"topic: {exc}")
    return Finding(True, f"topic: {path or 'built-in'}: ok ({topic.title} season {topic.season}, "
                         f"{len(topic.sources)} sources)")


def _check_slugs(paths: tuple[str, ...]) -> list[Finding]:
    """Two files of one slug each load, and a start still fails: said here too."""
    from claimwatch.topic import load_topics

    try:
        load_topics(paths)
    except ConfigError as exc:
        return [Finding(False, f"topic: {exc}")]
    return []


def _check_channel(name: str, config: dict) -> Finding:
    from notifier import make_channel

    try:
        make_channel(name, config)
    except ChannelConfigError as exc:
        return Finding(False, f"channel {name}: {exc}")
    return Finding(True, f"channel {name}: ok ({config.get('type')})")
