"""The journalists' dashboard: `streamlit run dashboard/app.py` (settings in .streamlit/config.toml).

Two pages, each a file that reads top to bottom like the page it draws: the map of reports (map_page.py)
and the newsroom's Add article page (add_page.py), which publishes to seeds/ (or POLICE_MAP_SEEDS) only
through geodata.publish.
"""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parent.parent)
if ROOT not in sys.path:  # `streamlit run dashboard/app.py` from a clone, without installing
    sys.path.insert(0, ROOT)

import streamlit as st  # noqa: E402

st.set_page_config(page_title="China's overseas police stations: the map", layout="wide")
st.navigation([
    st.Page("map_page.py", title="Map of reports", default=True),
    st.Page("add_page.py", title="Add article", url_path="add"),
]).run()
