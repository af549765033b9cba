"""The map as a still image for print and social: PNG (at least 1200 px wide) or SVG whose title, legend and
source line stay text a graphics desk can edit. Drawn with geopandas and matplotlib, no browser.

In:  a loaded build (dashboard.data), a measure and filters. Out: the image's bytes; `write_figure` writes a file.
"""

import math
from datetime import date
from io import BytesIO
from pathlib import Path

from dashboard.data import Build, map_frame
from dashboard.map import MEASURES, STATUS, classify, legend_items, reported_bounds
from geodata.outputs import CREDITS
from geodata.views import Filters, country_view, data_date_line, place_view

TITLE = "China\u2019s overseas \u201cpolice stations\u201d: what news articles report"
DPI = 100


def draw(build: Build, measure: str = STATUS, filters: Filters = Filters(), width: int = 1600,
         made: date | None = None):
    """A matplotlib Figure of the map with title, legend, source line and date."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: use one of {', '.join(MEASURES)}")
    frame = map_frame(build, country_view(build.countries, build.claims, filters))
    colours = dict(legend_items(measure))
    frame = frame.assign(colour=[colours[classify(row, measure)] for row in frame.to_dict("records")])
    height = round(width * 0.62)
    figure, axes = plt.subplots(figsize=(width / DPI, height / DPI), dpi=DPI)
    figure.subplots_adjust(left=0.01, right=0.74, top=0.88, bottom=0.1)  # the legend in the column on the right
    frame.plot(ax=axes, color=frame.colour, edgecolor="#ffffff", linewidth=0.4)
    reported = frame[frame.has_claims]
    reported.plot(ax=axes, color=reported.colour, edgecolor="#555555", linewidth=0.6)
    places = place_view(build.places, build.claims, filters)  # the cities of the claims the filters keep
    if not places.empty:
        axes.scatter(places.lon.astype(float), places.lat.astype(float), s=22, c="#ffffff",
                     edgecolors="#222222", linewidths=1.2, zorder=5)
    bounds = reported_bounds(frame, stations_first=False)  # a still shows every country with a report
    if bounds:
        (south, west), (north, east) = bounds
        pad_x, pad_y = max(4.0, (east - west) * 0.08), max(3.0, (north - south) * 0.08)
        axes.set_xlim(west - pad_x, east + pad_x)
        axes.set_ylim(south - pad_y, north + pad_y)
        # degrees east-west shrink with latitude; the limits grow to fill the frame rather than the frame shrinking to
        # a strip around them
        axes.set_aspect(1 / math.cos(math.radians((south + north) / 2)), adjustable="datalim")
    axes.set_axis_off()
    axes.set_facecolor("#f4f8fb")
    figure.patch.set_facecolor("#ffffff")
    figure.text(0.01, 0.955, TITLE, fontsize=20, fontweight="bold", va="center", gid="title")
    figure.text(0.01, 0.91, f"{MEASURES[measure]}. {filters.describe()}. Grey: no report in these articles.",
                fontsize=12, va="center", color="#333333", gid="subtitle")
    handles = [Patch(facecolor=colour, edgecolor="#777777", label=label) for label, colour in legend_items(measure)]
    axes.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=11, frameon=False,
                title=MEASURES[measure], alignment="left")
    made = made or date.today()
    figure.text(0.01, 0.05, f"Source: {len(build.articles)} news articles, every fact checked against a verbatim "
                f"quote. {data_date_line(build.articles)}.", fontsize=10, color="#444444", gid="source")
    figure.text(0.01, 0.022, f"Map made {made.isoformat()}. {CREDITS}",
                fontsize=10, color="#444444", gid="credits")
    return figure


def figure_bytes(build: Build, measure: str = STATUS, filters: Filters = Filters(), fmt: str = "png",
                 width: int = 1600) -> bytes:
    """The image as PNG or SVG bytes (SVG text stays text)."""
    import matplotlib
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure = draw(build, measure, filters, width)
        buffer = BytesIO()
        figure.savefig(buffer, format=fmt, dpi=DPI)
        plt.close(figure)
    return buffer.getvalue()


def write_figure(build: Build, out: Path, measure: str = STATUS, width: int = 1600) -> Path:
    from geodata.files import write_atomic

    fmt = Path(out).suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"{out}: the file name must end in .png or .svg")
    return write_atomic(Path(out), figure_bytes(build, measure, Filters(), fmt, width))
