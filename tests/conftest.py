"""Shared fixtures: a frozen ledger (tests/fixtures/ledger, the five original articles), a build of it, and a
copy of it in tmp_path for tests that change inputs.

Tests never read the live ledger in seeds/, which journalists grow every day: only tests/test_live_seeds.py
does, to check that it builds.
"""

import os
import shutil
from pathlib import Path

import pytest

FIXTURE_LEDGER = Path(__file__).resolve().parent / "fixtures" / "ledger"


@pytest.fixture(autouse=True)
def private_review_folder(tmp_path, monkeypatch):
    """Review files a test writes go to its own folder, never to the repository's review/."""
    monkeypatch.setenv("POLICE_MAP_REVIEW", str(tmp_path / "review"))


@pytest.fixture(scope="session")
def ledger() -> Path:
    """The frozen fixture ledger (read only: copy it with seeds_copy to change it)."""
    return FIXTURE_LEDGER


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """One build of the fixture ledger, shared by the tests that only read it."""
    from geodata import build

    out = tmp_path_factory.mktemp("build")
    build.write_build(FIXTURE_LEDGER, out)
    return out


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A private copy of the fixture ledger a test may change or break."""
    target = tmp_path / "seeds"
    shutil.copytree(FIXTURE_LEDGER, target, ignore=shutil.ignore_patterns(".*"))
    return target


HOSTILE = "<img src=x onerror=alert(1)>"
TEMPLATE = "${alert(1)}"


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory) -> Path:
    """A build of two tiny articles whose metadata and quotes carry HTML, JavaScript template, Markdown
    and spreadsheet-formula payloads: what the dashboard shows of them must stay plain text."""
    from geodata import build

    seeds = tmp_path_factory.mktemp("hostile_seeds")
    (seeds / "articles").mkdir()
    (seeds / "articles" / "001_hostile.txt").write_text(
        f"Italy hosted 11 Chinese police stations {HOSTILE} {TEMPLATE} in Prato, the report said.\n"
        "It was called ![pixel](http://tracker.example/p.png) by some.\n", encoding="utf-8")
    (seeds / "articles" / "002_hostile.txt").write_text(
        f"Police in France opened an investigation {TEMPLATE} [click](http://tracker.example/) $x^2$.\n",
        encoding="utf-8")
    (seeds / "articles.csv").write_text(
        "article,outlet,title,url,published,cites\n"
        f"001_hostile.txt,{HOSTILE},![pixel](http://tracker.example/p.png),,,\n"
        f"002_hostile.txt,{TEMPLATE},=HYPERLINK(\"http://tracker.example\"),https://example.org/a,2023-01-05,"
        "=cmd|' /C calc'!A0\n", encoding="utf-8")
    (seeds / "claims.csv").write_text(
        "article,country,category,value,city,quote,according_to,note\n"
        f"001_hostile.txt,Italy,station,11,Prato,Italy hosted 11 Chinese police stations {HOSTILE} {TEMPLATE},,"
        f"{TEMPLATE}\n"
        f"002_hostile.txt,France,investigation,,,Police in France opened an investigation {TEMPLATE},,=1+1\n",
        encoding="utf-8")
    (seeds / "figures.csv").write_text(
        "article,figure,value,quote\n"
        f"001_hostile.txt,report_title,{HOSTILE},It was called ![pixel](http://tracker.example/p.png)\n",
        encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_build")
    build.write_build(seeds, out)
    return out


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def no_browser(reason: str):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}: install it with `apt-get install chromium`")
    pytest.skip(f"browser test skipped: {reason} (apt-get install chromium; REQUIRE_BROWSER=1 makes this fail)")


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright (never a downloaded browser); skips without it unless
    REQUIRE_BROWSER=1, as in .ci/run, where a missing browser fails."""
    if not CHROMIUM.exists():
        no_browser(f"{CHROMIUM} not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("the playwright Python package is not installed")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
