"""Suffixes and size limits of inputs, read at call time (set them here or on :mod:`newsanalysis.load`)."""

from __future__ import annotations

#: File suffixes read as one article each when a folder is given.
TEXT_SUFFIXES = (".txt", ".text", ".md")
#: File suffixes read as HTML pages (reduced to their article text).
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: File suffixes read as tables of articles (one article a row).
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".json")

#: Largest article file read (bytes); see "Size policy" above.
MAX_ARTICLE_BYTES = 10_000_000
#: Longest article text analysed (characters), from any source.
MAX_ARTICLE_CHARS = 10_000_000
#: Largest CSV/JSONL table of articles read (bytes).
MAX_TABLE_BYTES = 1_000_000_000


def _size(n: float) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{int(n):,} bytes"
