"""Changes to the ledger in (a new article, its reviewed claims, a correction, a removal), seeds/ files out.

The ledger files stay the single source of truth, and seeds/ is always buildable:
- every piece of submitted text passes the one intake (geodata.intake), so what is checked is what is stored;
- every change is built in full in a staging folder first (the would-be ledger, then `geodata build` on
  it) and written only if that build succeeds; a refusal names the problem and the fix, nothing is written;
- every change runs under a file lock (two people publishing at once both land) and is written
  all-or-nothing: each new file is staged beside its target, a journal lists the renames, and a run that
  dies half-way is completed from the journal by the next command that reads the ledger (`recover`).
Each change appends a line to seeds/changes.csv.
"""

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock, Timeout

from geodata import paths
from geodata.article_text import MAX_ARTICLE_BYTES, checked_article, normalise, parse_article, read_article
from geodata.errors import InputError, InputErrors
from geodata.files import csv_text, read_csv_strict, read_text, write_atomic
from geodata.intake import clean_field, clean_text, decode
from geodata.ledger import (
    ARTICLE_COLUMNS, CLAIM_COLUMNS, FIGURE_COLUMNS, check_article_id, check_published, is_web_address, length_errors,
    validate_claims,
)

CHANGE_COLUMNS = ["when", "action", "article", "claims_added", "claims_removed"]
LOCK_TIMEOUT_SECONDS = 60


@dataclass
class Change:
    action: str
    article: str
    claims_added: int
    claims_removed: int


# Locking, staging and all-or-nothing writes.

class locked:
    """The ledger lock, with a clear refusal when another change holds it for too long."""

    def __init__(self, seeds: Path):
        self.seeds = paths.check_ledger_folder(seeds)
        self.lock = FileLock(str(paths.lock_file(self.seeds)), timeout=LOCK_TIMEOUT_SECONDS)

    def __enter__(self):
        try:
            self.lock.acquire()
        except Timeout as err:
            raise InputError(paths.lock_file(self.seeds), f"another change has held the ledger for over "
                             f"{LOCK_TIMEOUT_SECONDS} s", fix="wait for it to finish, then try again") from err
        replay_journal(self.seeds)
        return self

    def __exit__(self, *exc):
        self.lock.release()


def replay_journal(seeds: Path) -> bool:
    """Finish a commit that died half-way: do every rename or delete the journal still lists. Call with the
    lock held. True when there was one to finish."""
    journal = paths.journal_file(seeds)
    if not journal.exists():
        return False
    for step in json.loads(journal.read_text(encoding="utf-8")):
        staged, target = Path(step["staged"]) if step["staged"] else None, Path(step["target"])
        if staged is None:
            target.unlink(missing_ok=True)
        elif staged.exists():
            os.replace(staged, target)
    journal.unlink()
    return True


def recover(seeds: Path) -> None:
    """Complete a change that a killed process left half-written, before anything reads the ledger."""
    if paths.journal_file(seeds).exists():
        with locked(seeds):
            pass


def staged_ledger(seeds: Path, writes: dict[Path, bytes | None], folder: Path) -> Path:
    """In `folder`, the ledger as it would be after `writes`: changed files written, the rest linked."""
    stage = folder / "seeds"
    paths.articles_dir(stage).mkdir(parents=True)
    current = [paths.articles_dir(seeds) / p.name for p in paths.articles_dir(seeds).glob("*.txt")]
    current += [seeds / name for name in paths.LEDGER_FILES]
    for path in current:
        if path not in writes:
            (stage / path.relative_to(seeds)).symlink_to(path.resolve())
    for path, data in writes.items():
        if data is not None and path.parent in (seeds, paths.articles_dir(seeds)):
            (stage / path.relative_to(seeds)).write_bytes(data)
    return stage


def check_builds(seeds: Path, writes: dict[Path, bytes | None], source) -> None:
    """Build the would-be ledger in a staging folder; InputErrors (naming `source`) when it would not build."""
    from geodata import build

    with tempfile.TemporaryDirectory(prefix="ledger-stage-") as folder:
        stage = staged_ledger(seeds, writes, Path(folder))
        try:
            build.tables(stage)  # the map files add boundaries only: nothing in the ledger can make them fail
        except (InputError, InputErrors) as err:
            problems = err.errors if isinstance(err, InputErrors) else [err]
            raise InputErrors([InputError(source, "this change would leave the ledger unbuildable, so nothing "
                                                  f"was written: {p.message}", fix=p.fix) for p in problems]) from err


def commit(seeds: Path, writes: dict[Path, bytes | None], source) -> None:
    """Write every file in `writes` (None deletes it) as one change, once a staging build of the result has
    succeeded. Call with the lock held."""
    check_builds(seeds, writes, source)
    steps = []
    try:
        for target, data in writes.items():
            staged = None
            if data is not None:
                staged = target.with_name(f".{target.name}.staged")
                write_atomic(staged, data)
            steps.append({"staged": str(staged) if staged else "", "target": str(target)})
    except BaseException:
        for step in steps:
            if step["staged"]:
                Path(step["staged"]).unlink(missing_ok=True)
        raise
    write_atomic(paths.journal_file(seeds), json.dumps(steps))
    replay_journal(seeds)


def rebuild(seeds: Path, out: Path):
    """Rebuild out/ from seeds/ under the ledger lock, so a build never mixes two changes and a slower
    build of an older ledger cannot overwrite a newer one."""
    from geodata import build

    with locked(seeds):
        return build.write_build(seeds, out)


# Reading and rendering the ledger files.

def ledger_bytes(rows: list[dict], columns: list[str]) -> bytes:
    """A ledger file's bytes, written by the one CSV writer."""
    return csv_text(rows, columns).encode("utf-8")


def read_rows(path: Path, columns: list[str]) -> list[dict]:
    if not path.exists():
        return []
    return read_csv_strict(path, columns).drop(columns="line").to_dict("records")


def changes_with(seeds: Path, changes: list[Change]) -> bytes:
    """changes.csv with one more line per change."""
    rows = read_rows(paths.changes_csv(seeds), CHANGE_COLUMNS)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    rows += [{"when": when, "action": c.action, "article": c.article, "claims_added": c.claims_added,
              "claims_removed": c.claims_removed} for c in changes]
    return ledger_bytes(rows, CHANGE_COLUMNS)


# Checks on what a person submits.

def decode_upload(data: bytes, name: str = "upload") -> str:
    """Text of uploaded bytes through the one intake: refused when too big, not UTF-8 or empty."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(name, f"file is larger than {MAX_ARTICLE_BYTES:,} bytes ({len(data):,})",
                         fix="is this really one article? trim it to the article's text")
    text = decode(data, name)
    if not text.strip():
        raise InputError(name, "the text is empty", fix="paste the article's text")
    return text


def read_upload(path: Path) -> str:
    """An article file given on the command line, through decode_upload; a clear error for a missing file or
    a folder."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, "is a folder, not an article file", fix="give one plain-text (.txt) article file")
    if not path.is_file():
        raise InputError(path, "no such file", fix="check the file name")
    if path.stat().st_size > MAX_ARTICLE_BYTES:
        raise InputError(path, f"file is larger than {MAX_ARTICLE_BYTES:,} bytes",
                         fix="is this really one article? trim it to the article's text")
    return decode_upload(path.read_bytes(), str(path))


def clean_metadata(meta: dict) -> dict:
    """The article's metadata as the ledger stores it (one intake), every column present."""
    return {c: clean_field(meta.get(c, "")) for c in ARTICLE_COLUMNS if c != "article"}


def check_metadata(meta: dict, source) -> list[InputError]:
    import pandas as pd

    errors = length_errors(pd.DataFrame([meta]).assign(line=None), source)
    if not meta.get("outlet"):
        errors.append(InputError(source, "no outlet given", fix="name the outlet, or write 'unknown'"))
    if meta.get("url") and not is_web_address(meta["url"]):
        errors.append(InputError(source, f"address {meta['url']!r} is not http/https",
                                 fix="use an http:// or https:// address, or leave it empty"))
    problem = check_published(meta.get("published", ""))
    if problem:
        errors.append(InputError(source, f"published {meta['published']!r} is not a date", fix=problem))
    return errors


def content_key(text: str) -> str:
    """What makes two articles the same: their story's paragraphs (page furniture and repeats set aside),
    in the one intake's form, plain quotes, collapsed whitespace, case-folded."""
    article = parse_article("", clean_text(text))
    body = "\n".join(normalise(article.paragraph_text(p)) for p in article.paragraphs)
    return hashlib.sha256(body.casefold().encode()).hexdigest()


def find_duplicate(seeds: Path, text: str) -> str | None:
    """The file name of an article with the same content, if there is one."""
    key = content_key(text)
    for path in sorted(paths.articles_dir(seeds).glob("*.txt")):
        try:
            existing = read_text(path)
        except InputError:
            continue
        if content_key(existing) == key:
            return path.name
    return None


def new_article_id(seeds: Path, text: str) -> str:
    numbers = [int(p.name[:3]) for p in paths.articles_dir(seeds).glob("*.txt") if p.name[:3].isdigit()]
    return f"{max(numbers, default=-1) + 1:03d}_{content_key(text)[:16]}.txt"


def claims_frame(rows: list[dict], article: str):
    """Submitted claim rows as a ledger frame (one intake for every cell); `line` is the row's own line if it
    has one, else its number."""
    import pandas as pd

    frame = pd.DataFrame([{c: clean_field(r.get(c, "")) for c in CLAIM_COLUMNS} for r in rows],
                         columns=CLAIM_COLUMNS, dtype=str)
    frame["article"] = article
    frame["line"] = [r.get("line") or i for i, r in enumerate(rows, start=1)]
    return frame


def checked_claims(rows: list[dict], article_id: str, text: str, source) -> list[dict]:
    """The submitted rows, validated against the article text; InputErrors naming each bad row."""
    frame = claims_frame(rows, article_id)
    _, errors = validate_claims(frame, {article_id: parse_article(article_id, text)}, Path(str(source)))
    if errors:
        raise InputErrors(errors)
    return frame[CLAIM_COLUMNS].to_dict("records")


# The changes.

def publish_article(seeds: Path, text: str, meta: dict, claims: list[dict], source="submission") -> Change:
    """Add a new article, its metadata and its reviewed claims as one change."""
    text = decode_upload(text.encode("utf-8"), str(source))
    checked_article("submission", text, source)
    meta = clean_metadata(meta)
    errors = check_metadata(meta, source)
    if errors:
        raise InputErrors(errors)
    with locked(seeds):
        duplicate = find_duplicate(seeds, text)
        if duplicate:
            raise InputError(source, f"this article is already in the ledger as {paths.articles_dir(seeds) / duplicate}",
                             fix=f"open the existing article {duplicate} to correct its claims instead")
        article_id = new_article_id(seeds, text)
        accepted = checked_claims(claims, article_id, text, source)
        articles = read_rows(paths.articles_csv(seeds), ARTICLE_COLUMNS) + [{"article": article_id, **meta}]
        ledger = read_rows(paths.claims_csv(seeds), CLAIM_COLUMNS) + accepted
        change = Change("add", article_id, len(accepted), 0)
        commit(seeds, {
            paths.articles_dir(seeds) / article_id: text.encode("utf-8"),
            paths.articles_csv(seeds): ledger_bytes(articles, ARTICLE_COLUMNS),
            paths.claims_csv(seeds): ledger_bytes(ledger, CLAIM_COLUMNS),
            paths.changes_csv(seeds): changes_with(seeds, [change]),
        }, source)
    return change


def replace_claims(seeds: Path, claims_by_article: dict[str, list[dict]], source="submission") -> list[Change]:
    """Set the reviewed claims of existing articles (corrections, removals, additions) as one change."""
    with locked(seeds):
        ledger = read_rows(paths.claims_csv(seeds), CLAIM_COLUMNS)
        changes, errors = [], []
        for article_id, rows in claims_by_article.items():
            line = rows[0].get("line") if rows else None
            problem = check_article_id(article_id)
            path = paths.articles_dir(seeds) / article_id
            if problem or not path.is_file():
                errors.append(InputError(source, f"unknown article {article_id!r}", line=line,
                                         fix=problem or "add the article first, or use a file name from seeds/articles/"))
                continue
            try:
                accepted = checked_claims(rows, article_id, read_article(path).text, source)
            except InputError as err:
                errors.append(err)
                continue
            except InputErrors as err:
                errors += err.errors
                continue
            old = [r for r in ledger if r["article"] == article_id]
            ledger = [r for r in ledger if r["article"] != article_id] + accepted
            changes.append(Change("update", article_id, sum(r not in old for r in accepted),
                                  sum(r not in accepted for r in old)))
        if errors:
            raise InputErrors(errors)
        commit(seeds, {paths.claims_csv(seeds): ledger_bytes(ledger, CLAIM_COLUMNS),
                       paths.changes_csv(seeds): changes_with(seeds, changes)}, source)
    return changes


def edit_article(seeds: Path, article_id: str, changes: dict, source="submission") -> Change:
    """Correct an existing article's details (outlet, title, url, published, cites) as one change; the
    fields not in `changes` stay as they are."""
    unknown = set(changes) - set(ARTICLE_COLUMNS[1:])
    if unknown:
        raise InputError(source, f"cannot edit {', '.join(sorted(unknown))}",
                         fix=f"edit only {', '.join(ARTICLE_COLUMNS[1:])}")
    with locked(seeds):
        articles = read_rows(paths.articles_csv(seeds), ARTICLE_COLUMNS)
        row = next((r for r in articles if r["article"] == article_id), None)
        if check_article_id(article_id) or row is None:
            raise InputError(source, f"no article {article_id!r}", fix="use a file name from seeds/articles/")
        edited = clean_metadata({**row, **changes})
        errors = check_metadata(edited, source)
        if errors:
            raise InputErrors(errors)
        articles = [{"article": article_id, **edited} if r is row else r for r in articles]
        change = Change("edit", article_id, 0, 0)
        commit(seeds, {paths.articles_csv(seeds): ledger_bytes(articles, ARTICLE_COLUMNS),
                       paths.changes_csv(seeds): changes_with(seeds, [change])}, source)
    return change


def remove_article(seeds: Path, article_id: str, source="submission") -> Change:
    """Remove an article, its metadata and all its claims (figures too) as one change."""
    with locked(seeds):
        path = paths.articles_dir(seeds) / article_id
        if check_article_id(article_id) or not path.is_file():
            raise InputError(source, f"no article {article_id!r}", fix="use a file name from seeds/articles/")
        articles = [r for r in read_rows(paths.articles_csv(seeds), ARTICLE_COLUMNS) if r["article"] != article_id]
        ledger = read_rows(paths.claims_csv(seeds), CLAIM_COLUMNS)
        kept = [r for r in ledger if r["article"] != article_id]
        figures_path = paths.figures_csv(seeds)
        figures = [r for r in read_rows(figures_path, FIGURE_COLUMNS) if r["article"] != article_id]
        change = Change("remove", article_id, 0, len(ledger) - len(kept))
        commit(seeds, {
            paths.articles_csv(seeds): ledger_bytes(articles, ARTICLE_COLUMNS),
            paths.claims_csv(seeds): ledger_bytes(kept, CLAIM_COLUMNS),
            figures_path: ledger_bytes(figures, FIGURE_COLUMNS),
            path: None,
            paths.changes_csv(seeds): changes_with(seeds, [change]),
        }, source)
    return change

