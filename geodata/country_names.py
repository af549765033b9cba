"""Country names as journalists write them -> ISO 3166-1 alpha-3, via pycountry and aliases.csv.

Exact matching only: a name is looked up after plain-quote normalisation, case folding and
dropping a leading "the". An unmapped name fails loudly with the list and the file to edit.
"""

from functools import cache

import pandas as pd
import pycountry

from geodata import paths
from geodata.article_text import normalise
from geodata.errors import InputError
from geodata.files import read_csv_strict

ALIAS_COLUMNS = ["alias", "iso3", "kind"]
ALIAS_KINDS = {"name", "abbreviation", "demonym", "city"}

# Codes that are not ISO 3166-1 but that the map needs (Kosovo is user-assigned XKX by the EU
# and others); their display names are here because pycountry does not know them.
EXTRA_NAMES = {"XKX": "Kosovo", "XNC": "Northern Cyprus", "XSL": "Somaliland",
               "XIO": "Indian Ocean Territories", "XSG": "Siachen Glacier"}


def key(name: str) -> str:
    """The lookup key of a name: plain quotes, collapsed spaces, case-folded, no leading 'the'."""
    text = normalise(name).strip().casefold()
    return text.removeprefix("the ").strip()


@cache
def load_aliases(path=paths.ALIASES) -> pd.DataFrame:
    frame = read_csv_strict(path, ALIAS_COLUMNS)
    for row in frame.itertuples():
        if row.kind not in ALIAS_KINDS:
            raise InputError(path, f"unknown kind {row.kind!r}", line=row.line,
                             fix=f"use one of {', '.join(sorted(ALIAS_KINDS))}")
        if row.iso3 not in EXTRA_NAMES and pycountry.countries.get(alpha_3=row.iso3) is None:
            raise InputError(path, f"{row.iso3!r} is not an ISO 3166-1 alpha-3 code", line=row.line,
                             fix="use a three-letter code such as ITA")
    return frame


def pycountry_names() -> dict[str, str]:
    """Every name pycountry gives a country (name, official and common name) -> alpha-3."""
    names = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[key(value)] = country.alpha_3
    return names


@cache
def lookup() -> dict[str, str]:
    """The full lookup: pycountry names, then aliases.csv on top (reviewed aliases win)."""
    table = pycountry_names()
    table.update({key(r.alias): r.iso3 for r in load_aliases().itertuples()})
    return table


def resolve(name: str) -> str | None:
    """ISO3 for a name or an ISO3 code, or None when it does not resolve."""
    text = name.strip()
    if len(text) == 3 and text.isupper():
        if text in EXTRA_NAMES or pycountry.countries.get(alpha_3=text):
            return text
    return lookup().get(key(text))


@cache
def reader_names(path=paths.DISPLAY_NAMES) -> dict[str, str]:
    """iso3 -> the name readers know where pycountry's is not it (data/display_names.csv: Russia, not
    Russian Federation)."""
    return {row.iso3: row.name for row in read_csv_strict(path, ["iso3", "name"]).itertuples()}


def display_name(iso3: str) -> str:
    """The short English name a reader expects ("Netherlands", not "Netherlands, Kingdom of the")."""
    if iso3 in reader_names():
        return reader_names()[iso3]
    if iso3 in EXTRA_NAMES:
        return EXTRA_NAMES[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    name = getattr(country, "common_name", None) or country.name
    if "," in name:  # "Korea, Republic of": prefer the reviewed alias a reader knows
        aliases = load_aliases()
        named = aliases[(aliases.iso3 == iso3) & (aliases.kind == "name")].alias
        if len(named):
            return named.iloc[0]
    return name

