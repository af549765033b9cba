"""The app's map component: what each rerun sends (styles and plain text, never geometry or HTML), the shapes
written once per build as a static file, and a frontend that only ever sets text."""

import json
import os
import re
import time

import pytest

from dashboard import app_map, data
from dashboard.map import legend_items
from geodata.views import Filters, country_view

FRONTEND = app_map.FRONTEND


@pytest.fixture(scope="module")
def build(built):
    return data.load_build(built)


def args_for(build, measure="status", filters=Filters(), selected=""):
    table = country_view(build.countries, build.claims, filters)
    return app_map.map_args(table, measure, build.places, shapes="shapes/x.json", bounds=None, selected=selected,
                            height=560)


def test_a_rerun_sends_each_country_with_claims_its_legend_colour_and_tooltip_lines(build):
    args = args_for(build)
    colours = dict(legend_items("status"))
    assert set(args["countries"]) == set(build.countries.iso3)
    assert args["countries"]["NLD"]["fill"] == colours["Closure ordered"]
    assert args["countries"]["ITA"]["lines"][1].startswith("Reported: station (11)")
    assert args["legend"]["title"] == "What happened where"
    assert {p["name"] for p in args["points"]} >= {"Prato", "Venice", "Rome", "Milan", "Stockholm"}


def test_another_colouring_or_filter_changes_the_styles_and_never_the_shapes(build):
    status, shutdown = args_for(build), args_for(build, "shutdown")
    assert status["shapes"] == shutdown["shapes"] and status["countries"].keys() == shutdown["countries"].keys()
    assert shutdown["legend"]["title"] == "Closure" and status["countries"]["ITA"] != shutdown["countries"]["ITA"]
    assert "FRA" not in args_for(build, filters=Filters(min_sources=2))["countries"]
    assert len(json.dumps(status)) < 10_000, "no geometry per rerun"


def test_tooltip_lines_go_as_plain_text_for_the_frontend_to_set_as_text(hostile_build):
    args = args_for(data.load_build(hostile_build))
    assert "<img src=x onerror=alert(1)>" in args["countries"]["ITA"]["lines"][0]  # not &lt;img: set with textContent


def test_the_shapes_are_written_once_per_build_under_their_hash_and_old_ones_removed_a_day_later(build, tmp_path):
    (tmp_path / "shapes").mkdir()
    (tmp_path / "shapes" / "yesterday.json").write_text("{}", encoding="utf-8")
    os.utime(tmp_path / "shapes" / "yesterday.json", (time.time() - 2 * 24 * 3600,) * 2)
    (tmp_path / "shapes" / "an-hour-ago.json").write_text("{}", encoding="utf-8")  # another app's build
    name, text = app_map.shapes_file(build)
    assert re.fullmatch(r"shapes/[0-9a-f]{16}\.json", name)
    assert app_map.publish_shapes(name, text, tmp_path) == name
    assert sorted(p.name for p in (tmp_path / "shapes").iterdir()) == sorted(["an-hour-ago.json", name[7:]])
    (tmp_path / name).unlink()  # removed meanwhile: written again
    assert app_map.publish_shapes(name, text, tmp_path) == name and (tmp_path / name).read_text() == text
    features = json.loads(text)["features"]
    assert len(features) >= 200 and {"iso3", "name"} == set(features[0]["properties"])


def test_the_frontend_sets_text_only_and_loads_nothing_from_another_host():
    script = (FRONTEND / "app_map.js").read_text(encoding="utf-8")
    page = (FRONTEND / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function", script)
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", page)
    assert not re.search(r"https?://", script)
