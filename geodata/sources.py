"""Who says so: names of sources as articles write them -> canonical names and kinds (data/sources.csv).

A claim's `according_to` names who the article attributes it to, first-hand first and then each outlet
that relays it, '; '-separated: "Safeguard Defenders; CNN" reads "Safeguard Defenders, via CNN". Empty
means the outlet states it in its own voice. Every name must be listed in data/sources.csv (alias,
name, kind), checked at build like countries: an unlisted name fails with the file to edit.

The first-hand source of a claim is its first according_to name; else the first outlet the article
cites; else the article's outlet. Counting these, not articles, is what tells corroboration from echo.
"""

from functools import cache

from geodata import paths
from geodata.errors import InputError
from geodata.files import read_csv_strict
from geodata.intake import clean_field

SOURCE_COLUMNS = ["alias", "name", "kind"]
KINDS = {"ngo": "a non-governmental organisation", "media": "a news outlet",
         "government": "a government, ministry or official", "police": "a police force or police official",
         "court": "a court or prosecutor", "other": "anyone else"}


def key(name: str) -> str:
    return clean_field(name).casefold()


@cache
def load_sources(path=paths.SOURCES) -> dict[str, tuple[str, str]]:
    """key(alias or canonical name) -> (canonical name, kind); errors naming the line and the fix."""
    frame = read_csv_strict(path, SOURCE_COLUMNS)
    table: dict[str, tuple[str, str]] = {}
    kinds: dict[str, str] = {}
    for row in frame.itertuples():
        if row.kind not in KINDS:
            raise InputError(path, f"unknown kind {row.kind!r}", line=row.line, fix=f"use one of {', '.join(KINDS)}")
        if not row.alias or not row.name:
            raise InputError(path, "empty alias or name", line=row.line, fix="give both the alias and the name")
        if kinds.setdefault(row.name, row.kind) != row.kind:
            raise InputError(path, f"{row.name!r} is given two kinds", line=row.line, fix="give every row of a name one kind")
        table[key(row.alias)] = (row.name, row.kind)
        table.setdefault(key(row.name), (row.name, row.kind))
    return table


def split(according_to: str) -> list[str]:
    return [part.strip() for part in according_to.split(";") if part.strip()]


def resolve_source(name: str) -> tuple[str, str] | None:
    """(canonical name, kind) of a source name as written, or None when data/sources.csv does not list it."""
    return load_sources().get(key(name))


def unknown_sources(according_to: str) -> list[str]:
    """The names of an according_to cell that data/sources.csv does not list."""
    return [name for name in split(according_to) if resolve_source(name) is None]


def canonical(according_to: str) -> str:
    """according_to with every name in its canonical form ('Guardian' -> 'The Guardian')."""
    return "; ".join((resolve_source(n) or (n, ""))[0] for n in split(according_to))


def first_hand(according_to: str, cites: str, outlet_label: str) -> tuple[str, str]:
    """(name, kind) of the claim's first-hand source: who it is attributed to, else the first outlet the
    article cites, else the article's own outlet label."""
    for name in (split(according_to) + split(cites))[:1]:
        return resolve_source(name) or (name, "media")
    return outlet_label, "media"


def said_by(according_to: str, cites: str, outlet_label: str) -> str:
    """The chain a reader sees: 'Safeguard Defenders, via CNN, via wionews.com'."""
    chain = split(canonical(according_to))
    if not chain:
        chain = split(canonical(split(cites)[0])) if split(cites) else []
    if outlet_label not in chain:
        chain.append(outlet_label)
    return ", via ".join(dict.fromkeys(chain))
