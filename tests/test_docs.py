"""Docs that cannot drift: every Make target and every command is in the README."""

import re

import pytest

from geodata import paths
from geodata.cli import parser

README = (paths.ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
TARGETS = re.findall(r"^([a-z][a-z-]*):.*## ", MAKEFILE, flags=re.MULTILINE)


def test_the_quick_start_is_the_two_commands():
    quick_start = README.split("## Quick start")[1].split("##")[0]
    assert "make run" in quick_start and "make test" in quick_start


@pytest.mark.parametrize("target", TARGETS)
def test_every_make_target_is_in_the_readme(target):
    assert f"make {target}" in README


@pytest.mark.parametrize("command", sorted(parser()._subparsers._group_actions[0].choices))
def test_every_command_is_in_the_readme(command):
    assert f"python -m geodata {command}" in README


def test_ci_runs_make_test():
    assert "make test" in (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
