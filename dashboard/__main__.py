"""The command line: python -m dashboard export | figure."""

import argparse
import sys
from pathlib import Path

from dashboard.map import MEASURES, STATUS
from geodata import paths
from geodata.errors import InputError, InputErrors


def cmd_export(args: argparse.Namespace) -> int:
    from dashboard import export

    if args.out is not None:
        paths.check_output(args.out, paths.seeds_folder())
    out = export.write_export(args.build, args.out, args.measure)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")
    return 0


def cmd_figure(args: argparse.Namespace) -> int:
    from dashboard import figure
    from dashboard.data import load_build

    out = args.out or args.build / "map.png"
    paths.check_output(out, paths.seeds_folder())
    if out.suffix.lower() not in (".png", ".svg"):
        raise InputError(out, "the file name must end in .png or .svg", fix="for example --out map.svg")
    if not 600 <= args.width <= 8000:
        raise InputError(out, f"width {args.width} px is out of range", fix="give --width between 600 and 8000")
    written = figure.write_figure(load_build(args.build), out, args.measure, args.width)
    print(f"wrote {written} ({written.stat().st_size:,} bytes)")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write the map as one self-contained HTML page that opens offline")
    export.add_argument("--build", type=Path, default=paths.BUILD,
                        help="folder written by `python -m geodata build` (default: build/)")
    export.add_argument("--out", type=Path, default=None, help="output file (default: <build>/map.html)")
    export.add_argument("--measure", choices=list(MEASURES), default=STATUS,
                        help=f"what colours the countries (default: {STATUS})")
    export.set_defaults(func=cmd_export)
    figure = commands.add_parser("figure", help="draw the map as a PNG or SVG for print and social (no browser)")
    figure.add_argument("--build", type=Path, default=paths.BUILD, help="the build folder (default: build/)")
    figure.add_argument("--out", type=Path, default=None, help="FILE.png or FILE.svg (default: <build>/map.png)")
    figure.add_argument("--measure", choices=list(MEASURES), default=STATUS, help=f"default: {STATUS}")
    figure.add_argument("--width", type=int, default=1600, help="image width in pixels (default: 1600)")
    figure.set_defaults(func=cmd_figure)
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
