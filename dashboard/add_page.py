"""The Add article page: paste or upload an article, review the proposed claims, publish; or open an
existing article to correct its details and claims, or remove it. The pieces are in add_article.py."""

import streamlit as st

from dashboard import add_article, data
from geodata import paths

# The page, top to bottom.
seeds, build_dir = data.seeds_dir(), data.build_dir()
st.title("Add an article, review its claims, publish")
if "add_flash" in st.session_state:
    st.success(st.session_state.pop("add_flash"))
articles = sorted(p.name for p in paths.articles_dir(seeds).glob("*.txt"))
labels = add_article.article_labels(seeds)
choice = st.selectbox("Article", [add_article.NEW, *articles], key="article_choice",
                      format_func=lambda article: labels.get(article, article))
if choice == add_article.NEW:
    add_article.new_article(seeds, build_dir)
else:
    add_article.existing_article(seeds, choice, build_dir)
