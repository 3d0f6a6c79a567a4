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


# -- newsanalysis' own copy of VADER's rules gives vaderSentiment's scores ---------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from vaderSentiment import vaderSentiment as _v  # noqa: E402

# Words that reach every rule: negations, boosters and dampeners, "no", "least", "but", "kind of",
# idioms and special cases, words of the lexicon, emoticons, plain words, and two emoji.
_SPECIAL_WORDS = sorted({w for phrase in _v.SPECIAL_CASES for w in phrase.split()})
_BOOSTER_WORDS = sorted({w for phrase in _v.BOOSTER_DICT for w in phrase.split()})
_LEXICON_WORDS = sorted(_vader.lexicon)[::97]
_VOCAB = (
    _v.NEGATE[:20] + _BOOSTER_WORDS[:40] + _SPECIAL_WORDS + _LEXICON_WORDS
    + ["no", "nor", "or", "least", "at", "very", "but", "BUT", "kind", "of", "never", "so", "this",
       "without", "doubt", "isn't", "not", "good", "bad", "great", "hate", "love", ":)", ":(", ":-D",
       "the", "said", "he", "Putin", "I", "a", "😀", "©", "é"]
)
_word = st.tuples(
    st.sampled_from(_VOCAB),
    st.sampled_from(["lower", "upper", "title"]),
    st.sampled_from(["", "", "", ",", ".", "!", "?", "!!", "'", '"', "...", "?!"]),
    st.sampled_from(["", "", "", '"', "'", "("]),
).map(lambda t: t[3] + getattr(t[0], t[1])() + t[2])
_texts = st.lists(_word, max_size=25).flatmap(
    lambda ws: st.sampled_from([" ", "  ", "\n"]).map(lambda sep: sep.join(ws))
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_own_scorer_equals_vadersentiment(text):
    assert tone._get_analyzer().polarity_scores(text) == _vader.polarity_scores(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was not so good, but I LOVE it!!",  # negation, caps, "but", exclamation marks
        "No, I am not happy at all :)",
        "The plan is kind of great, sort of.",
        "At least it is not the worst. Least good idea ever. The very least good one.",
        "Never so happy without doubt, yeah right.",
        "Good good bad but good bad good",  # repeated values: VADER's "but" rule's list.index quirk
        "I 😀 this ©",  # emoji: handed to vaderSentiment itself
        "   ",
        "?? !!!!! ???",
    ],
)
def test_own_scorer_equals_vadersentiment_on_each_rule(text):
    assert tone._get_analyzer().polarity_scores(text) == _vader.polarity_scores(text)


def test_own_scorer_equals_vadersentiment_on_a_long_text():
    # the case the copy exists for: vaderSentiment re-lowercases the whole text for every sentiment word
    text = "good " * 2000
    assert tone._get_analyzer().polarity_scores(text) == _vader.polarity_scores(text)


def test_other_vadersentiment_release_uses_its_own_scorer(monkeypatch):
    # the copy follows 3.3.2's rules; another release's rules may differ, so its own scorer is used
    monkeypatch.setattr(tone, "_installed_release", lambda: "9.9")
    analyzer = tone._Vader()
    assert analyzer.use_reference
    calls = []
    monkeypatch.setattr(analyzer, "reference", lambda text: calls.append(text) or _vader.polarity_scores(text))
    assert analyzer.polarity_scores("Great!") == _vader.polarity_scores("Great!") and calls == ["Great!"]
    monkeypatch.setattr(tone, "_installed_release", lambda: tone._COPIED_RELEASE)
    assert not tone._Vader().use_reference
