"""The live ledger in seeds/ (journalists grow it every day) builds, and no other test depends on it."""

import re
import subprocess
import sys

from geodata import build, paths
from geodata.publish import publish_article

TESTS = paths.ROOT / "tests"
LIVE_LEDGER = re.compile(r"paths\.SEEDS\b|seeds_folder\(\)|[\"']seeds/")
ARTICLE = "OSLO - Norwegian police said on Monday they were looking into a Chinese police station in Oslo.\n"


def test_the_live_ledger_builds(tmp_path):
    result = build.write_build(paths.SEEDS, tmp_path)
    assert result.n_articles >= 1 and (tmp_path / "countries.csv").is_file()


def test_no_other_test_reads_the_live_ledger():
    readers = [p.name for p in sorted(TESTS.glob("test_*.py"))
               if p.name != "test_live_seeds.py" and LIVE_LEDGER.search(p.read_text(encoding="utf-8"))]
    assert readers == [], "tests must use the fixture ledger (conftest.py: ledger, built, seeds_copy)"


def test_the_suite_passes_after_an_article_is_published_into_the_ledger(tmp_path):
    """Publish into a copy of the live ledger, point the default seeds folder at it, and run the modules
    whose assertions count articles and claims: none may depend on the live ledger's size."""
    import shutil

    seeds = tmp_path / "seeds"
    shutil.copytree(paths.SEEDS, seeds, ignore=shutil.ignore_patterns(".*", "changes.csv"))
    publish_article(seeds, ARTICLE, {"outlet": "Test Wire"}, [
        {"country": "Norway", "category": "investigation", "quote": "they were looking into a Chinese police station"}])
    modules = ["test_build.py", "test_tables.py", "test_ledger.py"]
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             *(str(TESTS / m) for m in modules)],
                            capture_output=True, text=True, cwd=tmp_path,
                            env={**__import__("os").environ, paths.ENV_SEEDS: str(seeds)})
    assert result.returncode == 0, result.stdout[-3000:]
