"""python -m dashboard export: one self-contained page, every country drawn, small, nothing remote."""

import re

import pytest

from dashboard import __main__ as cli
from dashboard import data, export
from geodata import paths

LIMIT = 400 * 1024
REMOTE = re.compile(r"""(?:<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//)"""
                    r"""|url\(\s*["']?(?:https?:)?//|@import|\$\.ajax|fetch\(""", re.I)


@pytest.fixture(scope="module")
def page(built, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "map.html"
    assert export.write_export(built, out) == out
    return out


def test_the_export_is_at_most_400_kb_with_every_country(page, built):
    assert page.stat().st_size <= LIMIT, f"{page.stat().st_size:,} bytes"
    text = page.read_text(encoding="utf-8")
    shapes = data.load_build(built).shapes
    assert text.count('"class": ') == len(shapes) >= 200


def test_the_export_asks_no_host_for_anything(page):
    text = page.read_text(encoding="utf-8")
    assert not REMOTE.search(text)
    assert "<script src=" not in text and "<link rel=\"stylesheet\"" not in text
    assert "Leaflet 1.9.3" in text


def test_the_export_carries_title_legend_sources_date_and_notes(page):
    text = page.read_text(encoding="utf-8")
    assert "<title>China&#x27;s overseas" in text
    for words in ["No reports", "What happened where", "Closure ordered", "Sources: 5 articles",
                  "Newest article: date unknown", "Map made", "Natural Earth", "not that nothing is there",
                  "About this map", "Safeguard Defenders, via CNN"]:
        assert words in text, words


def test_the_command_line_writes_the_page_where_asked(built, tmp_path, capsys):
    out = tmp_path / "nested" / "page.html"
    assert cli.main(["export", "--build", str(built), "--out", str(out), "--measure", "station"]) == 0
    assert out.is_file() and "10 or more stations" in out.read_text(encoding="utf-8")
    assert str(out) in capsys.readouterr().out


def test_the_default_output_is_map_html_in_the_build_folder(hostile_build):
    assert export.write_export(hostile_build) == paths.built_map_html(hostile_build) == hostile_build / "map.html"
    assert (hostile_build / "map.html").is_file()


def test_a_missing_build_says_which_command_to_run(tmp_path, capsys):
    assert cli.main(["export", "--build", str(tmp_path / "nothing")]) == 2
    assert "make build" in capsys.readouterr().err


def test_hostile_text_stays_escaped_in_the_export(hostile_build, tmp_path):
    text = export.write_export(hostile_build, tmp_path / "map.html").read_text(encoding="utf-8")
    assert "<img src=x onerror=alert(1)>" not in text
    assert not re.search(r"<img\b", text)


def test_the_figure_command_writes_a_wide_png_and_an_svg_whose_title_and_source_are_text(built, tmp_path):
    import struct

    assert cli.main(["figure", "--build", str(built), "--out", str(tmp_path / "map.png"), "--width", "1200"]) == 0
    png = (tmp_path / "map.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">I", png[16:20])[0] >= 1200
    assert cli.main(["figure", "--build", str(built), "--out", str(tmp_path / "map.svg")]) == 0
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert re.search(r"<text[^>]*>[^<]*China’s overseas", svg)
    assert re.search(r"<text[^>]*>Source: 5 news articles", svg)


def test_the_figure_refuses_an_output_that_is_not_png_or_svg(built, tmp_path, capsys):
    assert cli.main(["figure", "--build", str(built), "--out", str(tmp_path / "map.jpg")]) == 2
    assert ".png or .svg" in capsys.readouterr().err


def test_the_figure_shows_every_reported_country_and_fills_its_frame(built):
    """A still for print shows the countries of every report (Canada's investigation, the US statement), not only the
    stations' Europe, and the map fills its frame rather than shrinking to a strip around them."""
    import matplotlib.pyplot as plt

    from dashboard.figure import draw

    figure = draw(data.load_build(built))
    axes = figure.axes[0]
    (west, east), (south, north) = axes.get_xlim(), axes.get_ylim()
    assert west <= -120 and east >= 18  # the west coast of the US, and Italy
    assert south <= -30 and north >= 55  # South Africa, and Sweden
    figure.canvas.draw()
    box = axes.get_position()  # after drawing, in figure fractions
    assert box.width >= 0.6 and box.height >= 0.7
    plt.close(figure)


def test_the_still_and_the_exported_page_draw_only_the_cities_of_the_claims_the_filters_keep(built):
    """A filtered view's PNG, SVG and web page show the points the app shows for it, not every city of the ledger."""
    import matplotlib.pyplot as plt

    from dashboard.figure import draw
    from geodata.views import Filters, place_view

    build = data.load_build(built)
    hidden = Filters(categories=("official_response",))
    assert len(build.places) > len(place_view(build.places, build.claims, hidden))

    def points(figure) -> int:
        return sum(len(c.get_offsets()) for c in figure.axes[0].collections if c.get_offsets().ndim == 2
                   and c.get_zorder() == 5)

    everything, filtered = draw(build), draw(build, filters=hidden)
    assert points(everything) == len(build.places)
    assert points(filtered) == len(place_view(build.places, build.claims, hidden))
    plt.close(everything)
    plt.close(filtered)
    page = export.export_html(build)
    assert page.count('"tip"') > export.export_html(build, filters=hidden).count('"tip"')
