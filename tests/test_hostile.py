"""Hostile input, table-driven: every way text enters the tool (the command line, the app, the export,
uploaded bytes) meets odd, oversized, malicious or damaged input, and each case is either refused with a
message that names the problem, or accepted and stored as plain text.

After every case the invariants hold: no traceback; after a refusal the ledger and the previous build are
byte-identical; the ledger still builds; no (article, country, category) row is lost unless the case removes
it on purpose. The table CASES is the heart of the module; the runners below it only feed it in.
"""

import csv
import io
import json
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "ledger"
ROOT = FIXTURE.parent.parent.parent
APP = str(ROOT / "dashboard" / "app.py")

REFUSED, ACCEPTED = "refused", "accepted"
A004 = "004_93c3f7158df3345d.txt"
A002 = "002_16b92b9d41bb28c0.txt"
HEADER = (FIXTURE / "claims.csv").read_text(encoding="utf-8").splitlines()[0]  # the ledger's claim columns
COLUMNS = HEADER.split(",")
CLAIMS_OF_004 = [line for line in (FIXTURE / "claims.csv").read_text(encoding="utf-8").splitlines()
                 if line.startswith(A004)]
ITALY_QUOTE = "hosts the highest number, 11, of these police stations"
STORY = ("LISBON - Portuguese police said on Friday they had opened an investigation into three Chinese "
         "police stations in Lisbon, Porto and Madeira.\nThe government said it had summoned the Chinese ambassador.\n")
ACCENTED = ("Swedish police in Malmö have opened an investigation into a Chinese police station, "
            "Åsa Lindström of the Säpo said.\nThe café owner in Malmö denied it.\n")
NFD = unicodedata.normalize("NFD", ACCENTED)
HTML = "<img src=x onerror=alert(1)>"
TEMPLATE = "${alert(1)}"
MARKDOWN = "![p](http://t.example/p.png)"
FURNITURE_ONLY = "Advertisement\nAlso Read | China's police stations\nShare this article\n"
SEED_002 = (FIXTURE / "articles" / A002).read_text(encoding="utf-8")
BIG = 131_073  # one more than Python's csv field limit, and far over every per-field limit
TOMORROW = (date.today() + timedelta(days=1)).isoformat()


def claim_line(**cells) -> str:
    """One claims row as a CSV line, in the fixture ledger's columns (those not given are empty)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="", quoting=csv.QUOTE_ALL).writerow([cells.get(c, "") for c in COLUMNS])
    return buffer.getvalue()


def italy_row(**cells) -> str:
    """A new claim of article 004 about Italy (a category 004 does not claim yet), with `cells` changed."""
    return claim_line(**{"article": A004, "country": "Italy", "category": "official_response", "quote": ITALY_QUOTE,
                         **cells})


def review_of_004(*rows: str) -> str:
    """A review file for article 004: its current claims (so none is dropped) and `rows`."""
    return "\n".join([HEADER, *CLAIMS_OF_004, *rows]) + "\n"


def review_naming(article: str) -> str:
    """A review file of one row whose article is `article`."""
    return f"{HEADER}\n{claim_line(article=article, country='Italy', quote='x')}\n"


@dataclass(frozen=True)
class Case:
    id: str
    entry: str  # a key of RUNNERS: cli add|accept|build|export, app publish|correct|remove|click, upload bytes
    given: dict  # the input, in the words of the entry's runner below
    expect: str  # REFUSED or ACCEPTED
    says: str = ""  # refused: a part of the message; accepted: a part of what is stored (or shown)
    hides: str = ""  # accepted: what must be stored nowhere (and shown nowhere, for the export)
    removes: str = ""  # the article whose rows the case removes on purpose
    breaks_ledger: bool = False  # the case's own setup damages the ledger (so it cannot build afterwards)
    shows_in_review: str = ""  # cli add: a part of the review file written


CASES = [
    # --- python -m geodata add FILE ... -------------------------------------------------------------------
    Case("nfd-text-outlet-title", "cli add", {"text": NFD, "outlet": unicodedata.normalize("NFD", "Dagens Nyhéter"),
         "title": unicodedata.normalize("NFD", "Enquête à Malmö")}, ACCEPTED, says="Enquête à Malmö",
         hides=unicodedata.normalize("NFD", "ê"),
         shows_in_review="Malmö have opened"),
    Case("lone-cr-in-title", "cli add", {"text": STORY, "title": "Two\rlines"}, ACCEPTED, says="Two lines", hides="\r"),
    Case("lone-cr-in-outlet", "cli add", {"text": STORY, "outlet": "Test\rWire"}, ACCEPTED, says="Test Wire", hides="\r"),
    Case("crlf-line-ends-in-article", "cli add", {"text": STORY.replace("\n", "\r\n")}, ACCEPTED,
         says="summoned the Chinese ambassador.\n", hides="\r"),
    Case("lone-cr-line-ends-in-article", "cli add", {"text": STORY.replace("\n", "\r")}, ACCEPTED,
         says="Madeira.\nThe government", hides="\r"),
    Case("only-page-furniture", "cli add", {"text": FURNITURE_ONLY}, REFUSED, says="page furniture"),
    Case("empty-article", "cli add", {"text": ""}, REFUSED, says="empty"),
    Case("whitespace-only-article", "cli add", {"text": " \n\t\n  \r\n"}, REFUSED, says="empty"),
    Case("outlet-just-over-limit", "cli add", {"text": STORY, "outlet": "o" * 201}, REFUSED,
         says="outlet is 201 characters long (at most 200)"),
    Case("title-just-over-limit", "cli add", {"text": STORY, "title": "t" * 501}, REFUSED,
         says="title is 501 characters long"),
    Case("url-just-over-limit", "cli add", {"text": STORY, "url": "https://example.org/" + "a" * 1981}, REFUSED,
         says="url is 2,001 characters long"),
    Case("very-long-url-at-the-limit", "cli add", {"text": STORY, "url": "https://example.org/" + "a" * 1980},
         ACCEPTED, says="https://example.org/aaaa"),
    Case("review-onto-seeds-claims-csv", "cli add", {"text": STORY, "review": "{seeds}/claims.csv"}, REFUSED,
         says="inside the ledger folder"),
    Case("review-onto-seeds-articles-csv", "cli add", {"text": STORY, "review": "{seeds}/articles.csv"}, REFUSED,
         says="inside the ledger folder"),
    Case("review-onto-an-existing-folder", "cli add", {"text": STORY, "review": "{tmp}"}, REFUSED, says="is a folder"),
    Case("out-inside-the-seeds", "cli add", {"text": STORY, "out": "{seeds}"}, REFUSED, says="inside the ledger folder"),
    Case("missing-article-file", "cli add", {"file": "{tmp}/no-such-story.txt"}, REFUSED, says="no such file"),
    Case("article-file-is-a-folder", "cli add", {"file": "{tmp}"}, REFUSED, says="is a folder"),
    Case("seeds-folder-does-not-exist", "cli add", {"text": STORY, "seeds": "{tmp}/nowhere"}, REFUSED,
         says="no such ledger folder"),
    Case("seed-again-with-zero-width-space", "cli add", {"text": SEED_002.replace("police", "pol\u200bice", 1)},
         REFUSED, says=A002),
    Case("seed-again-with-extra-furniture-line", "cli add", {"text": "Advertisement\n" + SEED_002}, REFUSED, says=A002),
    Case("accented-article-again-in-nfd", "cli add", {"setup": "add accented article", "text": NFD}, REFUSED,
         says="already in the ledger as"),
    Case("date-9999-12-31", "cli add", {"text": STORY, "published": "9999-12-31"}, REFUSED, says="is not a date"),
    Case("date-tomorrow", "cli add", {"text": STORY, "published": TOMORROW}, REFUSED, says="in the future"),
    Case("date-february-30", "cli add", {"text": STORY, "published": "2023-02-30"}, REFUSED, says="is not a date"),
    Case("date-arabic-indic-digits", "cli add", {"text": STORY, "published": "\u0662\u0660\u0662\u0663-01-05"},
         REFUSED, says="is not a date"),
    Case("rtl-override-in-outlet", "cli add", {"text": STORY, "outlet": "Wire\u202etxt.exe"}, ACCEPTED,
         says="Wiretxt.exe", hides="\u202e"),
    Case("outlet-equals-minus-2-plus-3", "cli add", {"text": STORY, "outlet=": "-2+3"}, ACCEPTED, says=",-2+3,"),
    Case("outlet-space-minus-2-plus-3", "cli add", {"text": STORY, "outlet": "-2+3"}, REFUSED,
         says="expected one argument"),
    Case("javascript-url", "cli add", {"text": STORY, "url": "javascript:alert(1)"}, REFUSED, says="not http/https"),
    Case("data-url", "cli add", {"text": STORY, "url": "data:text/html,<script>alert(1)</script>"}, REFUSED,
         says="not http/https"),
    Case("file-url", "cli add", {"text": STORY, "url": "file:///etc/passwd"}, REFUSED, says="not http/https"),
    Case("html-outlet-and-script-title", "cli add", {"text": STORY, "outlet": HTML, "title": "<script>alert(1)</script>"},
         ACCEPTED, says=HTML),
    Case("template-and-markdown-title", "cli add", {"text": STORY, "title": f"{TEMPLATE} {MARKDOWN} $x^2$"},
         ACCEPTED, says=f"{TEMPLATE} {MARKDOWN} $x^2$"),
    Case("emoji-cjk-arabic-hebrew", "cli add",
         {"text": STORY + "警方 🚓 الشرطة משטרה\n", "title": "警方 🚓 الشرطة משטרה"},
         ACCEPTED, says="警方 🚓 الشرطة משטרה"),
    Case("nul-bytes-in-article", "cli add", {"text": STORY.replace("Friday", "Fri\0day")}, ACCEPTED, says="on Friday",
         hides="\0"),
    Case("bom-at-start", "cli add", {"text": "\ufeff" + STORY}, ACCEPTED, says="LISBON", hides="\ufeff"),
    Case("latin-1-article", "cli add", {"bytes": STORY.replace("Friday", "Fr\u00e9day").encode("latin-1")}, REFUSED,
         says="not UTF-8"),
    Case("upload-of-1000001-bytes", "cli add", {"bytes": b"x" * 1_000_001}, REFUSED, says="larger than"),
    Case("live-hyperlink-sentence", "cli add", {"text": '=HYPERLINK("http://x") ' + STORY}, ACCEPTED,
         says='=HYPERLINK("http://x")', shows_in_review='"\'=HYPERLINK(""http://x"")'),

    # --- python -m geodata accept REVIEW_FILE ----------------------------------------------------------------
    Case("nfd-proposals-accepted-unedited", "cli accept", {"proposals_for": NFD}, ACCEPTED, says="Malmö have opened"),
    Case("nfd-quote-and-note-added-by-hand", "cli accept", {"proposals_for": ACCENTED, "append": [dict(
        country="Sweden", category="official_response", city=unicodedata.normalize("NFD", "Malmö"),
        quote=unicodedata.normalize("NFD", "The café owner in Malmö denied it"),
        note=unicodedata.normalize("NFD", "a café"))]}, ACCEPTED, says="café owner in Malmö denied it",
         hides=unicodedata.normalize("NFD", "é")),
    Case("hyperlink-apostrophe-taken-off", "cli accept", {"proposals_for": '=HYPERLINK("http://x") ' + STORY}, ACCEPTED,
         says='"=HYPERLINK(""http://x"") LISBON', hides="'=HYPERLINK"),
    Case("live-hyperlink-note", "cli accept", {"review_csv": review_of_004(italy_row(note='=HYPERLINK("http://x")'))},
         ACCEPTED, says='"=HYPERLINK(""http://x"")"'),
    Case("article-dot-dot-articles-csv", "cli accept", {"review_csv": review_naming("../articles.csv")},
         REFUSED, says="unknown article '../articles.csv'"),
    Case("article-etc-passwd", "cli accept", {"review_csv": review_naming("/etc/passwd")}, REFUSED,
         says="unknown article '/etc/passwd'"),
    Case("article-through-dot-dot", "cli accept", {"review_csv": review_naming("articles/../x.txt")},
         REFUSED, says="unknown article 'articles/../x.txt'"),
    Case("unknown-article-id", "cli accept", {"review_csv": review_naming("999_nothere.txt")}, REFUSED,
         says="unknown article '999_nothere.txt'"),
    Case("quote-over-131072-characters", "cli accept", {"review_csv": review_of_004(italy_row(quote="q" * BIG))}, REFUSED,
         says="quote is 131,073 characters long"),
    Case("note-over-131072-characters", "cli accept", {"review_csv": review_of_004(italy_row(note="n" * BIG))}, REFUSED,
         says="note is 131,073 characters long"),
    Case("quote-just-over-limit", "cli accept", {"review_csv": review_of_004(italy_row(quote="q" * 1201))}, REFUSED,
         says="quote is 1,201 characters long"),
    Case("note-just-over-limit", "cli accept", {"review_csv": review_of_004(italy_row(note="n" * 1001))}, REFUSED,
         says="note is 1,001 characters long"),
    Case("html-in-city-not-a-place", "cli accept", {"review_csv": review_of_004(italy_row(city=HTML))}, REFUSED,
         says="not in the gazetteer"),
    Case("city-just-over-limit", "cli accept", {"review_csv": review_of_004(italy_row(city="c" * 301))}, REFUSED,
         says="city is 301 characters long"),
    Case("arabic-indic-digit-in-value", "cli accept",
         {"review_csv": review_of_004(italy_row(category="forced_return", value="1\u0661"))}, REFUSED,
         says="malformed value"),
    Case("china-as-host", "cli accept", {"review_csv": review_of_004(italy_row(country="China"))}, REFUSED,
         says="China is the actor"),
    Case("rtl-override-in-city", "cli accept", {"review_csv": review_of_004(italy_row(city="Pra\u202eto"))}, ACCEPTED,
         says=",Prato,", hides="\u202e"),
    Case("lone-cr-in-note", "cli accept", {"review_csv": review_of_004(italy_row(note="first\rsecond"))}, ACCEPTED,
         says="first second", hides="\r"),
    Case("lone-cr-in-an-unquoted-cell", "cli accept", {"review_csv": review_of_004(
        italy_row(note="NOTE").replace('"NOTE"', "first\rsecond"))},
         REFUSED, says="review.csv:10: expected"),
    Case("lone-cr-in-quote", "cli accept", {"review_csv": review_of_004(italy_row(quote="hosts the highest\rnumber, 11"))},
         ACCEPTED, says="hosts the highest number, 11,", hides="\r"),
    Case("crlf-review-file", "cli accept", {"review_csv": review_of_004(italy_row()).replace("\n", "\r\n")}, ACCEPTED,
         says=ITALY_QUOTE, hides="\r"),
    Case("html-template-markdown-latex-in-note", "cli accept",
         {"review_csv": review_of_004(italy_row(note=f"{HTML} {TEMPLATE} {MARKDOWN} $x^2$ <script>x</script>"))},
         ACCEPTED, says=f"{TEMPLATE} {MARKDOWN} $x^2$ <script>x</script>"),
    Case("nul-in-a-cell", "cli accept", {"review_csv": review_of_004(italy_row(note="nu\0ll"))}, ACCEPTED, says="null",
         hides="\0"),
    Case("bom-at-start-of-review", "cli accept", {"review_csv": "\ufeff" + review_of_004(italy_row(note="after bom"))},
         ACCEPTED, says="after bom", hides="\ufeff"),
    Case("wrong-header", "cli accept", {"review_csv": review_of_004(italy_row()).replace(HEADER, HEADER + "s", 1)},
         REFUSED, says="wrong header"),
    Case("unbalanced-quote", "cli accept",
         {"review_csv": "\n".join([HEADER, f'{A004},Italy,official_response,,,"{ITALY_QUOTE},', *CLAIMS_OF_004])
                        + "\n"}, REFUSED,
         says="review.csv:2: expected"),
    Case("extra-field", "cli accept", {"review_csv": review_of_004(italy_row() + ",extra")}, REFUSED,
         says=f"expected {len(COLUMNS)} fields, found {len(COLUMNS) + 1}"),
    Case("header-only", "cli accept", {"review_csv": HEADER + "\n"}, REFUSED, says="no rows to accept"),
    Case("review-not-utf8", "cli accept", {"review_bytes": review_of_004(italy_row(note="caf\u00e9")).encode("latin-1")},
         REFUSED, says="not UTF-8"),
    Case("review-binary-garbage", "cli accept", {"review_bytes": bytes(range(256)) * 4}, REFUSED, says="not UTF-8"),
    Case("accept-into-missing-seeds", "cli accept", {"review_csv": review_of_004(italy_row()), "seeds": "{tmp}/nowhere"},
         REFUSED, says="no such ledger folder"),
    Case("accept-out-inside-seeds", "cli accept", {"review_csv": review_of_004(italy_row()), "out": "{seeds}/articles"},
         REFUSED, says="inside the ledger folder"),

    # --- python -m geodata build ------------------------------------------------------------------------------
    Case("build-out-is-the-seeds", "cli build", {"out": "{seeds}"}, REFUSED, says="inside the ledger folder"),
    Case("build-seeds-does-not-exist", "cli build", {"seeds": "{tmp}/nowhere"}, REFUSED, says="no such ledger folder"),
    Case("journal-left-by-a-killed-change", "cli build", {"setup": "journal left by a killed change"}, ACCEPTED,
         says="005_killed.txt,Killed Wire"),
    Case("non-utf8-article-gives-one-error", "cli build", {"setup": "latin-1 article 003"}, REFUSED, says="not UTF-8",
         breaks_ledger=True),
    Case("crlf-article-in-ledger", "cli build", {"setup": "article 004 with crlf"}, ACCEPTED, says="Guardian"),
    Case("claims-csv-with-extra-field", "cli build", {"setup": "claims.csv with an extra field"}, REFUSED,
         says=f"expected {len(COLUMNS)} fields, found {len(COLUMNS) + 1}", breaks_ledger=True),

    # --- python -m dashboard export ---------------------------------------------------------------------------
    Case("export-onto-seeds-claims-csv", "cli export", {"out": "{seeds}/claims.csv"}, REFUSED,
         says="inside the ledger folder"),
    Case("export-onto-an-existing-folder", "cli export", {"out": "{tmp}"}, REFUSED, says="is a folder"),
    Case("export-truncated-countries-csv", "cli export", {"setup": "countries.csv truncated"}, REFUSED,
         says="the build is damaged"),
    Case("export-countries-csv-wrong-header", "cli export", {"setup": "countries.csv with a wrong header"}, REFUSED,
         says="wrong header"),
    Case("export-countries-csv-binary-garbage", "cli export", {"setup": "countries.csv binary garbage"}, REFUSED,
         says="not UTF-8"),
    Case("export-of-a-missing-build", "cli export", {"build": "{tmp}/nowhere"}, REFUSED, says="missing"),
    Case("export-hostile-metadata", "cli export", {"setup": "hostile article about Portugal"}, ACCEPTED,
         says=r"\u003cimg src=x onerror=alert(1)\u003e", hides="<img src=x"),  # JSON-escaped, shown as text

    # --- the app: Add article page ----------------------------------------------------------------------------
    Case("app-javascript-url", "app publish", {"text": STORY, "url": "javascript:alert(1)"}, REFUSED,
         says="not http/https"),
    Case("app-outlet-just-over-limit", "app publish", {"text": STORY, "outlet": "o" * 201}, REFUSED,
         says="outlet is 201 characters long"),
    Case("app-title-over-131072", "app publish", {"text": STORY, "title": "t" * BIG}, REFUSED,
         says="title is 131,073 characters long"),
    Case("app-date-9999", "app publish", {"text": STORY, "published": "9999-12-31"}, REFUSED, says="is not a date"),
    Case("app-no-outlet", "app publish", {"text": STORY, "outlet": " \r "}, REFUSED, says="no outlet given"),
    Case("app-only-page-furniture", "app publish", {"text": FURNITURE_ONLY}, REFUSED, says="page furniture"),
    Case("app-empty-text", "app publish", {"text": "   "}, REFUSED, says="empty"),
    Case("app-seed-again-in-nfd-with-zero-width", "app publish",
         {"text": unicodedata.normalize("NFD", SEED_002).replace("China", "Chi\u200bna")}, REFUSED, says=A002),
    Case("app-arabic-indic-value", "app publish", {"text": STORY, "edit": {0: {"value": "1\u0661"}}}, REFUSED,
         says="malformed value"),
    Case("app-note-over-131072", "app publish", {"text": STORY, "edit": {0: {"note": "n" * BIG}}}, REFUSED,
         says="note is 131,073 characters long"),
    Case("app-hostile-metadata-stored-as-text", "app publish",
         {"text": STORY, "outlet": HTML + " \u202e", "title": f"{TEMPLATE} {MARKDOWN} \r $x^2$ 🚓 警方 الشرطة"},
         ACCEPTED, says=f"{TEMPLATE} {MARKDOWN} $x^2$ 🚓 警方 الشرطة", hides="\u202e"),
    Case("app-nfd-article", "app publish", {"text": NFD, "title": unicodedata.normalize("NFD", "Enquête")}, ACCEPTED,
         says="Enquête"),
    Case("app-correct-unknown-country", "app correct",
         {"article": A004, "add": {"country": "Atlantis", "category": "station", "quote": ITALY_QUOTE}}, REFUSED,
         says="does not resolve"),
    Case("app-correct-quote-not-in-text", "app correct",
         {"article": A004, "add": {"country": "Italy", "category": "shutdown", "quote": "Italy closed every station"}},
         REFUSED, says="quote not found"),
    Case("app-correct-arabic-indic-value", "app correct", {"article": A004, "edit": {3: {"value": "1\u0661"}}},
         REFUSED, says="malformed value"),
    Case("app-correct-quote-over-131072", "app correct", {"article": A004, "edit": {3: {"quote": "q" * BIG}}},
         REFUSED, says="quote is 131,073 characters long"),
    Case("app-correct-hostile-note-and-rtl-city", "app correct",
         {"article": A004, "edit": {3: {"note": f"{HTML} {TEMPLATE}", "city": "Mil\u202ean"}}}, ACCEPTED,
         says=f"{HTML} {TEMPLATE}", hides="\u202e"),
    Case("app-correct-untick-every-row", "app correct", {"article": A004, "untick": range(7)}, ACCEPTED,
         removes=A004),
    Case("app-remove-article-004", "app remove", {"article": A004}, ACCEPTED, removes=A004),
    Case("app-remove-article-000-with-figures", "app remove", {"article": "000_6f7ba2e1a73b48cc.txt"}, ACCEPTED,
         removes="000_6f7ba2e1a73b48cc.txt"),
    Case("app-click-country-with-link-and-no-link", "app click",
         {"setup": "article 004 gets a link", "country": ("ITA", "Italy")}, ACCEPTED,
         says="https://example.org/guardian"),  # the panel shows, with the one link there is
    Case("app-click-country-with-hostile-metadata", "app click",
         {"setup": "hostile article about Portugal", "country": ("PRT", "Portugal")}, ACCEPTED, says=HTML),

    # --- uploaded bytes (what the app's file uploader hands to decode_upload) ------------------------------------
    Case("upload-1000001-bytes", "upload bytes", {"bytes": b"x" * 1_000_001}, REFUSED, says="larger than 1,000,000"),
    Case("upload-latin-1", "upload bytes", {"bytes": "Malmö police".encode("latin-1")}, REFUSED, says="not UTF-8"),
    Case("upload-utf-16", "upload bytes", {"bytes": STORY.encode("utf-16")}, REFUSED, says="not UTF-8"),
    Case("upload-whitespace-only", "upload bytes", {"bytes": b" \r\n\t "}, REFUSED, says="empty"),
    Case("upload-bom-crlf-nul", "upload bytes", {"bytes": b"\xef\xbb\xbf" + STORY.replace("\n", "\r\n")
                                                 .replace("Friday", "Fri\0day").encode()}, ACCEPTED,
         says="on Friday they", hides="\0"),
    Case("upload-nfd", "upload bytes", {"bytes": NFD.encode()}, ACCEPTED, says="Malmö have opened"),
]


# --- The invariants -----------------------------------------------------------------------------------------

def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` but dot-files (the lock, the journal, staged files)."""
    if not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)}


def claim_keys(seeds: Path) -> set[tuple[str, str, str]]:
    with open(seeds / "claims.csv", encoding="utf-8", errors="replace", newline="") as fh:
        return {(r["article"], r["country"], r["category"]) for r in csv.DictReader(fh)}


def stored_text(seeds: Path) -> str:
    return "\n".join(data.decode("utf-8", errors="replace") for data in snapshot(seeds).values())


@dataclass
class Outcome:
    refused: bool
    message: str  # the refusal (stderr, st.error + st.code, the InputError), or what was printed / shown
    shown: str = ""  # what a reader sees (the app's elements, the exported page)
    exceptions: list = field(default_factory=list)
    stderr: str = ""


@dataclass
class Workspace:
    seeds: Path
    build: Path
    tmp: Path
    review: Path

    def fill(self, value: str) -> str:
        for name in ("seeds", "build", "tmp"):
            value = value.replace("{" + name + "}", str(getattr(self, name)))
        return value


@pytest.fixture
def ws(seeds_copy, built, tmp_path, monkeypatch) -> Workspace:
    out = tmp_path / "build"
    shutil.copytree(built, out)  # the build of the fixture ledger, as `geodata build` of seeds_copy writes it
    monkeypatch.setenv("POLICE_MAP_SEEDS", str(seeds_copy))
    monkeypatch.setenv("POLICE_MAP_BUILD", str(out))
    return Workspace(seeds_copy, out, tmp_path, tmp_path / "review.csv")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input_is_refused_naming_the_problem_or_stored_as_plain_text(case, ws):
    SETUPS.get(case.given.get("setup"), lambda ws: None)(ws)
    seeds_before, build_before, rows_before = snapshot(ws.seeds), snapshot(ws.build), claim_keys(ws.seeds)

    outcome = RUNNERS[case.entry](ws, case.given)

    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert not outcome.exceptions, outcome.exceptions
    if case.expect == REFUSED:
        assert outcome.refused, f"accepted, expected a refusal: {outcome.message}"
        assert case.says in outcome.message
        assert snapshot(ws.seeds) == seeds_before, "the ledger changed after a refusal"
        assert snapshot(ws.build) == build_before, "the previous build changed after a refusal"
    else:
        assert not outcome.refused, outcome.message
        assert case.says in stored_text(ws.seeds) + outcome.shown
        if case.hides:  # the export and a click store nothing: what they show must not hold it
            assert case.hides not in (outcome.shown if case.entry in ("cli export", "app click")
                                      else stored_text(ws.seeds) + outcome.shown)
        lost = {k for k in rows_before - claim_keys(ws.seeds) if k[0] != case.removes}
        assert not lost, f"rows lost: {lost}"
    if case.shows_in_review:
        assert case.shows_in_review in outcome.shown
    if not case.breaks_ledger:
        builds_cleanly(ws.seeds, ws.tmp / "check_build")
    assert not (ws.tmp / "nowhere").exists(), "a folder was created where none was asked for"


def test_the_table_has_at_least_65_cases_each_with_a_unique_id_and_a_known_entry_point():
    assert len(CASES) >= 65
    assert len({c.id for c in CASES}) == len(CASES)
    assert {c.entry for c in CASES} <= set(RUNNERS)
    assert {c.expect for c in CASES} == {REFUSED, ACCEPTED}
    assert all(c.says for c in CASES if c.expect == REFUSED)


def test_a_non_utf8_article_gives_one_error_and_no_cascade_of_unknown_articles(ws):
    SETUPS["latin-1 article 003"](ws)
    result = run_module("geodata", "build", "--seeds", ws.seeds, "--out", ws.build)
    assert result.returncode == 2 and "not UTF-8" in result.stderr
    assert "unknown article" not in result.stderr
    assert result.stderr.count("fix:") == 1, result.stderr


# --- The runners: how each entry point is fed a case's input ------------------------------------------------

def builds_cleanly(seeds: Path, out: Path) -> None:
    """The ledger still builds: `geodata build` (in process) writes every output to `out` without an error."""
    from geodata.build import write_build

    write_build(seeds, out)


def run_module(module: str, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def cli_outcome(result: subprocess.CompletedProcess, shown: str = "") -> Outcome:
    """Refused is exit code 2 with the message on stderr; any other failure is a crash, not a refusal."""
    crashed = [f"exit code {result.returncode}"] if result.returncode not in (0, 2) else []
    return Outcome(result.returncode == 2, result.stderr, shown + result.stdout, crashed, result.stderr)


def options(ws: Workspace, given: dict, defaults: dict) -> list[str]:
    """Command-line options: the defaults, overridden by the case ('outlet=' gives --outlet=VALUE)."""
    args = []
    for name, value in {**defaults, **{k: v for k, v in given.items() if k in OPTIONS}}.items():
        if name.endswith("="):
            args.append(f"--{name}{value}")
        elif value is not None:
            args += [f"--{name}", ws.fill(str(value))]
    return args


OPTIONS = {"outlet", "outlet=", "title", "url", "published", "seeds", "out", "review", "build"}


def cli_add(ws: Workspace, given: dict) -> Outcome:
    story = ws.tmp / "story.txt"
    if "bytes" in given:
        story.write_bytes(given["bytes"])
    elif "text" in given:
        story.write_bytes(given["text"].encode("utf-8"))
    file = ws.fill(given.get("file", str(story)))
    defaults = {"outlet": None if "outlet=" in given else "Test Wire", "seeds": "{seeds}", "out": "{build}",
                "review": str(ws.review)}
    result = run_module("geodata", "add", file, *options(ws, given, defaults))
    review = ws.review.read_text(encoding="utf-8") if ws.review.is_file() else ""
    return cli_outcome(result, shown=review)


def cli_accept(ws: Workspace, given: dict) -> Outcome:
    if "proposals_for" in given:
        (ws.tmp / "proposed.txt").write_text(given["proposals_for"], encoding="utf-8")
        added = run_module("geodata", "add", ws.tmp / "proposed.txt", "--outlet", "Test Wire", "--seeds", ws.seeds,
                           "--out", ws.build, "--review", ws.review)
        assert added.returncode == 0, added.stderr
        with open(ws.review, encoding="utf-8", newline="") as fh:
            proposed = csv.DictReader(fh)
            columns, article = proposed.fieldnames, next(proposed)["article"]
        with open(ws.review, "a", encoding="utf-8", newline="") as fh:  # rows added by hand, in the file's columns
            csv.DictWriter(fh, columns, lineterminator="\n").writerows({"article": article, **row}
                                                                      for row in given.get("append", []))
    elif "review_bytes" in given:
        ws.review.write_bytes(given["review_bytes"])
    else:
        ws.review.write_bytes(given["review_csv"].encode("utf-8"))
    return cli_outcome(run_module("geodata", "accept", ws.review,
                                  *options(ws, given, {"seeds": "{seeds}", "out": "{build}"})))


def cli_build(ws: Workspace, given: dict) -> Outcome:
    return cli_outcome(run_module("geodata", "build", *options(ws, given, {"seeds": "{seeds}", "out": "{build}"})))


def cli_export(ws: Workspace, given: dict) -> Outcome:
    page = ws.tmp / "exported" / "map.html"
    result = run_module("dashboard", "export", *options(ws, given, {"build": "{build}", "out": str(page)}))
    return cli_outcome(result, shown=page.read_text(encoding="utf-8") if page.is_file() else "")


def upload_bytes(ws: Workspace, given: dict) -> Outcome:
    from geodata.errors import InputError, InputErrors
    from geodata.publish import decode_upload, publish_article

    try:
        text = decode_upload(given["bytes"], "upload.txt")
        change = publish_article(ws.seeds, text, {"outlet": "Test Wire"}, [], source="upload.txt")
    except (InputError, InputErrors) as err:
        return Outcome(True, str(err))
    return Outcome(False, change.article)


# The app, under AppTest.

def app_outcome(at) -> Outcome:
    refusal = "\n".join([e.value for e in at.error] + [c.value for c in at.code])
    shown = "\n".join(str(e.value) for kind in ("text", "markdown", "caption", "subheader", "success", "info",
                                                "warning", "error", "code") for e in getattr(at, kind))
    return Outcome(bool(at.error), refusal or shown, shown, list(at.exception))


def add_page():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120).run()
    return at.switch_page("add_page.py").run()


def click(at, label: str):
    return next(b for b in at.button if b.label == label).click().run()


def app_publish(ws: Workspace, given: dict) -> Outcome:
    at = add_page()
    at.text_area(key="add_pasted").input(given["text"])
    for name, default in (("outlet", "Test Wire"), ("title", ""), ("url", ""), ("published", "")):
        at.text_input(key=f"add_{name}").input(given.get(name, default))
    at = click(at, "Propose claims")
    if "edit" in given and not at.error:
        at.session_state["proposals_editor"] = {"edited_rows": given["edit"], "added_rows": [], "deleted_rows": []}
        at.run()
    if any(b.label == "Publish" for b in at.button):
        at = click(at, "Publish")
    return app_outcome(at)


def app_correct(ws: Workspace, given: dict) -> Outcome:
    article = given["article"]
    at = add_page()
    at.selectbox(key="article_choice").select(article).run()
    edited = {**{i: {"keep": False} for i in given.get("untick", ())}, **given.get("edit", {})}
    added = [{"keep": True, "value": "", "city": "", "note": "", **given["add"]}] if "add" in given else []
    at.session_state[f"claims_{article}"] = {"edited_rows": edited, "added_rows": added, "deleted_rows": []}
    at.run()
    return app_outcome(click(at, "Save corrections"))


def app_remove(ws: Workspace, given: dict) -> Outcome:
    at = add_page()
    at.selectbox(key="article_choice").select(given["article"]).run()
    at.checkbox[0].check().run()
    return app_outcome(click(at, "Remove article"))


def app_click(ws: Workspace, given: dict) -> Outcome:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120).run()
    iso3, name = given["country"]
    at.session_state["country_map"] = {"iso3": iso3, "name": name, "click": 1}  # what the map sends on a click
    outcome = app_outcome(at.run())
    outcome.shown += "\n".join(e.proto.url for e in at.get("link_button"))
    return outcome


RUNNERS = {"cli add": cli_add, "cli accept": cli_accept, "cli build": cli_build, "cli export": cli_export,
           "app publish": app_publish, "app correct": app_correct, "app remove": app_remove,
           "app click": app_click, "upload bytes": upload_bytes}


# --- Setups: the state a case starts from (done before the snapshots) ----------------------------------------

def add_accented_article(ws: Workspace) -> None:
    (ws.tmp / "accented.txt").write_text(ACCENTED, encoding="utf-8")
    result = run_module("geodata", "add", ws.tmp / "accented.txt", "--outlet", "Test Wire", "--seeds", ws.seeds,
                        "--out", ws.build, "--review", ws.tmp / "first_review.csv")
    assert result.returncode == 0, result.stderr


def journal_left_by_a_killed_change(ws: Workspace) -> None:
    """A change killed half-way: the article file already renamed into place, articles.csv still staged."""
    (ws.seeds / "articles" / "005_killed.txt").write_text(STORY, encoding="utf-8")
    staged = ws.seeds / ".articles.csv.staged"
    staged.write_text((ws.seeds / "articles.csv").read_text(encoding="utf-8") + "005_killed.txt,Killed Wire,,,,\n",
                      encoding="utf-8")
    steps = [{"staged": str(ws.seeds / "articles" / ".005_killed.txt.staged"),
              "target": str(ws.seeds / "articles" / "005_killed.txt")},
             {"staged": str(staged), "target": str(ws.seeds / "articles.csv")}]
    (ws.seeds / ".ledger.journal").write_text(json.dumps(steps), encoding="utf-8")


def rewrite(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def article_004_gets_a_link(ws: Workspace) -> None:
    articles = ws.seeds / "articles.csv"
    articles.write_text(articles.read_text(encoding="utf-8").replace(
        f"{A004},unknown,,,", f"{A004},The Guardian,,https://example.org/guardian,"), encoding="utf-8")
    builds_cleanly(ws.seeds, ws.build)


def hostile_article_about_portugal(ws: Workspace) -> None:
    text = f"Portugal hosted 3 Chinese police stations {HTML} {TEMPLATE} in Lisbon, the report said.\n"
    (ws.seeds / "articles" / "005_hostile.txt").write_text(text, encoding="utf-8")
    with open(ws.seeds / "articles.csv", "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(["005_hostile.txt", HTML, MARKDOWN, "", "", TEMPLATE])
    with open(ws.seeds / "claims.csv", "a", encoding="utf-8", newline="") as fh:
        fh.write(claim_line(article="005_hostile.txt", country="Portugal", category="station", city="Lisbon",
                            quote=f"Portugal hosted 3 Chinese police stations {HTML} {TEMPLATE}",
                            note=f"{HTML} {TEMPLATE} $x^2$") + "\n")
    builds_cleanly(ws.seeds, ws.build)


SETUPS = {
    "add accented article": add_accented_article,
    "journal left by a killed change": journal_left_by_a_killed_change,
    "latin-1 article 003": lambda ws: rewrite(
        ws.seeds / "articles" / "003_6617370940062ac2.txt",
        (ws.seeds / "articles" / "003_6617370940062ac2.txt").read_text(encoding="utf-8")
        .encode("latin-1", errors="replace") + b" caf\xe9\n"),
    "article 004 with crlf": lambda ws: rewrite(
        ws.seeds / "articles" / A004, (ws.seeds / "articles" / A004).read_bytes().replace(b"\n", b"\r\n")),
    "claims.csv with an extra field": lambda ws: rewrite(
        ws.seeds / "claims.csv", (ws.seeds / "claims.csv").read_bytes() + (italy_row() + ",z\n").encode()),
    "countries.csv truncated": lambda ws: rewrite(
        ws.build / "countries.csv", (ws.build / "countries.csv").read_bytes()[:700]),
    "countries.csv with a wrong header": lambda ws: rewrite(
        ws.build / "countries.csv", b"iso3,nom\n" + (ws.build / "countries.csv").read_bytes().split(b"\n", 1)[1]),
    "countries.csv binary garbage": lambda ws: rewrite(ws.build / "countries.csv", bytes(range(256)) * 8),
    "article 004 gets a link": article_004_gets_a_link,
    "hostile article about Portugal": hostile_article_about_portugal,
}


# --- The browser: the exported page, hostile metadata, the network blocked ------------------------------------

PWN_HTML = '<img src=x onerror="window.__pwned=1">'
PWN_TEMPLATE = "${window.__pwned=2}"
FIND_MAP = "Object.values(window).find(v => v instanceof L.Map)"


@pytest.fixture(scope="module")
def pwned_page(tmp_path_factory) -> Path:
    """The exported page of a one-article ledger whose outlet, title, city, note and quote carry payloads."""
    seeds = tmp_path_factory.mktemp("pwn_seeds")
    (seeds / "articles").mkdir()
    quote = f"Italy hosted 11 Chinese police stations {PWN_HTML} {PWN_TEMPLATE}"
    (seeds / "articles" / "001_pwn.txt").write_text(f"{quote} in Prato, the report said.\n", encoding="utf-8")
    payload = f"{PWN_HTML} {PWN_TEMPLATE}"
    for name, rows in (("articles.csv", [["article", "outlet", "title", "url", "published", "cites"],
                                         ["001_pwn.txt", payload, payload, "", "", payload]]),
                       ("claims.csv", [COLUMNS, [{"article": "001_pwn.txt", "country": "Italy", "category": "station",
                                                 "value": "11", "city": "Prato", "quote": quote, "note": payload
                                                 }.get(c, "") for c in COLUMNS]]),
                       ("figures.csv", [["article", "figure", "value", "quote"]])):
        with open(seeds / name, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\n").writerows(rows)
    out = tmp_path_factory.mktemp("pwn_build")
    assert run_module("geodata", "build", "--seeds", seeds, "--out", out).returncode == 0
    page = out / "map.html"
    result = run_module("dashboard", "export", "--build", out, "--out", page)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return page


BROWSER_CASES = [  # (id, what the reader does, where, the element that must show the payload as text)
    ("hover-italy", "hover", [43.0, 12.5], ".leaflet-tooltip"),
    ("click-italy-tooltip", "click", [43.0, 12.5], ".leaflet-tooltip"),
    ("click-italy-evidence-panel", "click", [43.0, 12.5], ".map-evidence"),
]


@pytest.mark.browser
@pytest.mark.parametrize("action, latlng, element", [c[1:] for c in BROWSER_CASES], ids=[c[0] for c in BROWSER_CASES])
def test_the_exported_page_shows_payloads_as_text_and_runs_none_of_them(browser, pwned_page, action, latlng, element):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    blocked = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                  else (blocked.append(route.request.url), route.abort()))
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(pwned_page.as_uri())
    page.wait_for_function("document.querySelectorAll('svg path.leaflet-interactive').length >= 200", timeout=30_000)
    x, y = page.evaluate(f"""([lat, lng]) => {{
        const map = {FIND_MAP};
        const p = map.latLngToContainerPoint([lat, lng]);
        const box = map.getContainer().getBoundingClientRect();
        return [p.x + box.left, p.y + box.top];
    }}""", latlng)
    if action in ("hover", "click"):
        page.mouse.move(x, y)
        if action == "click":
            page.mouse.click(x, y)
        page.locator(".leaflet-tooltip").wait_for(timeout=10_000)
    text = page.locator(element).first.inner_text()
    pwned = page.evaluate("typeof window.__pwned")
    context.close()
    assert pwned == "undefined"
    assert PWN_HTML in text and PWN_TEMPLATE in text, text
    assert not errors, errors
    assert not [u for u in blocked if not u.startswith("data:")], blocked
