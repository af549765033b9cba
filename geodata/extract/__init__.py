"""Proposed claims from article text: an offline, explainable extractor.

In:  an Article (geodata.article_text), or article files and folders on the command line.
Out: `propose(article)` -> list of Claim (iso3, category, value, quote, start, end, rule, city, according_to);
     `propose_claims(article)` -> the same as a DataFrame for the app;
     `run(paths, out, err)` -> CSV on `out` with COLUMNS, problems on `err`, an exit code.

Every quote is the verbatim sentence: article.text[start:end] == quote. Values: a count of
stations or people ('11', '>=2' for "at least two", '>100' for "more than 100"), a year range for
patrols, 'ordered' or 'closed' for a shutdown. This package imports pandas only in propose_claims
and tqdm only when it shows a progress bar; the gazetteer and the compiled patterns are read from the cache folder (.cache/,
or POLICE_MAP_CACHE) when an earlier run left them there (run() saves the patterns it compiled).
"""

import csv
import io
import os
import sys
from pathlib import Path

from geodata.article_text import Article, read_article
from geodata.errors import InputError
from geodata.extract import regex_cache
from geodata.extract.gazetteer import find_mentions, fold
from geodata.extract.rules import CATEGORY_ORDER, Claim, article_claims

COLUMNS = ["article", "country_iso3", "category", "value", "quote", "start", "end", "rule", "according_to"]
OUT_BLOCK = 1 << 16  # characters of CSV written to `out` at a time
FRAME_COLUMNS = ["country_iso3", "category", "value", "city", "quote", "start", "end", "rule", "according_to"]

__all__ = ["COLUMNS", "CATEGORY_ORDER", "Claim", "propose", "propose_claims", "article_paths", "run"]


def propose(article: Article) -> list[Claim]:
    """The claims the article supports, one per (country, category), in text order."""
    folded = fold(article.text)
    mentions = find_mentions(article.text, folded)
    if not mentions:
        return []
    return article_claims(article, mentions, folded)


def propose_claims(article: Article):
    """propose() as a pandas DataFrame with FRAME_COLUMNS (empty frame, same columns, if none)."""
    import pandas as pd

    rows = [[c.iso3, c.category, c.value, c.city, c.quote, c.start, c.end, c.rule, c.according_to]
            for c in propose(article)]
    return pd.DataFrame(rows, columns=FRAME_COLUMNS).astype({"start": "int64", "end": "int64"})


def article_paths(paths: list[Path], err) -> tuple[list[Path], int]:
    """The article files named: files as given, folders as their *.txt files (sorted); a path that
    does not exist is reported on `err`. Returns the files and the number of problems."""
    files, problems = [], 0
    for path in map(Path, paths):
        if path.is_dir():
            files += text_files(path)
        elif path.is_file():
            files.append(path)
        else:
            print(f"error: {path}: no such file or folder", file=err)
            problems += 1
    return files, problems


def text_files(folder: Path) -> list[Path]:
    """The *.txt files of a folder, sorted: sorted(p for p in folder.glob("*.txt") if p.is_file()), from one
    directory scan (a folder entry knows whether it is a file: no stat per file, names sorted as strings)."""
    with os.scandir(folder) as entries:
        names = sorted(entry.name for entry in entries if entry.name.endswith(".txt") and entry.is_file())
    return [folder / name for name in names]


def run(paths: list[Path], out=None, err=None) -> int:
    """Extract from every article file under `paths`, CSV rows to `out` (stdout by default).

    Unreadable files (not UTF-8, over 1 MB, empty, missing) are reported on `err` and skipped; the
    rest still run. Exit code: 0 when every file was read, 1 when some were skipped or none was
    found. A progress bar (tqdm) goes to `err` only when it is a terminal. Rows are written in
    blocks of about OUT_BLOCK characters (one write per row is slow when stdout is unbuffered)."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    files, problems = article_paths(paths, err)
    show = hasattr(err, "isatty") and err.isatty() and len(files) > 1
    buffer = io.StringIO()  # rows go out in blocks: one write per row is slow when stdout is unbuffered
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    bar = progress_bar(len(files), err) if show else None
    for path in files:
        if buffer.tell() >= OUT_BLOCK:
            out.write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
        try:
            article = read_article(path)
        except (InputError, OSError) as error:
            if bar:
                bar.write(f"error: {error}", file=err)  # above the bar, which is redrawn below it
            else:
                print(f"error: {error}", file=err)
            problems += 1
        else:
            writer.writerows([article.id, c.iso3, c.category, c.value, c.quote, c.start, c.end, c.rule, c.according_to]
                             for c in propose(article))
        if bar:
            bar.update()
    out.write(buffer.getvalue())
    out.flush()
    regex_cache.save()  # the next run starts without compiling these patterns again
    if bar:
        bar.close()
    if not files:
        print("error: no article files found (give .txt files or folders of them)", file=err)
        return 1
    return 1 if problems else 0


def progress_bar(total: int, err):
    """A tqdm progress bar over `total` files on `err` (tqdm imported only when one is shown)."""
    from tqdm import tqdm

    return tqdm(total=total, file=err, unit=" files", mininterval=0.2,
                bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} files [{elapsed}<{remaining}, {rate_fmt}]")
