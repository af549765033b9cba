"""The data pipeline: seed articles and the reviewed ledger in, per-country tables and map data out."""
