"""A new category is one row in geodata/data/categories.csv and its claims in the ledger: no code edit."""

import shutil
import subprocess
import sys

import pandas as pd

from geodata import paths

ROW = "travel_ban,Travel ban,a host country barred the station's staff from entering,none,#117733\n"


def run(cwd, *args) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result


def test_a_category_added_as_one_row_appears_in_the_table_the_map_the_legend_and_the_dictionary(tmp_path, seeds_copy):
    code = tmp_path / "code"
    for package in ("geodata", "dashboard"):
        shutil.copytree(paths.ROOT / package, code / package, ignore=shutil.ignore_patterns("static", "__pycache__"))
    with open(code / "geodata" / "data" / "categories.csv", "a", encoding="utf-8") as fh:
        fh.write(ROW)
    with open(paths.claims_csv(seeds_copy), "a", encoding="utf-8") as fh:
        fh.write("004_93c3f7158df3345d.txt,Germany,travel_ban,,,\"prompting police investigations in at least 12 "
                 "countries including Canada, Germany and the Netherlands.\",,a test row\n")
    out = tmp_path / "build"
    run(code, "-m", "geodata", "build", "--seeds", str(seeds_copy), "--out", str(out))
    countries = pd.read_csv(out / "countries.csv", dtype=str, keep_default_na=False).set_index("iso3")
    assert countries.loc["DEU", "travel_ban"] == "reported" and countries.loc["ITA", "travel_ban"] == "not reported"
    run(code, "-m", "dashboard", "export", "--build", str(out), "--out", str(tmp_path / "map.html"),
        "--measure", "travel_ban")
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "Travel ban reported" in page
    check = ("from pathlib import Path\nfrom dashboard import data, downloads\n"
             f"b = data.load_build(Path({str(out)!r}))\n"
             "text = downloads.data_dictionary(b)\n"
             "assert '| `travel_ban` | Travel ban |' in text, text\n"
             "assert 'travel_ban' in b.countries.columns\n"
             "assert 'Travel ban' in data.readable_table(b.countries).columns\n")
    run(code, "-c", check)
