"""build/ in, build/map.html out: the map as one self-contained page that opens offline from a file.

The page carries its title, the legend, a source line, the data date and notes; Leaflet is inlined
from the xstatic-leaflet package and the page asks no host for anything (no tiles, no CDN).
"""

import html
from datetime import date
from pathlib import Path

from dashboard.data import Build, Filters, country_view, data_date_line, load_build, map_frame
from dashboard.map import MEASURES, TextControl, build_map
from geodata import paths
from geodata.files import write_atomic

TITLE = "China's overseas \u201cpolice stations\u201d: what the articles report, country by country"
SUBTITLE = ("Each coloured country has at least one claim backed by a verbatim quote in a named "
            "article. Hover a country for what is reported and by whom.")
NOTES = [
    "Grey means no report in these articles, not that nothing is there.",
    "Where articles disagree, every version is listed with its source.",
    "Boundaries: Natural Earth 1:50m (public domain), simplified for the web.",
]


def caption_lines(build: Build, measure: str, filters: Filters, made: date) -> list[dict]:
    n_articles = len(build.articles)
    sources = "; ".join(build.articles.source)
    return [
        {"text": TITLE, "style": "font-weight: 700; font-size: 14px; margin-bottom: 3px;"},
        {"text": SUBTITLE},
        {"text": f"Colour: {MEASURES[measure]}. {filters.describe()}.", "style": "margin-top: 3px;"},
        {"text": f"Sources: {n_articles} articles ({sources}).", "style": "margin-top: 3px;"},
        {"text": f"{data_date_line(build.articles)}. Map made {made.isoformat()}."},
        *({"text": note, "style": "color: #555;"} for note in NOTES),
    ]


def export_html(build: Build, measure: str = "any", filters: Filters = Filters(),
                made: date | None = None) -> str:
    """The whole page as text: the map from build_map, Leaflet inlined, the caption on top."""
    frame = map_frame(build, country_view(build, filters))
    m = build_map(frame, measure, inline_leaflet=True)
    m.add_child(TextControl(caption_lines(build, measure, filters, made or date.today()),
                            position="topright", class_name="map-caption"))
    root = m.get_root()
    root.title = html.escape(TITLE)
    return root.render()


def run(build_dir: Path = paths.BUILD, out: Path | None = None, measure: str = "any") -> Path:
    """Write the static map of build_dir to out (default build_dir/map.html); return its path."""
    # Load inputs.
    build = load_build(build_dir)

    # Process data.
    page = export_html(build, measure)

    # Save outputs.
    return write_atomic(out or paths.built_map_html(build_dir), page)
