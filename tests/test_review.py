"""The newsroom workflow on the command line: add -> edit the review file -> accept."""

import subprocess
import sys

import pandas as pd

from geodata import paths

ARTICLE = """LISBON - Portuguese police said on Friday they had opened an investigation into three Chinese police stations in Lisbon, Porto and Madeira.
The government said it had summoned the Chinese ambassador.
"""


def geodata(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "geodata", *map(str, args)], capture_output=True, text=True)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_add_writes_proposals_to_a_review_file_and_prints_its_path_last(tmp_path, seeds_copy):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    result = geodata("add", tmp_path / "story.txt", "--outlet", "Test Wire", "--published", "2023-03-03",
                     "--seeds", seeds_copy, "--out", tmp_path / "build")
    review = paths.review_folder() / result.stdout.strip().splitlines()[-1].split("/")[-1]
    assert result.stdout.strip().splitlines()[-1] == str(review)
    proposals = pd.read_csv(review, dtype=str, keep_default_na=False)
    assert list(proposals.columns) == ["article", "country", "category", "value", "city", "quote", "according_to",
                                       "note", "rule"]
    assert {"PRT"} == set(proposals.country)
    assert (paths.articles_dir(seeds_copy) / proposals.article.iloc[0]).is_file()


def test_accept_publishes_the_rows_left_and_rebuilds(tmp_path, seeds_copy):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    review = tmp_path / "review.csv"
    geodata("add", tmp_path / "story.txt", "--outlet", "Test Wire", "--seeds", seeds_copy,
            "--out", tmp_path / "build", "--review", review)
    proposals = pd.read_csv(review, dtype=str, keep_default_na=False)
    station = proposals[proposals.category == "station"].assign(value="3", according_to="")
    station.to_csv(review, index=False)
    result = geodata("accept", review, "--seeds", seeds_copy, "--out", tmp_path / "build")
    assert "1 claims added" in result.stdout
    countries = pd.read_csv(tmp_path / "build" / "countries.csv", dtype=str, keep_default_na=False).set_index("iso3")
    assert countries.loc["PRT", "station_count"] == "3"
    assert countries.loc["PRT", "investigation"] == "not reported"


def test_accept_refuses_a_row_whose_quote_is_not_in_the_article_naming_the_line(tmp_path, seeds_copy):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    review = tmp_path / "review.csv"
    geodata("add", tmp_path / "story.txt", "--outlet", "Test Wire", "--seeds", seeds_copy,
            "--out", tmp_path / "build", "--review", review)
    article = pd.read_csv(review, dtype=str).article.iloc[0]
    review.write_text("article,country,category,value,city,quote,according_to,note\n"
                      f"{article},Portugal,shutdown,closed,,Portugal closed the stations,,\n", encoding="utf-8")
    before = paths.claims_csv(seeds_copy).read_bytes()
    result = geodata("accept", review, "--seeds", seeds_copy, "--out", tmp_path / "build", check=False)
    assert result.returncode == 2
    assert "review.csv:2" in result.stderr and "quote not found" in result.stderr
    assert paths.claims_csv(seeds_copy).read_bytes() == before


def test_adding_the_same_article_twice_is_refused_naming_the_existing_file(tmp_path, seeds_copy):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    geodata("add", tmp_path / "story.txt", "--outlet", "Test Wire", "--seeds", seeds_copy, "--out", tmp_path / "b")
    result = geodata("add", tmp_path / "story.txt", "--outlet", "Test Wire", "--seeds", seeds_copy,
                     "--out", tmp_path / "b", check=False)
    assert result.returncode == 2 and "already in the ledger as" in result.stderr and "005_" in result.stderr


def test_edit_corrects_an_articles_details_on_the_command_line_and_rebuilds(tmp_path, seeds_copy):
    result = geodata("edit", "001_e80dd448109beedd.txt", "--published", "2022-12-06", "--url=https://example.org/x",
                     "--seeds", seeds_copy, "--out", tmp_path / "build")
    assert "corrected url, published" in result.stdout
    articles = pd.read_csv(tmp_path / "build" / "articles.csv", dtype=str, keep_default_na=False).set_index("article")
    assert articles.loc["001_e80dd448109beedd.txt", "published"] == "2022-12-06"
    refused = geodata("edit", "001_e80dd448109beedd.txt", "--url", "ftp://x", "--seeds", seeds_copy,
                      "--out", tmp_path / "build", check=False)
    assert refused.returncode == 2 and "not http/https" in refused.stderr and "Traceback" not in refused.stderr


def test_a_proposed_source_the_sources_table_does_not_list_goes_to_the_note_so_the_row_can_be_published():
    from geodata.review import proposals_for_review

    text = ("Chile's foreign ministry said it was checking reports of a Chinese police station in Santiago, "
            "according to Reuters.\n")
    proposals = proposals_for_review("x.txt", text)
    assert not proposals.empty
    for row in proposals.itertuples():
        assert row.according_to in ("", "Reuters") or row.note.startswith("according to ")
    assert proposals_for_review("y.txt", "Nothing here.\n").empty
