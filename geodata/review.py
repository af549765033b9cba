"""The newsroom workflow on the command line: add an article and write its proposed claims to a
review file; accept a review file into the ledger and rebuild.

`add` puts the article into the ledger with no claims and writes the extractor's proposals, in the
ledger's columns plus the rule that proposed each row, to review/<article>.csv (outside build/, so
`make clean` keeps a journalist's edits). A person edits that file (deletes wrong rows, corrects
values, adds rows whose quote is in the text), then `accept` publishes what is left. Review files
are written for spreadsheets: a cell that would start a formula starts with an apostrophe, which
`accept` takes off again.
"""

from pathlib import Path

import pandas as pd

from geodata import paths
from geodata.article_text import parse_article
from geodata.errors import InputError
from geodata.files import csv_text, read_csv_strict, unneutralise, write_atomic
from geodata.ledger import CLAIM_COLUMNS
from geodata.publish import publish_article, read_upload, rebuild, replace_claims
from geodata.sources import unknown_sources

REVIEW_COLUMNS = [*CLAIM_COLUMNS, "rule"]


def proposals_for_review(article_id: str, text: str) -> pd.DataFrame:
    """The extractor's proposals for one article, in the ledger's columns and the rule that fired."""
    from geodata.extract import propose_claims

    proposed = propose_claims(parse_article(article_id, text))
    frame = pd.DataFrame({
        "article": article_id,
        "country": proposed.country_iso3,
        "category": proposed.category,
        "value": proposed.value,
        "city": proposed.city,
        "quote": proposed.quote,
        "rule": proposed.rule,
    }, columns=REVIEW_COLUMNS)
    if "according_to" in proposed:
        pairs = [split_attribution(a) for a in proposed["according_to"].fillna("")]
        frame["according_to"] = [known for known, _ in pairs]
        frame["note"] = [note for _, note in pairs]
    return frame.fillna("")


def split_attribution(according_to: str) -> tuple[str, str]:
    """(according_to, note) for a proposal: a source the sources table lists stays in according_to; one it
    does not list goes to the note in words, so the proposal can be published as it is and a reviewer can
    add the source to geodata/data/sources.csv."""
    if not according_to or not unknown_sources(according_to):
        return according_to, ""
    return "", f"according to {according_to}"


def add(file: Path, meta: dict, seeds: Path, review: Path | None, out: Path) -> Path:
    """Add the article in `file` to the ledger and write its proposals to a review CSV; return its path."""
    paths.check_ledger_folder(seeds)
    paths.check_output(out, seeds, folder=True)
    if review is not None:
        paths.check_output(review, seeds)
    text = read_upload(file)
    proposals = proposals_for_review(Path(file).name, text)  # before anything is written
    change = publish_article(seeds, text, meta, [], source=str(file))
    review = review or paths.review_file(paths.review_folder(), change.article)
    paths.check_output(review, seeds)
    write_atomic(review, csv_text(proposals.assign(article=change.article), REVIEW_COLUMNS, formula_safe=True))
    rebuild(seeds, out)
    return review


def accept(review: Path, seeds: Path, out: Path) -> list:
    """Publish the rows left in a review CSV (they become those articles' claims) and rebuild."""
    paths.check_ledger_folder(seeds)
    paths.check_output(out, seeds, folder=True)
    frame = read_csv_strict(review, CLAIM_COLUMNS, optional=("rule",))
    if frame.empty:
        raise InputError(review, "no rows to accept", fix="keep at least one row, or remove the article instead")
    rows = [{k: (unneutralise(v) if isinstance(v, str) else v) for k, v in row.items()}
            for row in frame.to_dict("records")]
    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    changes = replace_claims(seeds, by_article, source=str(review))
    rebuild(seeds, out)
    return changes
