"""The "Add article" page end to end, with an article written for this test (not a seed)."""

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geodata import build, paths

ARTICLE = """VILNIUS - Lithuanian police have opened an investigation into a Chinese "overseas police service station" in Vilnius, the interior ministry said on Thursday.
The ministry said two people linked to the station had been detained.
Chile's foreign ministry said it was checking reports of a similar station in Santiago.
"""


@pytest.fixture
def workspace(seeds_copy, tmp_path, monkeypatch):
    out = tmp_path / "build"
    build.write_build(seeds_copy, out)
    monkeypatch.setenv("POLICE_MAP_SEEDS", str(seeds_copy))
    monkeypatch.setenv("POLICE_MAP_BUILD", str(out))
    return seeds_copy, out


def add_page() -> AppTest:
    at = AppTest.from_file(str(paths.ROOT / "dashboard" / "app.py"), default_timeout=60).run()
    return at.switch_page("add_page.py").run()


def row_of(frame: pd.DataFrame, country: str, category: str) -> int:
    match = frame.index[(frame.country == country) & (frame.category == category)]
    assert len(match) == 1, frame
    return int(match[0])


def test_propose_untick_edit_publish_puts_the_new_country_on_the_map(workspace):
    seeds, out = workspace
    at = add_page()
    at.text_area(key="add_pasted").input(ARTICLE)
    at.text_input(key="add_outlet").input("Test Wire")
    at.text_input(key="add_published").input("2023-02-01")
    at.button[0].click().run()
    assert not at.exception
    proposals = at.data_editor(key="proposals_editor").value
    assert {"Lithuania", "Chile"} <= set(proposals.country)  # by the names readers know; stored as ISO3 codes (below)

    dropped = row_of(proposals, "Chile", "investigation")
    edited = row_of(proposals, "Lithuania", "station")
    at.session_state["proposals_editor"] = {"edited_rows": {dropped: {"keep": False}, edited: {"value": "1"}},
                                            "added_rows": [], "deleted_rows": []}
    at.run()
    next(b for b in at.button if b.label == "Publish").click().run()
    assert not at.exception
    assert at.success and "Published 005_" in at.success[0].value

    countries = pd.read_csv(paths.built_countries(out), dtype=str, keep_default_na=False).set_index("iso3")
    assert countries.loc["LTU", "station_count"] == "1"
    assert countries.loc["CHL", "station"] == "reported"
    assert countries.loc["CHL", "investigation"] == "not reported"
    claims = pd.read_csv(paths.claims_csv(seeds), dtype=str, keep_default_na=False)
    assert set(claims[claims.article.str.startswith("005_")].country) == {"LTU", "CHL"}

    home = AppTest.from_file(str(paths.ROOT / "dashboard" / "app.py"), default_timeout=60).run()
    assert not home.exception
    assert reported_on_map(home) >= {"LTU", "CHL"}


def reported_on_map(at: AppTest) -> set[str]:
    """The iso3 codes the map colours as reported (the rest is the grey basemap)."""
    (component,) = [c for c in at.get("component_instance") if c.proto.component_name == "dashboard.app_map.country_map"]
    return set(json.loads(component.proto.json_args)["countries"])


def test_a_refused_publish_writes_nothing_and_says_why(workspace):
    seeds, _ = workspace
    before = paths.claims_csv(seeds).read_bytes()
    at = add_page()
    at.text_area(key="add_pasted").input(ARTICLE)
    at.text_input(key="add_outlet").input("Test Wire")
    at.text_input(key="add_url").input("ftp://example.org/story")
    at.button[0].click().run()
    next(b for b in at.button if b.label == "Publish").click().run()
    assert at.error and "Nothing was written" in at.error[0].value
    assert "not http/https" in at.code[0].value
    assert paths.claims_csv(seeds).read_bytes() == before


def test_an_existing_article_can_be_corrected_then_removed_with_its_claims(workspace):
    seeds, out = workspace
    article = "004_93c3f7158df3345d.txt"
    at = add_page()
    at.selectbox(key="article_choice").select(article).run()
    editor = at.data_editor(key=f"claims_{article}")
    germany = row_of(editor.value, "Germany", "investigation")
    at.session_state[f"claims_{article}"] = {"edited_rows": {germany: {"keep": False}},
                                             "added_rows": [], "deleted_rows": []}
    at.run()
    next(b for b in at.button if b.label == "Save corrections").click().run()
    assert not at.exception and "1 removed" in at.success[0].value
    countries = pd.read_csv(paths.built_countries(out), dtype=str, keep_default_na=False)
    assert "DEU" not in set(countries.iso3)

    at.selectbox(key="article_choice").select(article).run()
    at.checkbox[0].check().run()
    next(b for b in at.button if b.label == "Remove article").click().run()
    assert not at.exception and f"Removed {article}" in at.success[0].value
    claims = pd.read_csv(paths.claims_csv(seeds), dtype=str, keep_default_na=False)
    assert article not in set(claims.article)
    assert not (paths.articles_dir(seeds) / article).exists()


def test_the_editor_shows_countries_by_name_and_stores_what_it_was_given():
    from dashboard.add_article import editor_frame, kept_rows

    claims = pd.DataFrame([{"article": "a.txt", "country": "ITA", "category": "station", "quote": "q"},
                           {"article": "a.txt", "country": "Germany", "category": "investigation", "quote": "q"}])
    frame = editor_frame(claims)
    assert list(frame.country) == ["Italy", "Germany"]
    frame.loc[len(frame)] = {"keep": True, "country": "Netherlands", "category": "shutdown", "quote": "q"}
    frame.loc[len(frame)] = {"keep": True, "country": "Atlantis", "category": "shutdown", "quote": "q"}
    assert [row["country"] for row in kept_rows(frame)] == ["ITA", "Germany", "NLD", "Atlantis"]


def test_the_article_list_names_each_article_as_the_sources_tab_does(workspace):
    at = add_page()
    options = at.selectbox(key="article_choice").options
    assert "wionews.com · 000_6f7ba2e1a73b48cc.txt" in options
    assert "article 001 · 001_e80dd448109beedd.txt" in options
