"""Dashboard benchmarks: export size vs GeoDataFrame.explore(), map time per rerun, first AppTest run.

    python benchmarks/bench_dashboard.py [--repeat N]

Builds the seeds into a temporary folder (never build/), prints figures and asserts nothing.
explore() needs matplotlib and mapclassify (`pip install matplotlib mapclassify`); without them
that row says so.
"""

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geopandas as gpd  # noqa: E402
import streamlit_folium  # noqa: E402

from dashboard import data, export  # noqa: E402
from dashboard.map import MEASURES, build_map  # noqa: E402
from geodata import build as geodata_build  # noqa: E402
from geodata import paths  # noqa: E402

# What a page would fetch by itself: script/link/img/iframe addresses, CSS url() and @import, tile URL
# templates. A plain link (<a href>, e.g. Leaflet's attribution) is only followed if someone clicks it.
FETCHED = re.compile(r"""(?:<(?:script|link|img|iframe|source|embed)\b[^>]*?\b(?:src|href)\s*=\s*["']?"""
                     r"""|url\(\s*["']?|@import\s+["']?|L\.tileLayer\(\s*["'])(?:https?:)?//([^/"'\s)]+)""", re.I)


# The first AppTest run in a fresh interpreter (imports, cold caches), then a rerun.
APPTEST = """
import time
start = time.perf_counter()
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("dashboard/app.py", default_timeout=120)
at.run()
first = time.perf_counter() - start
start = time.perf_counter()
at.run()
again = time.perf_counter() - start
status = "no exception" if not at.exception else "EXCEPTION: " + str(at.exception[0].value)
print(f"first run {first:.2f} s (fresh interpreter: imports and cold caches), rerun {again:.2f} s ({status})")
"""


def hosts(page: str) -> list[str]:
    return sorted(set(FETCHED.findall(page)))


def machine() -> str:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                      if line.startswith("model name")), "")
    return f"{platform.platform()}, {os.cpu_count()} cores ({model or 'unknown CPU'}), Python {platform.python_version()}"


def timed(function, repeat: int) -> tuple[float, object]:
    """Median seconds of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def st_folium_payload(build: data.Build, measure: str, filters: data.Filters = data.Filters()) -> str:
    """What each rerun does before st_folium sends the map: the view, build_map, and the
    serialisation streamlit-folium performs (render, then header/html/script strings)."""
    m = build_map(data.map_frame(build, data.country_view(build, filters)), measure)
    m.get_root().render()
    m.render()
    html, header = streamlit_folium._get_html(m), streamlit_folium._get_header(m)
    script = streamlit_folium._get_map_string(m)
    return json.dumps({"script": script, "header": header, "html": html})


def explore_page(frame: gpd.GeoDataFrame) -> str:
    m = frame.explore(column="has_claims", categorical=True, cmap=["#ececec", "#0072B2"],
                      tooltip=["name", "stations", "n_articles", "sources"])
    return m.get_root().render()


def row(label: str, size: int | None, page: str | None, note: str = "") -> None:
    if page is None:
        print(f"  {label:<44} {'-':>11}   {note}")
        return
    remote = hosts(page)
    offline = "yes" if not remote else f"no: fetches from {', '.join(remote)}"
    print(f"  {label:<44} {size:>11,}   opens offline: {offline}{'  ' + note if note else ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed repetitions (median reported)")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "build"
        start = time.perf_counter()
        geodata_build.run(paths.SEEDS, out)
        print(f"geodata build of the seeds: {time.perf_counter() - start:.2f} s")

        start = time.perf_counter()
        build = data.load_build(out)
        print(f"load_build (tables + web shapes, cached by the app): {time.perf_counter() - start:.2f} s")

        print("\nStatic page, bytes (limit 600 KB = 614,400 bytes):")
        page = export.export_html(build)
        row("python -m dashboard export (map.html)", len(page.encode()), page)
        table = gpd.read_file(paths.built_geojson(out))
        try:
            full = explore_page(table)
            row("GeoDataFrame.explore(), countries.geojson", len(full.encode()), full)
            web = explore_page(table[["has_claims", "name", "stations", "n_articles", "sources"]]
                               .set_geometry(build.shapes.geometry.values, crs=table.crs))
            row("GeoDataFrame.explore(), same web shapes", len(web.encode()), web)
        except ImportError as err:
            row("GeoDataFrame.explore()", None, None, f"not run: {str(err).splitlines()[0]}")

        print(f"\nPer rerun: view + build_map + serialisation for st_folium (median of {args.repeat}, target < 0.3 s):")
        for measure in MEASURES:
            seconds, payload = timed(lambda: st_folium_payload(build, measure), args.repeat)
            print(f"  {measure:<24} {seconds:6.3f} s   {len(payload.encode()):>9,} bytes sent to the component")
        filters = data.Filters(min_articles=2)
        seconds, _ = timed(lambda: st_folium_payload(build, "station", filters), args.repeat)
        print(f"  {'station, >= 2 articles':<24} {seconds:6.3f} s   (filters recompute the country table)")
        sizes = {iso3: len(json.dumps(shapely_feature)) for iso3, shapely_feature in
                 ((r.iso3, r.geometry.__geo_interface__) for r in build.shapes.itertuples())}
        biggest = max(sizes, key=sizes.get)
        print(f"  a click returns the feature: largest geometry {biggest} {sizes[biggest]:,} bytes, "
              f"Italy {sizes['ITA']:,} bytes")

        print("\nAppTest of dashboard/app.py:")
        env = {**os.environ, "POLICE_MAP_BUILD": str(out)}
        result = subprocess.run([sys.executable, "-c", APPTEST], env=env, capture_output=True, text=True,
                                cwd=paths.ROOT, timeout=300)
        print("  " + (result.stdout.strip() or result.stderr.strip().splitlines()[-1]).replace("\n", "\n  "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
