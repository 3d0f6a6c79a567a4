"""Loading: files, folders and tables of articles into :class:`Article` objects.

An article file is text in any common encoding, or an HTML page:

* the encoding is detected: a byte-order mark (UTF-8, UTF-16, UTF-32),
  UTF-16 without a mark (when its NUL-byte pattern is unambiguous), strict
  UTF-8, then `charset-normalizer`_ for legacy code pages (Windows-1252 is
  preferred among equally plausible Western code pages). The encoding used is
  recorded on :attr:`Article.encoding`;
* Word (.docx), RTF and PDF files are read through the ``docx``, ``rtf`` and
  ``pdf`` extras (:mod:`newsanalysis.inputs.documents`; the kind told from the
  bytes); a PDF without a text layer (a scan) is refused, saying so;
* a news-database export (Nexis Uni, LexisNexis, Factiva, ProQuest: told from the text)
  is split into its articles, ids ``<file name>#<position>``
  (:mod:`newsanalysis.inputs.exports`; :func:`read_articles` or
  :func:`newsanalysis.analyze` read them, :func:`read_article` refuses an
  export of many);
* other binary files (images, archives, random bytes: anything with NUL bytes
  or control characters that no text has) are refused with an
  :class:`~newsanalysis.errors.ArticleReadError`;
* an HTML page (``.html``/``.htm``, or text that starts like HTML) is
  reduced to its article text with `trafilatura`_ (the ``html`` extra:
  ``pip install 'newsanalysis[html]'``);
* a leading ``date YYYY-MM-DD`` marker, as in news exports
  (``" date 2025-05-20 The two leaders spoke ..."``), or a small front-matter
  block of ``title:``, ``date:`` and ``source:`` lines before the first blank
  line is read off as metadata.

Line endings (CRLF, CR) are normalised to ``\\n``; apart from that the body
is kept exactly, so every offset in every table is a character offset into
:attr:`Article.text`.

Size policy
-----------
One article file may be at most :data:`MAX_ARTICLE_BYTES` (10 MB) and one
article text at most :data:`MAX_ARTICLE_CHARS` (10 million characters, some
200 times a long feature); a table file (CSV/JSONL) at most
:data:`MAX_TABLE_BYTES` (1 GB). Larger inputs are refused with an
:class:`~newsanalysis.errors.InputTooLargeError` before they are read into
memory: a 50 MB "article" is nearly always a dump of many articles that
should be split. Raise a limit per call (``read_article(path,
max_bytes=...)``) or for the session (``newsanalysis.load.MAX_ARTICLE_BYTES
= ...``).

The work is done in :mod:`newsanalysis.inputs`, one module per concern
(``decoding``, ``html``, ``documents``, ``exports``, ``duplicates``, ``headers``,
``articles``, ``files``, ``tables``, ``folders``, ``limits``); this module keeps every name importable from
``newsanalysis.load``, and setting a limit here (``newsanalysis.load.MAX_ARTICLE_BYTES = ...``)
sets it for all of them.

.. _charset-normalizer: https://github.com/jawah/charset_normalizer
.. _trafilatura: https://trafilatura.readthedocs.io
"""

from __future__ import annotations

import sys as _sys
import types as _types

from .inputs import limits as _limits
from .inputs.articles import Article, LoadFailure, article_from_text
from .inputs.decoding import decode_bytes
from .inputs.files import read_article
from .inputs.folders import Text, iter_inputs, read_articles, str_as_path, text
from .inputs.headers import FIRST_DATE, LAST_DATE, check_date, parse_header
from .inputs.html import html_to_text, looks_like_html
from .inputs.limits import HTML_SUFFIXES, TABLE_SUFFIXES, TEXT_SUFFIXES
from .outfolder import OUTPUT_MARKER, mark_output_folder

__all__ = [
    "FIRST_DATE",
    "LAST_DATE",
    "MAX_ARTICLE_BYTES",  # noqa: F822 - served by _LoadModule from inputs.limits
    "MAX_ARTICLE_CHARS",  # noqa: F822 - served by _LoadModule from inputs.limits
    "MAX_TABLE_BYTES",  # noqa: F822 - served by _LoadModule from inputs.limits
    "OUTPUT_MARKER",
    "Article",
    "LoadFailure",
    "Text",
    "article_from_text",
    "check_date",
    "decode_bytes",
    "html_to_text",
    "iter_inputs",
    "mark_output_folder",
    "parse_header",
    "read_article",
    "read_articles",
    "str_as_path",
    "text",
]

# The size limits live in newsanalysis.inputs.limits; reading or setting them here reaches them there
# (properties of the module's class, so that monkeypatch and `load.MAX_ARTICLE_BYTES = ...` both work).


def _limit(name: str) -> property:
    return property(lambda self: getattr(_limits, name), lambda self, value: setattr(_limits, name, value),
                    doc=f"newsanalysis.inputs.limits.{name}")


class _LoadModule(_types.ModuleType):
    MAX_ARTICLE_BYTES = _limit("MAX_ARTICLE_BYTES")
    MAX_ARTICLE_CHARS = _limit("MAX_ARTICLE_CHARS")
    MAX_TABLE_BYTES = _limit("MAX_TABLE_BYTES")


_sys.modules[__name__].__class__ = _LoadModule

# public names of the inputs modules, importable here as before
_KEEP = (looks_like_html, HTML_SUFFIXES, TABLE_SUFFIXES, TEXT_SUFFIXES)
