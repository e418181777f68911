"""The README documents every command, and its two set-up commands are the ones CI runs."""

from pathlib import Path

import pytest

from communique.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command):
    assert f"communique {command}" in README, f"README.md does not document `communique {command}`"


def test_readme_has_exactly_two_setup_commands():
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    blocks = [b for b in setup.split("```bash")[1:]]
    assert len(blocks) == 2


def test_ci_runs_the_readme_test_command():
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    test_command = setup.split("```bash")[2].split("```", 1)[0].strip()
    assert test_command in CI
