"""The reviewed ledger: every quote is verbatim, the traps stay out, bad rows name their line."""

import pytest

from geodata import paths
from geodata.articles import normalise
from geodata.errors import InputErrors
from geodata.ledger import load_ledger


@pytest.fixture(scope="module")
def ledger(ledger):
    """The fixture ledger (conftest's folder), loaded and validated."""
    return load_ledger(ledger)


def test_every_ledger_quote_is_found_in_its_article(ledger):
    for row in ledger.claims.itertuples():
        original = ledger.texts[row.article].text[row.start:row.end]
        assert normalise(original) == normalise(row.quote), row


def test_every_figure_quote_is_found_in_its_article(ledger):
    for row in ledger.figures.itertuples():
        assert normalise(ledger.texts[row.article].text[row.start:row.end]) == normalise(row.quote)


@pytest.mark.parametrize("iso3, why", [
    ("GBR", "the dateline 'London' and 'on British soil' about Russia are not claims"),
    ("CHN", "China is the actor, never a host"),
    ("RUS", "Russia's poisonings are a comparison, not a claim"),
    ("CUB", "Guantanamo Bay is a comparison about the CIA"),
])
def test_traps_are_not_claims(ledger, iso3, why):
    assert iso3 not in set(ledger.claims.iso3), why


def test_the_cia_paragraph_adds_no_claim_from_article_003(ledger):
    cia = ledger.claims[ledger.claims.quote.str.contains("CIA|Guantanamo|British soil")]
    assert cia.empty


def break_claims(seeds, row: str) -> None:
    with open(paths.claims_csv(seeds), "a", encoding="utf-8") as fh:
        fh.write(row + "\n")


def claims_line_count(seeds) -> int:
    return len(paths.claims_csv(seeds).read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("row, message", [
    ("004_93c3f7158df3345d.txt,Italy,station,12,,Italy hosts twelve stations,", "quote not found"),
    ("999_missing.txt,Italy,station,,,Italy,", "unknown article"),
    ("004_93c3f7158df3345d.txt,Italy,embassy,,,\"Italy, which is home to 330,000 Chinese citizens\",", "unknown category"),
    ("004_93c3f7158df3345d.txt,Atlantis,station,,,\"Italy, which is home to 330,000 Chinese citizens\",", "does not resolve"),
    ("004_93c3f7158df3345d.txt,Italy,station,eleven,,\"Italy, which is home to 330,000 Chinese citizens\",", "malformed value"),
    ("004_93c3f7158df3345d.txt,Italy,patrol_agreement,2018-2016,,\"Italy, which is home to 330,000 Chinese citizens\",", "malformed value"),
    ("004_93c3f7158df3345d.txt,ITA,station,11,,\"Italy, which is home to 330,000 Chinese citizens\",", "duplicate claim"),
    ("004_93c3f7158df3345d.txt,China,official_response,,,\"China has said the offices are merely\",", "China is the actor"),
])
def test_a_bad_ledger_row_fails_naming_its_line(seeds_copy, row, message):
    break_claims(seeds_copy, row)
    line = claims_line_count(seeds_copy)
    with pytest.raises(InputErrors) as err:
        load_ledger(seeds_copy)
    text = str(err.value)
    assert message in text
    assert f"claims.csv:{line}:" in text
    assert "fix:" in text


def test_a_wrong_header_fails_naming_the_file(seeds_copy):
    path = paths.claims_csv(seeds_copy)
    path.write_text("article,country,kind\n", encoding="utf-8")
    with pytest.raises(Exception) as err:
        load_ledger(seeds_copy)
    assert "claims.csv:1" in str(err.value) and "wrong header" in str(err.value)


def test_a_non_utf8_article_fails_naming_the_file(seeds_copy):
    (paths.articles_dir(seeds_copy) / "004_93c3f7158df3345d.txt").write_bytes(b"Italy \xff\xfe stations")
    with pytest.raises(InputErrors) as err:
        load_ledger(seeds_copy)
    assert "004_93c3f7158df3345d.txt" in str(err.value) and "not UTF-8" in str(err.value)


def test_an_empty_article_fails_naming_the_file(seeds_copy):
    (paths.articles_dir(seeds_copy) / "004_93c3f7158df3345d.txt").write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputErrors) as err:
        load_ledger(seeds_copy)
    assert "004_93c3f7158df3345d.txt: the article has no text" in str(err.value)


def test_an_article_address_must_be_http_or_https(seeds_copy):
    path = paths.articles_csv(seeds_copy)
    text = path.read_text(encoding="utf-8").replace("wionews.com,,,,CNN", "wionews.com,,javascript:alert(1),,CNN")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputErrors) as err:
        load_ledger(seeds_copy)
    assert "articles.csv:2" in str(err.value) and "not http/https" in str(err.value)


def test_the_held_out_ledger_for_the_extractor_is_valid_too():
    heldout = load_ledger(paths.ROOT / "benchmarks" / "heldout")
    assert len(heldout.claims) > 20 and not set(heldout.claims.iso3) & {"CHN"}
