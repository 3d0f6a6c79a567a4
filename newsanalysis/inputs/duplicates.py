"""The same article read twice in one run (two exports, an export and a file): flagged, or left out on request."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace

from ..errors import printable
from .articles import Article, LoadFailure

__all__ = ["flag_duplicates"]

_WORD = re.compile(r"\w+")
#: Bodies of fewer words are not compared by text (a one-line note is no evidence of a duplicate).
MIN_TEXT_WORDS = 25


def _words(value: str) -> str:
    return " ".join(_WORD.findall(value.casefold()))


def _keys(article: Article) -> tuple[tuple | None, str | None, tuple[str, int]]:
    title, source, date = article.title, article.source, article.date
    meta_key = None
    if isinstance(title, str) and isinstance(source, str) and date is not None:
        day = date.isoformat() if isinstance(date, _dt.date) else " ".join(str(date).split())
        t, s = _words(title), _words(source)
        if t and s:
            meta_key = (s, day, t)
    words = _words(article.text) if isinstance(article.text, str) else ""
    n = words.count(" ") + 1 if words else 0
    text_key = None
    if n >= MIN_TEXT_WORDS:
        text_key = hashlib.sha1(words.encode("utf-8", "surrogatepass")).hexdigest()
    lead = " ".join(words.split(" ", LEAD_WORDS)[:LEAD_WORDS])
    return meta_key, text_key, (lead, n)


#: Words at the start of two bodies compared when their outlet, date and title agree.
LEAD_WORDS = 20


def _alike(a: tuple[str, int], b: tuple[str, int]) -> bool:
    """Two bodies under one outlet, date and title are one story: same opening words, or lengths within 10%.

    Two letters to the editor, or two news briefs, under one title on one day are not.
    """
    return a[0] == b[0] or abs(a[1] - b[1]) <= 0.1 * max(a[1], b[1])


def flag_duplicates(items: Iterator[Article | LoadFailure], *, drop: bool = False
                    ) -> Iterator[Article | LoadFailure]:
    """Mark each article that repeats an earlier one of the run: ``meta["duplicate_of"]`` is the first one's id.

    Two articles are the same when they have the same outlet, date and title
    (case, punctuation and spacing aside) and bodies alike (the same first
    :data:`LEAD_WORDS` words, or lengths within 10%: two letters under one
    title are two articles), or the same text word for word (case,
    punctuation, spacing and line wrapping aside; bodies of at least
    :data:`MIN_TEXT_WORDS` words). The first in input order is the original.
    With ``drop=True`` a repeat is not analysed: it becomes a ``warning`` row
    of ``errors`` that names the original, so nothing is lost from the account.
    Memory: a few keys an article (its first words), not its text.

    Examples
    --------
    >>> a = Article("x#1", "One. " * 30, title="Talks", source="The Gazette", date="2025-05-02")
    >>> b = Article("y#4", "One!  " * 30, title="TALKS", source="The Gazette", date="2025-05-02")
    >>> [i.meta.get("duplicate_of") for i in flag_duplicates(iter([a, b]))]
    [None, 'x#1']
    >>> [type(i).__name__ for i in flag_duplicates(iter([a, b]), drop=True)]
    ['Article', 'LoadFailure']
    """
    by_meta: dict[tuple, list[tuple[str, tuple[str, int]]]] = {}
    by_text: dict[str, str] = {}
    for item in items:
        if not isinstance(item, Article):
            yield item
            continue
        try:
            meta_key, text_key, body = _keys(item)
        except Exception:  # an odd value (a date object pandas made) must not stop a run
            yield item
            continue
        first, why = None, ""
        for other, other_body in by_meta.get(meta_key, ()) if meta_key else ():
            if _alike(body, other_body):
                first, why = other, "same outlet, date and title"
                break
        if first is None and text_key and text_key in by_text:
            first, why = by_text[text_key], "same text"
        if first is None:
            if meta_key:
                by_meta.setdefault(meta_key, []).append((item.id, body))
            if text_key:
                by_text.setdefault(text_key, item.id)
            if item.meta.get("duplicate_of"):
                item = replace(item, meta={**item.meta, "duplicate_of": None})
            yield item
            continue
        if text_key:
            by_text.setdefault(text_key, first)
        if drop:
            yield LoadFailure(item.id, item.path,
                              f"duplicate of {printable(first)!r} ({why}); left out (drop_duplicates=True)",
                              kind="warning")
        else:
            yield replace(item, meta={**item.meta, "duplicate_of": first})
