"""The command line: python -m dashboard export [--build DIR] [--out FILE] [--measure M]."""

import argparse
import sys
from pathlib import Path

from dashboard.map import MEASURES
from geodata import paths
from geodata.errors import InputError, InputErrors


def cmd_export(args: argparse.Namespace) -> int:
    from dashboard import export

    if args.out is not None:
        paths.check_output(args.out, paths.seeds_folder())
    out = export.run(args.build, args.out, args.measure)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write the map as one self-contained HTML page that opens offline")
    export.add_argument("--build", type=Path, default=paths.BUILD,
                        help="folder written by `python -m geodata build` (default: build/)")
    export.add_argument("--out", type=Path, default=None, help="output file (default: <build>/map.html)")
    export.add_argument("--measure", choices=list(MEASURES), default="any",
                        help="what colours the countries (default: any)")
    export.set_defaults(func=cmd_export)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, InputErrors) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: {err.filename or ''}: {err.strerror or err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
