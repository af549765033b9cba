"""The "Add article" page of the app (a page file, so st.navigation and AppTest can open it)."""

from dashboard import add_article, data

add_article.page(data.seeds_dir(), data.build_dir())
