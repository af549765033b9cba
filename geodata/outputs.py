"""Every build output declared once: its file, what it holds, and each column with its type and meaning.

The step modules select their columns from here, the build writes it out as build/datapackage.json (a
Frictionless Data Package: a Table Schema per CSV, checked by `frictionless validate` and read by other data
tools), and the dashboard's data dictionary and downloads render it. The per-category columns of
countries.csv come from the category vocabulary (geodata/data/categories.csv).
"""

from dataclasses import dataclass

from geodata.vocabulary import CATEGORIES, VALUE_KINDS

LICENCE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
           "path": "https://creativecommons.org/licenses/by/4.0/"}
# whose boundaries and city positions every map and table draws on (the licence note, the still figure, the export)
CREDITS = "Boundaries: Natural Earth (public domain). City positions: GeoNames (CC BY 4.0, https://www.geonames.org/)."
LICENCE_NOTE = ("The compiled tables are under CC BY 4.0: reuse them with credit. Quotes are short verbatim "
                f"excerpts reproduced for reporting; each belongs to its publisher. {CREDITS}")
REPORTED, NOT_REPORTED = "reported", "not reported"
# The furthest stage a country's story has reached, furthest first (countries.csv: status).
STATUSES = {
    "closed": "a station there is reported closed",
    "ordered closed": "the host ordered a station closed",
    "investigated": "the host's police, government or prosecutors investigate",
    "station reported": "a station is reported, no investigation or closure",
    "other reports": "joint patrols or forced returns reported, no station",
    "statement only": "only an official statement or action reported (a warning, a summons, concern)",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Table Schema type: string, integer, boolean
    description: str


@dataclass(frozen=True)
class Output:
    path: str
    title: str
    description: str
    columns: tuple[Column, ...]
    key: str | None = None

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def select(self, frame):
        """`frame` with exactly this output's columns, in order (a KeyError names any missing one)."""
        missing = [n for n in self.names if n not in frame.columns]
        if missing:
            raise KeyError(f"{self.path}: the step did not make {', '.join(missing)}")
        return frame[self.names].reset_index(drop=True)

    def resource(self) -> dict:
        schema = {"fields": [{"name": c.name, "type": c.type, "description": c.description} for c in self.columns]}
        if self.key:
            schema["primaryKey"] = self.key
        return {"name": self.path.rsplit(".", 1)[0], "path": self.path, "title": self.title,
                "description": self.description, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                "schema": schema}


def text(name: str, description: str) -> Column:
    return Column(name, "string", description)


def count(name: str, description: str) -> Column:
    return Column(name, "integer", description)


def category_columns() -> list[Column]:
    columns = []
    for c in CATEGORIES.values():
        columns.append(text(c.name, f"'{REPORTED}' when at least one article reports it, else '{NOT_REPORTED}' "
                                    f"(in these articles): {c.meaning}"))
        if c.value_column:
            what = {"count": "the highest count any article gives (hedged as given: '>=2' at least two)",
                    "years": "the years the articles give ('; ' between differing ones)",
                    "stage": "'closed' when any article reports it closed, else 'ordered'"}[c.value]
            columns.append(text(c.value_column, f"{c.label}: {what}; empty when none is given"))
    return columns


ARTICLES = Output("articles.csv", "Articles", "One row per article, with only what its text shows.", (
    text("article", "file name of the article in the ledger (seeds/articles/)"),
    text("source", "readable label: the outlet, else 'article NNN' (nothing is guessed)"),
    text("outlet", "publisher, 'unknown' when the text does not show it"),
    text("title", "headline, when known"),
    text("url", "http/https address, when known"),
    text("published", "publication date YYYY-MM-DD, when known"),
    text("cites", "outlets the article itself names as its source, '; '-joined"),
    count("n_claims", "number of claims from the article"),
    count("n_figures", "number of global figures from the article"),
), key="article")

CLAIMS = Output("claims.csv", "Claims", "One row per reviewed claim an article makes about a country, with "
                "its verbatim quote and who says so.", (
    text("claim_id", "stable id (the same article, country and category give the same id)"),
    text("article", "file name of the article"),
    text("source", "the article's readable label (its outlet, else 'article NNN')"),
    text("outlet", "publisher, 'unknown' when the text does not show it"),
    text("title", "headline, when known"),
    text("published", "publication date YYYY-MM-DD, when known"),
    text("url", "http/https address, when known"),
    text("iso3", "ISO 3166-1 alpha-3 code of the country the claim is about"),
    text("country", "the country's name as readers know it"),
    text("category", "one of: " + ", ".join(CATEGORIES)),
    text("label", "the category in words"),
    text("value", "; ".join(f"{c.name}: {VALUE_KINDS[c.value]}" for c in CATEGORIES.values() if c.value != "none")),
    text("city", "the cities the quote ties to the claim, '; '-joined"),
    text("quote", "the verbatim sentence or clause of the article that carries the claim"),
    count("start", "character offset where the quote starts in the article text"),
    count("end", "character offset where the quote ends"),
    text("according_to", "who the article attributes the claim to, first-hand first then each relay, "
                         "'; '-joined (canonical names); empty: the outlet's own voice"),
    text("first_hand", "the first-hand source: according_to's first name, else the outlet the article cites, "
                       "else the outlet"),
    text("first_hand_kind", "ngo, media, government, police, court or other"),
    text("said_by", "who says so, as a chain: 'Safeguard Defenders, via CNN, via wionews.com'"),
    count("fact_articles", "number of articles reporting this country and category"),
    count("fact_sources", "number of distinct first-hand sources behind this country and category "
                          "(1: single source, an allegation until someone else confirms it)"),
    text("citation", "outlet, title, date, address, the quote and who it is attributed to, ready to paste"),
    text("note", "the reviewer's note (context), not a quote"),
), key="claim_id")

COUNTRIES = Output("countries.csv", "Countries", "One row per country with at least one claim.", (
    text("iso3", "ISO 3166-1 alpha-3 code"),
    text("name", "the country's name as readers know it"),
    text("status", "the furthest stage reported: " + "; ".join(f"'{k}' ({v})" for k, v in STATUSES.items())),
    *category_columns(),
    text("cities", "station and other cities the claims name, '; '-joined"),
    count("n_claims", "number of claims about the country"),
    count("n_articles", "number of distinct articles with a claim about the country"),
    count("n_sources", "number of distinct first-hand sources behind those claims"),
    text("sources", "the first-hand sources, '; '-joined"),
    text("outlets", "the articles' labels, '; '-joined"),
    text("single_source", "categories reported for the country by one first-hand source only"),
    text("conflicts", "where articles give different values for the same category, in words (stages of one "
                      "story are not disagreements)"),
), key="iso3")

FIGURES = Output("figures.csv", "Global figures", "Each global figure as each article states it.", (
    text("figure", "which global figure"),
    text("label", "what the figure counts, in words"),
    text("value", "as the article states it: a number, '>N' (more than N), '>=N' (at least N), or text"),
    text("article", "file name of the article"),
    text("source", "the article's readable label"),
    text("quote", "the verbatim words that state the figure"),
    count("start", "character offset where the quote starts"),
    count("end", "character offset where the quote ends"),
    text("agreement", "whether all articles agree, else each value with the articles that give it"),
))

PLACES = Output("places.csv", "Places", "Every city a claim names, placed offline (GeoNames), one row per "
                "country, city and precision.", (
    text("iso3", "ISO 3166-1 alpha-3 code of the country"),
    text("country", "the country's name"),
    text("city", "the city as the claims name it"),
    text("precision", "'city' (in the named city) or 'near city' (near it: 'outside of Paris', 'a suburb of')"),
    Column("lat", "number", "latitude, degrees (GeoNames, 2 decimals: about 1 km)"),
    Column("lon", "number", "longitude, degrees"),
    text("categories", "the categories of the claims naming the city, '; '-joined"),
    text("sources", "the first-hand sources of those claims, '; '-joined"),
    count("n_articles", "number of articles naming the city for a claim"),
    text("what", "a short description for the map's point tooltip"),
))

TABLES = (COUNTRIES, CLAIMS, ARTICLES, FIGURES, PLACES)
GEOJSON = {
    "countries.geojson": "every country of the world (Natural Earth 1:50m boundaries, full precision) with the "
                         "countries.csv columns (empty where there are no claims) and has_claims; a country with "
                         "claims but no polygon is a Point",
    "map.geojson": "the same, sized for the web (shared borders simplified together, coordinates to 0.01 degree)",
    "places.geojson": "places.csv as points",
}


def datapackage(title: str, description: str) -> dict:
    """The Frictionless Data Package descriptor of a build."""
    resources = [t.resource() for t in TABLES]
    resources += [{"name": path.replace(".", "-"), "path": path, "format": "geojson",
                   "mediatype": "application/geo+json", "description": text_} for path, text_ in GEOJSON.items()]
    return {"name": "police-stations-map", "title": title, "description": description,
            "licenses": [LICENCE], "resources": resources}
