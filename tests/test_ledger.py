"""The reviewed ledger: every quote is verbatim, the traps stay out, bad rows name their line."""

import pytest

from geodata import paths
from geodata.article_text import normalise
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


ITALY = "\"Italy, which is home to 330,000 Chinese citizens\""
A4 = "004_93c3f7158df3345d.txt"


@pytest.mark.parametrize("row, message", [
    (f"{A4},Italy,station,12,,Italy hosts twelve stations,,", "quote not found"),
    ("999_missing.txt,Italy,station,,,Italy,,", "unknown article"),
    (f"{A4},Italy,embassy,,,{ITALY},,", "unknown category"),
    (f"{A4},Atlantis,station,,,{ITALY},,", "does not resolve"),
    (f"{A4},Italy,station,eleven,,{ITALY},,", "malformed value"),
    (f"{A4},Italy,station,1\u0661,,{ITALY},,", "malformed value"),
    (f"{A4},Italy,patrol_agreement,2018-2016,,{ITALY},,", "malformed value"),
    (f"{A4},Italy,shutdown,,,{ITALY},,", "malformed value"),
    (f"{A4},Italy,shutdown,maybe,,{ITALY},,", "malformed value"),
    (f"{A4},HRV,station,,,\"Other newly identified stations were in Croatia, Serbia and Romania, it said.\",,",
     "duplicate claim"),
    (f"{A4},China,official_response,,,\"China has said the offices are merely\",,", "China is the actor"),
    (f"{A4},Italy,investigation,,Atlantis City,{ITALY},,", "not in the gazetteer"),
    (f"{A4},Italy,investigation,,,{ITALY},The Daily Rumour,", "unknown source"),
    (f"{A4},Italy,investigation,,,{ITALY},,{'x' * 1001}", "note is 1,001 characters long"),
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


def test_a_shutdown_says_whether_it_was_ordered_or_closed_and_hedged_counts_are_values(seeds_copy):
    break_claims(seeds_copy, f"{A4},Italy,shutdown,ordered,,{ITALY},,")
    break_claims(seeds_copy, f"{A4},Germany,station,>=2,,\"prompting police investigations\",,")
    claims = load_ledger(seeds_copy).claims
    assert set(claims[claims.article == A4].value) >= {"ordered", ">=2"}


@pytest.mark.parametrize("article_set", sorted(p.parent.name for p in (paths.ROOT / "benchmarks").glob("*/claims.csv")))
def test_every_article_set_of_the_extractor_is_a_valid_ledger(article_set):
    ledger = load_ledger(paths.ROOT / "benchmarks" / article_set)
    assert len(ledger.claims) > 20 and len(ledger.articles) >= 4 and not set(ledger.claims.iso3) & {"CHN"}
