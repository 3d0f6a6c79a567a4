"""HTML pages reduced to their article text (trafilatura, the ``html`` extra)."""

from __future__ import annotations

import re

from ..errors import ArticleReadError, MissingDependencyError
from .articles import _normalise_newlines

__all__ = ["html_to_text", "looks_like_html"]

_HTML_EXTRA = "pip install 'newsanalysis[html]'"

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_XML_START = re.compile(r"\A\s*<(?:\?xml\b|rss\b|feed\b|[\w:-]+\s+xmlns)", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|ol|article|section|table|td|tr|b|i|em|strong)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("<p>One.</p><p>Two.</p><p>Three.</p>")
    True
    >>> looks_like_html("He wrote <b> in the chat, then left.")
    False
    """
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= 3


def html_to_text(html: str, *, source: str | None = None) -> tuple[str, dict[str, str]]:
    """Reduce an HTML page to its article text with trafilatura.

    Returns the text (paragraphs separated by a blank line) and the metadata
    trafilatura found (``title``, ``date``, ``source``).

    Raises
    ------
    MissingDependencyError
        When trafilatura is not installed (``pip install 'newsanalysis[html]'``).
    ArticleReadError
        When the page holds no article text.

    Examples
    --------
    >>> text, meta = html_to_text("<html><body><p>It rained, she said.</p></body></html>")
    >>> text
    'It rained, she said.'
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingDependencyError(
            f"is an HTML page; reading HTML needs trafilatura ({exc}): {_HTML_EXTRA}",
            source=source,
        ) from None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise ArticleReadError(f"HTML page could not be parsed ({type(exc).__name__}: {exc})", source=source) from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ArticleReadError("HTML page holds no article text that could be extracted", source=source)
    meta = {}
    for key, attr in (("title", "title"), ("date", "date"), ("source", "sitename")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    lines = [line.strip() for line in _normalise_newlines(text).split("\n")]
    lines = [line for line in lines if line]
    if meta.get("title") and lines and lines[0] == meta["title"] and len(lines) > 1:
        lines = lines[1:]  # the headline is metadata, not body
    return "\n\n".join(lines), meta


