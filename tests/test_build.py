"""python -m geodata build: whole outputs, byte-identical reruns, bad input leaves build/ intact."""

import json
import subprocess
import sys

import pandas as pd

from geodata import build, paths

OUTPUTS = ["articles.csv", "claims.csv", "countries.csv", "figures.csv", "places.csv", "countries.geojson",
           "map.geojson", "places.geojson", "datapackage.json"]


def test_two_builds_are_byte_identical(tmp_path, ledger):
    build.write_build(ledger, tmp_path / "a")
    build.write_build(ledger, tmp_path / "b")
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_the_join_keeps_every_country_in_the_table(built):
    table = pd.read_csv(built / "countries.csv", dtype=str, keep_default_na=False)
    features = json.loads((built / "countries.geojson").read_text(encoding="utf-8"))["features"]
    drawn = {f["properties"]["iso3"] for f in features if f["geometry"] and f["properties"]["has_claims"]}
    assert set(table.iso3) <= drawn
    assert len(table) == sum(f["properties"]["has_claims"] for f in features)


def test_every_country_is_drawn_even_without_claims(built):
    features = json.loads((built / "countries.geojson").read_text(encoding="utf-8"))["features"]
    iso3 = {f["properties"]["iso3"] for f in features}
    assert {"FRA", "NOR", "XKX", "BRA"} <= iso3
    assert len(features) > 200


def test_bad_input_leaves_the_previous_build_intact(tmp_path, seeds_copy):
    out = tmp_path / "out"
    build.write_build(seeds_copy, out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    with open(paths.claims_csv(seeds_copy), "a", encoding="utf-8") as fh:
        fh.write("004_93c3f7158df3345d.txt,Italy,station,,,not in the article,,\n")
    result = subprocess.run([sys.executable, "-m", "geodata", "build", "--seeds", str(seeds_copy), "--out", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "claims.csv:" in result.stderr and "quote not found" in result.stderr
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert not list(out.glob(".*.tmp"))


def test_the_command_prints_a_summary(tmp_path, ledger):
    result = subprocess.run([sys.executable, "-m", "geodata", "build", "--seeds", str(ledger), "--out", str(tmp_path)],
                            capture_output=True, text=True, check=True)
    n = {name: len(pd.read_csv(tmp_path / f"{name}.csv")) for name in ["articles", "claims", "countries"]}
    assert result.stdout.startswith(f"{n['articles']} articles, {n['claims']} claims, {n['countries']} countries")


def test_a_ledger_with_no_claims_and_no_figures_still_builds(tmp_path, seeds_copy):
    for path in (paths.claims_csv(seeds_copy), paths.figures_csv(seeds_copy)):
        path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    result = build.write_build(seeds_copy, tmp_path)
    assert (result.n_claims, result.n_countries, result.n_figures) == (0, 0, 0)
    assert len(pd.read_csv(tmp_path / "articles.csv")) == result.n_articles


def test_outputs_are_readable_like_any_new_file_not_private_temporary_files(tmp_path, ledger):
    import os

    build.write_build(ledger, tmp_path)
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "countries.csv").stat().st_mode & 0o777 == 0o666 & ~umask


def test_every_iso_country_can_be_drawn_as_a_polygon_or_a_point():
    import pycountry

    from geodata.boundaries import load_boundaries
    from geodata.countries_geojson import load_points

    drawable = set(load_boundaries().iso3) | set(load_points())
    assert {c.alpha_3 for c in pycountry.countries} - drawable == set()


def test_a_country_with_claims_but_no_polygon_becomes_a_point_with_a_warning():
    from geodata.boundaries import load_boundaries
    from geodata.countries_geojson import join_boundaries, load_points
    from geodata.outputs import COUNTRIES

    table = pd.DataFrame([{c: "" for c in COUNTRIES.names} | {"iso3": "GIB", "name": "Gibraltar", "n_claims": 1,
                                                              "n_articles": 1, "n_sources": 1}])
    mapped, warnings = join_boundaries(table, load_boundaries(), load_points())
    gibraltar = mapped[mapped.iso3 == "GIB"].iloc[0]
    assert gibraltar.geometry.geom_type == "Point" and bool(gibraltar.has_claims)
    assert warnings == ["GIB (Gibraltar) has claims but no polygon: drawn as a point at (-5.35, 36.14)"]
