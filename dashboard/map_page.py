"""The map page: what happened where, who says so, and the quotes beside the map.

Reads only what `python -m geodata build` wrote (build/, or the folder POLICE_MAP_BUILD names) and filters it
with geodata.views. Article text is shown with st.text / st.code / st.dataframe or escaped, never as raw
Markdown or HTML. The address bar follows the reader (?country=NLD&measure=status), so a view can be sent.
"""

import zipfile
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import app_map, data, downloads, export, figure, leaflet
from dashboard.map import MEASURES, STATUS, STATUS_LEGEND, reported_bounds, status_table
from geodata.errors import InputError
from geodata.outputs import LICENCE_NOTE
from geodata.views import (HEADLINE_FIGURES, Filters, country_view, data_date_line, disagreements, evidence,
                           filter_claims, headline_figures, place_view, safe_link)
from geodata.vocabulary import CATEGORIES

md = data.escape_markdown
MAP_HEIGHT = 560


@st.cache_resource(show_spinner="Loading the data", max_entries=2)
def load(build_dir: str, version: tuple) -> data.Build:
    """The built tables and web-sized shapes, shared by every reader and never changed in place (a copy per
    rerun would cost 30 ms); `version` (file times) reloads them after a rebuild."""
    return data.load_build(Path(build_dir))


@st.cache_data(show_spinner=False)
def view(build_dir: str, version: tuple, filters: Filters) -> pd.DataFrame:
    """The per-country table for the filters (once per filter choice)."""
    build = load(build_dir, version)
    return country_view(build.countries, build.claims, filters)


@st.cache_data(show_spinner=False)
def places(build_dir: str, version: tuple, filters: Filters) -> pd.DataFrame:
    """The city points for the filters (once per filter choice)."""
    build = load(build_dir, version)
    return place_view(build.places, build.claims, filters)


@st.cache_resource(show_spinner=False)
def map_shapes(build_dir: str, version: tuple) -> tuple[str, str, dict]:
    """The countries' shapes for the map's static file (name, text), once per build, and two views, whatever
    the filters: the first (around the countries where a station is reported) and all reports."""
    build = load(build_dir, version)
    frame = data.map_frame(build, build.countries)
    return *app_map.shapes_file(build), {"first": reported_bounds(frame), "all": reported_bounds(frame, False)}


@st.cache_resource
def serve_leaflet() -> Path:
    return leaflet.copy_to_static()


def from_address_bar(build: data.Build) -> None:
    """On a reader's first visit, ?country=NLD&measure=status opens that view."""
    if st.session_state.get("address_read"):
        return
    st.session_state["address_read"] = True
    country, measure = st.query_params.get("country", "").upper(), st.query_params.get("measure", "")
    if country in set(build.shapes.iso3):
        st.session_state["country"] = country
    if measure in MEASURES:
        st.session_state["measure"] = measure


def keep_map_choices() -> None:
    """The country and the colouring stay while another tab is open (Streamlit forgets a widget's value after a
    run that does not draw it; setting it again keeps it)."""
    for key in ("country", "measure"):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def to_address_bar(country: str, measure: str) -> None:
    wanted = {k: v for k, v in (("country", country), ("measure", measure)) if v}
    if dict(st.query_params) != wanted:
        st.query_params.from_dict(wanted)


@st.cache_data(show_spinner=False)
def header_lines(build_dir: str, version: tuple) -> tuple[str, str]:
    """The headline figures in one line, and the data's date line (once per build)."""
    build = load(build_dir, version)
    figures = {f.figure: f for f in headline_figures(build.figures)}
    parts = []
    for name in HEADLINE_FIGURES:
        if name in figures:
            f = figures[name]
            parts.append(f"{' vs '.join(v for v, _ in f.values)} {f.label}" + (" (articles disagree)" if f.disputed else ""))
    line = " \u00b7 ".join(parts)
    return line[:1].upper() + line[1:], data_date_line(build.articles)


@st.cache_data(show_spinner=False, max_entries=256)
def country_evidence(build_dir: str, version: tuple, filters: Filters, iso3: str) -> tuple[pd.DataFrame, int, list]:
    """A country's evidence cards for the filters, how many claims the filters hide, and where articles
    disagree (once per country and filter choice)."""
    build = load(build_dir, version)
    claims = filter_claims(build.claims, filters)
    rows = evidence(claims, iso3)
    return rows, int((build.claims.iso3 == iso3).sum()) - len(rows), list(disagreements(claims, iso3))


@st.cache_data(show_spinner=False)
def country_names(build_dir: str, version: tuple) -> dict[str, str]:
    return load(build_dir, version).shapes.set_index("iso3")["name"].to_dict()


def show_header(build: data.Build) -> None:
    st.markdown("#### China\u2019s overseas \u201cpolice stations\u201d: what the articles report, country by country")
    figures, date_line = header_lines(str(build_path), version)
    st.caption(md(figures) + "  \n" + md(f"{date_line}. Every fact comes with its quote and who says so."))


def show_filters(build: data.Build) -> Filters:
    """The filters in a popover beside the title: its widgets are drawn only when it is opened, so a first visit's
    map does not wait for their code (about 0.16 s sooner, median of 14 interleaved loads in Chromium)."""
    with st.popover("Filters", icon=":material/filter_list:", width="stretch"):
        st.caption("They apply to the map, the evidence, the table and the downloads of the current view.")
        categories = st.multiselect("Categories", list(CATEGORIES), format_func=data.CATEGORY_LABELS.get,
                                    placeholder="All categories", key="categories")
        outlets = st.multiselect("Articles from", data.outlet_options(build.claims), placeholder="All articles",
                                 key="outlets")
        least = st.slider("Facts reported by at least N independent sources", 1, 4, 1, key="min_sources",
                          help="A fact is a country and a category. Many articles retell one report: "
                               "2 or more hides facts with a single first-hand source.")
    return Filters(tuple(categories), tuple(outlets), least)


def remember_click(click: dict | None, countries: Iterable[str]) -> None:
    """A click on the map selects the country for the evidence panel: every click once, also a second click on
    the country clicked last after another was picked from the list (each click has its own id)."""
    if isinstance(click, dict) and click.get("click") != st.session_state.get("last_click"):
        st.session_state["last_click"] = click.get("click")
        if click.get("iso3") in countries:
            st.session_state["country"] = click["iso3"]


def show_map(build: data.Build, filters: Filters, table: pd.DataFrame, measure: str) -> None:
    # the click first, so the outline drawn below is the clicked country's
    remember_click(st.session_state.get("country_map"), country_names(str(build_path), version).keys())
    name, text, bounds = map_shapes(str(build_path), version)
    points = places(str(build_path), version, filters)
    args = app_map.map_args(table, measure, points, shapes=app_map.publish_shapes(name, text), bounds=bounds,
                            selected=st.session_state.get("country", ""), height=MAP_HEIGHT)
    app_map.country_map(args, key="country_map")


def show_map_caption(measure: str) -> None:
    st.caption("Hover a country or a city for what is reported; click it for the quotes. Light grey: no report "
               "in these articles, which does not mean nothing is there"
               + ("." if measure == STATUS else "; darker grey: other reports only."))


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def show_evidence(build: data.Build, filters: Filters) -> str:
    names = country_names(str(build_path), version)
    options = ["", *sorted(names, key=names.get)]
    if st.session_state.get("country") not in options:
        st.session_state["country"] = ""
    iso3 = st.selectbox("Find a country", options, key="country",
                        format_func=lambda code: names.get(code, "Click a country on the map, or type its name"))
    if not iso3:
        st.info("Click a country on the map, or find it above, for every claim with its quote and who says so.")
        return ""
    rows, hidden, conflicts = country_evidence(str(build_path), version, filters, iso3)
    row = build.countries.set_index("iso3").loc[iso3] if iso3 in set(build.countries.iso3) else None
    st.subheader(md(names[iso3]))
    if rows.empty:
        st.info(f"No claim about {md(names[iso3])} in these articles" + (" with these filters." if hidden else "."))
        return iso3
    status = STATUS_LEGEND[row.status][0] if row is not None else ""
    st.text(f"{status}. {plural(len(rows), 'claim')} from {plural(rows.article.nunique(), 'article')}, "
            f"{plural(rows.first_hand.nunique(), 'independent source')}"
            + (f" ({hidden} more hidden by the filters)" if hidden else ""))
    for conflict in conflicts:
        st.warning(md(f"Articles disagree: {conflict}"))
    for card in rows.itertuples():
        with st.container(border=True):
            head = " \u00b7 ".join([f"**{md(card.category)}**", *(md(x) for x in (card.value,) if x)])
            st.markdown(head + (f" \u00b7 :orange[{md(card.check)}]" if card.check else ""))
            st.text(f"\u201c{card.quote}\u201d")
            st.caption(md(f"Says: {card.said_by}. {card.sources_line}. Published: {card.published}"
                          + (f". Place: {card.city}" if card.city else "") + (f". Note: {card.note}" if card.note else "")))
            with st.expander("Cite this"):
                st.code(card.citation, language=None, wrap_lines=True)
            if card.link:
                st.link_button("Open the article", card.link)
    return iso3


@st.fragment
def map_and_evidence(build: data.Build, filters: Filters, table: pd.DataFrame) -> None:
    """The colouring, the map and the evidence beside it: a click or a new colouring reruns only this part."""
    map_column, evidence_column = st.columns([3, 2], gap="medium")
    with map_column:
        # the map is drawn above its colouring choice: a first visit's map comes ~0.2 s sooner when no
        # other widget precedes it on the page (benchmarks/bench_dashboard.py)
        above = st.container()
        measure = st.selectbox("Colour countries by", list(MEASURES), format_func=MEASURES.get, key="measure")
        show_map_caption(measure)
        with above:
            show_map(build, filters, table, measure)
    with evidence_column:
        country = show_evidence(build, filters)
    to_address_bar(country, measure if measure != STATUS else "")


def show_table(table: pd.DataFrame, claims: pd.DataFrame) -> None:
    st.caption("One row per country with claims (after the filters). Click a column header to sort; an empty "
               "cell means the articles give no value.")
    st.dataframe(data.readable_table(table), hide_index=True, width="stretch", height=36 * (len(table) + 1) + 3)
    st.markdown("**Every fact with its quote**")
    facts = claims[["country", "label", "value", "quote", "said_by", "source", "url"]].rename(columns={
        "country": "Country", "label": "What", "value": "Value", "quote": "Quote", "said_by": "Who says so",
        "source": "Article", "url": "Link"})
    st.dataframe(facts, hide_index=True, width="stretch",
                 column_config={"Link": st.column_config.LinkColumn("Link"),
                                "Quote": st.column_config.TextColumn("Quote", width="large")})


def show_sources(build: data.Build) -> None:
    st.caption("Each article with what its text shows; nothing unknown is filled in.")
    articles = build.articles.assign(url=build.articles.url.map(safe_link),
                                     published=build.articles.published.replace("", "unknown"))
    shown = articles[["source", "n_claims", "outlet", "published", "cites", "title", "url"]].rename(columns={
        "source": "Article", "n_claims": "Claims", "outlet": "Outlet", "published": "Published",
        "cites": "Cites", "title": "Title", "url": "Link"})
    st.dataframe(shown, hide_index=True, width="stretch",
                 column_config={"Link": st.column_config.LinkColumn("Link"),
                                "Title": st.column_config.TextColumn("Title", width="large")})


def zip_bytes(files: dict[str, bytes | str]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in files.items():
            archive.writestr(name, payload)
    return buffer.getvalue()


def show_about(build: data.Build, filters: Filters, table: pd.DataFrame, measure: str) -> None:
    st.subheader("What the map shows")
    st.table(status_table())
    st.table(pd.DataFrame({"Category": [c.label for c in CATEGORIES.values()],
                           "Meaning": [c.meaning for c in CATEGORIES.values()]}))
    st.subheader("How the data was made")
    st.markdown("Each article was read and every claim it makes about a country was entered in a reviewed ledger "
                "with the shortest verbatim sentence that supports it and the source the article attributes it "
                "to. A build checks that every quote is found in its article before anything is published.")
    st.subheader("Limits")
    st.markdown("- Only what these articles say: a grey country may still host a station.\n"
                "- Outlets, dates and addresses stay *unknown* when the article's text does not show them.\n"
                "- Most coverage retells one report (Safeguard Defenders, via CNN or The Guardian): facts are "
                "counted by independent first-hand source, and a single-source fact is an allegation until "
                "someone else confirms it.")
    st.subheader("Licence")
    st.markdown(md(LICENCE_NOTE))
    st.subheader("Downloads")
    st.caption(md(f"This view: {filters.describe()}."))
    left, middle, right = st.columns(3)
    left.download_button("This view (countries.csv)", lambda: downloads.csv_bytes(table), file_name=downloads.file_name("countries", "csv", filters),
                         mime="text/csv", on_click="ignore")
    middle.download_button("This view (claims.csv)", lambda: downloads.csv_bytes(filter_claims(build.claims, filters)),
                           file_name=downloads.file_name("claims", "csv", filters), mime="text/csv", on_click="ignore")
    right.download_button("Everything (zip, with the data dictionary)", lambda: zip_bytes(downloads.all_files(build)),
                          file_name="police-stations-map.zip", mime="application/zip", on_click="ignore")
    left, middle, right = st.columns(3)
    left.download_button("Map as PNG (print, social)", lambda: figure.figure_bytes(build, measure, filters, "png"),
                         file_name=downloads.file_name("police-stations-map", "png", filters), mime="image/png", on_click="ignore")
    middle.download_button("Map as SVG (editable text)", lambda: figure.figure_bytes(build, measure, filters, "svg"),
                           file_name=downloads.file_name("police-stations-map", "svg", filters), mime="image/svg+xml", on_click="ignore")
    right.download_button("Map as a web page (offline)", lambda: export.export_html(build, measure, filters),
                          file_name=downloads.file_name("map", "html", filters), mime="text/html", on_click="ignore")
    st.subheader("Embed the map")
    st.caption("Publish map.html (above) on your site, then paste this where the map should appear:")
    st.code(export.EMBED_SNIPPET, language="html")


# The page, top to bottom.
serve_leaflet()
build_path = data.build_dir()
version = data.build_version(build_path)
try:
    build = load(str(build_path), version)
except InputError as err:
    st.error("The data could not be loaded.")
    st.code(str(err), language=None)
    st.stop()
from_address_bar(build)
keep_map_choices()
title_column, filters_column = st.columns([6, 1], vertical_alignment="bottom")
with title_column:
    show_header(build)
with filters_column:
    filters = show_filters(build)
table = view(str(build_path), version, filters)
# Only the open tab runs (on_change="rerun"): the map's page sends no tables it does not show.
tab_map, tab_table, tab_sources, tab_about = st.tabs(["Map", "Table", "Sources", "About & downloads"], key="tab",
                                                     on_change="rerun")
if tab_map.open:
    with tab_map:
        map_and_evidence(build, filters, table)
measure = st.session_state.get("measure", STATUS)
if tab_table.open:
    with tab_table:
        show_table(table, filter_claims(build.claims, filters))
if tab_sources.open:
    with tab_sources:
        show_sources(build)
if tab_about.open:
    with tab_about:
        show_about(build, filters, table, measure)
