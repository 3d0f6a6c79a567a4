"""Tone: VADER sentiment scores for sentences and quotes.

Scores are exactly vaderSentiment's ``polarity_scores`` of the text with
typographic quotation marks and apostrophes mapped to their ASCII forms
(VADER only knows ASCII marks: ``“excellent,”`` would score 0 and ``don’t``
would lose its negation). The mapping keeps the text's length, and the tables
keep the original text.

Texts longer than :data:`MAX_TONE_CHARS` (10,000 characters, about ten times
the longest real sentence) are not scored: their four scores are NaN.
VADER's running time grows with the square of a text's length (a
50,000-character run-on "sentence" takes seconds, a 5 MB one hours), and such
texts are segmentation accidents or dumps, not statements whose tone means
anything.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["MAX_TONE_CHARS", "polarity", "polarity_many", "to_ascii_marks"]

#: Longest text scored; longer texts get NaN scores (see the module docstring).
MAX_TONE_CHARS = 10_000
_NAN = float("nan")

_MARKS = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2033": '"',  # ″
    }
)

#: The same mapping as (source, target) pairs: a few ``str.replace`` calls (skipped when the mark
#: is absent) are several times faster than ``str.translate`` with a dict, and give the same text.
_MARK_PAIRS = tuple((chr(k), v) for k, v in _MARKS.items())

_analyzer = None


def _get_analyzer():
    """Return the shared analyzer, loading VADER's lexicon on first use."""
    global _analyzer
    if _analyzer is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _analyzer = SentimentIntensityAnalyzer()
    return _analyzer


def to_ascii_marks(text: str) -> str:
    """Map typographic quotes and apostrophes to ASCII, keeping the length.

    Examples
    --------
    >>> to_ascii_marks("It was “excellent,” I don’t doubt it.")
    'It was "excellent," I don\\'t doubt it.'
    """
    for mark, ascii_mark in _MARK_PAIRS:
        if mark in text:
            text = text.replace(mark, ascii_mark)
    return text


def polarity(text: str) -> dict[str, float]:
    """VADER scores (neg, neu, pos, compound) of one text.

    Examples
    --------
    >>> polarity("It was “excellent,” he said.")["compound"]
    0.5719
    """
    return _get_analyzer().polarity_scores(to_ascii_marks(text))


def polarity_many(texts: Iterable[str]) -> list[tuple[float, float, float, float]]:
    """VADER scores of many texts, as ``(neg, neu, pos, compound)`` tuples.

    Texts longer than :data:`MAX_TONE_CHARS` get four NaN scores.

    Examples
    --------
    >>> polarity_many(["Great!", "Awful."])[1][3] < 0
    True
    >>> polarity_many(["word " * 3000])
    [(nan, nan, nan, nan)]
    """
    score = _get_analyzer().polarity_scores
    out = []
    for text in texts:
        if len(text) > MAX_TONE_CHARS:
            out.append((_NAN, _NAN, _NAN, _NAN))
            continue
        for mark, ascii_mark in _MARK_PAIRS:
            if mark in text:
                text = text.replace(mark, ascii_mark)
        s = score(text)
        out.append((s["neg"], s["neu"], s["pos"], s["compound"]))
    return out
