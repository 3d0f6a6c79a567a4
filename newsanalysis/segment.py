"""Segmentation: paragraphs and sentences, with character offsets.

PLACEHOLDER implementation (bare Punkt); the news-aware version replaces it.
Public interface (a contract for the later stages):

* ``paragraph_spans(text) -> list[tuple[int, int]]``
* ``sentence_spans(text) -> list[tuple[int, int, int]]``: (start, end, paragraph)
* ``split_sentences(text) -> list[str]``
"""

from __future__ import annotations

import re

__all__ = ["paragraph_spans", "sentence_spans", "split_sentences"]

_PARA_BREAK = re.compile(r"\n\s*\n|\n")
_tokenizer = None


def _get_tokenizer():
    global _tokenizer
    if _tokenizer is None:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        _tokenizer = PunktSentenceTokenizer()
    return _tokenizer


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank paragraphs of ``text`` (stripped of surrounding white space)."""
    spans = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        stripped = chunk.strip()
        if stripped:
            s2 = s + (len(chunk) - len(chunk.lstrip()))
            out.append((s2, s2 + len(stripped)))
    return out


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """Spans ``(start, end, paragraph)`` of the sentences of ``text``."""
    tok = _get_tokenizer()
    out = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        for s, e in tok.span_tokenize(text[ps:pe]):
            out.append((ps + s, ps + e, p))
    return out


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings.

    Examples
    --------
    >>> split_sentences("Hello World. My name is Jonas.")
    ['Hello World.', 'My name is Jonas.']
    """
    return [text[s:e] for s, e, _ in sentence_spans(text)]
