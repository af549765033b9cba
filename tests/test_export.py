"""python -m dashboard export: one self-contained page, every country drawn, small, nothing remote."""

import re

import pytest

from dashboard import __main__ as cli
from dashboard import data, export
from geodata import paths

LIMIT = 600 * 1024
REMOTE = re.compile(r"""(?:<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//)"""
                    r"""|url\(\s*["']?(?:https?:)?//|@import|\$\.ajax|fetch\(""", re.I)


@pytest.fixture(scope="module")
def page(built, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "map.html"
    assert export.run(built, out) == out
    return out


def test_the_export_is_at_most_600_kb_with_every_country(page, built):
    assert page.stat().st_size <= LIMIT, f"{page.stat().st_size:,} bytes"
    text = page.read_text(encoding="utf-8")
    shapes = data.load_build(built).shapes
    assert text.count('"iso3": ') == len(shapes) >= 200


def test_the_export_asks_no_host_for_anything(page):
    text = page.read_text(encoding="utf-8")
    assert not REMOTE.search(text)
    assert "<script src=" not in text and "<link rel=\"stylesheet\"" not in text
    assert "Leaflet 1.9.3" in text


def test_the_export_carries_title_legend_sources_date_and_notes(page):
    text = page.read_text(encoding="utf-8")
    assert "<title>China&#x27;s overseas" in text
    for words in ["No reports", "Any report", "Sources: 5 articles", "article 004, via The Guardian",
                  "Newest article: date unknown", "Map made", "Natural Earth", "not that nothing is there"]:
        assert words in text, words


def test_the_command_line_writes_the_page_where_asked(built, tmp_path, capsys):
    out = tmp_path / "nested" / "page.html"
    assert cli.main(["export", "--build", str(built), "--out", str(out), "--measure", "station"]) == 0
    assert out.is_file() and "10 or more stations" in out.read_text(encoding="utf-8")
    assert str(out) in capsys.readouterr().out


def test_the_default_output_is_map_html_in_the_build_folder(hostile_build):
    assert export.run(hostile_build) == paths.built_map_html(hostile_build) == hostile_build / "map.html"
    assert (hostile_build / "map.html").is_file()


def test_a_missing_build_says_which_command_to_run(tmp_path, capsys):
    assert cli.main(["export", "--build", str(tmp_path / "nothing")]) == 2
    assert "python -m geodata build" in capsys.readouterr().err


def test_hostile_text_stays_escaped_in_the_export(hostile_build, tmp_path):
    text = export.run(hostile_build, tmp_path / "map.html").read_text(encoding="utf-8")
    assert "<img src=x onerror=alert(1)>" not in text
    assert not re.search(r"<img\b", text)
