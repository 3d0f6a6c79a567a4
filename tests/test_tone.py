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
