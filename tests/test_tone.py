import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsanalysis import tone

_vader = SentimentIntensityAnalyzer()


def ascii_marks(text):
    # spelled out here, independent of the package's table
    for a, b in zip("‘’‚‛′“”„‟″", "'''''\"\"\"\"\""):
        text = text.replace(a, b)
    return text


@pytest.mark.parametrize(
    "text",
    ["It was “excellent,” he said.", "I don’t like it.", "Plain text, no marks.", "„Gut‟ ‚so‛ 5′ 6″", ""],
)
def test_scores_are_vader_of_ascii_text(text):
    assert tone.polarity(text) == _vader.polarity_scores(ascii_marks(text))
    s = _vader.polarity_scores(ascii_marks(text))
    assert tone.polarity_many([text]) == [(s["neg"], s["neu"], s["pos"], s["compound"])]


def test_curly_marks_would_change_the_score():
    # the reason for the mapping: VADER misses the word inside curly marks
    assert _vader.polarity_scores("It was “excellent,” he said.")["compound"] == 0
    assert tone.polarity("It was “excellent,” he said.")["compound"] > 0.5


def test_mapping_keeps_length():
    text = "“a” ‘b’ don’t „c‟"
    assert len(tone.to_ascii_marks(text)) == len(text)
    assert not set(tone.to_ascii_marks(text)) & set("“”‘’„‟")


# -- every score is vaderSentiment's; fewer calls ----------------------------------------------------

import string  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from vaderSentiment import vaderSentiment as _v  # noqa: E402

_TONE = ("neg", "neu", "pos", "compound")


def _vader_tuple(text):
    s = _vader.polarity_scores(text)
    return tuple(s[k] for k in _TONE)


# Words that reach every rule of VADER's: negations, boosters and dampeners, "no", "least", "but",
# "kind of", the words of its idioms and special cases, words of the lexicon (single and multi-word, one
# only upper-case), emoticons, plain words, emoji and other non-ASCII characters.
_SPECIAL_WORDS = sorted({w for phrase in _v.SPECIAL_CASES for w in phrase.split()})
_BOOSTER_WORDS = sorted({w for phrase in _v.BOOSTER_DICT for w in phrase.split()})
_LEXICON_WORDS = sorted(_vader.lexicon)[::97]
_VOCAB = (
    _v.NEGATE[:20] + _BOOSTER_WORDS[:40] + _SPECIAL_WORDS + _LEXICON_WORDS
    + ["no", "nor", "or", "least", "at", "very", "but", "BUT", "kind", "of", "never", "so", "this",
       "without", "doubt", "isn't", "not", "good", "bad", "great", "hate", "love", ":)", ":(", ":-D", ":D",
       "can't", "stand", "fed", "up", "ok", "the", "said", "he", "Putin", "I", "a", "😀", "©", "é", "İ"]
)
# Words that are *not* in the lexicon but come close: the words of idioms, boosters and negations that are
# not lexicon words, lexicon words glued to non-ASCII punctuation or to each other, lexicon words whose
# stripped form is two characters or less, case-folding oddities, non-emoji non-ASCII characters.
_NEAR_MISSES = (
    [w for w in _SPECIAL_WORDS + _BOOSTER_WORDS + _v.NEGATE if w not in _vader.lexicon]
    + ["good…", "«good»", "—bad", "good-bad", "goodbad", "ok'", "ok.", "(:)", "): ", "no-one", "İ", "ß",
       "\u212aind", "ﬁne", "the", "said", "Putin", "minister", "on", "Tuesday", "3.5%", "$12", "--", "'", '"',
       "é", "日本", "\u00ad", "\u200b"]
)


def _words(vocab):
    return st.tuples(
        st.sampled_from(vocab),
        st.sampled_from(["lower", "upper", "title"]),
        st.sampled_from(["", "", "", ",", ".", "!", "?", "!!", "'", '"', "...", "?!", "…", ")"]),
        st.sampled_from(["", "", "", '"', "'", "(", "«", "#"]),
    ).map(lambda t: t[3] + getattr(t[0], t[1])() + t[2])


def _join(words, min_size=0):
    return st.lists(words, min_size=min_size, max_size=25).flatmap(
        lambda ws: st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003"]).map(lambda sep: sep.join(ws))
    )


# Any lexicon word (any case) with any characters glued to it: where VADER's punctuation stripping and
# lower-casing end, and where the no-call rule's must end too.
_glued = st.tuples(
    st.text(max_size=3), st.sampled_from(sorted(_vader.lexicon)), st.sampled_from(["lower", "upper", "title"]),
    st.text(max_size=3),
).map(lambda t: t[0] + getattr(t[1], t[2])() + t[3])

_texts = st.one_of(
    _join(_words(_VOCAB)),
    _join(st.one_of(_glued, _words(_NEAR_MISSES)), min_size=1),
    _join(_words(_NEAR_MISSES), min_size=2),
    _join(_words(_NEAR_MISSES), min_size=5),
    _join(st.one_of(_words(_NEAR_MISSES), _words(_VOCAB))),
    st.text(max_size=30),
    st.text(alphabet=string.printable + "“”‘’„‟′″😀é", max_size=40),
)


def test_vader_answers_for_texts_without_a_lexicon_word():
    # the two fixed answers the module gives without a call, as vaderSentiment gives them
    assert _vader_tuple("") == _vader_tuple("   \n") == tone._BLANK == (0.0, 0.0, 0.0, 0.0)
    for text in ["The", "a", ".", "the the", "?? !!! ??", "kind of", "But the", "(:)", "ok."]:
        assert _vader_tuple(text) == tone._NEUTRAL == (0.0, 1.0, 0.0, 0.0), text


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_scores_equal_vadersentiment_and_skipped_texts_score_neutral(text):
    ascii_text = ascii_marks(text)
    expected = _vader_tuple(ascii_text)
    assert tone.polarity_many([text]) == [expected]
    assert tone.polarity(text) == dict(zip(_TONE, expected))
    if not tone._needs_vader(ascii_text):  # the no-call rule: such a text cannot score anything else
        assert expected == (tone._NEUTRAL if ascii_text.split() else tone._BLANK)


@pytest.mark.parametrize(
    "text",
    ["The minister said on Tuesday.", "Putin met Trump in Helsinki", "", " ", "“It is 5 p.m.,” he said.",
     "(:)", "the bus", "The decision was made in 2016—before the vote.", "I can’t stand it", "fed up"],
)
def test_texts_without_lexicon_words_need_no_call(text):
    assert not tone._needs_vader(ascii_marks(text))


@pytest.mark.parametrize(
    "text",
    ["good", "(GOOD)", "Good!!!", ":)", "ok", "not bad", "no", "I 😀 this", "Ha-ha ha", "“excellent,”",
     # the rule is cautious: "ok." and "kind of" score 0, yet a word of theirs is a lexicon word
     "ok.", "kind of"],
)
def test_texts_with_lexicon_words_or_emoji_need_a_call(text):
    assert tone._needs_vader(ascii_marks(text))


def test_every_emoji_of_vader_is_scored_by_vader():
    # VADER replaces emoji by their names ("grinning face"), which may hold lexicon words
    assert not any(len(k) == 1 and k.isascii() for k in _vader.emojis)  # ASCII text holds no emoji
    for emoji in _vader.emojis:
        for text in (emoji, f"He said {emoji} today", f"1{emoji}#"):
            assert tone.polarity_many([text]) == [_vader_tuple(text)], text


class _Counter:
    """Count the calls to vaderSentiment (the analyzer's polarity_scores) made inside a ``with``."""

    def __enter__(self):
        self.texts = []
        analyzer = tone._get_analyzer()
        real = analyzer.polarity_scores
        self._mp = pytest.MonkeyPatch()
        self._mp.setattr(analyzer, "polarity_scores", lambda text: self.texts.append(text) or real(text))
        tone._clear_cache()
        return self

    def __exit__(self, *exc):
        self._mp.undo()
        tone._clear_cache()


_POOL = ["The minister said so.", "Great news!", "Great news!", "“Great news!”", '"Great news!"', "It was bad.",
         "", "Reporting by Ann Lee; editing by Bo Ek.", "Not bad at all, she said."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_POOL), max_size=30))
def test_each_distinct_text_calls_vader_once_per_run(texts):
    with _Counter() as calls:
        first = tone.polarity_many(texts)
        again = tone.polarity_many(list(reversed(texts)))
    assert first == [_vader_tuple(ascii_marks(t)) for t in texts]
    assert again == first[::-1]
    # one call per distinct text (after the mark mapping) that needs one, over both runs
    assert sorted(calls.texts) == sorted({ascii_marks(t) for t in texts if tone._needs_vader(ascii_marks(t))})


def test_a_quote_that_is_a_whole_sentence_takes_its_scores():
    sentence = "“We will win, and win big,” she said. " * 60  # longer than the cache keeps: scored once anyway
    assert len(sentence) > tone._CACHE_MAX_CHARS
    with _Counter() as calls:
        scores = tone.polarity_many([sentence, "Other.", sentence])
        assert len(calls.texts) == 1
        tone.polarity_many([sentence])  # too long to be cached across calls
        assert len(calls.texts) == 2
    assert scores[0] == scores[2] == _vader_tuple(ascii_marks(sentence))


def test_cache_is_bounded_and_forgets_the_least_recent_text():
    assert tone._cached_vader.cache_parameters()["maxsize"] == tone._CACHE_SIZE
    texts = [f"good {i}" for i in range(tone._CACHE_SIZE + 10)]
    with _Counter() as calls:
        tone.polarity_many(texts)
        assert len(calls.texts) == len(texts)
        assert tone._cached_vader.cache_info().currsize == tone._CACHE_SIZE
        assert tone.polarity_many([texts[-1], texts[0]]) == [_vader_tuple(texts[-1]), _vader_tuple(texts[0])]
        assert calls.texts[len(texts):] == [texts[0]]  # the last is kept, the first was dropped


def test_long_texts_get_nan_and_no_call():
    with _Counter() as calls:
        (scores,) = tone.polarity_many(["good " * 3000])
    assert all(x != x for x in scores) and calls.texts == []


def test_other_vadersentiment_release_calls_vader_for_every_text(monkeypatch):
    # the no-call rule is verified against 3.3.2; with another release every text goes to vaderSentiment
    monkeypatch.setattr(tone, "_installed_release", lambda: "9.9")
    monkeypatch.setattr(tone, "_analyzer", None)
    try:
        with _Counter() as calls:
            assert tone.polarity_many(["The", "", "Great!"]) == [_vader_tuple(t) for t in ["The", "", "Great!"]]
        assert calls.texts == ["The", "", "Great!"]
    finally:
        monkeypatch.undo()
        tone._analyzer = None
        tone._get_analyzer()
    assert not tone._needs_vader("The")


def test_quotes_scores_only_the_quotes():
    # newsanalysis.quotes keeps no sentences table, so it scores no sentence
    import newsanalysis as na

    text = "“We will win big,” Ann Lee said on a sad day. It rained. Bo said the plan was a “total mess” for all."
    with _Counter() as calls:
        q = na.quotes(text)
    assert sorted(calls.texts) == sorted({ascii_marks(t) for t in q["text"] if tone._needs_vader(ascii_marks(t))})
    assert calls.texts and "It rained." not in calls.texts
    full = na.analyze(text, progress=False).quotes
    assert q[list(_TONE)].equals(full[list(_TONE)])
    assert q["compound"].tolist() == [_vader_tuple(ascii_marks(t))[3] for t in q["text"]]
