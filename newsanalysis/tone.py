"""Tone: VADER sentiment scores for sentences and quotes.

Every score is vaderSentiment's ``SentimentIntensityAnalyzer().polarity_scores``
of the text with typographic quotation marks and apostrophes mapped to their
ASCII forms (VADER only knows ASCII marks: ``“excellent,”`` would score 0 and
``don’t`` would lose its negation). The mapping keeps the text's length, and
the tables keep the original text.

VADER is the slowest stage of the pipeline, so it is asked as little as
possible; none of this changes a score:

* A text none of whose whitespace-separated words is in VADER's lexicon, with
  or without the ASCII punctuation at its ends, and that holds no character
  of VADER's emoji table, can only score ``neu`` 1.0 and 0 elsewhere (or 0
  everywhere when it has no word at all). Such a text gets that answer
  without a call. This is a fact about vaderSentiment 3.3.2's behaviour that
  ``tests/test_tone.py`` checks against ``polarity_scores`` on generated
  texts; with any other release every text is handed to vaderSentiment.
* Within one :func:`polarity_many` call equal texts are scored once (a quote
  that is a whole sentence takes the sentence's scores), and a bounded cache
  (16,384 texts of at most 2,000 characters)
  keeps texts that recur across articles, such as boilerplate and wire copy,
  from being scored again.

Texts longer than :data:`MAX_TONE_CHARS` (10,000 characters, about ten times
the longest real sentence) are not scored: their four scores are NaN.
vaderSentiment's running time grows with the square of a text's length (a
50,000-character run-on "sentence" takes seconds, a 5 MB one hours), and such
texts are segmentation accidents or dumps, not statements whose tone means
anything.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = ["MAX_TONE_CHARS", "polarity", "polarity_many", "to_ascii_marks"]

#: Longest text scored; longer texts get NaN scores (see the module docstring).
MAX_TONE_CHARS = 10_000
#: How many scored texts the cache keeps (least recently used go first).
_CACHE_SIZE = 16_384
#: Longest text the cache keeps (so that the cache holds at most a few tens of MB).
_CACHE_MAX_CHARS = 2_000

Scores = tuple[float, float, float, float]
_NAN_SCORES: Scores = (float("nan"),) * 4
#: What polarity_scores gives a text with no lexicon word and no emoji: one with at least one
#: word, and one with none (empty or blank). Checked against vaderSentiment by tests/test_tone.py.
_NEUTRAL: Scores = (0.0, 1.0, 0.0, 0.0)
_BLANK: Scores = (0.0, 0.0, 0.0, 0.0)
#: The vaderSentiment release whose behaviour the no-call rule was verified against.
_VERIFIED_RELEASE = "3.3.2"

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
_PUNCT = string.punctuation

_analyzer: SentimentIntensityAnalyzer | None = None
#: Lexicon entries (as given and lower-cased) and the non-ASCII characters of VADER's emoji; None: call for
#: every text (a vaderSentiment release other than the verified one).
_lexicon_words: frozenset[str] | None = None
_emoji_chars: frozenset[str] = frozenset()


def _installed_release() -> str | None:
    """The installed vaderSentiment's version, or None when it cannot be told."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vaderSentiment")
    except PackageNotFoundError:
        return None


def _get_analyzer() -> SentimentIntensityAnalyzer:
    """Return vaderSentiment's analyzer, loading it (and its lexicon) on first use."""
    global _analyzer, _lexicon_words, _emoji_chars
    if _analyzer is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
        if _installed_release() == _VERIFIED_RELEASE:
            words = set(analyzer.lexicon)
            _lexicon_words = frozenset(words | {w.lower() for w in words})
            # the non-ASCII characters of its emoji (no emoji is a single ASCII character)
            _emoji_chars = frozenset(c for key in analyzer.emojis for c in key if not c.isascii())
        else:
            _lexicon_words = None
        _analyzer = analyzer
    return _analyzer


def _needs_vader(text: str) -> bool:
    """Whether ``text`` can score anything but ``_NEUTRAL`` or ``_BLANK``.

    It can when a word of it (split at whitespace, lower-cased), or the word
    with ASCII punctuation stripped from its ends, is in VADER's lexicon, or
    when it holds a character of an emoji VADER would replace by words. With
    an unverified vaderSentiment release every text needs a call.
    """
    if _analyzer is None:
        _get_analyzer()
    lexicon = _lexicon_words
    if lexicon is None or (not text.isascii() and not _emoji_chars.isdisjoint(text)):
        return True
    words = text.lower().split()
    if not lexicon.isdisjoint(words):
        return True
    return not lexicon.isdisjoint([w.strip(_PUNCT) for w in words])


def _call_vader(text: str) -> Scores:
    """vaderSentiment's scores of ``text`` as a ``(neg, neu, pos, compound)`` tuple."""
    s = _get_analyzer().polarity_scores(text)
    return (s["neg"], s["neu"], s["pos"], s["compound"])


_cached_vader = lru_cache(maxsize=_CACHE_SIZE)(_call_vader)


def _score(text: str) -> Scores:
    """Scores of an ASCII-marked text: a fixed answer when no word of it can score, else from VADER."""
    if not _needs_vader(text):
        return _NEUTRAL if text and not text.isspace() else _BLANK
    if len(text) <= _CACHE_MAX_CHARS:
        return _cached_vader(text)
    return _call_vader(text)


def _clear_cache() -> None:
    """Forget the scores kept for recurring texts (they are kept for the life of the process).

    Examples
    --------
    >>> _ = polarity_many(["Great news!"])
    >>> _cached_vader.cache_info().currsize > 0
    True
    >>> _clear_cache()
    >>> _cached_vader.cache_info().currsize
    0
    """
    _cached_vader.cache_clear()


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
    """VADER scores (neg, neu, pos, compound) of one text, of any length.

    Examples
    --------
    >>> polarity("It was “excellent,” he said.")["compound"]
    0.5719
    >>> polarity("The minister said so.")
    {'neg': 0.0, 'neu': 1.0, 'pos': 0.0, 'compound': 0.0}
    """
    _get_analyzer()
    return dict(zip(("neg", "neu", "pos", "compound"), _score(to_ascii_marks(text))))


def polarity_many(texts: Iterable[str]) -> list[Scores]:
    """VADER scores of many texts, as ``(neg, neu, pos, compound)`` tuples.

    Equal texts are scored once. Texts longer than :data:`MAX_TONE_CHARS` get
    four NaN scores.

    Examples
    --------
    >>> polarity_many(["Great!", "Awful."])[1][3] < 0
    True
    >>> polarity_many(["It rained.", "", "word " * 3000])
    [(0.0, 1.0, 0.0, 0.0), (0.0, 0.0, 0.0, 0.0), (nan, nan, nan, nan)]
    """
    _get_analyzer()
    seen: dict[str, Scores] = {}
    out = []
    for text in texts:
        scores = seen.get(text)
        if scores is None:
            if len(text) > MAX_TONE_CHARS:
                scores = _NAN_SCORES
            elif text.isascii():
                scores = _score(text)
            else:
                scores = _score(to_ascii_marks(text))
            seen[text] = scores
        out.append(scores)
    return out
