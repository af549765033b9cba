"""Leaflet from the xstatic-leaflet package, never a CDN: served to the app, inlined into the export.

folium asks for Leaflet, jQuery, Bootstrap and FontAwesome from CDNs by default. A GeoJson layer
with tooltips and our own legend needs only Leaflet, so a map's `default_js`/`default_css` are set
to Leaflet alone: the app's copy under Streamlit static serving, or nothing when the export
inlines it into the page.
"""

import re
import shutil
from functools import cache
from pathlib import Path

import folium
import xstatic.pkg.leaflet

from geodata import paths

SOURCE = Path(xstatic.pkg.leaflet.BASE_DIR)
VERSION = xstatic.pkg.leaflet.VERSION
FILES = ["leaflet.js", "leaflet.css"]
# Streamlit serves <folder of app.py>/static/* at /app/static/* (server.enableStaticServing).
APP_URL = "/app/static/leaflet"
SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")


@cache
def js_text() -> str:
    """leaflet.js without its source-map comment (nothing for a browser to fetch)."""
    return SOURCE_MAP.sub("\n", (SOURCE / "leaflet.js").read_text(encoding="utf-8"))


@cache
def css_text() -> str:
    return (SOURCE / "leaflet.css").read_text(encoding="utf-8")


def copy_to_static(static_dir: Path = paths.DASHBOARD_STATIC) -> Path:
    """Put leaflet.js, leaflet.css and its images under static_dir/leaflet/ unless already there."""
    target = static_dir / "leaflet"
    texts = {"leaflet.js": js_text(), "leaflet.css": css_text()}
    for name, text in texts.items():
        path = target / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{name}.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
    images = target / "images"
    if not images.is_dir():
        shutil.copytree(SOURCE / "images", images, dirs_exist_ok=True)
    return target


def use_app_leaflet(m: folium.Map) -> folium.Map:
    """Load Leaflet (only) from the app's static files."""
    m.default_js = [("leaflet", f"{APP_URL}/leaflet.js")]
    m.default_css = [("leaflet_css", f"{APP_URL}/leaflet.css")]
    return m


def use_inline_leaflet(m: folium.Map) -> folium.Map:
    """Put Leaflet (only) inside the page itself: no link to any file or host."""
    m.default_js = []
    m.default_css = []
    header = m.get_root().header
    header.add_child(folium.Element(f"<style>{css_text()}</style>"), name="leaflet_css_inline", index=0)
    header.add_child(folium.Element(f"<script>{js_text()}</script>"), name="leaflet_inline", index=1)
    return m
