"""What every command offers a new user: --version, --help with an example, shell completion."""

from __future__ import annotations

import pytest

from claimwatch.cli import build_parser, main

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def test_version_prints_the_installed_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("claimwatch 0.")


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_help_has_a_description_and_an_example(capsys, command):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = capsys.readouterr().out
    description = text.split("\n\n")[1]
    assert description.strip() and not description.startswith(("positional", "options")), text
    assert "example:" in text and f"claimwatch {command}" in text.split("example:")[1]


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_scripts_know_the_commands(capsys, shell):
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    assert "claimwatch" in script and "notify-test" in script and "--wide" in script
