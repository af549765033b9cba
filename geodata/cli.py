"""The command line: python -m geodata build | extract | evaluate | add | accept | edit."""

import argparse
import sys
from pathlib import Path

from geodata import paths
from geodata.errors import InputError, InputErrors


def cmd_build(args: argparse.Namespace) -> int:
    from geodata import build

    result = build.write_build(args.seeds, args.out)
    print(result.summary())
    if args.show:
        import pandas as pd

        from geodata.outputs import COUNTRIES

        table = pd.read_csv(paths.built_countries(args.out), dtype=str, keep_default_na=False)
        columns = [c for c in COUNTRIES.names if c not in ("cities", "sources", "outlets", "single_source", "n_claims")]
        with pd.option_context("display.width", 200, "display.max_colwidth", 60, "display.max_columns", 20):
            print()
            print(table[columns].to_string(index=False))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from geodata import extract

    return extract.run(args.paths)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from geodata import evaluate

    print(evaluate.report(evaluate.evaluate(args.seeds), details=not args.scores_only))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from geodata import review

    meta = {"outlet": args.outlet, "title": args.title, "url": args.url, "published": args.published}
    path = review.add(args.file, meta, args.seeds, args.review, args.out)
    print("Edit the proposals (delete wrong rows, correct values, add rows), then run:")
    print(f"  python -m geodata accept {path}")
    print(path)
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from geodata import review

    for change in review.accept(args.review_file, args.seeds, args.out):
        print(f"{change.article}: {change.claims_added} claims added, {change.claims_removed} removed")
    print(f"rebuilt {args.out}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from geodata.publish import edit_article, rebuild

    fields = {name: getattr(args, name) for name in ("outlet", "title", "url", "published", "cites")
              if getattr(args, name) is not None}
    if not fields:
        raise InputError(args.article, "nothing to correct", fix="give at least one of --outlet, --title, --url, "
                         "--published, --cites")
    paths.check_output(args.out, args.seeds, folder=True)
    edit_article(args.seeds, args.article, fields, source=args.article)
    rebuild(args.seeds, args.out)
    print(f"{args.article}: corrected {', '.join(fields)}; rebuilt {args.out}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m geodata", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="validate the ledger in seeds/ and write the tables and map data to build/")
    build.add_argument("--seeds", type=Path, default=paths.SEEDS, help="folder with articles/, articles.csv, claims.csv, figures.csv (default: seeds/)")
    build.add_argument("--out", type=Path, default=paths.BUILD, help="output folder (default: build/)")
    build.add_argument("--show", action="store_true", help="print the per-country table after building")
    build.set_defaults(func=cmd_build)

    extract = commands.add_parser(
        "extract", help="propose claims from article files: CSV on stdout, problems on stderr",
        description="Propose claims from article files (plain UTF-8 text) or folders of them (their *.txt). "
                    "Writes CSV to stdout: article,country_iso3,category,value,quote,start,end,rule. "
                    "Unreadable files are reported on stderr and skipped; exit code 1 if any was skipped.")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article file or folder of articles")
    extract.set_defaults(func=cmd_extract)

    evaluate = commands.add_parser("evaluate", help="score the extractor against the reviewed ledger (precision, recall, F1)")
    evaluate.add_argument("--seeds", type=Path, default=paths.SEEDS, help="folder with the reviewed ledger (default: seeds/)")
    evaluate.add_argument("--scores-only", action="store_true",
                          help="print the scores, not the misses and false alarms (for a held-out set, to keep it unseen)")
    evaluate.set_defaults(func=cmd_evaluate)

    add = commands.add_parser("add", help="add an article to the ledger and write its proposed claims to a review CSV")
    add.add_argument("file", type=Path, help="the article as a plain UTF-8 text file (at most 1 MB)")
    add.add_argument("--outlet", required=True,
                     help="the outlet, or 'unknown' (a value that starts with a dash: --outlet=-value)")
    add.add_argument("--title", default="", help="the article's title")
    add.add_argument("--url", default="", help="the article's address (http/https)")
    add.add_argument("--published", default="", help="publication date, YYYY-MM-DD")
    add.add_argument("--seeds", type=Path, default=paths.SEEDS, help="the ledger folder (default: seeds/)")
    add.add_argument("--out", type=Path, default=paths.BUILD, help="build folder to refresh (default: build/)")
    add.add_argument("--review", type=Path, help="where to write the review CSV (default: review/<article>.csv)")
    add.set_defaults(func=cmd_add)

    accept = commands.add_parser("accept", help="publish the rows left in a review CSV as the article's claims and rebuild")
    accept.add_argument("review_file", type=Path, metavar="REVIEW_FILE", help="a review CSV written by `add`")
    accept.add_argument("--seeds", type=Path, default=paths.SEEDS, help="the ledger folder (default: seeds/)")
    accept.add_argument("--out", type=Path, default=paths.BUILD, help="build folder to refresh (default: build/)")
    accept.set_defaults(func=cmd_accept)

    edit = commands.add_parser("edit", help="correct an existing article's outlet, title, address, date or cited outlets")
    edit.add_argument("article", metavar="ARTICLE", help="the article's file name in seeds/articles/")
    edit.add_argument("--outlet", help="the outlet (a value that starts with a dash: --outlet=-value)")
    edit.add_argument("--title", help="the headline")
    edit.add_argument("--url", help="the article's address (http/https)")
    edit.add_argument("--published", help="publication date, YYYY-MM-DD")
    edit.add_argument("--cites", help="outlets the article names as its source, '; '-separated")
    edit.add_argument("--seeds", type=Path, default=paths.SEEDS, help="the ledger folder (default: seeds/)")
    edit.add_argument("--out", type=Path, default=paths.BUILD, help="build folder to refresh (default: build/)")
    edit.set_defaults(func=cmd_edit)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, InputErrors) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # a disk full, a permission denied: the file and the reason, no traceback
        print(f"error: {err.filename or ''}: {err.strerror or err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: nothing half-written is kept (the next command completes or undoes the change)",
              file=sys.stderr)
        return 130
