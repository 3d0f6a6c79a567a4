"""Invariants of every table, checked on hand-picked edge cases and on generated texts (hypothesis).

For any text: every offset points into ``Article.text`` (``text[start:end] == row.text``), sentences are
ordered, non-overlapping and inside their paragraph, ``in_quote`` is a share, quotes do not cross a
paragraph unless the next paragraph opens with a quotation mark, and every table has the schema's dtypes.
The hypothesis runs are derandomized and bounded (a few seconds in all); set ``NEWSANALYSIS_FUZZ=2000`` for a
deeper, randomised run.
"""

import math
import os

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsanalysis as na
from newsanalysis import schema, segment
from newsanalysis.load import article_from_text
from newsanalysis.tables import SPEECH_KINDS

#: Characters that may open a quotation (a paragraph starting with one may continue a quote).
OPENING_MARKS = "\"'“”‘’„‚«»‹›「『"

# NEWSANALYSIS_FUZZ=2000 for a deeper (and randomised) run by hand; `make test` keeps it small and fixed.
_DEEP = int(os.environ.get("NEWSANALYSIS_FUZZ", "0"))
FUZZ = settings(
    max_examples=_DEEP or 60,
    deadline=None,
    derandomize=not _DEEP,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check_invariants(text: str):
    """Analyse ``text`` and assert every invariant; return the result for further checks."""
    art = article_from_text(text, id="a")
    t = art.text
    result = na.analyze(art, progress=False)

    assert result.errors.empty, result.errors.to_dict("records")
    for name, df in result.tables().items():
        assert df.dtypes.astype(str).to_dict() == schema.SCHEMAS[name], name

    # sentences: exact offsets, ordered, non-overlapping, inside their paragraph
    sents = result.sentences
    paras = segment.paragraph_spans(t)
    assert sents["sentence"].tolist() == list(range(len(sents)))
    prev_end, prev_para = 0, 0
    for row in sents.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(t)
        assert t[row.start : row.end] == row.text
        assert row.start >= prev_end, "sentences overlap or are out of order"
        assert row.paragraph >= prev_para
        ps, pe = paras[row.paragraph]
        assert ps <= row.start and row.end <= pe, "sentence outside its paragraph"
        assert 0.0 <= row.in_quote <= 1.0
        prev_end, prev_para = row.end, row.paragraph
    assert segment.split_sentences(t) == sents["text"].tolist()

    # quotes: exact offsets for the quote and the speaker mention
    quotes = result.quotes
    for row in quotes.itertuples(index=False):
        assert 0 <= row.start <= row.end <= len(t)
        assert t[row.start : row.end] == row.text
        assert row.kind in schema.QUOTE_KINDS
        if _present(row.speaker_start) or _present(row.speaker_end):
            assert _present(row.speaker_start) and _present(row.speaker_end)
            assert 0 <= row.speaker_start <= row.speaker_end <= len(t)
            assert t[row.speaker_start : row.speaker_end] == row.speaker_mention
        if len(sents):
            assert 0 <= row.sentence < len(sents)
        _assert_no_paragraph_crossing(t, paras, row)
        for col in schema.TONE:
            v = getattr(row, col)
            assert math.isnan(v) or -1.0 <= v <= 1.0

    # speakers and articles agree with the other tables
    assert set(quotes["speaker"].dropna()) <= set(result.speakers["speaker"])
    for row in result.speakers.itertuples(index=False):
        assert 0 <= row.first_mention <= len(t)
        assert row.statements >= 0 and row.mentions >= 0
    (n_sentences,) = result.articles["n_sentences"].tolist()
    (n_statements,) = result.articles["n_statements"].tolist()
    assert n_sentences == len(sents)
    # statements: numbered 0.. over the speech rows, missing for mentions; one statement, one speaker and cue
    speech = quotes["kind"].isin(SPEECH_KINDS)
    assert quotes["statement"].isna().equals(~speech)
    assert sorted(set(quotes.loc[speech, "statement"])) == list(range(n_statements))
    for _, rows in quotes[speech].groupby("statement"):
        assert rows["speaker_mention"].nunique(dropna=False) == 1 and rows["cue"].nunique(dropna=False) == 1
    per_speaker = quotes[speech].dropna(subset=["speaker"]).groupby("speaker")["statement"].nunique()
    for row in result.speakers.itertuples(index=False):
        assert row.statements == per_speaker.get(row.speaker, 0)
    return result


def _present(v) -> bool:
    return v is not None and v is not pd.NA and v == v


def _assert_no_paragraph_crossing(t, paras, row):
    if row.end <= row.start:
        return
    inside = [i for i, (ps, pe) in enumerate(paras) if ps < row.end and pe > row.start]
    for i in inside[1:]:
        ps, _ = paras[i]
        assert row.kind != "indirect", f"indirect quote crosses into paragraph {i}"
        assert t[ps] in OPENING_MARKS, f"quote {t[row.start:row.end]!r} runs into paragraph {i} that opens without a mark"


# --- hand-picked edge cases ------------------------------------------------------------------

EDGE_CASES = {
    "empty": "",
    "whitespace": " \t\n\n  \n",
    "one word": "Word",
    "no punctuation": "the minister said the plan was good and we will see what happens",
    "lone straight quote": '"',
    "lone curly quotes": "“ ” ‘ ’",
    "only marks": "“““”””\"\"\"'''",
    "unclosed quote": "He said “we will win and then left the room.\n\nNext paragraph here.",
    "unopened quote": "We will win,” he said. Then he left.",
    "stray mark mid text": 'The 5" screen was “fine. Nobody said " anything.',
    "quote at end": "She said: “",
    "continued quote": "“We will fight on,\n\n“and we will win,” he said.",
    "nested": "“He told me ‘never again’ twice,” Ann said.",
    "apostrophes": "It’s the ’90s’ rock ‘n’ roll, isn’t it? ’Twas Ann’s.",
    "emoji": "😀 “Great 👍,” she said. 🎉🎉 Then 👩‍👩‍👧 left.",
    "rtl": "قال الوزير «نعم». He said “ok.” אמר השר „כן“.",
    "cjk": "“我们会赢，”他说。「日本語の引用」と彼は言った。",
    "tabs": "\t\tTabbed\tsentence.\t“Quoted\ttab,”\the\tsaid.",
    "zero width": "Zero\u200bwidth \u200d“quote\u200b,” he\u200c said.\ufeff It ended.",
    "control chars": "A\x00B. C\x0bD\x0cE\x1cF\x1dG\x1e. \x85Next\u2028line\u2029para.",
    "lone surrogate": "Broken \ud800 text “here,” he said.",
    "combining": "Cafe\u0301 “nai\u0308ve,” said Zoe\u0308.",
    "long sentence": "word, " * 4000 + "end.",
    "long quote": "“" + "blah " * 3000 + "” he said.",
    "many quotes": "“A,” he said. " * 300,
    "many paragraphs": "One.\n\n" * 500,
    "dots": "Wait... what?! U.S. Gen. Smith Jr. said “no”... and left.",
    "crlf": "One.\r\n\r\n“Two,” he said.\rThree.",
}


@pytest.mark.parametrize("name", list(EDGE_CASES))
def test_edge_cases_keep_the_invariants(name):
    check_invariants(EDGE_CASES[name])


def test_empty_text_has_no_rows():
    result = check_invariants("  \n ")
    assert result.sentences.empty and result.quotes.empty and result.speakers.empty


def test_single_large_paragraph():
    # a 300 kB paragraph with no line break (the 5 MB case is in benchmarks/edge_inputs.py)
    text = "The minister said “we will see” and then, after a pause, he left. " * 4500
    result = check_invariants(text)
    assert result.sentences["paragraph"].eq(0).all()
    assert len(result.sentences) > 1000


def test_long_run_on_sentence_is_scored_or_nan():
    result = check_invariants("and then " * 2000)
    assert len(result.sentences) >= 1
    compound = result.sentences["compound"]
    assert compound.isna().all() or compound.between(-1, 1).all()


# --- generated texts -------------------------------------------------------------------------

WORDS = [
    "the", "minister", "said", "told", "reporters", "on", "Monday", "that", "talks", "were", "excellent",
    "bad", "not", "never", "Trump", "Putin", "Ann", "Lee", "Giorgia", "Meloni", "Mr.", "Gen.", "U.S.", "Jr.",
    "he", "she", "they", "added", "wrote", "stressed", "5.3", "2,000", "No.", "e.g.", "St.", "a", "war",
    "ceasefire", "Ukraine", "Russia", "président", "Zoë", "naïve", "😀", "👍🏽", "مرحبا", "שלום", "北京",
    "Москва", "don’t", "it's", "’90s", "O’Brien", "...", "…", "—", "–", "-", "(", ")", "[1]",
]
MARKS = ["“", "”", '"', "‘", "’", "'", "„", "«", "»", "‹", "›", "「", "」"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "! ", "? ", ": ", "; ", "\n", "\n\n", "\n \n", "\t", "\u200b", "  ", ""]
PHRASES = [
    "“We will win,” he said. ",
    '"It was excellent," Trump wrote. ',
    "Putin said: “Russia is ready.” ",
    "“Let the process begin!” Trump wrote. ",
    "She called it “a farce”. ",
    "Ann Lee noted that the talks would resume. ",
    "“This is the first part,\n\n“and this the second,” she said. ",
    "He said the ‘so-called’ deal was off. ",
    "“Unclosed quote runs on ",
    "stray ” mark ",
]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(SEPARATORS),
    st.sampled_from(PHRASES),
)
news_like = st.lists(token, max_size=80).map("".join)
mixed = st.lists(st.one_of(token, st.text(max_size=8)), max_size=40).map("".join)


@FUZZ
@given(news_like)
def test_generated_news_like_texts(text):
    check_invariants(text)


@FUZZ
@given(mixed)
def test_generated_news_words_and_arbitrary_unicode(text):
    check_invariants(text)


@FUZZ
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    check_invariants(text)


# --- arbitrary bytes as files ----------------------------------------------------------------

encoded_text = st.builds(
    lambda t, enc: t.encode(enc, errors="ignore"),
    news_like,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "cp1251"]),
)
file_bytes = st.one_of(st.binary(max_size=600), encoded_text, st.builds(bytes.__add__, encoded_text, st.binary(max_size=20)))


@FUZZ
@given(data=file_bytes, suffix=st.sampled_from([".txt", ".html", ".csv", ".jsonl", ".json", ".bin"]))
def test_any_file_is_an_article_or_a_load_failure(tmp_path_factory, data, suffix):
    from newsanalysis.load import Article, LoadFailure, iter_inputs

    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    items = list(iter_inputs(path))  # never raises: every input is accounted for
    assert items
    for item in items:
        assert isinstance(item, (Article, LoadFailure))
        if isinstance(item, LoadFailure):
            assert item.error and item.path and str(path) in item.path
        else:
            assert "\r" not in item.text
            item.text.encode("utf-8")  # storable: no lone surrogates
