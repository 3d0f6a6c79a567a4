"""Quotes: direct, partial and indirect quotations with their cue and speaker mention.

PLACEHOLDER implementation (curly/straight mark pairs within a paragraph,
nearest "<Name> said"); the full version replaces it.

Contract for later stages:

* :class:`Quote` record (offsets into the text; ``start``/``end`` exclude the
  quotation marks);
* ``find_quotes(text, sentences) -> list[Quote]`` where ``sentences`` is
  :func:`newsanalysis.segment.sentence_spans` of ``text``. ``speaker`` is
  left None here and filled by :func:`newsanalysis.speakers.attribute`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes"]


@dataclass(slots=True)
class Quote:
    """One quotation found in a text.

    ``kind`` is one of ``direct``, ``partial``, ``indirect``, ``mention``.
    """

    start: int
    end: int
    kind: str
    cue: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None


_PAIR = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")
_SAID = re.compile(r"\b([A-Z][a-z]+)\s+(said|wrote|stated|added|stressed|told|claimed)\b")


def find_quotes(text: str, sentences: list[tuple[int, int, int]]) -> list[Quote]:
    """Find the quotations of ``text`` (placeholder)."""
    out = []
    for m in _PAIR.finditer(text):
        q = Quote(m.start(1), m.end(1), "direct")
        best = None
        for sm in _SAID.finditer(text, max(0, m.start() - 200), min(len(text), m.end() + 200)):
            d = abs(sm.start() - m.end())
            if best is None or d < best[0]:
                best = (d, sm)
        if best:
            sm = best[1]
            q.cue, q.speaker_mention = sm.group(2), sm.group(1)
            q.speaker_start, q.speaker_end = sm.start(1), sm.end(1)
        out.append(q)
    return out
