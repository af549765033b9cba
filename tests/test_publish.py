"""Publishing to the ledger: checks refuse bad input with nothing written; writes are whole and locked."""

import multiprocessing
from pathlib import Path

import pytest

from geodata import paths
from geodata.errors import InputError, InputErrors
from geodata.ledger import load_ledger
from geodata.publish import decode_upload, publish_article, rebuild, remove_article, replace_claims

ARTICLE = """VILNIUS - Lithuanian prosecutors have opened an inquiry into a Chinese "service station" in Vilnius.
Lithuania's interior minister said the station would be closed within a week.
"""
META = {"outlet": "Test Gazette", "title": "A test", "url": "https://example.org/a", "published": "2023-01-05"}
CLAIM = {"country": "Lithuania", "category": "investigation", "value": "", "city": "Vilnius",
         "quote": "Lithuanian prosecutors have opened an inquiry", "note": ""}


def snapshot(seeds: Path) -> dict[str, bytes]:
    return {str(p.relative_to(seeds)): p.read_bytes() for p in sorted(seeds.rglob("*")) if p.is_file()
            and not p.name.startswith(".")}


def test_publishing_writes_the_article_its_metadata_its_claims_and_a_change_line(seeds_copy):
    change = publish_article(seeds_copy, ARTICLE, META, [CLAIM])
    assert (paths.articles_dir(seeds_copy) / change.article).read_text(encoding="utf-8") == ARTICLE
    ledger = load_ledger(seeds_copy)
    assert ledger.articles.article.iloc[-1] == change.article
    added = ledger.claims[ledger.claims.article == change.article]
    assert list(added.iso3) == ["LTU"]
    changes = paths.changes_csv(seeds_copy).read_text(encoding="utf-8").splitlines()
    assert changes[0] == "when,action,article,claims_added,claims_removed"
    assert changes[-1].endswith(f",add,{change.article},1,0")


def test_the_new_article_id_follows_the_numbering(seeds_copy):
    change = publish_article(seeds_copy, ARTICLE, META, [])
    assert change.article.startswith("005_") and change.article.endswith(".txt")


@pytest.mark.parametrize("meta, claim, message", [
    ({**META, "url": "javascript:alert(1)"}, CLAIM, "not http/https"),
    ({**META, "published": "5 January 2023"}, CLAIM, "is not a date"),
    ({**META, "published": "2023-02-30"}, CLAIM, "is not a date"),
    (META, {**CLAIM, "quote": "prosecutors raided the station"}, "quote not found"),
    (META, {**CLAIM, "country": "Atlantis"}, "does not resolve"),
    (META, {**CLAIM, "category": "embassy"}, "unknown category"),
    (META, {**CLAIM, "category": "station", "value": "many"}, "malformed value"),
])
def test_bad_submissions_are_refused_and_nothing_is_written(seeds_copy, meta, claim, message):
    before = snapshot(seeds_copy)
    with pytest.raises((InputError, InputErrors)) as err:
        publish_article(seeds_copy, ARTICLE, meta, [claim])
    assert message in str(err.value)
    assert snapshot(seeds_copy) == before


def test_the_same_article_twice_is_refused_naming_the_existing_file(seeds_copy):
    first = publish_article(seeds_copy, ARTICLE, META, [CLAIM])
    before = snapshot(seeds_copy)
    reformatted = ARTICLE.replace('"service station"', "\u201cservice station\u201d").replace(" - ", "  \u2013 ")
    with pytest.raises(InputError) as err:
        publish_article(seeds_copy, reformatted, META, [CLAIM])
    assert first.article in str(err.value)
    assert snapshot(seeds_copy) == before


def test_a_seed_article_cannot_be_added_again(seeds_copy):
    text = (paths.articles_dir(seeds_copy) / "002_16b92b9d41bb28c0.txt").read_text(encoding="utf-8")
    with pytest.raises(InputError, match="002_16b92b9d41bb28c0.txt"):
        publish_article(seeds_copy, text, META, [])


@pytest.mark.parametrize("data, message", [
    (b"x" * 1_000_001, "larger than"),
    (b"Italy \xff stations", "not UTF-8"),
    (b"  \n\n ", "empty"),
])
def test_uploads_that_are_too_big_not_utf8_or_empty_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        decode_upload(data, "upload.txt")


def test_correcting_claims_replaces_only_that_articles_claims(seeds_copy):
    change = publish_article(seeds_copy, ARTICLE, META, [CLAIM])
    shutdown = {**CLAIM, "category": "shutdown", "value": "ordered", "quote": "the station would be closed within a week"}
    [result] = replace_claims(seeds_copy, {change.article: [shutdown]})
    assert (result.claims_added, result.claims_removed) == (1, 1)
    ledger = load_ledger(seeds_copy)
    assert list(ledger.claims[ledger.claims.article == change.article].category) == ["shutdown"]
    assert (ledger.claims.article == "004_93c3f7158df3345d.txt").sum() == 7


def test_removing_an_article_removes_its_claims_and_figures(seeds_copy):
    change = remove_article(seeds_copy, "004_93c3f7158df3345d.txt")
    assert change.claims_removed == 7
    ledger = load_ledger(seeds_copy)
    assert "004_93c3f7158df3345d.txt" not in set(ledger.articles.article)
    assert "004_93c3f7158df3345d.txt" not in set(ledger.claims.article) | set(ledger.figures.article)


def publish_one(args):
    seeds, n = args
    text = f"Police in Oslo opened an investigation into Chinese police station number {n}.\n"
    claim = {"country": "Norway", "category": "investigation", "quote": f"investigation into Chinese police station number {n}."}
    return publish_article(Path(seeds), text, {"outlet": f"Outlet {n}"}, [claim]).article


def test_several_processes_publishing_at_once_all_land(seeds_copy):
    n = 8
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        ids = pool.map(publish_one, [(str(seeds_copy), i) for i in range(n)])
    assert len(set(ids)) == n
    ledger = load_ledger(seeds_copy)
    assert set(ids) <= set(ledger.articles.article)
    assert (ledger.claims.iso3 == "NOR").sum() == n
    changes = paths.changes_csv(seeds_copy).read_text(encoding="utf-8").splitlines()
    assert len(changes) == n + 1


def publish_and_rebuild(args):
    seeds, out, n = args
    article = publish_one((seeds, n))
    rebuild(Path(seeds), Path(out))
    return article


def test_concurrent_publishes_each_followed_by_a_rebuild_leave_a_build_with_every_article(seeds_copy, tmp_path):
    out = tmp_path / "build"
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        ids = pool.map(publish_and_rebuild, [(str(seeds_copy), str(out), i) for i in range(3)])
    built = (out / "articles.csv").read_text(encoding="utf-8")
    assert all(article in built for article in ids)


def test_an_articles_details_can_be_corrected_with_a_line_in_changes_csv(seeds_copy):
    from geodata.publish import edit_article

    article = "004_93c3f7158df3345d.txt"
    edit_article(seeds_copy, article, {"outlet": "The Guardian (relayed)", "published": "2022-12-05",
                                       "url": "https://example.org/guardian"})
    row = load_ledger(seeds_copy).articles.set_index("article").loc[article]
    assert (row.outlet, row.published, row.url, row.cites) == ("The Guardian (relayed)", "2022-12-05",
                                                                "https://example.org/guardian", "The Guardian")
    assert paths.changes_csv(seeds_copy).read_text(encoding="utf-8").splitlines()[-1].endswith(f",edit,{article},0,0")


@pytest.mark.parametrize("changes, message", [
    ({"url": "javascript:alert(1)"}, "not http/https"),
    ({"published": "9999-12-31"}, "in the future"),
    ({"article": "x.txt"}, "cannot edit article"),
])
def test_a_bad_correction_of_an_articles_details_writes_nothing(seeds_copy, changes, message):
    from geodata.publish import edit_article

    before = snapshot(seeds_copy)
    with pytest.raises((InputError, InputErrors), match=message):
        edit_article(seeds_copy, "004_93c3f7158df3345d.txt", changes)
    assert snapshot(seeds_copy) == before


def test_a_change_killed_half_way_is_completed_by_the_next_reader_not_reported_as_broken(seeds_copy):
    import json

    from geodata.publish import ledger_bytes, read_rows
    from geodata.ledger import ARTICLE_COLUMNS

    new = paths.articles_dir(seeds_copy) / "005_killed.txt"
    staged_text = new.with_name(".005_killed.txt.staged")
    staged_text.write_text(ARTICLE, encoding="utf-8")
    rows = read_rows(paths.articles_csv(seeds_copy), ARTICLE_COLUMNS) + [{"article": "005_killed.txt", "outlet": "X"}]
    staged_csv = paths.articles_csv(seeds_copy).with_name(".articles.csv.staged")
    staged_csv.write_bytes(ledger_bytes(rows, ARTICLE_COLUMNS))
    steps = [{"staged": str(staged_text), "target": str(new)},
             {"staged": str(staged_csv), "target": str(paths.articles_csv(seeds_copy))}]
    paths.journal_file(seeds_copy).write_text(json.dumps(steps), encoding="utf-8")
    import os

    os.replace(staged_text, new)  # killed after the first rename: the article file is there, its row is not
    ledger = load_ledger(seeds_copy)
    assert "005_killed.txt" in set(ledger.articles.article)
    assert not paths.journal_file(seeds_copy).exists()
