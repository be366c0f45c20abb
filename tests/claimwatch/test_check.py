"""Config and topic errors are found at load, naming file and key; `claimwatch check` lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimwatch.cli import main

GOOD_SOURCE = '''[[sources]]
name = "soompi"
kind = "rss"
url = "https://www.soompi.com/feed"
'''


def topic_file(tmp_path: Path, sources: str) -> Path:
    path = tmp_path / "topic.toml"
    path.write_text(f'slug = "aouad"\ntitle = "All of Us Are Dead"\nseason = 2\n\n{sources}')
    return path


def settings_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claimwatch.toml"
    path.write_text(text)
    return path


BAD_SOURCES = {
    "sources[0].selector": GOOD_SOURCE.replace('"rss"', '"listing"') + 'selector = "h2 >> [a"\n',
    "sources[0].url": GOOD_SOURCE.replace("https://www.soompi.com/feed", "file:///etc/passwd"),
    "sources[0].kind": GOOD_SOURCE.replace('"rss"', '"atom"'),
    "sources[0].max_sitemaps": GOOD_SOURCE + "max_sitemaps = 3\n",
    "sources[1].name": GOOD_SOURCE + "\n" + GOOD_SOURCE,
    "sources[0].interval": GOOD_SOURCE + 'interval = "0s"\n',
}


@pytest.mark.parametrize("key", list(BAD_SOURCES))
def test_a_wrong_topic_source_is_a_config_error_at_load_naming_file_and_key(tmp_path, capsys, key):
    topic = topic_file(tmp_path, BAD_SOURCES[key])
    assert main(["sources", "--topic", str(topic), "--db", str(tmp_path / "none.db")]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert str(topic) in line and key in line, line


@pytest.mark.parametrize(("text", "key"), [
    ("[fetch]\nmax_body_bytes = -1\n", "fetch.max_body_bytes"),
    ('[daemon]\ndeliver_interval = "0s"\n', "daemon.deliver_interval"),
    ('[daemon]\ndelivery_max_attempts = "many"\n', "daemon.delivery_max_attempts"),
    ("[health]\nsource_failing_rounds = 0\n", "health.source_failing_rounds"),
])
def test_negative_sizes_zero_intervals_and_wrong_types_name_the_key(tmp_path, capsys, text, key):
    config = settings_file(tmp_path, text)
    assert main(["--config", str(config), "check"]) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    assert str(config) in line and key in line, line


def test_check_says_ok_for_each_part_and_exits_zero(tmp_path, capsys):
    topic = topic_file(tmp_path, GOOD_SOURCE)
    config = settings_file(tmp_path, f'topic = "{topic}"\n\n[channels.console]\ntype = "console"\n')
    assert main(["check", "--config", str(config)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out] == ["settings", "topic", "channel console"]
    assert all("ok" in line for line in out)


def test_check_prints_each_error_and_exits_non_zero(tmp_path, capsys):
    topic = topic_file(tmp_path, BAD_SOURCES["sources[0].url"])
    config = settings_file(tmp_path, f'topic = "{topic}"\n\n[channels.hook]\ntype = "webhook"\n'
                                     '\n[channels.console]\ntype = "console"\n')
    assert main(["check", "--config", str(config)]) == 1
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2 and "sources[0].url" in errors[0] and "hook" in errors[1]
    assert "channel console: ok" in captured.out
