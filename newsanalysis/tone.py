"""Tone: VADER sentiment scores for sentences and quotes.

Scores are exactly vaderSentiment's ``polarity_scores`` of the text with
typographic quotation marks and apostrophes mapped to their ASCII forms
(VADER only knows ASCII marks: ``“excellent,”`` would score 0 and ``don’t``
would lose its negation). The mapping keeps the text's length, and the tables
keep the original text.

The scores come from a copy of vaderSentiment 3.3.2's rules that runs them in
the same order with the same arithmetic but about 2-3 times faster (see
``_Vader``); with any other vaderSentiment release, or for a text holding an
emoji, vaderSentiment's own ``polarity_scores`` is called.

Texts longer than :data:`MAX_TONE_CHARS` (10,000 characters, about ten times
the longest real sentence) are not scored: their four scores are NaN.
vaderSentiment's running time grows with the square of a text's length (a
50,000-character run-on "sentence" takes seconds, a 5 MB one hours), and such
texts are segmentation accidents or dumps, not statements whose tone means
anything.
"""

from __future__ import annotations

import math
import string
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


def _get_analyzer() -> _Vader:
    """Return the shared scorer, loading VADER's lexicon on first use."""
    global _analyzer
    if _analyzer is None:
        _analyzer = _Vader()
    return _analyzer


#: The vaderSentiment release whose rules ``_Vader`` copies.
_COPIED_RELEASE = "3.3.2"


def _installed_release() -> str | None:
    """The installed vaderSentiment's version, or None when it cannot be told."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vaderSentiment")
    except PackageNotFoundError:
        return None


class _Vader:
    """vaderSentiment's ``polarity_scores``, same results, linear time.

    vaderSentiment 3.3.2 lower-cases the whole word list again for every
    sentiment word it scores (``_negation_check``, ``_special_idioms_check``),
    so one sentence costs time in proportion to words x sentiment words, and
    it rebuilds the text character by character to replace emoji. This class
    runs the same rules, in the same order and with the same arithmetic, on a
    word list lower-cased once; tokens seen before come from a cache. A text
    holding one of VADER's emoji goes to vaderSentiment itself.
    ``tests/test_tone.py`` compares the two on generated texts that exercise
    every rule, and ``benchmarks/pipeline.py`` on every PolNeAR sentence.
    """

    _CACHE_MAX = 200_000

    def __init__(self) -> None:
        from vaderSentiment import vaderSentiment as v

        self._v = v
        self._sia = v.SentimentIntensityAnalyzer()
        self.reference = self._sia.polarity_scores
        self._lexicon = self._sia.lexicon
        # vaderSentiment replaces a text's characters that are emoji keys; all of them are non-ASCII
        self._emoji = frozenset(k for k in self._sia.emojis if len(k) == 1)
        self._negate = frozenset(v.NEGATE)
        # words that can take part in a multi-word special case or booster ("the bomb", "kind of")
        self._phrase_words = frozenset(
            w for phrase in [*v.SPECIAL_CASES, *v.BOOSTER_DICT] if " " in phrase for w in phrase.split()
        )
        self._tokens: dict[str, tuple] = {}
        self._punct = string.punctuation
        #: Score with vaderSentiment itself: set when another release is installed (its rules may differ).
        self.use_reference = _installed_release() != _COPIED_RELEASE

    def _token(self, raw: str) -> tuple:
        """One whitespace token as SentiText strips it, with what the rules ask of it.

        Returns ``(word, lower-cased word, is all caps, is scored, is a
        negation, may be in a phrase)``; a scored word is in VADER's lexicon
        and not one of its boosters; a negation is what vaderSentiment's
        ``negated([word])`` says is one.
        """
        stripped = raw.strip(self._punct)
        word = raw if len(stripped) <= 2 else stripped
        low = word.lower()
        low2 = low.lower()  # negated() lower-cases the lower-cased word again
        out = (
            word,
            low,
            word.isupper(),
            low in self._lexicon and low not in self._v.BOOSTER_DICT,
            low2 in self._negate or "n't" in low2,
            low in self._phrase_words,
        )
        if len(self._tokens) >= self._CACHE_MAX:
            self._tokens.clear()
        self._tokens[raw] = out
        return out

    def polarity_scores(self, text: str) -> dict[str, float]:
        """The scores vaderSentiment's ``polarity_scores`` gives ``text``."""
        return dict(zip(("neg", "neu", "pos", "compound"), self.scores(text)))

    def scores(self, text: str) -> tuple[float, float, float, float]:
        """The same scores as a ``(neg, neu, pos, compound)`` tuple."""
        if self.use_reference or (not text.isascii() and not self._emoji.isdisjoint(text)):
            s = self.reference(text)
            return (s["neg"], s["neu"], s["pos"], s["compound"])
        text = text.strip()
        cache = self._tokens
        tokens = [cache.get(t) or self._token(t) for t in text.split()]
        n = len(tokens)
        if not n:
            return (0.0, 0.0, 0.0, 0.0)
        scored = [i for i, t in enumerate(tokens) if t[3]]
        if not scored:  # every word scores 0: what score_valence gives n zeros
            return (0.0, 1.0, 0.0, 0.0)
        lows = [t[1] for t in tokens]
        allcaps = sum(1 for t in tokens if t[2])
        is_cap_diff = 0 < n - allcaps < n
        # Every word that is a booster, the "kind" of "kind of", or not in the lexicon scores 0.
        sentiments: list = [0] * n
        for i in scored:
            if not (i < n - 1 and lows[i] == "kind" and lows[i + 1] == "of"):
                sentiments[i] = self._valence(tokens, lows, i, is_cap_diff)
        if "but" in lows:  # vaderSentiment's _but_check, verbatim
            bi = lows.index("but")
            for sentiment in sentiments:
                si = sentiments.index(sentiment)
                if si < bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 0.5)
                elif si > bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 1.5)
        return self._score_valence(sentiments, text)

    @staticmethod
    def _score_valence(sentiments: list, text: str) -> tuple[float, float, float, float]:
        """vaderSentiment's ``score_valence`` (``sentiments`` is never empty here)."""
        sum_s = float(sum(sentiments))
        ep_count = min(text.count("!"), 4)
        ep_amplifier = ep_count * 0.292
        qm_count = text.count("?")
        qm_amplifier = 0
        if qm_count > 1:
            qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
        punct_emph_amplifier = ep_amplifier + qm_amplifier
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
        if compound < -1.0:
            compound = -1.0
        elif compound > 1.0:
            compound = 1.0
        pos_sum = 0.0
        neg_sum = 0.0
        neu_count = 0
        for sentiment_score in sentiments:
            if sentiment_score > 0:
                pos_sum += float(sentiment_score) + 1
            if sentiment_score < 0:
                neg_sum += float(sentiment_score) - 1
            if sentiment_score == 0:
                neu_count += 1
        if pos_sum > math.fabs(neg_sum):
            pos_sum += punct_emph_amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punct_emph_amplifier
        total = pos_sum + math.fabs(neg_sum) + neu_count
        return (
            round(math.fabs(neg_sum / total), 3),
            round(math.fabs(neu_count / total), 3),
            round(math.fabs(pos_sum / total), 3),
            round(compound, 4),
        )

    def _valence(self, tokens: list[tuple], lows: list[str], i: int, is_cap_diff: bool) -> float:
        """vaderSentiment's ``sentiment_valence`` for a lexicon word at ``i``."""
        v = self._v
        lexicon, booster = self._lexicon, v.BOOSTER_DICT
        low, n = lows[i], len(lows)
        valence = lexicon[low]
        if low == "no" and i != n - 1 and lows[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lows[i - 1] == "no")
            or (i > 1 and lows[i - 2] == "no")
            or (i > 2 and lows[i - 3] == "no" and lows[i - 1] in ["or", "nor"])
        ):
            valence = lexicon[low] * v.N_SCALAR
        if tokens[i][2] and is_cap_diff:
            if valence > 0:
                valence += v.C_INCR
            else:
                valence -= v.C_INCR
        for start_i in range(0, 3):
            j = i - (start_i + 1)
            if i > start_i and lows[j] not in lexicon:
                # scalar_inc_dec(word j)
                s = 0.0
                if lows[j] in booster:
                    s = booster[lows[j]]
                    if valence < 0:
                        s *= -1
                    if tokens[j][2] and is_cap_diff:
                        if valence > 0:
                            s += v.C_INCR
                        else:
                            s -= v.C_INCR
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._negation_check(valence, tokens, lows, start_i, i)
                if start_i == 2 and any(t[5] for t in tokens[i - 3 : i + 3]):
                    valence = self._special_idioms_check(valence, lows, i)
        # _least_check
        if i > 1 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
            if lows[i - 2] != "at" and lows[i - 2] != "very":
                valence = valence * v.N_SCALAR
        elif i > 0 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
            valence = valence * v.N_SCALAR
        return valence

    def _negation_check(self, valence: float, tokens: list[tuple], lows: list[str], start_i: int, i: int) -> float:
        n_scalar = self._v.N_SCALAR
        if start_i == 0:
            if tokens[i - 1][4]:
                valence = valence * n_scalar
        if start_i == 1:
            if lows[i - 2] == "never" and (lows[i - 1] == "so" or lows[i - 1] == "this"):
                valence = valence * 1.25
            elif lows[i - 2] == "without" and lows[i - 1] == "doubt":
                pass
            elif tokens[i - 2][4]:
                valence = valence * n_scalar
        if start_i == 2:
            if (
                lows[i - 3] == "never"
                and (lows[i - 2] == "so" or lows[i - 2] == "this")
                or (lows[i - 1] == "so" or lows[i - 1] == "this")
            ):
                valence = valence * 1.25
            elif lows[i - 3] == "without" and (lows[i - 2] == "doubt" or lows[i - 1] == "doubt"):
                pass
            elif tokens[i - 3][4]:
                valence = valence * n_scalar
        return valence

    def _special_idioms_check(self, valence: float, lows: list[str], i: int) -> float:
        v = self._v
        special, booster = v.SPECIAL_CASES, v.BOOSTER_DICT
        onezero = f"{lows[i - 1]} {lows[i]}"
        twoonezero = f"{lows[i - 2]} {lows[i - 1]} {lows[i]}"
        twoone = f"{lows[i - 2]} {lows[i - 1]}"
        threetwoone = f"{lows[i - 3]} {lows[i - 2]} {lows[i - 1]}"
        threetwo = f"{lows[i - 3]} {lows[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        if len(lows) - 1 > i:
            zeroone = f"{lows[i]} {lows[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if len(lows) - 1 > i + 1:
            zeroonetwo = f"{lows[i]} {lows[i + 1]} {lows[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in booster:
                valence = valence + booster[n_gram]
        return valence


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
    score = _get_analyzer().scores
    out = []
    for text in texts:
        if len(text) > MAX_TONE_CHARS:
            out.append((_NAN, _NAN, _NAN, _NAN))
            continue
        if not text.isascii():
            for mark, ascii_mark in _MARK_PAIRS:
                if mark in text:
                    text = text.replace(mark, ascii_mark)
        out.append(score(text))
    return out
