"""Segmentation: paragraphs, sentences and their offsets (newsanalysis.segment)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalysis import segment
from newsanalysis.errors import NewsAnalysisError
from newsanalysis.segment import paragraph_spans, sentence_spans, split_sentences

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def check(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


# --------------------------------------------------------------------------
# sentence tables: text -> expected sentences
# --------------------------------------------------------------------------

ABBREVIATIONS = [
    ("Mr. Jones and Mrs. Jones met Dr. Patel.", ["Mr. Jones and Mrs. Jones met Dr. Patel."]),
    (
        "Sen. Warren spoke after Gov. Newsom. Then Rep. Ocasio-Cortez did.",
        ["Sen. Warren spoke after Gov. Newsom.", "Then Rep. Ocasio-Cortez did."],
    ),
    ("Lt. Col. Vindman testified. He was calm.", ["Lt. Col. Vindman testified.", "He was calm."]),
    ("Acme Corp. hired Smith & Sons Inc. last week.", ["Acme Corp. hired Smith & Sons Inc. last week."]),
    (
        "Shares of Acme Inc. fell. They recovered later.",
        ["Shares of Acme Inc. fell.", "They recovered later."],
    ),
    (
        "The vote is on Sept. 12 in Springfield, Mo. and Austin, Tex. as planned.",
        ["The vote is on Sept. 12 in Springfield, Mo. and Austin, Tex. as planned."],
    ),
    ("Martin Luther King Jr. was born in Atlanta.", ["Martin Luther King Jr. was born in Atlanta."]),
    ("The U.S. Senate met. The U.K. did not.", ["The U.S. Senate met.", "The U.K. did not."]),
    ("Troops left the U.S. They flew to Germany.", ["Troops left the U.S.", "They flew to Germany."]),
    ("It opened in Washington, D.C. in 1990.", ["It opened in Washington, D.C. in 1990."]),
    ("The meeting ends at 3 p.m. Eastern on Friday.", ["The meeting ends at 3 p.m. Eastern on Friday."]),
    (
        "The polls closed at 8 p.m. Officials began counting.",
        ["The polls closed at 8 p.m.", "Officials began counting."],
    ),
    ("By 7 a.m. Mayor Lee had left the hall.", ["By 7 a.m. Mayor Lee had left the hall."]),
    ("He lives at No. 10 and reads p. 42 daily.", ["He lives at No. 10 and reads p. 42 daily."]),
    (
        "Asked if he would run, he said no. Then he left.",
        ["Asked if he would run, he said no.", "Then he left."],
    ),
    ("Fruit, nuts, etc. are sold here.", ["Fruit, nuts, etc. are sold here."]),
    ("It was a.k.a. the big one.", ["It was a.k.a. the big one."]),
    ("In Roe v. Wade the court ruled.", ["In Roe v. Wade the court ruled."]),
    ("The report, by approx. twelve staff, was late.", ["The report, by approx. twelve staff, was late."]),
    ("CHICAGO, Ill. — The mayor resigned.", ["CHICAGO, Ill. — The mayor resigned."]),
    ("Gen. (ret.) Ann Lee spoke.", ["Gen. (ret.) Ann Lee spoke."]),
]

INITIALS = [
    ("J. K. Rowling wrote the books.", ["J. K. Rowling wrote the books."]),
    ("President George W. Bush spoke.", ["President George W. Bush spoke."]),
    (
        "Rep. G.K. Butterfield (D-N.C.) said it was wrong.",
        ["Rep. G.K. Butterfield (D-N.C.) said it was wrong."],
    ),
    ("They chose Plan B. The rest refused.", ["They chose Plan B.", "The rest refused."]),
    ("Between us, it was you and I. Then we left.", ["Between us, it was you and I.", "Then we left."]),
    ("The S.&P. 500 index rose.", ["The S.&P. 500 index rose."]),
]

NUMBERS = [
    (
        "Growth was 3.5 percent in 2015. Then it slowed.",
        ["Growth was 3.5 percent in 2015.", "Then it slowed."],
    ),
    ("It cost $1.2 billion. The deal closed.", ["It cost $1.2 billion.", "The deal closed."]),
    ("Version 2.0.1 ships today.", ["Version 2.0.1 ships today."]),
    ("Turnout was 61.4. Analysts were surprised.", ["Turnout was 61.4.", "Analysts were surprised."]),
    ("It fell to No. 3 on the list.", ["It fell to No. 3 on the list."]),
    ("The attack on Sept. 11 changed everything.", ["The attack on Sept. 11 changed everything."]),
]

QUOTES = [
    ("“Go.” He left.", ["“Go.”", "He left."]),
    ('"Go." He left.', ['"Go."', "He left."]),
    ("“Why?” she asked.", ["“Why?” she asked."]),
    ("“Enough!” he shouted. Nobody moved.", ["“Enough!” he shouted.", "Nobody moved."]),
    ("“We will win. We always win,” she said.", ["“We will win.", "We always win,” she said."]),
    ("He called it ‘a disgrace.’ Then he walked out.", ["He called it ‘a disgrace.’", "Then he walked out."]),
    ("“We love the U.S.” Trump said it twice.", ["“We love the U.S.”", "Trump said it twice."]),
    ("She said: “It is over.” “Is it?” he replied.", ["She said: “It is over.”", "“Is it?” he replied."]),
    ("Its app is called Yahoo! and it is free.", ["Its app is called Yahoo! and it is free."]),
    ("“Let the games begin!” Smith wrote.", ["“Let the games begin!”", "Smith wrote."]),
]

ELLIPSES = [
    ("Wait... The results are in.", ["Wait...", "The results are in."]),
    ("Well… maybe not.", ["Well… maybe not."]),
    ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
    ("It was … I don’t know.", ["It was … I don’t know."]),
    ("“The law [...] must apply” to all.", ["“The law [...] must apply” to all."]),
    ("He never came back.... We waited.", ["He never came back....", "We waited."]),
    ("It ends here. . . . Another story begins.", ["It ends here.", ". . . Another story begins."]),
    ("It was over . . . . New rules applied.", ["It was over . . . .", "New rules applied."]),
    ("So . . . what now?", ["So . . . what now?"]),
    ("The vote was 52-48... Republicans cheered.", ["The vote was 52-48...", "Republicans cheered."]),
    ("“We [...] will win” (Reuters).", ["“We [...] will win” (Reuters)."]),
]

PARENTHESES_AND_LISTS = [
    ("He taught law (He had been a judge.) at Yale.", ["He taught law (He had been a judge.) at Yale."]),
    ("(The vote was close.) The bill passed.", ["(The vote was close.)", "The bill passed."]),
    ("(Why now? Nobody knows.)", ["(Why now?", "Nobody knows.)"]),
    (
        "Steps: 1) Fill in the form 2) Sign it 3) Send it",
        ["Steps:", "1) Fill in the form", "2) Sign it", "3) Send it"],
    ),
    ("a. Read the bill b. Vote on it", ["a. Read the bill", "b. Vote on it"]),
    ("• Cut taxes • Raise wages", ["• Cut taxes", "• Raise wages"]),
    ("Pick option 1) or option 2) later.", ["Pick option 1) or option 2) later."]),
    ("She ranked No. 1. Rivals trailed.", ["She ranked No. 1.", "Rivals trailed."]),
    (
        "1. Fireworks fly in the debate. Both sides claim victory.",
        ["1. Fireworks fly in the debate.", "Both sides claim victory."],
    ),
    ("II. The Results", ["II. The Results"]),
    ("Q. Were you there? A. Yes, I was.", ["Q. Were you there?", "A. Yes, I was."]),
    ("He won 1. The rest lost.", ["He won 1.", "The rest lost."]),
    ("Hello!! Anybody there?! Yes.", ["Hello!!", "Anybody there?!", "Yes."]),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATIONS)
def test_abbreviations(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), INITIALS)
def test_initials(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), ELLIPSES)
def test_ellipses(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), PARENTHESES_AND_LISTS)
def test_parentheses_and_lists(text, expected):
    check(text, expected)


# --------------------------------------------------------------------------
# paragraphs
# --------------------------------------------------------------------------

WRAPPED = (
    "The committee met on Tuesday to consider the budget for the coming\n"
    "year, and members from both parties said they expected a long and\n"
    "difficult session. The chairman said he hoped to finish the work\n"
    "Before the holiday, but few believed him.\n"
    "\n"
    "A second paragraph follows."
)

PARAGRAPHS = [
    ("One.\n\nTwo.", ["One.", "Two."]),
    ("One.\n \t\nTwo.\n\n\n", ["One.", "Two."]),
    (
        "Headline without stop\nFirst paragraph. More.\nSecond paragraph.",
        ["Headline without stop", "First paragraph. More.", "Second paragraph."],
    ),
    ("“A quote that runs on,\nand on.”\nNext.", ["“A quote that runs on,\nand on.”", "Next."]),
    ("He said the talks\nwould continue.", ["He said the talks\nwould continue."]),
    ("Windows.\r\nLine ends.\r\n\r\nHere.", ["Windows.", "Line ends.", "Here."]),
    ("Old Mac.\rLine ends.", ["Old Mac.", "Line ends."]),
    ("Unicode\u2029separator.", ["Unicode", "separator."]),
    ("  \n\n  ", []),
    ("", []),
    (WRAPPED, [WRAPPED.split("\n\n")[0], "A second paragraph follows."]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraphs(text, expected):
    assert [text[s:e] for s, e in paragraph_spans(text)] == expected


def test_sentences_never_cross_paragraphs():
    text = "It rained in the U.S.\nThey stayed home.\n\nMr.\nSmith came."
    spans = sentence_spans(text)
    assert [(text[s:e], p) for s, e, p in spans] == [
        ("It rained in the U.S.", 0),
        ("They stayed home.", 1),
        ("Mr.", 2),
        ("Smith came.", 3),
    ]


def test_hard_wrapped_text_keeps_sentences_whole():
    assert (
        split_sentences(WRAPPED)[-2]
        == "The chairman said he hoped to finish the work\nBefore the holiday, but few believed him."
    )


def test_offsets_are_exact_with_surrounding_white_space():
    text = "\n\n  “First.”   Second one?\t\n\n   Third (really).  \n"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e, _ in spans] == ["“First.”", "Second one?", "Third (really)."]
    assert [p for *_, p in spans] == [0, 0, 1]
    assert spans[0][0] == text.index("“")


# --------------------------------------------------------------------------
# invariants on generated text
# --------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "a.m.",
        "No.",
        "5",
        "3.5",
        "J.",
        "Smith",
        "the",
        "The",
        "he",
        "He",
        "said",
        "“",
        "”",
        '"',
        "'",
        "(",
        ")",
        ".",
        "?",
        "!",
        "...",
        "…",
        ". . .",
        ",",
        "1.",
        "2.",
        "a)",
        "b)",
        "•",
        "—",
        "é",
        "\xa0",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", "\t", "\r\n", "  "])


@st.composite
def news_like(draw):
    parts = draw(st.lists(st.tuples(PIECES, SEPARATORS), max_size=40))
    return "".join(a + b for a, b in parts)


@settings(max_examples=300, deadline=None)
@given(st.one_of(news_like(), st.text(max_size=200)))
def test_spans_are_exact_ordered_and_cover_all_text(text):
    paragraphs = paragraph_spans(text)
    spans = sentence_spans(text)
    covered = []
    last_end = 0
    for s, e, p in spans:
        sentence = text[s:e]
        assert sentence and sentence == sentence.strip()
        assert s >= last_end
        ps, pe = paragraphs[p]
        assert ps <= s < e <= pe
        covered.append(sentence)
        last_end = e
    # everything outside the sentences is white space
    outside = text
    for s, e, _ in reversed(spans):
        outside = outside[:s] + outside[e:]
    assert outside.strip() == ""
    assert split_sentences(text) == covered


# --------------------------------------------------------------------------
# contract, data, errors
# --------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["a list"]])
def test_non_text_input_is_refused_with_a_clear_error(bad):
    with pytest.raises(NewsAnalysisError, match="str"):
        split_sentences(bad)


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("abbreviations", "u.s"),
        ("abbreviations", "inc"),
        ("titles", "mr"),
        ("titles", "gen"),
        ("numeric", "no"),
        ("starters", "they"),
    ],
)
def test_shipped_word_lists_load(name, entry):
    words = segment._load_list(name)
    assert entry in words
    assert all(w == w.strip().lower() and not w.startswith("#") for w in words)


def test_tokenizer_is_punkt_with_shipped_parameters():
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tok = segment._get_tokenizer()
    assert isinstance(tok, PunktSentenceTokenizer)
    assert tok is segment._get_tokenizer()  # built once
    assert {"mr", "u.s", "corp"} <= tok._params.abbrev_types
    assert tok.tokenize("Mr. Smith left. He was tired.") == ["Mr. Smith left.", "He was tired."]
    # unknown words are not stored in the orthographic context
    tok.tokenize("It is in the U.S. Zanzibar is far.")
    assert "zanzibar" not in tok._params.ortho_context


def test_kept_punkt_answers_match_fresh_ones(monkeypatch):
    """Punkt's answers are kept per (word, next word): a text split with the answers kept (the second
    time) and with none kept (a cleared store, and a store too small to keep any) splits the same."""
    tok = segment._get_tokenizer()
    text = (
        "He moved to the U.S. Senate in May. She left the U.S. They stayed. "
        "J. K. Rowling wrote it. The U.S. Senate voted. Later he left the U.S. Then he came back."
    )
    expected = [
        "He moved to the U.S. Senate in May.",
        "She left the U.S.",
        "They stayed.",
        "J. K. Rowling wrote it.",
        "The U.S. Senate voted.",
        "Later he left the U.S.",
        "Then he came back.",
    ]
    tok._breaks.clear()
    first = split_sentences(text)
    assert ("U.S.", "Senate", True) in tok._breaks  # answers were kept
    assert split_sentences(text) == first  # answered from the store
    tok._breaks.clear()
    monkeypatch.setattr(segment, "_MAX_KEPT_BREAKS", 0)  # the store is cleared before every answer
    assert split_sentences(text) == first
    assert len(tok._breaks) == 1
    assert first == expected
    for key, kept in list(tok._breaks.items()):
        assert tok._punkt_break(*key) == kept


def _run_isolated(code: str, tmp_path) -> subprocess.CompletedProcess:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path), "PYTHONPATH": ROOT}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_works_without_any_nltk_data(tmp_path):
    code = f"""
        import nltk
        nltk.data.path[:] = [{str(tmp_path / "nltk_data")!r}]
        try:
            nltk.sent_tokenize("No data. None at all.")
        except LookupError:
            pass
        else:
            raise SystemExit("NLTK data was reachable; the test proves nothing")
        from newsanalysis.segment import split_sentences
        print(split_sentences("Gen. Smith arrived at 9 a.m. He spoke. “Fine.” They left."))
    """
    done = _run_isolated(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['Gen. Smith arrived at 9 a.m.', 'He spoke.', '“Fine.”', 'They left.']"


def test_import_is_light(tmp_path):
    done = _run_isolated(
        "import sys, newsanalysis.segment; print('nltk' in sys.modules, newsanalysis.segment._tokenizer)",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "None"]
