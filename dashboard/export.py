"""build/ in, build/map.html out: the map as one self-contained page that opens offline and embeds in a story.

The page carries its title, the legend, a caption that collapses (collapsed on screens narrower than 800 px),
and a small panel that shows a clicked country's quotes and who says them. Leaflet is inlined from the
xstatic-leaflet package and the page asks no host for anything (no tiles, no CDN). Every text from an article
reaches the page as JSON and is shown with textContent only.
"""

import html
from datetime import date
from pathlib import Path

import folium
from branca.element import MacroElement
from jinja2 import Template

from dashboard.data import Build, load_build, map_frame
from dashboard.map import MEASURES, STATUS, TextControl, build_map, js_literal
from geodata import paths
from geodata.files import write_atomic
from geodata.outputs import CREDITS
from geodata.views import Filters, country_view, data_date_line, evidence, filter_claims, place_view

TITLE = "China's overseas \u201cpolice stations\u201d: what the articles report, country by country"
SUBTITLE = "Each coloured country has at least one claim backed by a verbatim quote in a named article."
NOTES = [
    "Grey means no report in these articles, not that nothing is there.",
    "Most coverage retells one report: sources are counted first-hand, not by article.",
    CREDITS,
]
EMBED_SNIPPET = ('<iframe src="https://YOUR-SITE.example/map.html" title="China\u2019s overseas police stations: '
                 'what the articles report" width="100%" height="520" style="border:0" loading="lazy"></iframe>')
MAX_QUOTES = 6


class ClickPanel(MacroElement):
    """A panel with the clicked country's quotes and sources (textContent only); a click on the sea closes it."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var evidence = {{ this.evidence_js }};
            var control = L.control({position: "topleft"});
            var box;
            control.onAdd = function () {
                box = L.DomUtil.create("div", "map-evidence");
                box.style.cssText = "display: none; background: rgba(255,255,255,0.97); padding: 6px 9px; "
                    + "border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); max-width: 300px; "
                    + "max-height: 60vh; overflow-y: auto; font: 12px/1.4 system-ui, Arial, sans-serif; color: #222;";
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                return box;
            };
            control.addTo(map);
            function line(text, style) {
                var row = L.DomUtil.create("div", "", box);
                if (style) { row.style.cssText = style; }
                row.appendChild(document.createTextNode(text));
            }
            function show(iso3) {
                var item = evidence[iso3];
                box.textContent = "";
                if (!item) { box.style.display = "none"; return; }
                var close = L.DomUtil.create("button", "", box);
                close.type = "button";
                close.textContent = "Close";
                close.style.cssText = "float: right; font: inherit; cursor: pointer;";
                close.onclick = function () { box.style.display = "none"; };
                line(item.name, "font-weight: 700;");
                line(item.summary, "color: #555; margin-bottom: 4px;");
                item.quotes.forEach(function (q) {
                    line(q.what, "font-weight: 600; margin-top: 4px;");
                    line("\\u201c" + q.quote + "\\u201d", "");
                    line("Says: " + q.said_by, "color: #555;");
                });
                box.style.display = "";
            }
            map.eachLayer(function (layer) {
                if (layer.feature === undefined && layer.eachLayer) {
                    layer.on("click", function (event) {
                        var props = event.layer && event.layer.feature && event.layer.feature.properties;
                        if (props && props.iso3) { show(props.iso3); L.DomEvent.stopPropagation(event); }
                    });
                }
            });
            map.on("click", function () { box.style.display = "none"; });
        })();
        {% endmacro %}
    """)

    def __init__(self, evidence_by_country: dict):
        super().__init__()
        self._name = "ClickPanel"
        self.evidence_js = js_literal(evidence_by_country)


def evidence_by_country(build: Build, filters: Filters) -> dict:
    """iso3 -> the name, a summary line and the first quotes with who says them, for the click panel."""
    claims = filter_claims(build.claims, filters)
    table = country_view(build.countries, build.claims, filters).set_index("iso3")
    out = {}
    for iso3, row in table.iterrows():
        rows = evidence(claims, iso3)
        quotes = [{"what": " \u00b7 ".join(x for x in (r.category, r.value) if x), "quote": r.quote,
                   "said_by": r.said_by} for r in rows.head(MAX_QUOTES).itertuples()]
        more = len(rows) - len(quotes)
        summary = (f"{row.n_sources} independent source{'s' if int(row.n_sources) != 1 else ''}, "
                   f"{row.n_articles} article{'s' if int(row.n_articles) != 1 else ''}"
                   + (f"; {more} more claims in the data" if more > 0 else ""))
        out[iso3] = {"name": row["name"], "summary": summary, "quotes": quotes}
    return out


def caption_lines(build: Build, measure: str, filters: Filters, made: date) -> list[dict]:
    return [
        {"text": TITLE, "style": "font-weight: 700; font-size: 13px; margin-bottom: 3px;"},
        {"text": SUBTITLE},
        {"text": f"Colour: {MEASURES[measure]}. {filters.describe()}.", "style": "margin-top: 3px;"},
        {"text": f"Sources: {len(build.articles)} articles. Click a country for its quotes.", "style": "margin-top: 3px;"},
        {"text": f"{data_date_line(build.articles)}. Map made {made.isoformat()}."},
        *({"text": note, "style": "color: #555;"} for note in NOTES),
    ]


def export_html(build: Build, measure: str = STATUS, filters: Filters = Filters(), made: date | None = None) -> str:
    """The whole page as text: the map from build_map, Leaflet inlined, the caption and the click panel."""
    frame = map_frame(build, country_view(build.countries, build.claims, filters))
    m = build_map(frame, measure, inline_leaflet=True, places=place_view(build.places, build.claims, filters))
    m.add_child(TextControl(caption_lines(build, measure, filters, made or date.today()), position="topright",
                            class_name="map-caption", collapsible=True))
    m.add_child(ClickPanel(evidence_by_country(build, filters)))
    root = m.get_root()
    root.title = html.escape(TITLE)
    root.header.add_child(folium.Element('<meta name="viewport" content="width=device-width, initial-scale=1">'),
                          name="viewport")
    return root.render()


def write_export(build_dir: Path = paths.BUILD, out: Path | None = None, measure: str = STATUS) -> Path:
    """Write the static map of build_dir to out (default build_dir/map.html); return its path."""
    # Load inputs.
    build = load_build(build_dir)

    # Process data.
    page = export_html(build, measure)

    # Save outputs.
    return write_atomic(out or paths.built_map_html(build_dir), page)
