"""Speed of the extractor end to end: read files, extract, write CSV, on one core. Prints, never asserts.

In:  nothing (a corpus of synthetic articles is generated from templates in a temporary folder).
Out: printed figures: characters per second of `python -m geodata extract` over the whole corpus
     (a fresh process, CSV to a file), its peak memory (ru_maxrss), its start-up time on one file
     (with no cache of the gazetteer and compiled patterns, and with them), and reading / extracting / writing apart.

Run: python benchmarks/bench_extract.py [--articles 10000] [--seed 1]
Targets (issue 12): >= 5,000,000 chars/s end to end, start-up < 0.3 s (with the cache), memory < 200 MB;
each figure is printed with its target and whether this run met it.
"""

import argparse
import csv
import io
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HOSTS = ["Italy", "Spain", "the Netherlands", "Ireland", "Canada", "Germany", "Hungary", "Serbia", "Croatia",
         "Romania", "Portugal", "France", "Sweden", "the United Kingdom", "the US", "Japan", "South Korea",
         "Nigeria", "South Africa", "Brazil", "Argentina", "Chile", "Czechia", "Austria", "Greece", "Poland"]
CITIES = ["Rome", "Milan", "Prato", "Florence", "Madrid", "Valencia", "Barcelona", "Rotterdam", "Amsterdam", "Dublin",
          "Toronto", "Vancouver", "Montreal", "Frankfurt", "Budapest", "Belgrade", "Zagreb", "Bucharest", "Lisbon",
          "Paris", "Stockholm", "London", "Glasgow", "New York", "Los Angeles", "Tokyo", "Seoul", "Lagos",
          "Johannesburg", "Sao Paulo", "Buenos Aires", "Santiago", "Prague", "Vienna", "Athens", "Warsaw"]
DEMONYMS = ["Italian", "Spanish", "Dutch", "Irish", "Canadian", "German", "Hungarian", "Serbian", "Croatian",
            "Portuguese", "French", "Swedish", "British", "Japanese", "Nigerian", "Brazilian", "Czech", "Greek"]
CLAIMS = [
    "Safeguard Defenders said it had found {n} Chinese police stations in {host}.",
    "Police in {host} have opened an investigation into a Chinese 'service station' in {city}.",
    "{dem} authorities ordered the closure of two illegal police stations in {city} last month.",
    "{host} signed a bilateral security agreement with China in {year}, allowing joint patrols in {city}.",
    "{dem} police conducted joint patrols with Chinese officers between {year} and {year2}.",
    "A Chinese national was coerced into returning to China from {host}, the report said.",
    "The report has prompted investigations in countries including {host}, {host2} and {host3}.",
    "{host} summoned the Chinese ambassador over the stations, the foreign ministry said.",
    "Two men were arrested in {city} on charges of running an undeclared police station.",
    "The station in {city}, {host}, was shut down after the revelations.",
]
ASIDES = [
    "The {city}-based group has tracked Chinese police networks for years.",
    "A {dem} newspaper first reported the story on Monday.",
    "Unlike {host}, other governments have stayed silent.",
    "Russia, for example, has been accused of similar operations in {host}.",
]
FILLER = [
    "China has denied running any such stations, calling them volunteer-run service centres.",
    "Beijing says the offices help citizens renew driving licences and other documents.",
    "The Chinese foreign ministry said the reports were an attempt to smear China.",
    "Critics say the network is part of a wider campaign of transnational repression.",
    "The organisation said its findings were based on publicly available Chinese documents.",
    "Rights groups have urged governments to act, and several lawmakers have asked questions.",
    "Officials declined to comment further while inquiries continue.",
    "The ministry said in a statement that it takes the allegations seriously.",
]
FURNITURE = ["Advertisement", "Also Read | China opens more police stations", "Share this article", "(With inputs from agencies)"]


def make_article(rng: random.Random) -> str:
    """One synthetic article: a dateline, 6-10 paragraphs of claims, asides and filler, some furniture."""
    lines = [rng.choice(["LONDON (Reuters) -", "Rome", "MADRID, Dec 5 -", "Dublin —"])]
    for _ in range(rng.randint(6, 10)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            pool = rng.choices([CLAIMS, ASIDES, FILLER], weights=[3, 1, 6])[0]
            year = rng.randint(2010, 2020)
            sentences.append(rng.choice(pool).format(
                n=rng.randint(1, 20), host=rng.choice(HOSTS), host2=rng.choice(HOSTS), host3=rng.choice(HOSTS),
                city=rng.choice(CITIES), dem=rng.choice(DEMONYMS), year=year, year2=year + rng.randint(1, 4)))
        lines.append(" ".join(sentences))
        if rng.random() < 0.3:
            lines.append(rng.choice(FURNITURE))
    return "\n\n".join(lines) + "\n"


def make_corpus(folder: Path, n: int, seed: int) -> int:
    """Write n articles to folder; returns the total number of characters."""
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        text = make_article(rng)
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def time_startup(path: Path, runs: int = 3) -> list[float]:
    """Wall time of `python -m geodata extract PATH` in a fresh process, `runs` times, as Python
    runs by default: with its bytecode cache (__pycache__), even where PYTHONDONTWRITEBYTECODE is set
    for this benchmark (a sandbox's setting; with it every start compiles the sources again)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "geodata", "extract", str(path)], cwd=ROOT, check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return times


def verdict(met: bool, target: str) -> str:
    """'(target ..., met)' or '(target ..., NOT met)' after a figure."""
    return f"(target {target}: {'met' if met else 'NOT met'})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from geodata import paths

    with tempfile.TemporaryDirectory() as tmp:
        os.environ[paths.ENV_CACHE] = str(Path(tmp) / "cache")  # its own caches: the project's stay
        folder = Path(tmp) / "articles"
        folder.mkdir()
        chars = make_corpus(folder, args.articles, args.seed)
        one = next(folder.glob("*.txt"))
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
              f"Python {platform.python_version()}; timed on one core")
        print(f"corpus: {args.articles:,} synthetic articles, {chars:,} characters")

        # Start-up: a fresh process on one file, with no cache (gazetteer, compiled patterns), then with them.
        shutil.rmtree(Path(tmp) / "cache", ignore_errors=True)
        cold = time_startup(one, runs=1)
        warm = time_startup(one, runs=3)
        print(f"start-up, python -m geodata extract on one file: {cold[0]:.2f} s with no cache, "
              f"{min(warm):.2f} s (best of 3) with the caches of the gazetteer and of compiled patterns "
              f"{verdict(min(warm) < 0.3, 'under 0.3 s')}"
              + (" (PYTHONDONTWRITEBYTECODE set here: not passed on)" if "PYTHONDONTWRITEBYTECODE" in os.environ else ""))

        # End to end: the command line over the whole corpus, in a fresh process, CSV to a file.
        out_path = Path(tmp) / "proposals.csv"
        started = time.perf_counter()
        with out_path.open("w", encoding="utf-8") as out:
            process = subprocess.Popen([sys.executable, "-m", "geodata", "extract", str(folder)], cwd=ROOT,
                                       stdout=out, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)  # this process's own peak memory, not its siblings'
            process.returncode = code = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        rows = sum(1 for _ in out_path.open(encoding="utf-8")) - 1
        print(f"end to end, python -m geodata extract over the corpus: {elapsed:.2f} s, {chars / elapsed:,.0f} chars/s "
              f"{verdict(chars / elapsed >= 5_000_000, 'at least 5,000,000')}, "
              f"{args.articles / elapsed:,.0f} articles/s, {rows:,} proposed claims (exit code {code})")
        print(f"peak memory (ru_maxrss) of the extract process over the corpus: {usage.ru_maxrss / 1024:,.0f} MB "
              f"{verdict(usage.ru_maxrss / 1024 < 200, 'under 200 MB')}; "
              f"largest of all runs, the one that builds the gazetteer cache included: {children.ru_maxrss / 1024:,.0f} MB")

        # The same work in its three parts, in this process, on the first 2,000 articles.
        from geodata import extract
        from geodata.article_text import read_article
        from geodata.extract import gazetteer

        gazetteer.load()
        files = sorted(folder.glob("*.txt"))[:2000]
        part = sum(len(path.read_text(encoding="utf-8")) for path in files)
        started = time.perf_counter()
        articles = [read_article(path) for path in files]
        reading = time.perf_counter() - started
        started = time.perf_counter()
        proposals = [extract.propose(article) for article in articles]
        extracting = time.perf_counter() - started
        started = time.perf_counter()
        writer = csv.writer(io.StringIO(), lineterminator="\n")
        for article, claims in zip(articles, proposals):
            writer.writerows([article.id, c.iso3, c.category, c.value, c.quote, c.start, c.end, c.rule, c.according_to]
                             for c in claims)
        writing = time.perf_counter() - started
        print(f"  in parts, {len(files):,} articles: reading (geodata.article_text.read_article) {part / reading:,.0f} chars/s; "
              f"extracting (geodata.extract.propose) {part / extracting:,.0f} chars/s; "
              f"writing CSV {part / writing:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
