"""Downloads: CSV text cells never run as spreadsheet formulas; the data dictionary covers every column."""

import io

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard import data, downloads
from geodata import files
from geodata.outputs import TABLES

HOSTILE = "<img src=x onerror=alert(1)>"  # as in the hostile_build fixture (conftest.py)


def read_back(payload: bytes) -> pd.DataFrame:
    assert payload.startswith(b"\xef\xbb\xbf")  # byte-order mark: spreadsheets read UTF-8 accents
    return pd.read_csv(io.BytesIO(payload), dtype=str, keep_default_na=False, encoding="utf-8-sig")


@pytest.mark.parametrize("cell", ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "\0=1",
                                  "=HYPERLINK(\"http://x\")", "\uff1d1+1"])
def test_a_formula_cell_gets_a_leading_apostrophe(cell):
    assert files.neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Italy", "11", "-5", "+3.5", "1e5", "", "a=b", "'already"])
def test_plain_text_and_numbers_stay_as_they_are(cell):
    assert files.neutralise(cell) == cell


def test_number_columns_stay_numbers():
    frame = pd.DataFrame({"n": [-1, 2], "x": [-0.5, 1.5], "text": ["-oops", "fine"]})
    back = pd.read_csv(io.BytesIO(downloads.csv_bytes(frame)), encoding="utf-8-sig")
    assert back.n.tolist() == [-1, 2] and back.x.tolist() == [-0.5, 1.5]
    assert back.text.tolist() == ["'-oops", "fine"]


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_no_cell_of_a_download_starts_like_a_formula_and_text_survives_the_round_trip(cells):
    frame = pd.DataFrame({"row": range(len(cells)), "cell": cells})
    back = read_back(downloads.csv_bytes(frame)).cell.tolist()
    for original, cell in zip(cells, back):
        assert not cell.startswith(files.FORMULA_START) or files.NUMBER.match(cell)
        assert cell == files.neutralise(original)


def test_the_hostile_build_downloads_neutralised(hostile_build):
    build = data.load_build(hostile_build)
    claims = read_back(downloads.csv_bytes(build.claims))
    assert set(claims.note) == {"'=1+1", "${alert(1)}"}
    articles = read_back(downloads.csv_bytes(build.articles))
    assert "'=HYPERLINK(\"http://tracker.example\")" in set(articles.title)
    assert "'=cmd|' /C calc'!A0" in set(articles.cites)
    assert articles.n_claims.tolist() == ["1", "1"]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.path)
def test_the_build_writes_exactly_the_declared_columns_and_the_dictionary_explains_each(built, table):
    header = pd.read_csv(built / table.path, nrows=0).columns.tolist()
    assert header == table.names
    text = downloads.data_dictionary(data.load_build(built))
    section = text.split(f"## {table.path}")[1].split("\n## ")[0]
    assert [line.split("`")[1] for line in section.splitlines() if line.startswith("| `")] == table.names


def test_the_build_is_a_valid_frictionless_data_package(built):
    from frictionless import validate

    report = validate(built / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]


def test_the_dictionary_has_categories_articles_licence_and_how_to_cite(built):
    text = downloads.data_dictionary(data.load_build(built))
    for words in ["## countries.csv", "## claims.csv", "countries.geojson", "## Categories", "## Articles",
                  "article 004", "## Licence", "CC BY 4.0", "Natural Earth", "## How to cite",
                  "date unknown", "## Limits", "Joint policing"]:
        assert words in text, words


def test_the_zip_download_holds_every_file_and_the_dictionary(built):
    files = downloads.all_files(data.load_build(built), built)
    assert {"countries.csv", "claims.csv", "articles.csv", "figures.csv", "places.csv", "countries.geojson",
            "map.geojson", "places.geojson", "datapackage.json", "data_dictionary.md"} <= set(files)


def test_the_dictionary_shows_hostile_titles_as_text(hostile_build):
    text = downloads.data_dictionary(data.load_build(hostile_build))
    assert HOSTILE not in text and "![pixel](" not in text
    assert r"\<img src\=x onerror\=alert\(1\)\>" in text


def test_a_filtered_views_every_download_is_named_so_it_is_not_saved_over_the_whole_one():
    from dashboard.downloads import file_name
    from geodata.views import Filters
    assert file_name("police-stations-map", "png", Filters()) == "police-stations-map.png"
    assert file_name("police-stations-map", "png", Filters(min_sources=2)) == "police-stations-map-filtered.png"
    assert file_name("map", "html", Filters(categories=("station",))) == "map-filtered.html"
