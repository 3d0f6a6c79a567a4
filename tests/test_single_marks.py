"""Quotes in single marks (issue 23): texts written here in British, Irish and Indian house styles.

Each test names the kind of case it covers; the apostrophes are the hard ones of the issue (plural
possessives, ’n’, elided years, Ma’am, a possessive right before a closing mark).
"""

from __future__ import annotations

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.attribution import RULES, find_quotes_styled
from newsanalysis.attribution.singles import mark_role, pair_single
from newsanalysis.segment import sentence_spans


def said(text: str, rules=None) -> list[tuple[str, str, object]]:
    q = na.quotes(text, rules=rules) if rules is not None else na.quotes(text)
    return [(r.kind, r.text, None if pd.isna(r.speaker) else r.speaker) for r in q.itertuples()]


def style(text: str) -> str | None:
    return find_quotes_styled(text, sentence_spans(text))[1]


# ------------------------------------------------------------------------------- British house style

BRITISH = (
    "Players’ union threatens strike over pay\n\n"
    "The players’ union said on Monday that its members would not play in the ’90s-style kit. "
    "‘We have asked for talks three times and heard nothing back,’ said Tom Hughes, its chair. "
    "‘It is the Smiths’,’ he added, naming the family that owns the club.\n\n"
    "Club director Ruth Clarke said the offer was ‘fair and final’. ‘I grew up on rock ’n’ roll, and I know "
    "a bad tune when I hear one,’ she said. ‘When a steward told me “Ma’am, the gates shut at three o’clock”, "
    "I knew the fans’ patience had run out.’"
)


def test_british_body_quotes_in_single_marks_are_statements_with_their_speakers():
    got = said(BRITISH)
    direct = [(t, s) for k, t, s in got if k == "direct"]
    assert direct[0] == ("We have asked for talks three times and heard nothing back,", "Tom Hughes")
    assert direct[1][0] == "It is the Smiths’,"  # a possessive right before the closing mark
    assert direct[2] == ("I grew up on rock ’n’ roll, and I know a bad tune when I hear one,", "Ruth Clarke")
    assert direct[3][0].startswith("When a steward told me “Ma’am, the gates shut at three o’clock”, I knew the fans’")
    assert ("partial", "fair and final", "Ruth Clarke") in got
    assert style(BRITISH) == "single"


def test_apostrophes_alone_make_no_quote():
    text = (
        "The players’ union met in the ’90s. Rock ’n’ roll was played at five o’clock, Ma’am, "
        "and the Smiths’ dog slept. The class of '16 left at Jones' house."
    )
    assert said(text) == []
    assert style(text) is None


@pytest.mark.parametrize(
    ("text", "at", "role"),
    [
        ("the players’ union", "’ u", "maybe"),  # a plural possessive: an apostrophe as often as a closing mark
        ("rock ’n’ roll", "’n", None),  # the first ’ of ’n’ elides
        ("in the ’90s", "’9", None),  # an elided year
        ("the class of '16", "'1", None),
        ("Ma’am", "’", None),  # between two letters
        ("‘It", "‘", "open"),
        ("Smiths’,’ he", "’,", "maybe"),  # a possessive before a closing mark ...
        ("Smiths’,’ he", ",’", "sure"),  # ... and the closing mark after punctuation, surer
    ],
)
def test_mark_roles_name_the_apostrophe_cases(text, at, role):
    i = text.index(at) + (1 if at[0] not in "‘’'" else 0)
    assert mark_role(text, i, 0, len(text)) == role


@pytest.mark.parametrize("t", ["‘I like rock ’n’ roll,’ Lee said.", "'I like rock 'n' roll,' Lee said.",
                               "‘I like rock ‘n’ roll,’ Lee said."])
def test_n_between_two_marks_is_no_quote_in_any_typing(t):
    assert [t[o + 1 : c] for o, _, c, _ in pair_single(t, [(0, len(t))])] == [t[1 : t.index(",") + 1]]


# --------------------------------------------------------------------------------- Irish house style

IRISH = (
    "'We will not be bounced into an election,' Mary Byrne, the Taoiseach, said last night.\n\n"
    "Fianna Fáil's Seán O'Brien said the Greens' position hadn't changed. 'It's the Taoiseach's call, "
    "not the party's,' he said.\n\n"
    "'Ireland's housing crisis is the issue on the doorsteps,' said Sinn Féin TD Aoife Walsh."
)


def test_irish_straight_single_marks_with_possessives_and_o_names():
    got = said(IRISH)
    direct = [(t, s) for k, t, s in got if k == "direct"]
    expected = [
        ("We will not be bounced into an election,", "Mary Byrne"),
        ("It's the Taoiseach's call, not the party's,", "Seán O'Brien"),
        ("Ireland's housing crisis is the issue on the doorsteps,", "Aoife Walsh"),
    ]
    assert [t for t, _ in direct] == [t for t, _ in expected]
    # the speaker as the quote stage found it (the party or title before the name is the speakers stage's)
    assert all(s.endswith(name) for (_, s), (_, name) in zip(direct, expected))
    assert ("indirect", "the Greens' position hadn't changed") in [(k, t) for k, t, _ in got]
    assert style(IRISH) == "single"


def test_a_quote_over_several_paragraphs_goes_on_with_the_same_mark():
    text = (
        "Ms Byrne said:\n\n'We will build 30,000 homes a year.\n\n"
        "'No government has done that since the ’70s.'\n\nThe opposition disagreed."
    )
    direct = [t for k, t, _ in said(text) if k == "direct"]
    assert len(direct) == 1
    assert direct[0].startswith("We will build 30,000 homes a year.")
    assert direct[0].endswith("since the ’70s.")


# -------------------------------------------------------------------------------- Indian house style

INDIAN = (
    "‘Historic day for farmers’: PM hails new procurement policy\n\n"
    "The farmers’ unions, however, called the policy ‘an eyewash’ and said their protest would go on.\n\n"
    "‘This is a historic day for the nation’s farmers,’ Prime Minister Narendra Modi said on Tuesday. "
    "‘We are not going anywhere till the laws are repealed,’ said Rakesh Tikait, a leader of the "
    "Bharatiya Kisan Union. Mr Tikait’s colleague Darshan Pal added, ‘The govt’s promises of the ’90s were "
    "never kept.’"
)


def test_indian_style_headline_and_body_quotes():
    got = said(INDIAN)
    direct = [(t, s) for k, t, s in got if k == "direct"]
    assert direct[0] == ("Historic day for farmers", "PM")  # a headline quote and its speaker
    assert ("This is a historic day for the nation’s farmers,", "Narendra Modi") in direct
    assert ("We are not going anywhere till the laws are repealed,", "Rakesh Tikait") in direct
    assert ("The govt’s promises of the ’90s were never kept.", "Darshan Pal") in direct
    assert any(k == "partial" and t == "an eyewash" for k, t, _ in got)
    assert style(INDIAN) == "single"


# ------------------------------------------------------------------------------ headlines and nesting


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("‘We will not move’: mayor defies council\n\nThe council met.", "mayor"),
        ("Mayor: 'We will not move'\n\nThe council met.", "Mayor"),
        ("Cork mayor Ann Kelly: ‘We will not move’\n\nThe council met.", "Ann Kelly"),
        ("Players’ union threatens strike: ‘We will not play’\n\nThe talks failed.", "Players’ union"),
        ("‘Will not tolerate injustice’: Rahul Gandhi on Manipur violence\n\nThe Congress met.", "Rahul Gandhi"),
        ("‘Unacceptable’: Taoiseach condemns attack on Garda station\n\nGardaí are investigating.", "Taoiseach"),
    ],
)
def test_a_headline_quote_is_a_statement_of_the_source_the_headline_names(text, speaker):
    got = said(text)
    assert got[0][0] == "direct"
    assert got[0][2] == speaker


@pytest.mark.parametrize(
    "text", ["‘Ugly’: the week in review\n\nIt rained.", "‘Big Brother’: The Final Season Reviewed\n\nIt rained."]
)
def test_a_headline_naming_no_source_gives_its_quote_none(text):
    assert [(k, s) for k, _, s in said(text)] == [("mention", None)]


def test_a_clause_before_a_colon_in_the_body_is_no_headline_label():
    text = "Lee spoke first.\n\nThe hall was full.\n\nShe went on: ‘We will not move.’"
    got = said(text)
    assert got[0][0] == "direct"
    assert got[0][2] != "She went on"


def test_nested_quotes_both_ways():
    british = "‘He told me “never again”, and I believed him,’ said Mary Byrne."
    american = "“He told me ‘never again’, and I believed him,” said Mary Byrne."
    for text, s in ((british, "single"), (american, "double")):
        got = said(text)
        assert got[0][:2] == ("direct", text[1 : text.index(",’ said") + 1 if s == "single" else text.index(",” said") + 1])
        assert got[0][2] == "Mary Byrne"
        assert style(text) == s


def test_quote_style_column_double_single_mixed_and_none():
    texts = [
        "“We will win,” Ann Lee said.",
        "‘We will win,’ Ann Lee said.",
        "‘Rates must fall’: Lee\n\n“We will cut them,” Ann Lee said. “Soon,” Ben Ode said.",
        "The council met on Monday.",
    ]
    result = na.analyze(texts, progress=False)
    assert result.articles["quote_style"].tolist()[:3] == ["double", "single", "mixed"]
    assert pd.isna(result.articles["quote_style"].iloc[3])
    assert str(result.articles["quote_style"].dtype) == "string"


def test_single_quotes_rule_off_reads_no_single_marks():
    text = "‘We will win,’ Ann Lee said."
    rules = [r for r in RULES if r != "single_quotes"]
    assert [k for k, _, _ in said(text, rules=rules) if k == "direct"] == []
    assert [k for k, _, _ in said(text) if k == "direct"] == ["direct"]


def test_read_output_of_a_folder_written_before_quote_style(tmp_path):
    result = na.analyze("‘We will win,’ Ann Lee said.", progress=False)
    folder = tmp_path / "old"
    result.to_csv(folder)
    path = folder / "articles.csv"
    pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["quote_style"]).to_csv(path, index=False)
    back = na.read_output(folder)
    assert "quote_style" in back.articles.columns
    assert back.articles["quote_style"].isna().all()


def test_a_text_reads_the_same_in_single_marks_as_in_double():
    double = (
        "“We have asked for talks three times,” said Tom Hughes, the players’ union chair. He called the offer "
        "“an insult to the ’90s generation” and added: “It is the Smiths’ club, not ours.”\n\n"
        "“I grew up on rock ’n’ roll,” Ruth Clarke said. “Ma’am, it’s five o’clock,” a steward told her."
    )
    single = double.translate(str.maketrans({"“": "‘", "”": "’"}))  # the apostrophes stay as they are
    a, b = na.quotes(double), na.quotes(single)
    cols = ["start", "end", "kind", "speaker", "person", "statement"]
    assert len(a) >= 5
    pd.testing.assert_frame_equal(a[cols], b[cols])


def test_the_report_methods_say_which_quotation_styles_the_run_held(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    texts = ["‘We will win,’ Ann Lee said.", "‘No,’ Ben Ode said.", "“Yes,” Cy Dunn said.", "Rain fell."]
    page = na.write_report(na.analyze(texts, progress=False), tmp_path / "rep", formats="png", dpi=30)
    methods = page.read_text(encoding="utf-8").split('id="methods"', 1)[1]
    line = methods[methods.index("Quotation styles in this run") :].split("</p>", 1)[0]
    assert "1 article in double marks" in line
    assert "2 articles in single marks" in line
    assert "1 article with nothing in quotation marks" in line
    assert "mixed" not in line and "in both" not in line


def test_an_article_quoting_in_both_styles_keeps_the_quotes_of_both():
    # Indian papers often quote in both at top level: partials in single marks, full quotes in double ones
    text = (
        "Farmers called the new policy ‘anti-farmer’ on Monday.\n\n"
        "“We will protest until the laws go,” said Rakesh Tikait. “This is our land,” he added.\n\n"
        "Agriculture minister Narendra Tomar said the laws were ‘in the interest of farmers’. "
        "‘We are open to talks,’ Mr Tomar said."
    )
    got = said(text)
    direct = [(t, s) for k, t, s in got if k == "direct"]
    assert ("We will protest until the laws go,", "Rakesh Tikait") in direct
    assert ("This is our land,", "Rakesh Tikait") in direct
    assert ("We are open to talks,", "Narendra Tomar") in direct
    assert ("partial", "anti-farmer", "Farmers") in got
    assert style(text) == "mixed"


def test_an_inner_quote_left_open_ends_with_the_outer_one_at_the_paragraph_end():
    text = "Limbaugh said: ‘The left is saying, ‘Yeah, normally that’s true, but he lies so much.’\n\nHe paused."
    direct = [(t, s) for k, t, s in said(text) if k == "direct"]
    assert direct == [("The left is saying, ‘Yeah, normally that’s true, but he lies so much.", "Limbaugh")]
    # a quotation going on into the next paragraph (opened with the same mark) is not closed by it
    going_on = "Limbaugh said: ‘They told me ‘no.’\n\n‘So I left.’\n\nHe paused."
    assert [t for k, t, _ in said(going_on) if k == "direct"] == ["They told me ‘no.’\n\n‘So I left."]


def test_a_stray_opening_mark_is_not_closed_by_a_later_quote():
    # a mark opening nothing (never closed) mid-sentence, then a quote ending the paragraph
    text = "Ann Lee’s ‘fury at the council was plain. She said, ‘We are angry.’"
    assert [t for k, t, _ in said(text) if k == "direct"] == ["We are angry."]


# ------------------------------------------------------------------ headlines that repeat the body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the body gives the quote in full: the headline's is an excerpt, with its source
        ("Ann Kelly: ‘We Will Not Move’\n\nThe council met. “We will not move, whatever they do,” said Ann Kelly.",
         "Ann Kelly"),
        # no source in the headline: the body quote's
        ("A word from Ann Kelly: ‘We’re staying’\n\nThe council met. “We are staying put,” Ann Kelly said.",
         None),
        # a filler the headline dropped, a contraction spelled out
        ("Kelly: ‘We Are Going To Stay’\n\n“We’re really going to stay,” Ann Kelly said.", "Ann Kelly"),
    ],
)
def test_a_headline_quote_the_body_repeats_is_partial(text, speaker):
    got = said(text)
    assert got[0][0] == "partial"
    assert got[1][0] == "direct"
    assert got[0][2] == (speaker or got[1][2])


@pytest.mark.parametrize(
    "text",
    [
        "‘We will not move’: mayor defies council\n\n“We must all move on,” the mayor said.",
        INDIAN,  # 'Historic day for farmers' condenses '... a historic day for the nation’s farmers': no repeat
        "“We will not move,” Ann Kelly said.\n\nShe said it again: “We will not move.”",  # no headline form
    ],
)
def test_a_headline_quote_the_body_does_not_repeat_stays_direct(text):
    assert said(text)[0][0] == "direct"


def test_a_quote_in_single_marks_inside_an_interview_answer_is_part_of_the_answer():
    text = ("Biden on Trump.\n\n“It is a big mistake,” Biden said on Monday.\n\nQ: Is he conservative?\n\n"
            "A: No. Look at the populist appeal. ‘We gotta take on Wall Street.’ He is making a populist argument.\n\n"
            "Q: And Cruz?\n\nA: No.")
    assert [t for _, t, _ in said(text)] == ["It is a big mistake,"]


def test_a_section_title_in_capitals_and_single_marks_is_a_mention():
    text = ("Monday’s Morning Email.\n\n“We will win,” Lee said.\n\n"
            "‘EUROPEANS ASK IF VIOLENCE IS THE NEW NORMAL’ “In less than two weeks, Europe has seen three attacks.”")
    got = said(text)
    assert ("mention", "EUROPEANS ASK IF VIOLENCE IS THE NEW NORMAL", None) in got
    assert not any(k == "direct" and t.startswith("In less") for k, t, _ in got)


def test_a_headline_excerpt_that_takes_the_body_source_names_its_rule():
    q = na.quotes("A word from Ann Kelly: ‘We’re staying’\n\nThe council met. “We are staying put,” Ann Kelly said.")
    assert q[["kind", "speaker", "rule"]].values.tolist()[0] == ["partial", "Ann Kelly", "headline_excerpt"]


def test_a_quote_in_a_title_case_headline_the_body_repeats_is_partial_whatever_its_cue():
    text = "Clinton Calls Remarks ‘Deeply Troubling’\n\nShe spoke on Monday. “It is deeply troubling,” Ann Kelly said."
    assert [k for k, _, _ in said(text)] == ["partial", "direct"]
    assert [k for k, _, _ in said(text, rules=[r for r in RULES if r != "headline_excerpt"])] == ["direct", "direct"]
