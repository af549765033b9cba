"""The "Add article" page: paste or upload an article, review the proposed claims, publish.

Also opens an existing article to correct or remove its claims. Every write goes through
geodata.publish (checked in full, locked, all-or-nothing) and is followed by a rebuild, so the map
shows the change at once. Article text is shown only with st.text, st.code and st.data_editor.
"""

import pandas as pd
import streamlit as st

from geodata import paths
from dashboard.data import CATEGORY_LABELS
from geodata.article_text import Article, find_quote, parse_article, read_article
from geodata.articles import source_label
from geodata.country_names import display_name, resolve
from geodata.errors import InputError, InputErrors
from geodata.files import read_csv_strict
from geodata.ledger import ARTICLE_COLUMNS, CLAIM_COLUMNS
from geodata.vocabulary import CATEGORIES
from geodata.publish import decode_upload, edit_article, publish_article, rebuild, remove_article, replace_claims
from geodata.review import proposals_for_review

EDITOR_COLUMNS = ["keep", "country", "category", "value", "city", "quote", "according_to", "note"]
NEW = "A new article"
DETAIL_LABELS = {"outlet": "Outlet (or unknown)", "title": "Title", "url": "Address (http/https)",
                 "published": "Published (YYYY-MM-DD, empty if unknown)",
                 "cites": "Outlets the article names as its source ('; '-separated)"}


def reader_country(country: str) -> str:
    """A country as the editor shows it: the name a reader knows ("Netherlands" for NLD), where that name resolves
    back to the same code; else as stored."""
    iso3 = resolve(country) if country.strip() else None
    name = display_name(iso3) if iso3 else ""
    return name if name and resolve(name) == iso3 else country


def editor_frame(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims in the ledger's columns -> the editor's table, every row ticked, countries by name (the stored value
    kept in a hidden column, so a row left as it was is saved as it was)."""
    frame = claims.reindex(columns=CLAIM_COLUMNS).astype(object).fillna("").astype(str)
    frame = frame.assign(keep=True, stored_country=frame.country, country=frame.country.map(reader_country))
    return frame[EDITOR_COLUMNS + ["stored_country"]].reset_index(drop=True)


def kept_rows(edited: pd.DataFrame) -> list[dict]:
    """The ticked rows of the editor as ledger rows (a row added by hand counts as ticked): a country left as shown
    keeps its stored value; one typed is stored as its ISO3 code where it resolves (else as typed, so the check
    names it)."""
    rows = edited.fillna({"keep": True}).fillna("")
    rows = rows[rows.keep.astype(bool)]
    kept = []
    for _, r in rows.iterrows():
        row = {c: str(r[c]).strip() for c in CLAIM_COLUMNS if c != "article"}
        stored = str(r.get("stored_country", "") or "").strip()
        if stored and row["country"] == reader_country(stored):
            row["country"] = stored
        elif row["country"]:
            row["country"] = resolve(row["country"]) or row["country"]
        kept.append(row)
    return kept


def in_context(article: Article, quote: str, width: int = 160) -> str:
    """The quote with the text around it, marked with >>> <<<, or a note that it is not in the text."""
    span = find_quote(article, quote) if quote.strip() else None
    if span is None:
        return f"(not found in the text: this row cannot be published as it is) {quote}"
    text = article.text
    before = text[max(0, span.start - width):span.start].split("\n")[-1]
    after = text[span.end:span.end + width].split("\n")[0]
    return f"...{before}>>> {text[span.start:span.end]} <<<{after}..."


def show_refusal(err: Exception) -> None:
    st.error("Nothing was written. Please correct the following and try again:")
    st.code(str(err), language=None)


def refresh(seeds, build_dir) -> bool:
    """Rebuild the map's data after a change; False (with the reason shown) when the rebuild fails."""
    try:
        rebuild(seeds, build_dir)
    except (InputError, InputErrors, OSError) as err:
        st.error("The change was saved, but the map could not be rebuilt:")
        st.code(str(err), language=None)
        return False
    finally:
        st.cache_data.clear()
    return True


def claims_editor(key: str, text: str, claims: pd.DataFrame) -> pd.DataFrame:
    """The editable table of claims, and below it each quote in its context."""
    edited = st.data_editor(
        editor_frame(claims), key=key, num_rows="dynamic", hide_index=True, width="stretch",
        column_config={
            "keep": st.column_config.CheckboxColumn("keep", help="untick to leave this row out", default=True),
            "country": st.column_config.TextColumn("country", help="a name or an ISO3 code", required=True),
            "category": st.column_config.SelectboxColumn("category", options=list(CATEGORIES), required=True,
                                                         format_func=lambda name: CATEGORY_LABELS.get(name, name)),
            "value": st.column_config.TextColumn("value", help="a count (11, >=2), a year or range for joint "
                                                 "policing (2016-2018), ordered / closed for a closure"),
            "city": st.column_config.TextColumn("city", help="cities the quote ties to the claim, '; '-separated; "
                                                "'near Paris' for a place near a city"),
            "according_to": st.column_config.TextColumn("according to", help="who the article attributes it to, "
                                                         "first-hand first: 'Safeguard Defenders; CNN'; empty: the "
                                                         "outlet's own voice"),
            "quote": st.column_config.TextColumn("quote", width="large", help="must be found in the text"),
            "stored_country": None,  # hidden: the country as stored (kept_rows)
        })
    with st.expander("Each quote in its context", expanded=False):
        article = parse_article("draft", text)
        for row in edited.itertuples():
            st.text(f"{row.country} · {CATEGORY_LABELS.get(row.category, row.category)}: "
                    f"{in_context(article, str(row.quote or ''))}")
    return edited


def new_article(seeds, build_dir) -> None:
    upload = st.file_uploader("Upload a .txt file", type=["txt"])
    pasted = st.text_area("...or paste the article's text", height=200, key="add_pasted")
    outlet = st.text_input("Outlet", placeholder="e.g. The Guardian, or unknown", key="add_outlet")
    title = st.text_input("Title", key="add_title")
    url = st.text_input("Address (http/https)", key="add_url")
    published = st.text_input("Published (YYYY-MM-DD, empty if unknown)", key="add_published")
    if st.button("Propose claims", type="primary"):
        try:
            text = decode_upload(upload.getvalue(), upload.name) if upload else decode_upload(pasted.encode(), "pasted text")
        except InputError as err:
            show_refusal(err)
            return
        st.session_state["draft"] = text
        st.session_state["proposals"] = proposals_for_review("draft", text)
    if "draft" not in st.session_state:
        return
    text = st.session_state["draft"]
    st.subheader("Proposed claims")
    st.caption("Tick the rows to publish, correct any cell, or add a row (its quote must be in the text).")
    edited = claims_editor("proposals_editor", text, st.session_state["proposals"])
    if st.button("Publish", type="primary"):
        meta = {"outlet": outlet, "title": title, "url": url, "published": published}
        try:
            change = publish_article(seeds, text, meta, kept_rows(edited), source="this article")
        except (InputError, InputErrors) as err:
            show_refusal(err)
            return
        if not refresh(seeds, build_dir):
            return
        for name in ("draft", "proposals", "proposals_editor"):
            st.session_state.pop(name, None)
        st.session_state["add_flash"] = f"Published {change.article} with {change.claims_added} claims; the map is updated."
        st.rerun()


def article_labels(seeds) -> dict[str, str]:
    """Each article file -> how the list names it: its source as the map's Sources tab does ('wionews.com', 'article
    003'), its title where known, and the file name. Empty where articles.csv cannot be read (the page says why)."""
    try:
        rows = read_csv_strict(paths.articles_csv(seeds), ARTICLE_COLUMNS)
    except InputError:
        return {}
    return {row.article: " \u00b7 ".join(part for part in (source_label(row.article, row.outlet), row.title, row.article) if part)
            for row in rows.itertuples()}


def article_details(seeds, article_id: str, build_dir) -> None:
    """A form to correct the article's outlet, title, address, date and cited outlets."""
    try:
        rows = read_csv_strict(paths.articles_csv(seeds), ARTICLE_COLUMNS)
    except InputError as err:
        show_refusal(err)
        return
    row = rows[rows.article == article_id].iloc[0] if (rows.article == article_id).any() else None
    if row is None:
        return
    with st.expander("Correct the article's details (outlet, title, address, date, cited outlets)"):
        with st.form(f"details_{article_id}"):
            fields = {name: st.text_input(label, value=row[name], key=f"detail_{name}_{article_id}")
                      for name, label in DETAIL_LABELS.items()}
            if st.form_submit_button("Save details"):
                changes = {k: v for k, v in fields.items() if v != row[k]}
                if not changes:
                    st.info("Nothing changed.")
                    return
                try:
                    edit_article(seeds, article_id, changes, source=article_id)
                except (InputError, InputErrors) as err:
                    show_refusal(err)
                    return
                if refresh(seeds, build_dir):
                    st.session_state["add_flash"] = f"Corrected {', '.join(changes)} of {article_id}; the map is updated."
                    st.rerun()


def existing_article(seeds, article_id: str, build_dir) -> None:
    try:
        text = read_article(paths.articles_dir(seeds) / article_id).text
        ledger = read_csv_strict(paths.claims_csv(seeds), CLAIM_COLUMNS)
    except InputError as err:
        show_refusal(err)
        return
    with st.expander("The article's text"):
        st.text(text)
    article_details(seeds, article_id, build_dir)
    edited = claims_editor(f"claims_{article_id}", text, ledger[ledger.article == article_id])
    save, remove = st.columns(2)
    if save.button("Save corrections", type="primary"):
        try:
            [change] = replace_claims(seeds, {article_id: kept_rows(edited)}, source=article_id)
        except (InputError, InputErrors) as err:
            show_refusal(err)
            return
        if not refresh(seeds, build_dir):
            return
        st.session_state["add_flash"] = (f"Saved {article_id}: {change.claims_added} claims added, "
                                         f"{change.claims_removed} removed; the map is updated.")
        st.rerun()
    confirm = remove.checkbox("I want to remove this article and all its claims")
    if remove.button("Remove article", disabled=not confirm):
        try:
            change = remove_article(seeds, article_id, source=article_id)
        except (InputError, InputErrors) as err:
            show_refusal(err)
            return
        if not refresh(seeds, build_dir):
            return
        st.session_state["add_flash"] = f"Removed {article_id} and its {change.claims_removed} claims."
        st.rerun()
