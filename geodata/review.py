"""The newsroom workflow on the command line: add an article and write its proposed claims to a
review file; accept a review file into the ledger and rebuild.

`add` puts the article into the ledger with no claims and writes the extractor's proposals, in the
ledger's columns, to build/review/<article>.csv. A person edits that file (deletes wrong rows,
corrects values, adds rows whose quote is in the text), then `accept` publishes what is left.
"""

from pathlib import Path

import pandas as pd

from geodata import paths
from geodata.articles import parse_article
from geodata.errors import InputError
from geodata.files import read_csv_strict, write_csv_atomic
from geodata.ledger import CLAIM_COLUMNS
from geodata.publish import decode_upload, publish_article, rebuild, replace_claims


def proposals_for_review(article_id: str, text: str) -> pd.DataFrame:
    """The extractor's proposals for one article, in the ledger's columns."""
    from geodata.extract import propose_claims

    proposed = propose_claims(parse_article(article_id, text))
    return pd.DataFrame({
        "article": article_id,
        "country": proposed.country_iso3,
        "category": proposed.category,
        "value": proposed.value,
        "city": proposed.city,
        "quote": proposed.quote,
        "note": "proposed by rule " + proposed.rule,
    }, columns=CLAIM_COLUMNS)


def add(file: Path, meta: dict, seeds: Path, review: Path | None, out: Path) -> Path:
    """Add the article in `file` to the ledger and write its proposals to a review CSV; return its path."""
    text = decode_upload(Path(file).read_bytes(), str(file))
    proposals = proposals_for_review(Path(file).name, text)  # before anything is written
    change = publish_article(seeds, text, meta, [], source=str(file))
    review = review or paths.review_dir(out) / change.article.replace(".txt", ".csv")
    write_csv_atomic(review, proposals.assign(article=change.article))
    rebuild(seeds, out)
    return review


def accept(review: Path, seeds: Path, out: Path) -> list:
    """Publish the rows left in a review CSV (they become those articles' claims) and rebuild."""
    frame = read_csv_strict(review, CLAIM_COLUMNS)
    if frame.empty:
        raise InputError(review, "no rows to accept", fix="keep at least one row, or remove the article instead")
    rows = frame.to_dict("records")
    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    changes = replace_claims(seeds, by_article, source=str(review))
    rebuild(seeds, out)
    return changes
