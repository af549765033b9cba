"""Dashboard benchmarks: export size vs GeoDataFrame.explore(), map time per rerun, first AppTest run, and
what a reader waits for in a real browser (Debian Chromium through Playwright, against `streamlit run`).

    python benchmarks/bench_dashboard.py [--repeat N]

Builds the seeds into a temporary folder (never build/), prints figures next to their targets and asserts
nothing. explore() needs matplotlib and mapclassify (`pip install matplotlib mapclassify`); without them that
row says so. Without /usr/bin/chromium or the playwright package the browser rows say they were skipped.
"""

import argparse
import json
import os
import platform
import re
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geopandas as gpd  # noqa: E402

from dashboard import app_map, data, export  # noqa: E402
from dashboard.map import MEASURES, STATUS  # noqa: E402
from geodata import build as geodata_build  # noqa: E402
from geodata import paths  # noqa: E402
from geodata.views import Filters, country_view  # noqa: E402

TARGET_FIRST_MAP = 2.0  # s, navigation to the first map drawn
TARGET_RERUN = 0.3  # s, a change of colouring to the new map drawn
TARGET_EXPORT = 400 * 1024  # bytes, map.html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# True once the app's map iframe (dashboard/app_map.py) has drawn the countries under a legend starting with `label` (the component
# iframe is served by the app itself, so the page can read its document).
APP_MAP_DRAWN = """(label) => {
    const iframe = document.querySelector('iframe[title="dashboard.app_map.country_map"]');
    const doc = iframe && iframe.contentDocument;
    const legend = doc && doc.querySelector('.map-legend');
    return !!legend && legend.innerText.startsWith(label)
        && doc.querySelectorAll('path.leaflet-interactive').length >= 200;
}"""
EXPORT_DRAWN = "document.querySelectorAll('path.leaflet-interactive').length >= 200"

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
    try:
        load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = ""
    return (f"{platform.platform()}, {os.cpu_count()} cores ({model or 'unknown CPU'}), "
            f"Python {platform.python_version()}{load}")


def timed(function, repeat: int) -> tuple[float, object]:
    """Median seconds of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def verdict(value: float, target: float) -> str:
    return "meets the target" if value <= target else f"{value / target:.1f}x over the target"


def app_map_payload(build: data.Build, measure: str, filters: Filters = Filters()) -> str:
    """What each rerun of the app does for the map: the view for the filters and the component's arguments
    (styles, tooltip lines, legend, points), as JSON; the shapes are a static file fetched once."""
    table = country_view(build.countries, build.claims, filters)
    return json.dumps(app_map.map_args(table, measure, build.places, shapes="shapes/x.json", bounds=None,
                                       selected="ITA", height=560))


def explore_page(frame: gpd.GeoDataFrame) -> str:
    m = frame.explore(column="has_claims", categorical=True, cmap=["#ececec", "#0072B2"],
                      tooltip=["name", "status", "station_count", "n_articles", "sources"])
    return m.get_root().render()


def row(label: str, size: int | None, page: str | None, note: str = "") -> None:
    if page is None:
        print(f"  {label:<44} {'-':>11}   {note}")
        return
    remote = hosts(page)
    offline = "yes" if not remote else f"no: fetches from {', '.join(remote)}"
    print(f"  {label:<44} {size:>11,}   opens offline: {offline}{'  ' + note if note else ''}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_app(build_dir: Path, log: Path, script: str = "dashboard/app.py") -> tuple[subprocess.Popen, str]:
    """`streamlit run dashboard/app.py` on the build, as tests/test_browser.py starts it; waits until healthy."""
    port = free_port()
    env = {**os.environ, "POLICE_MAP_BUILD": str(build_dir)}
    command = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
               "--server.address", "127.0.0.1"]
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=paths.ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return server, url
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            stop(server)
            raise RuntimeError(f"streamlit did not start on {url}: {log.read_text(errors='replace')[-500:]}")
        time.sleep(0.3)


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def first_map_seconds(browser, url: str) -> tuple[float, float]:
    """A new reader (fresh browser context, empty cache) opens the app: seconds from page.goto to the map's
    iframe in the page, and to the map drawn in it."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_selector('iframe[title="dashboard.app_map.country_map"]', state="attached", timeout=120_000)
        iframe = time.perf_counter() - start
        page.wait_for_function(APP_MAP_DRAWN, arg=MEASURES[STATUS], polling="raf", timeout=120_000)
        return iframe, time.perf_counter() - start
    finally:
        context.close()


def choice_seconds(page, labels: list[str], shown: str, repeat: int) -> list[float]:
    """Pick labels[0], labels[1], ... in turn in the "Colour countries by" selectbox: seconds from the option's
    click to `shown` (a JS function of the label) being true."""
    times = []
    for i in range(repeat):
        label = labels[i % len(labels)]
        page.get_by_role("combobox", name="Colour countries by").click()
        option = page.get_by_role("option", name=label, exact=True)
        option.wait_for(timeout=10_000)
        start = time.perf_counter()
        option.click()
        page.wait_for_function(shown, arg=label, polling="raf", timeout=60_000)
        times.append(time.perf_counter() - start)
    return times


def rerun_seconds(browser, url: str, repeat: int) -> list[float]:
    """Colour by another measure in "Colour countries by" (key `measure`): the option's click to the new
    legend over a drawn map; alternates Station and the status map."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_function(APP_MAP_DRAWN, arg=MEASURES[STATUS], polling="raf", timeout=120_000)
        return choice_seconds(page, [MEASURES["station"], MEASURES[STATUS]], APP_MAP_DRAWN, repeat)
    finally:
        context.close()


def export_draw_seconds(browser, page_file: Path) -> tuple[float, list[str]]:
    """map.html from file:// with every other request aborted: page.goto to the countries drawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    blocked = []

    def only_files(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    try:
        context.route("**/*", only_files)
        page = context.new_page()
        start = time.perf_counter()
        page.goto(page_file.as_uri())
        page.wait_for_function(EXPORT_DRAWN, polling="raf", timeout=60_000)
        return time.perf_counter() - start, blocked
    finally:
        context.close()


# The floor: Streamlit itself, one selectbox and one line of text, timed the same way as the app.
TRIVIAL_APP = """import streamlit as st
choice = st.selectbox("Colour countries by", ["What happened where", "Station"])
st.markdown("Shown: " + choice)
"""
TRIVIAL_SHOWN = "(label) => document.body.innerText.includes('Shown: ' + label)"


def trivial_seconds(browser, url: str, repeat: int) -> tuple[float, float]:
    """Median seconds for a one-line Streamlit page to show its text after navigation, and for it to show
    the new text after a choice in its selectbox: what any Streamlit page costs on this machine."""
    loads = []
    for _ in range(repeat):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        try:
            page = context.new_page()
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_function(TRIVIAL_SHOWN, arg="What happened where", polling="raf", timeout=60_000)
            loads.append(time.perf_counter() - start)
        finally:
            context.close()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_function(TRIVIAL_SHOWN, arg="What happened where", polling="raf", timeout=60_000)
        reruns = choice_seconds(page, ["Station", "What happened where"], TRIVIAL_SHOWN, repeat)
    finally:
        context.close()
    return statistics.median(loads), statistics.median(reruns)


def trivial_rows(browser, tmp: Path, repeat: int) -> None:
    script = tmp / "trivial_app.py"
    script.write_text(TRIVIAL_APP, encoding="utf-8")
    server, url = start_app(tmp, tmp / "trivial.log", str(script))
    try:
        trivial_seconds(browser, url, 1)  # warm-up
        load, rerun = trivial_seconds(browser, url, repeat)
        print(f"  for comparison, a one-line Streamlit page (one selectbox, one text): text shown {load:.2f} s after "
              f"navigation, a new choice shown after {rerun:.2f} s: Streamlit's own floor on this machine")
    finally:
        stop(server)


def browser_rows(build_dir: Path, page: str, tmp: Path, repeat: int) -> None:
    print(f"\nIn a browser (Chromium {CHROMIUM}, headless, 1400x1000; median of {repeat}):")
    if not CHROMIUM.exists():
        print(f"  skipped: {CHROMIUM} not found (apt-get install chromium)")
        return
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("  skipped: the playwright Python package is not installed")
        return
    server, url = start_app(build_dir, tmp / "streamlit.log")
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                print(f"  Chromium {browser.version}; app at {url} (streamlit run on the seeds' build)")
                _, warm = first_map_seconds(browser, url)
                print(f"  warm-up load (first script run on the server, not counted): {warm:.2f} s")
                loads = [first_map_seconds(browser, url) for _ in range(repeat)]
                first = statistics.median(t for _, t in loads)
                print(f"  first map drawn after navigation {first:6.2f} s   target <= {TARGET_FIRST_MAP:.1f} s: "
                      f"{verdict(first, TARGET_FIRST_MAP)}   (each: {', '.join(f'{t:.2f}' for _, t in loads)}; "
                      f"map iframe in the page after {statistics.median(t for t, _ in loads):.2f} s)")
                reruns = rerun_seconds(browser, url, repeat)
                rerun = statistics.median(reruns)
                print(f"  rerun after colouring change    {rerun:6.2f} s   target <= {TARGET_RERUN:.1f} s: "
                      f"{verdict(rerun, TARGET_RERUN)}   (each: {', '.join(f'{t:.2f}' for t in reruns)})")
                trivial_rows(browser, tmp, repeat)
                page_file = tmp / "map.html"
                page_file.write_text(page, encoding="utf-8")
                draws = [export_draw_seconds(browser, page_file) for _ in range(repeat)]
                draw = statistics.median(t for t, _ in draws)
                blocked = sorted({u for _, urls in draws for u in urls})
                size = page_file.stat().st_size
                print(f"  export map.html: {size:,} bytes, target <= {TARGET_EXPORT:,}: "
                      f"{verdict(size, TARGET_EXPORT)}; "
                      f"drawn from file:// in {draw:.2f} s (network blocked; "
                      f"{'asked for ' + ', '.join(blocked) if blocked else 'asked for nothing else'})")
            finally:
                browser.close()
    finally:
        stop(server)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed repetitions (median reported)")
    parser.add_argument("--no-browser", action="store_true", help="skip the browser rows")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print(f"command: {shlex.join([os.path.relpath(sys.executable, paths.ROOT), *sys.argv])}")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "build"
        start = time.perf_counter()
        geodata_build.write_build(paths.SEEDS, out)
        print(f"geodata build of the seeds: {time.perf_counter() - start:.2f} s")

        start = time.perf_counter()
        build = data.load_build(out)
        print(f"load_build (tables + web shapes, cached by the app): {time.perf_counter() - start:.2f} s")

        print(f"\nStatic page, bytes (target <= {TARGET_EXPORT:,}):")
        page = export.export_html(build)
        size = len(page.encode())
        row("python -m dashboard export (map.html)", size, page, verdict(size, TARGET_EXPORT))
        table = gpd.read_file(paths.built_geojson(out))
        try:
            full = explore_page(table)
            row("GeoDataFrame.explore(), countries.geojson", len(full.encode()), full)
            web = explore_page(table[["has_claims", "name", "status", "station_count", "n_articles", "sources"]]
                               .set_geometry(build.shapes.set_index("iso3").geometry.reindex(table.iso3).values,
                                             crs=table.crs))
            row("GeoDataFrame.explore(), same web shapes", len(web.encode()), web)
        except ImportError as err:
            row("GeoDataFrame.explore()", None, None, f"not run: {str(err).splitlines()[0]}")

        shapes = app_map.shapes_json(build)
        print(f"\nThe app's map: shapes sent once per build as a static file, {len(shapes.encode()):,} bytes")
        print(f"Per rerun, in process: view + the map component's arguments as JSON "
              f"(median of {args.repeat}, target < {TARGET_RERUN} s for the whole rerun):")
        for measure in MEASURES:
            seconds, payload = timed(lambda: app_map_payload(build, measure), args.repeat)
            print(f"  {measure:<24} {seconds:6.3f} s   {len(payload.encode()):>9,} bytes sent to the component")
        filters = Filters(min_sources=2)
        seconds, _ = timed(lambda: app_map_payload(build, "station", filters), args.repeat)
        print(f"  {'station, >= 2 sources':<24} {seconds:6.3f} s   (filters recompute the country table)")
        print(f"  a click returns {len(json.dumps({'iso3': 'ITA', 'click': time.time_ns()}))} bytes (the country's code "
              f"and the click's id, not its geometry)")

        print("\nAppTest of dashboard/app.py:")
        env = {**os.environ, "POLICE_MAP_BUILD": str(out)}
        result = subprocess.run([sys.executable, "-c", APPTEST], env=env, capture_output=True, text=True,
                                cwd=paths.ROOT, timeout=300)
        print("  " + (result.stdout.strip() or result.stderr.strip().splitlines()[-1]).replace("\n", "\n  "))

        if args.no_browser:
            print("\nIn a browser: skipped (--no-browser)")
        else:
            browser_rows(out, page, tmp, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
