"""Docs and the house that cannot drift: every target, command, category, output column and module is in the
README; the pipeline imports no UI library."""

import ast
import re

import pytest

from dashboard.__main__ import parser as dashboard_parser
from geodata import paths
from geodata.cli import parser
from geodata.outputs import TABLES
from geodata.vocabulary import CATEGORIES, VALUE_KINDS

README = (paths.ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
TARGETS = re.findall(r"^([a-z][a-z-]*):.*## ", MAKEFILE, flags=re.MULTILINE)


def commands(top) -> list[str]:
    return sorted(top._subparsers._group_actions[0].choices)


def test_the_quick_start_is_the_two_commands():
    quick_start = README.split("## Quick start")[1].split("##")[0]
    assert "make run" in quick_start and "make test" in quick_start


@pytest.mark.parametrize("target", TARGETS)
def test_every_make_target_is_in_the_readme(target):
    assert f"make {target}" in README


@pytest.mark.parametrize("command", commands(parser()))
def test_every_pipeline_command_is_in_the_readme(command):
    assert f"python -m geodata {command}" in README


@pytest.mark.parametrize("command", commands(dashboard_parser()))
def test_every_dashboard_command_is_in_the_readme(command):
    assert f"python -m dashboard {command}" in README


def test_the_readme_category_table_is_categories_csv():
    section = README.split("### Categories")[1].split("###")[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    expected = [f"| `{c.name}` | {c.label} | {c.meaning} | {VALUE_KINDS[c.value]} |" for c in CATEGORIES.values()]
    assert rows == expected


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.path)
def test_the_readme_lists_every_column_of_every_output(table):
    section = README.split("### Build outputs")[1].split("###")[0]
    (line,) = [line for line in section.splitlines() if line.startswith(f"- `{table.path}`")]
    assert re.findall(r"`([a-z0-9_]+)`", line.split("Columns:")[1]) == table.names


@pytest.mark.parametrize("module", sorted(p.stem for folder in ("geodata", "dashboard")
                                          for p in (paths.ROOT / folder).glob("*.py") if not p.stem.startswith("_")))
def test_the_readme_layout_names_every_module(module):
    layout = README.split("## Layout")[1].split("##")[0]
    assert f"`{module}.py`" in layout


def test_the_pipeline_imports_no_ui_library():
    for path in sorted((paths.ROOT / "geodata").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                assert name.split(".")[0] not in {"streamlit", "folium", "streamlit_folium", "branca"}, (path, name)


def test_ci_runs_make_test():
    assert "make test" in (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
