"""The journalists' dashboard: `streamlit run dashboard/app.py` (settings in .streamlit/config.toml).

Reads only what `python -m geodata build` wrote (build/, or the folder in POLICE_MAP_BUILD; the Add article page
publishes to seeds/, or the folder in POLICE_MAP_SEEDS). Each page
is a function; more pages go into the st.navigation list at the bottom. Article text is shown with
st.text / st.dataframe or escaped, never as raw Markdown or HTML.
"""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parent.parent)
if ROOT not in sys.path:  # `streamlit run dashboard/app.py` from a clone, without installing
    sys.path.insert(0, ROOT)

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from dashboard import data, downloads, export, leaflet  # noqa: E402
from dashboard.map import MEASURES, build_map  # noqa: E402
from geodata import paths  # noqa: E402
from geodata.errors import InputError  # noqa: E402
from geodata.ledger import CATEGORIES  # noqa: E402

BUILD = data.build_dir()
MAP_KEY = "country_map"
md = data.escape_markdown


@st.cache_data(show_spinner="Loading the data")
def load(build_dir: str, version: tuple) -> data.Build:
    """The built tables and web-sized shapes; `version` (file times) reloads them after a rebuild."""
    return data.load_build(Path(build_dir))


@st.cache_data(show_spinner=False)
def view(build_dir: str, version: tuple, categories: tuple, sources: tuple, least: int) -> pd.DataFrame:
    """The per-country table for the filters (recomputing it takes a moment: once per filter choice)."""
    return data.country_view(load(build_dir, version), data.Filters(categories, sources, least))


@st.cache_resource
def serve_leaflet() -> Path:
    return leaflet.copy_to_static()


def show_header(build: data.Build) -> None:
    st.title("China's overseas \u201cpolice stations\u201d, country by country")
    st.markdown("What news articles report about the stations in each country, and who reports it: "
                "every fact links to a verbatim quote in a named article.")
    st.caption(md(data.data_date_line(build.articles)))
    figures = {f.figure: f for f in data.headline_figures(build.figures)}
    headline = [figures[name] for name in data.HEADLINE_FIGURES if name in figures]
    for column, figure in zip(st.columns(len(headline) or 1), headline):
        column.caption(md(figure.label.capitalize()) + (" \u00b7 :orange[sources disagree]" if figure.disputed else ""))
        column.markdown("### " + md(" vs ".join(value for value, _ in figure.values)))
        for value, sources in figure.values:
            column.caption(md(f"{value}: {sources}"))
    for figure in (f for f in figures.values() if f.disputed and f.figure not in data.HEADLINE_FIGURES):
        versions = " vs ".join(f"\u201c{value}\u201d ({sources})" for value, sources in figure.values)
        st.caption(md(f"Sources disagree on the {figure.label}: {versions}"))
    with st.expander("Every global figure, with the article's own words"):
        st.dataframe(build.figures[["label", "value", "source", "quote", "agreement"]], hide_index=True)


def show_filters(build: data.Build) -> data.Filters:
    st.sidebar.header("Filters")
    st.sidebar.caption("They apply to the map, the evidence and the table.")
    categories = st.sidebar.multiselect("Categories", list(CATEGORIES), format_func=data.CATEGORY_LABELS.get,
                                        placeholder="All categories")
    sources = st.sidebar.multiselect("Outlets (sources)", data.source_options(build.claims),
                                     placeholder="All sources")
    least = st.sidebar.slider("Facts reported by at least N articles", 1, max(2, len(build.articles)), 1,
                              help="A fact is a country and a category; 2 or more hides single-source facts.")
    return data.Filters(tuple(categories), tuple(sources), least)


def remember_click(result: dict | None, signature: tuple) -> None:
    """A click on the map selects the country for the evidence panel (once per click, per map)."""
    feature = (result or {}).get("last_active_drawing") or {}
    iso3 = (feature.get("properties") or {}).get("iso3")
    seen = st.session_state.setdefault("clicks_seen", {})
    if iso3 and seen.get(signature) != iso3:
        st.session_state["country"] = iso3
    seen[signature] = iso3


def show_map(build: data.Build, filters: data.Filters, table: pd.DataFrame) -> None:
    measure = st.radio("Colour countries by", list(MEASURES), format_func=MEASURES.get, horizontal=True,
                       key="measure")
    m = build_map(data.map_frame(build, table), measure)
    result = st_folium(m, key=MAP_KEY, returned_objects=["last_active_drawing"], height=520,
                       use_container_width=True)
    remember_click(result, (measure, filters))
    st.caption("Hover a country for what is reported; click it for the quotes. "
               "Boundaries: Natural Earth (public domain), simplified.")


def show_evidence(build: data.Build, filters: data.Filters) -> None:
    names = build.shapes.set_index("iso3")["name"].to_dict()
    options = ["", *sorted(names, key=names.get)]
    if st.session_state.get("country") not in options:
        st.session_state["country"] = ""
    iso3 = st.selectbox("Evidence for", options, key="country",
                        format_func=lambda code: names.get(code, "Click a country on the map, or pick one"))
    if not iso3:
        return
    claims = data.filter_claims(build.claims, filters)
    rows = data.evidence(claims, iso3)
    hidden = (build.claims.iso3 == iso3).sum() - len(rows)
    st.subheader(f"Evidence for {md(names[iso3])}")
    if rows.empty:
        st.info(f"No claim about {md(names[iso3])} in these articles" + (" with these filters." if hidden else "."))
        return
    st.text(f"{len(rows)} claims from {rows.article.nunique()} articles"
            + (f" ({hidden} more hidden by the filters)" if hidden else ""))
    for conflict in data.disagreements(claims, iso3):
        st.warning(md(f"Sources disagree: {conflict}"))
    for row in rows.itertuples():
        with st.container(border=True):
            flag = f"\u26a0 {row.check}" if row.check else ""
            st.markdown(" \u00b7 ".join([f"**{md(row.category)}**", *(md(x) for x in (row.value, flag) if x)]))
            st.text(f"\u201c{row.quote}\u201d")
            st.caption(md(f"{row.source} \u00b7 published {row.published}"
                          + (f" \u00b7 city: {row.city}" if row.city else "")
                          + (f" \u00b7 note: {row.note}" if row.note else "")))
            if row.link:
                st.link_button("Open the article", row.link)


def show_table(table: pd.DataFrame) -> None:
    st.caption("One row per country with claims (after the filters). Click a column header to sort; "
               "an empty count means no article gives a number. Column meanings: About & downloads.")
    counts = ["stations", "forced_returns"]
    shown = table.assign(**{c: pd.to_numeric(table[c], errors="coerce").astype("Int64") for c in counts})
    st.dataframe(shown.style.format(na_rep="", subset=counts), hide_index=True, width="stretch",
                 height=36 * (len(shown) + 1) + 3)


def show_sources(build: data.Build) -> None:
    st.caption("Each article with what its text shows; nothing unknown is filled in.")
    articles = build.articles.assign(url=build.articles.url.map(data.safe_link),
                                     published=build.articles.published.map(data.or_unknown),
                                     outlet=build.articles.outlet.map(data.or_unknown))
    columns = ["source", "n_claims", "n_figures", "outlet", "published", "cites", "url", "title", "article"]
    st.dataframe(articles[columns], hide_index=True, width="stretch",
                 column_config={"url": st.column_config.LinkColumn("url"), "title": st.column_config.TextColumn(
                     "title", width="large")})


def show_about(build: data.Build, filters: data.Filters) -> None:
    st.subheader("What the categories mean")
    st.table(pd.DataFrame({"category": [data.CATEGORY_LABELS[c] for c in CATEGORIES],
                           "meaning": list(CATEGORIES.values())}))
    st.subheader("How the data was made")
    st.markdown("Each article was read and every claim it makes about a country was entered in a reviewed "
                "ledger with the shortest verbatim sentence that supports it. `python -m geodata build` "
                "checks that every quote is found in its article and writes the tables this page reads.")
    st.subheader("Limits")
    st.markdown("- Only what these articles say: a grey country may still host a station.\n"
                "- Outlets, dates and addresses stay *unknown* when the article's text does not show them.\n"
                "- Many articles repeat one original report (CNN, Safeguard Defenders): a count of "
                "articles is not a count of independent investigations.")
    st.subheader("Downloads")
    st.caption("Cite the article behind each fact (claims.csv names it); the data dictionary explains every "
               "column and how to cite the data. CSV text cells are protected against spreadsheet formulas.")
    files = {"countries.csv": downloads.csv_bytes(build.countries), "claims.csv": downloads.csv_bytes(build.claims),
             "articles.csv": downloads.csv_bytes(build.articles), "figures.csv": downloads.csv_bytes(build.figures)}
    for column, (name, payload) in zip(st.columns(len(files)), files.items()):
        column.download_button(name, payload, file_name=name, mime="text/csv", on_click="ignore")
    left, middle, right = st.columns(3)
    left.download_button("countries.geojson", paths.built_geojson(BUILD).read_bytes(),
                         file_name="countries.geojson", mime="application/geo+json", on_click="ignore")
    measure = st.session_state.get("measure", "any")
    middle.download_button("map.html (this map, offline)", lambda: export.export_html(build, measure, filters),
                           file_name="map.html", mime="text/html", on_click="ignore")
    right.download_button("data_dictionary.md", downloads.data_dictionary(build), file_name="data_dictionary.md",
                          mime="text/markdown", on_click="ignore")


def map_page() -> None:
    serve_leaflet()
    version = data.build_version(BUILD)
    try:
        build = load(str(BUILD), version)
    except InputError as err:
        st.error("The data could not be loaded.")
        st.code(str(err), language=None)
        st.stop()
    show_header(build)
    filters = show_filters(build)
    table = view(str(BUILD), version, filters.categories, filters.sources, filters.min_articles)
    tab_map, tab_table, tab_sources, tab_about = st.tabs(["Map", "Table", "Sources", "About & downloads"])
    with tab_map:
        show_map(build, filters, table)
        show_evidence(build, filters)
    with tab_table:
        show_table(table)
    with tab_sources:
        show_sources(build)
    with tab_about:
        show_about(build, filters)


st.set_page_config(page_title="China's overseas police stations: the map", layout="wide")
st.navigation([
    st.Page(map_page, title="Map of reports", default=True),
    st.Page("add_page.py", title="Add article", url_path="add"),
]).run()
