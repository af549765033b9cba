"""A real browser (Debian Chromium through Playwright) on the running app and on the exported page.

Skips with a message when /usr/bin/chromium is missing, unless REQUIRE_BROWSER=1 (as in .ci/run):
then a missing browser fails. Screenshots go to tmp_path, or to $SCREENSHOT_DIR when it is set.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from dashboard import export
from geodata import paths

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ITALY = [43.0, 12.5]  # a point inside Italy (lat, lng)
FIND_MAP = "Object.values(window).find(v => v instanceof L.Map)"


def no_browser(reason: str):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}: install it with `apt-get install chromium`")
    pytest.skip(f"browser test skipped: {reason} (apt-get install chromium; REQUIRE_BROWSER=1 makes this fail)")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        no_browser(f"{CHROMIUM} not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("the playwright Python package is not installed")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(built, browser):
    port = free_port()
    env = {**os.environ, "POLICE_MAP_BUILD": str(built)}
    command = [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port", str(port),
               "--server.address", "127.0.0.1"]
    server = subprocess.Popen(command, cwd=paths.ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                output = server.stdout.read().decode(errors="replace") if server.poll() is not None else ""
                pytest.fail(f"streamlit did not start on {url}:\n{output}")
            time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def point_on_map(page, frame, map_js: str, latlng) -> tuple[float, float]:
    """Page coordinates of a lat/lng on a Leaflet map inside `frame` (the page itself or an iframe)."""
    x, y = frame.evaluate(f"""([lat, lng]) => {{
        const map = {map_js};
        const p = map.latLngToContainerPoint([lat, lng]);
        const box = map.getContainer().getBoundingClientRect();
        return [p.x + box.left, p.y + box.top];
    }}""", latlng)
    if frame is page.main_frame:
        return x, y
    box = frame.frame_element().bounding_box()
    return box["x"] + x, box["y"] + y


def test_the_app_shows_tooltips_and_evidence_and_asks_no_other_host(browser, app_url, shots):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(app_url)
    iframe = page.locator('iframe[title="streamlit_folium.st_folium"]')
    iframe.wait_for(timeout=60_000)
    iframe.scroll_into_view_if_needed()
    frame = iframe.element_handle().content_frame()
    frame.wait_for_function("document.querySelectorAll('path.leaflet-interactive').length >= 200", timeout=30_000)
    assert frame.locator(".map-legend").inner_text().startswith("Any report")

    x, y = point_on_map(page, frame, "window.map_div", ITALY)
    page.mouse.move(x, y)
    tooltip = frame.locator(".leaflet-tooltip")
    tooltip.wait_for(timeout=10_000)
    text = tooltip.inner_text()
    assert "Italy" in text and "reported (11 stations)" in text and "article 004, via The Guardian" in text
    page.screenshot(path=str(shots / "app_tooltip.png"))

    page.mouse.click(x, y)
    page.get_by_text("Evidence for Italy").wait_for(timeout=30_000)
    assert page.get_by_text("8 claims from 4 articles").is_visible()
    assert page.get_by_text("Italy, which is home to 330,000 Chinese citizens", exact=False).count() == 1
    page.get_by_text("Evidence for Italy").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "app_evidence.png"))
    context.close()

    assert any(urlsplit(u).path == "/app/static/leaflet/leaflet.js" for u in requests)
    elsewhere = [u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                 and urlsplit(u).hostname not in LOCAL_HOSTS]
    assert not elsewhere, elsewhere
    assert all(urlsplit(u).scheme in ("http", "https", "ws", "wss", "data", "blob", "about") for u in requests)


def test_the_exported_page_works_from_a_file_with_the_network_blocked(browser, built, tmp_path, shots):
    page_file = export.run(built, tmp_path / "map.html")
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    blocked = []

    def only_files(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_files)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_file.as_uri())
    page.wait_for_function("document.querySelectorAll('svg path.leaflet-interactive').length >= 200", timeout=30_000)
    assert page.locator(".map-legend").is_visible() and page.locator(".map-caption").is_visible()

    x, y = point_on_map(page, page.main_frame, FIND_MAP, ITALY)
    page.mouse.move(x, y)
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for(timeout=10_000)
    assert "Italy" in tooltip.inner_text() and "Outlets" in tooltip.inner_text()
    page.screenshot(path=str(shots / "export_tooltip.png"))
    context.close()
    assert not blocked, blocked
    assert not errors, errors
