"""The claim categories, declared once in data/categories.csv (category, label, meaning, value, colour).

Validation, the per-country table's columns, the map's measures and legend, the table view, the data
dictionary and the README's category table all derive from it: a new category is one row there (and,
optionally, extractor patterns for it).
"""

import csv
import re
from dataclasses import dataclass

from geodata import paths
from geodata.errors import InputError

# What a claim's value may be, per kind of value.
COUNT = re.compile(r"^(>=|>)?[1-9][0-9]{0,6}$")  # ASCII digits only: "1\u0661" is not 11
YEARS = re.compile(r"^(19|20)[0-9][0-9](-(19|20)[0-9][0-9])?$")
STAGES = ("ordered", "closed")
VALUE_KINDS = {
    "count": "a whole number such as 11, '>=2' for 'at least two', '>100' for 'more than 100', or empty",
    "years": "a year or a year range such as 2016-2018 (first year first), or empty",
    "stage": "'ordered' (the host ordered it closed) or 'closed' (reported closed)",
    "none": "empty (this category takes no value)",
}
# The column of the per-country table that holds a category's value, by kind (none: no such column).
VALUE_COLUMN = {"count": "{}_count", "years": "{}_years", "stage": "{}_stage"}
CATEGORY_NAME = re.compile(r"^[a-z][a-z_]{1,30}$")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
HEADER = ["category", "label", "meaning", "value", "colour"]


@dataclass(frozen=True)
class Category:
    name: str
    label: str
    meaning: str
    value: str  # one of VALUE_KINDS
    colour: str

    @property
    def value_column(self) -> str | None:
        """countries.csv's column for this category's value ('station_count'), or None."""
        pattern = VALUE_COLUMN.get(self.value)
        return pattern.format(self.name) if pattern else None


def load_categories(path=paths.CATEGORIES) -> dict[str, Category]:
    """name -> Category, in file order; an error naming the line and the fix for a bad row."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != HEADER:
        raise InputError(path, "wrong header", line=1, fix=f"the first line must be exactly: {','.join(HEADER)}")
    categories = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(row):
            continue
        if len(row) != len(HEADER):
            raise InputError(path, f"expected {len(HEADER)} fields, found {len(row)}", line=line,
                             fix="quote any field that contains a comma")
        category = Category(*(cell.strip() for cell in row))
        if not CATEGORY_NAME.match(category.name) or category.name in categories:
            raise InputError(path, f"bad or repeated category name {category.name!r}", line=line,
                             fix="a new lower-case name with underscores, such as travel_ban")
        if category.value not in VALUE_KINDS:
            raise InputError(path, f"unknown value kind {category.value!r}", line=line,
                             fix=f"use one of {', '.join(VALUE_KINDS)}")
        if not COLOUR.match(category.colour):
            raise InputError(path, f"colour {category.colour!r} is not #rrggbb", line=line, fix="for example #0072B2")
        categories[category.name] = category
    return categories


CATEGORIES: dict[str, Category] = load_categories()


def check_value(category: str, value: str) -> str | None:
    """None when the value fits its category, else what a good value looks like."""
    kind = CATEGORIES[category].value
    if kind == "stage":
        return None if value in STAGES else VALUE_KINDS[kind]
    if value == "":
        return None
    if kind == "count" and COUNT.match(value):
        return None
    if kind == "years" and YEARS.match(value):
        years = [int(y) for y in value.split("-")]
        if years == sorted(years):
            return None
    return VALUE_KINDS[kind]


def count_number(value: str) -> int | None:
    """The number of a count value ('>=2' -> 2, '>100' -> 100), None when empty."""
    return int(value.lstrip(">=")) if value else None


def describe_count(value: str) -> str:
    """'>=13' -> 'at least 13', '>100' -> 'more than 100', '11' -> '11'."""
    if value.startswith(">="):
        return f"at least {value[2:]}"
    if value.startswith(">"):
        return f"more than {value[1:]}"
    return value
