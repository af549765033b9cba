"""Changes to the ledger in (a new article, its reviewed claims, a removal), seeds/ files out.

The ledger files stay the single source of truth. Every change is checked in full before anything
is written, runs under a file lock (two people publishing at once both land), and is written
all-or-nothing: every new file is staged beside its target, a journal lists the renames, and the
renames are replayed from the journal if a run dies half-way. Each change appends a line to
seeds/changes.csv.
"""

import csv
import hashlib
import io
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from filelock import FileLock

from geodata import paths
from geodata.articles import MAX_ARTICLE_BYTES, normalise, parse_article, read_article
from geodata.errors import InputError, InputErrors
from geodata.files import read_csv_strict, write_bytes_atomic
from geodata.ledger import ARTICLE_COLUMNS, CLAIM_COLUMNS, FIGURE_COLUMNS, check_published, is_web_address, validate_claims

CHANGE_COLUMNS = ["when", "action", "article", "claims_added", "claims_removed"]
LOCK_TIMEOUT_SECONDS = 60


@dataclass
class Change:
    action: str
    article: str
    claims_added: int
    claims_removed: int


# Locking and all-or-nothing writes.

def lock(seeds: Path) -> FileLock:
    return FileLock(str(seeds / ".ledger.lock"), timeout=LOCK_TIMEOUT_SECONDS)


def journal_path(seeds: Path) -> Path:
    return seeds / ".ledger.journal"


def replay_journal(seeds: Path) -> None:
    """Finish a commit that died half-way: do every rename or delete the journal still lists."""
    journal = journal_path(seeds)
    if not journal.exists():
        return
    for step in json.loads(journal.read_text(encoding="utf-8")):
        staged, target = Path(step["staged"]) if step["staged"] else None, Path(step["target"])
        if staged is None:
            target.unlink(missing_ok=True)
        elif staged.exists():
            os.replace(staged, target)
    journal.unlink()


def commit(seeds: Path, writes: dict[Path, bytes | None]) -> None:
    """Write every file in `writes` (None deletes it) as one change. Call with the lock held."""
    steps = []
    try:
        for target, data in writes.items():
            staged = None
            if data is not None:
                staged = target.with_name(f".{target.name}.staged")
                write_bytes_atomic(staged, data)
            steps.append({"staged": str(staged) if staged else "", "target": str(target)})
    except BaseException:
        for step in steps:
            if step["staged"]:
                Path(step["staged"]).unlink(missing_ok=True)
        raise
    write_bytes_atomic(journal_path(seeds), json.dumps(steps).encode())
    replay_journal(seeds)


def rebuild(seeds: Path, out: Path):
    """Rebuild out/ from seeds/ under the ledger lock, so a build never mixes two publishes and a
    slower build of an older ledger cannot overwrite a newer one."""
    from geodata import build

    with lock(seeds):
        replay_journal(seeds)
        return build.run(seeds, out)


# Reading and rendering the ledger files.

def csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def read_rows(path: Path, columns: list[str]) -> list[dict]:
    if not path.exists():
        return []
    return read_csv_strict(path, columns).drop(columns="line").to_dict("records")


def change_line(seeds: Path, change: Change, current: bytes | None = None) -> bytes:
    """changes.csv (or `current`, its staged new text) with one more line."""
    if current is None:
        rows = read_rows(paths.changes_csv(seeds), CHANGE_COLUMNS)
    else:
        rows = list(csv.DictReader(io.StringIO(current.decode("utf-8"))))
    when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    rows.append({"when": when, "action": change.action, "article": change.article,
                 "claims_added": change.claims_added, "claims_removed": change.claims_removed})
    return csv_bytes(rows, CHANGE_COLUMNS)


# Checks on what a person submits.

def decode_upload(data: bytes, name: str = "upload") -> str:
    """Text of uploaded bytes: refused when too big, not UTF-8 or empty."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(name, f"file is larger than {MAX_ARTICLE_BYTES:,} bytes ({len(data):,})",
                         fix="is this really one article? trim it to the article's text")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise InputError(name, f"not UTF-8 text (byte {err.start})", fix="save the file as UTF-8") from err
    if not text.strip():
        raise InputError(name, "the text is empty", fix="paste the article's text")
    return text


def check_metadata(meta: dict, source: str) -> list[InputError]:
    errors = []
    if not meta.get("outlet", "").strip():
        errors.append(InputError(source, "no outlet given", fix="name the outlet, or write 'unknown'"))
    if meta.get("url") and not is_web_address(meta["url"]):
        errors.append(InputError(source, f"address {meta['url']!r} is not http/https",
                                 fix="use an http:// or https:// address, or leave it empty"))
    problem = check_published(meta.get("published", ""))
    if problem:
        errors.append(InputError(source, f"published {meta['published']!r} is not a date", fix=problem))
    return errors


def text_key(text: str) -> str:
    return hashlib.sha256(normalise(text).casefold().encode()).hexdigest()


def find_duplicate(seeds: Path, text: str) -> str | None:
    """The file name of an article with the same text after normalisation, if there is one."""
    key = text_key(text)
    for path in sorted(paths.articles_dir(seeds).glob("*.txt")):
        if text_key(path.read_text(encoding="utf-8", errors="replace")) == key:
            return path.name
    return None


def new_article_id(seeds: Path, text: str) -> str:
    numbers = [int(p.name[:3]) for p in paths.articles_dir(seeds).glob("*.txt") if p.name[:3].isdigit()]
    return f"{max(numbers, default=-1) + 1:03d}_{text_key(text)[:16]}.txt"


def claims_frame(rows: list[dict], article: str) -> pd.DataFrame:
    """Submitted claim rows as a ledger frame; `line` is the row's own line if it has one, else its number."""
    frame = pd.DataFrame([{c: str(r.get(c, "") or "").strip() for c in CLAIM_COLUMNS} for r in rows],
                         columns=CLAIM_COLUMNS, dtype=str)
    frame["article"] = article
    frame["line"] = [r.get("line") or i for i, r in enumerate(rows, start=1)]
    return frame


def checked_claims(rows: list[dict], article_id: str, text: str, source: str) -> list[dict]:
    """The submitted rows, validated against the article text; InputErrors naming each bad row."""
    frame = claims_frame(rows, article_id)
    _, errors = validate_claims(frame, {article_id: parse_article(article_id, text)}, Path(source))
    if errors:
        raise InputErrors(errors)
    return frame[CLAIM_COLUMNS].to_dict("records")


# The changes.

def publish_article(seeds: Path, text: str, meta: dict, claims: list[dict], source: str = "submission") -> Change:
    """Add a new article, its metadata and its reviewed claims as one change."""
    text = decode_upload(text.encode("utf-8"), source)
    errors = check_metadata(meta, source)
    if errors:
        raise InputErrors(errors)
    with lock(seeds):
        replay_journal(seeds)
        duplicate = find_duplicate(seeds, text)
        if duplicate:
            raise InputError(source, f"this article is already in the ledger as {paths.articles_dir(seeds) / duplicate}",
                             fix="open the existing article to correct its claims instead")
        article_id = new_article_id(seeds, text)
        accepted = checked_claims(claims, article_id, text, source)
        articles = read_rows(paths.articles_csv(seeds), ARTICLE_COLUMNS)
        articles.append({c: (article_id if c == "article" else str(meta.get(c, "") or "").strip())
                         for c in ARTICLE_COLUMNS})
        ledger = read_rows(paths.claims_csv(seeds), CLAIM_COLUMNS) + accepted
        change = Change("add", article_id, len(accepted), 0)
        commit(seeds, {
            paths.articles_dir(seeds) / article_id: text.encode("utf-8"),
            paths.articles_csv(seeds): csv_bytes(articles, ARTICLE_COLUMNS),
            paths.claims_csv(seeds): csv_bytes(ledger, CLAIM_COLUMNS),
            paths.changes_csv(seeds): change_line(seeds, change),
        })
    return change


def replace_claims(seeds: Path, claims_by_article: dict[str, list[dict]], source: str = "submission") -> list[Change]:
    """Set the reviewed claims of existing articles (corrections, removals, additions) as one change."""
    with lock(seeds):
        replay_journal(seeds)
        ledger = read_rows(paths.claims_csv(seeds), CLAIM_COLUMNS)
        changes, errors = [], []
        for article_id, rows in claims_by_article.items():
            path = paths.articles_dir(seeds) / article_id
            if not path.is_file():
                errors.append(InputError(source, f"unknown article {article_id!r}",
                                         line=rows[0].get("line") if rows else None,
                                         fix="add the article first, or use a file name from seeds/articles/"))
                continue
            try:
                accepted = checked_claims(rows, article_id, read_article(path).text, source)
            except InputErrors as err:
                errors += err.errors
                continue
            old = [r for r in ledger if r["article"] == article_id]
            ledger = [r for r in ledger if r["article"] != article_id] + accepted
            changes.append(Change("update", article_id, sum(r not in old for r in accepted),
                                  sum(r not in accepted for r in old)))
        if errors:
            raise InputErrors(errors)
        writes = {paths.claims_csv(seeds): csv_bytes(ledger, CLAIM_COLUMNS)}
        for change in changes:
            writes[paths.changes_csv(seeds)] = change_line(seeds, change, writes.get(paths.changes_csv(seeds)))
        commit(seeds, writes)
    return changes


def remove_article(seeds: Path, article_id: str) -> Change:
    """Remove an article, its metadata and all its claims (figures too) as one change."""
    with lock(seeds):
        replay_journal(seeds)
        path = paths.articles_dir(seeds) / article_id
        if not path.is_file():
            raise InputError(paths.articles_dir(seeds), f"no article {article_id!r}", fix="use a file name from seeds/articles/")
        articles = [r for r in read_rows(paths.articles_csv(seeds), ARTICLE_COLUMNS) if r["article"] != article_id]
        ledger = read_rows(paths.claims_csv(seeds), CLAIM_COLUMNS)
        kept = [r for r in ledger if r["article"] != article_id]
        figures_path = paths.figures_csv(seeds)
        figures = [r for r in read_rows(figures_path, FIGURE_COLUMNS) if r["article"] != article_id]
        change = Change("remove", article_id, 0, len(ledger) - len(kept))
        commit(seeds, {
            paths.articles_csv(seeds): csv_bytes(articles, ARTICLE_COLUMNS),
            paths.claims_csv(seeds): csv_bytes(kept, CLAIM_COLUMNS),
            figures_path: csv_bytes(figures, FIGURE_COLUMNS),
            path: None,
            paths.changes_csv(seeds): change_line(seeds, change),
        })
    return change
