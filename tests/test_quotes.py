"""Quotes: hand-written texts -> expected rows of the quotes table."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsanalysis as na
from newsanalysis.attribution import RULES
from newsanalysis.quotations import find_quotes
from newsanalysis.segment import sentence_spans


def rows(text: str, kinds=("direct", "partial", "indirect", "mention")) -> list[tuple]:
    q = na.quotes(text)
    q = q[q["kind"].isin(kinds)]
    return [
        (r.kind, r.text, r.speaker if r.speaker is not None and r.speaker == r.speaker else None, r.cue)
        for r in q.astype(object).where(q.notna(), None).itertuples()
    ]


MARKED = ("direct", "partial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight and curly marks
        ('Ann Lee said: "We will win."', [("direct", "We will win.", "Ann Lee", "said")]),
        ("“We will win,” Ann Lee said.", [("direct", "We will win,", "Ann Lee", "said")]),
        # a quote of several sentences is one row
        (
            "“We will win. We will win big. Believe me,” Ann Lee said.",
            [("direct", "We will win. We will win big. Believe me,", "Ann Lee", "said")],
        ),
        # the attribution in the next sentence
        ("“Let the process begin!” Trump wrote.", [("direct", "Let the process begin!", "Trump", "wrote")]),
        # inversion
        ("“We will win,” said Clinton.", [("direct", "We will win,", "Clinton", "said")]),
        # a colon before the quote, with a title and initials
        (
            "Sen. Ted Cruz, R-Texas, told reporters: “We will fight.”",
            [("direct", "We will fight.", "Ted Cruz", "told")],
        ),
        ("“We will fight,” said Sen. Ted Cruz, R-Texas.", [("direct", "We will fight,", "Ted Cruz", "said")]),
        # nested single quotes stay inside
        (
            "“He told me, ‘Don’t go,’ and I stayed,” Ann Lee said.",
            [("direct", "He told me, ‘Don’t go,’ and I stayed,", "Ann Lee", "said")],
        ),
        # a fragment of a reported sentence
        (
            "Ann Lee called the plan “a disaster” on Monday.",
            [("partial", "a disaster", "Ann Lee", "called")],
        ),
        # scare quotes, titles and nicknames are mentions
        ("The so-called “experts” were wrong.", [("mention", "experts", None, None)]),
        ("She read “The Art of the Deal” on the plane.", [("mention", "The Art of the Deal", None, None)]),
        ('The senator, known as "Little Marco," left.', [("mention", "Little Marco,", None, None)]),
        # texts that must yield nothing
        ("The weather was fine on Monday.", []),
        ("The game was called off after the rain.", []),
        ("", []),
    ],
)
def test_quote_rows(text, expected):
    assert rows(text, ("direct", "partial", "mention")) == expected


def test_split_quote_is_two_direct_rows_of_one_speaker():
    text = "Ann Lee spoke at the rally. “We will win,” she said, “and we will win big.”"
    assert rows(text, MARKED) == [
        ("direct", "We will win,", "Ann Lee", "said"),
        ("direct", "and we will win big.", "Ann Lee", "said"),
    ]


def test_split_quote_around_a_long_apposition():
    text = "“The risk,” said Ed Leamer, an economist at the university, “is that we lose.”"
    got = rows(text, MARKED)
    assert [r[1] for r in got] == ["The risk,", "is that we lose."]
    assert {r[2] for r in got} == {"Ed Leamer"}


def test_paragraph_continued_quote_is_one_row():
    text = "Ann Lee spoke on Monday.\n\n“The first part of the quote.\n\n“The second part,” she said."
    got = rows(text, MARKED)
    assert got == [("direct", "The first part of the quote.\n\n“The second part,", "Ann Lee", "said")]


def test_attribution_only_in_the_previous_paragraph():
    text = "“We will win,” Ann Lee said.\n\n“And we will win big.”"
    got = rows(text, MARKED)
    assert [(r[1], r[2]) for r in got] == [("We will win,", "Ann Lee"), ("And we will win big.", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We will win.” ― Ann Lee\n\n“We lost.” ― Bob Smith", ["Ann Lee", "Bob Smith"], ["―", "―"]),
        ("It was “too little,” Ann Lee added on Twitter. “Europe risks a lot.”", ["Ann Lee"], ["added"]),
        ("“Why is this not clear?” Ann Lee demanded.", ["Ann Lee"], ["demanded"]),
    ],
)
def test_more_attribution_shapes(text, speaker, cue):
    q = na.quotes(text)
    d = q[q["kind"] == "direct"]
    assert d["speaker"].tolist() == speaker and d["cue"].tolist() == cue


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Cruz has long said that he was born a citizen.", "Cruz"),
        ("Mitch McConnell, who in 2010 said the goal was one term, left.", "who"),
    ],
)
def test_source_across_adverbs(text, mention):
    q = na.quotes(text)
    assert q[q["kind"] == "indirect"]["speaker_mention"].tolist() == [mention]


def test_colon_in_the_previous_paragraph():
    text = "Ann Lee continued:\n\n“The plan is sound.”"
    assert rows(text, MARKED) == [("direct", "The plan is sound.", "Ann Lee", "continued")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the plan was “bold.\n\nThe crowd cheered and left.",
        "It was over” and done.\n\n“Then it began.",
        '"""\n\n"',
        "“”“”",
        "He said “ and then ” nothing “",
    ],
)
def test_stray_marks_never_raise_nor_cross_paragraphs(text):
    q = na.quotes(text)
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    for s, e in zip(q["start"], q["end"]):
        assert 0 <= s <= e <= len(text)
        assert not any(s <= b < e for b in breaks)


def test_offsets_exclude_the_marks_and_point_into_the_text():
    text = "Intro.\n\n“Yes,” Ann Lee said."
    q = na.quotes(text)
    s, e = int(q.loc[0, "start"]), int(q.loc[0, "end"])
    assert text[s - 1] == "“" and text[e] == "”" and text[s:e] == "Yes,"
    ss, se = int(q.loc[0, "speaker_start"]), int(q.loc[0, "speaker_end"])
    assert text[ss:se] == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "content", "mention", "cue"),
    [
        ("Ann Lee said that taxes will fall.", "taxes will fall", "Ann Lee", "said"),
        ("Ann Lee argued taxes will fall.", "taxes will fall", "Ann Lee", "argued"),
        ("Taxes will fall, Ann Lee insisted.", "Taxes will fall", "Ann Lee", "insisted"),
        ("According to Ann Lee, taxes will fall.", "taxes will fall", "Ann Lee", "according to"),
        ("Taxes will fall, according to Ann Lee.", "Taxes will fall", "Ann Lee", "according to"),
        ("It is clear: according to Ann Lee, taxes will fall.", "taxes will fall", "Ann Lee", "according to"),
        ("Ann Lee told reporters that taxes will fall.", "taxes will fall", "Ann Lee", "told"),
        ("Ann Lee tweeted that taxes will fall.", "taxes will fall", "Ann Lee", "tweeted"),
        ("Ann Lee acknowledged that taxes will fall.", "taxes will fall", "Ann Lee", "acknowledged"),
        ("Taxes will fall, The Post has learned.", "Taxes will fall", "The Post", "learned"),
        ("The truth, the mayor said then, was that taxes fell.", "The truth, the mayor said then, was that taxes fell",
         "the mayor", "said"),
        ("Taxes will fall, a campaign spokesman said.", "Taxes will fall", "a campaign spokesman", "said"),
        ("Trump noted that the US remains in contact with Europe.", "the US remains in contact with Europe",
         "Trump", "noted"),
        # the reported clause ends where the reporter's own clause or another attribution begins
        ("Ann Lee said taxes will fall, and she left the hall early.", "taxes will fall", "Ann Lee", "said"),
        ("Ann Lee said taxes will fall — but the mayor was not there.", "taxes will fall", "Ann Lee", "said"),
        ("Ann Lee said taxes will fall and asked for calm.", "taxes will fall", "Ann Lee", "said"),
        ("Ann Lee said it was too early and, “We will see.”", "it was too early", "Ann Lee", "said"),
        # a quoted fragment ending in a period ends the sentence (no period token follows it)
        ("Ann Lee said the plan “was a mistake.” Then she left.", "the plan “was a mistake.”", "Ann Lee", "said"),
        ("The mayor left. She was “angry.” Taxes will fall, a source said.", "Taxes will fall", "a source", "said"),
        ("Most voters said taxes were too high, compared with 20 percent a year ago.", "taxes were too high",
         "Most voters", "said"),
        ("Ann Lee said that taxes will fall, her spokesman added on Monday.", "taxes will fall", "Ann Lee",
         "said"),
        # after "told" and the one told, a clause needs a subject ("told the court in a filing" is none)
        ("Taxes will fall, Ann Lee told the council in a letter.", "Taxes will fall", "Ann Lee", "told"),
        ("Ann Lee told the council she will cut taxes.", "she will cut taxes", "Ann Lee", "told"),
        # a belief verb takes a clause without "that" when the clause opens with a subject
        ("New polls show Ann Lee leads the race.", "Ann Lee leads the race", "New polls", "show"),
        ("Ann Lee leads the race, a new poll shows.", "Ann Lee leads the race", "a new poll", "shows"),
        ("Most voters think she will win.", "she will win", "Most voters", "think"),
        # a relative clause whose gap is the reported content
        ("It was a tax plan that Ann Lee said would fail.", "that Ann Lee said would fail", "Ann Lee", "said"),
        ("Turnout rose, which critics say could help Ann Lee.", "which critics say could help Ann Lee", "critics",
         "say"),
        # sources the noun-phrase scan missed: percentages, bare quantifiers, "close to"/"familiar with"
        ("In the poll, 42% say taxes are too high.", "taxes are too high", "42%", "say"),
        ("Some say the tax plan will fail.", "the tax plan will fail", "Some", "say"),
        ("Taxes will fall, a source close to him said.", "Taxes will fall", "a source close to him", "said"),
        ("Taxes will fall, people familiar with the plan said.", "Taxes will fall",
         "people familiar with the plan", "said"),
        # a subject pronoun opens the clause after any cue, past time words or a place phrase
        ("Ann Lee announced Sunday she will resign.", "she will resign", "Ann Lee", "announced"),
        ("The city announced a new tax on parking lots.", "a new tax on parking lots", "The city", "announced"),
        ("Ann Lee said in a statement on Monday they had pulled the ad.", "they had pulled the ad", "Ann Lee",
         "said"),
        # a demand: what is urged or called for
        ("Ann Lee urged voters to stay calm.", "voters to stay calm", "Ann Lee", "urged"),
        ("Ann Lee called for a new vote on the tax plan.", "a new vote on the tax plan", "Ann Lee", "called for"),
        ("Ann Lee called on Congress to act.", "Congress to act", "Ann Lee", "called on"),
        ("Ann Lee accused the mayor of hiding the report.", "the mayor of hiding the report", "Ann Lee", "accused"),
        # told or asked to do something, asked a question
        ("Ann Lee told her aides to leave the room.", "her aides to leave the room", "Ann Lee", "told"),
        ("Ann Lee asked voters if they would come back.", "if they would come back", "Ann Lee", "asked"),
        # naming someone: the one named and the quoted or "as" description
        ("Ann Lee called the mayor “a disaster” on Monday.", "the mayor “a disaster”", "Ann Lee", "called"),
        ("Ann Lee described the tax plan as a gift to the rich.", "the tax plan as a gift to the rich", "Ann Lee",
         "described"),
        ("Ann Lee described a budget that cuts every school program.", "a budget that cuts every school program",
         "Ann Lee", "described"),
        ("Ann Lee called him a danger to the city.", "him a danger to the city", "Ann Lee", "called"),
        # the clause before the attribution ends in a quoted fragment holding the comma
        ("The tax plan is a “welcome step,” Ann Lee said.", "The tax plan is a “welcome step,”", "Ann Lee", "said"),
        ("Ann Lee railed against what she calls the “tax cartel” on Monday.", "what she calls the “tax cartel”",
         "she", "calls"),
        # more speech verbs take a reported clause
        ("In small towns, she said, “nobody knows the answer” on jobs.",
         "In small towns, she said, “nobody knows the answer” on jobs", "she", "said"),
        ("Ann Lee joked that she would run again.", "she would run again", "Ann Lee", "joked"),
        ("The Ledger reported the vote was delayed.", "the vote was delayed", "The Ledger", "reported"),
        ("Ann Kelly said taxes will fall.", "taxes will fall", "Ann Kelly", "said"),  # a name, not an adverb
        ("In an interview on Monday, Ann Lee toured the plant and said taxes will fall.", "taxes will fall",
         "Ann Lee", "said"),
        ("Ann Lee finished school but said she could not afford a house.", "she could not afford a house",
         "Ann Lee", "said"),
        ("Ann Lee told reporters this was the last chance.", "this was the last chance", "Ann Lee", "told"),
        # a party-and-state label with a period is not a sentence end, nor the source
        ("Sen. Ann Lee (D-Ill.) said taxes will fall.", "taxes will fall", "Sen. Ann Lee", "said"),
        ("Sen. Ann Lee, R-Fla., speaking on the radio, said taxes will fall.", "taxes will fall", "Sen. Ann Lee",
         "said"),
        ("Ann Lee said this week that taxes will fall.", "taxes will fall", "Ann Lee", "said"),
        # a commitment: what is promised, vowed, pledged or agreed to
        ("Ann Lee vowed to cut taxes next year.", "to cut taxes next year", "Ann Lee", "vowed"),
        ("Ann Lee agreed to debate the mayor.", "to debate the mayor", "Ann Lee", "agreed"),
        ("Ann Lee denied that she had misled voters.", "she had misled voters", "Ann Lee", "denied"),
    ],
)
def test_indirect_speech(text, content, mention, cue):
    q = na.quotes(text)
    ind = q[q["kind"] == "indirect"]
    assert len(ind) == 1
    r = ind.iloc[0]
    assert (r["text"], r["speaker_mention"], r["cue"]) == (content, mention, cue)
    assert text[int(r["speaker_start"]) : int(r["speaker_end"])] == mention


@pytest.mark.parametrize(
    "text",
    [
        "The weather was fine on Monday.",
        "Ann Lee said nothing.",  # no reported clause
        "The report found no errors in the data.",  # not speech without "that"
        "Most voters think about taxes.",  # a belief verb without a clause
        "The report that Ann Lee wrote was long.",  # a relative clause of a writer, not a report
        "Ann Lee posted at a rally where she spoke.",  # no clause after the place phrase
        "Ann Lee asked for help to fix the roof.",  # a request for something, no one addressed
        "Ann Lee called the mayor on Monday.",  # a call, no description
        "Ann Lee agreed to the terms.",  # agreed to a thing, not to do something
        "The mayor was accused of hiding the report.",  # an accusation with no source
        "In the state race, Ann Lee maintained her lead.",  # a cue with an object closes no report
        "On a mild day, Ann Lee had reason to smile.",  # "reason" the noun
        "Ann Lee walked home, and the rain stopped.",
        "Voters in his home state of Ohio agreed with the 16 states.",  # "state" is a noun
        "Ann Lee wrote a letter to the mayor.",  # "wrote" + noun is not speech
        "The senator promised a veto on Monday.",
    ],
)
def test_no_indirect_speech(text):
    q = na.quotes(text)
    assert (q["kind"] == "indirect").sum() == 0


def test_find_quotes_on_a_raw_string_gives_offsets_into_it():
    text = "Lead.\n\n“We will win,” Ann Lee said."
    (q,) = [q for q in find_quotes(text, sentence_spans(text)) if q.kind == "direct"]
    assert text[q.start : q.end] == "We will win,"
    assert text[q.speaker_start : q.speaker_end] == q.speaker_mention == "Ann Lee"
    assert q.speaker is None  # set later by speakers.attribute


def test_double_apostrophe_marks():
    text = "''We will win,'' Ann Lee said."
    assert rows(text, MARKED) == [("direct", "We will win,", "Ann Lee", "said")]


def test_marks_found_with_and_without_double_apostrophes():
    """A text without ``''`` is scanned for its marks with a plain character set, one with ``''`` with
    the full pattern: the same quotes come out of both, and ``''`` pairs in the second."""
    plain = 'Ann Lee said: "We will win." “Believe me,” Ann Lee added. Bob said it was “a hoax.”'
    with_apos = plain + "\n\n''We lost,'' Bob Ray said."
    expected = [
        ("direct", "We will win.", "Ann Lee", "said"),
        ("direct", "Believe me,", "Ann Lee", "added"),
        ("partial", "a hoax.", "Bob", "said"),
    ]
    assert rows(plain, MARKED) == expected
    assert rows(with_apos, MARKED) == [*expected, ("direct", "We lost,", "Bob Ray", "said")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aZxU.,:;3 _-’'&é9\n(“”") + ["U.S.", "1.5", "J. "]), max_size=40).map("".join))
def test_token_pattern_tokenises_as_the_plain_pattern(text):
    """The token pattern is written for speed; it gives the tokens of the plain one it documents."""
    import re

    from newsanalysis.attribution.tokens import TOKEN

    plain = re.compile(r"\d+(?:[.,:]\d+)+|(?:[A-Za-z]\.){2,}|[^\W_][\w’'&\-]*|[^\w\s]")
    assert TOKEN.findall(text) == plain.findall(text)


_ALPHABET = st.sampled_from(list("ab Ann Lee said told, .:;!?\n“”‘’\"'—()") + ["said", " he ", "Trump", "''"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_gives_valid_offsets(text):
    q = na.quotes(text)
    for s, e in zip(q["start"], q["end"]):
        assert 0 <= s <= e <= len(text)
    spk = q.dropna(subset=["speaker_start"])
    assert ((spk["speaker_start"] >= 0) & (spk["speaker_end"] <= len(text))).all()
    assert set(q["kind"]) <= {"direct", "partial", "indirect", "mention"}


def test_place_after_told_is_not_a_reported_clause():
    q = na.quotes("“I will vote no,” Rep. Al Kent told reporters outside the Capitol. “Twice.”")
    assert "indirect" not in set(q["kind"])
    assert list(q["speaker"]) == ["Al Kent", "Al Kent"]


def test_inverted_shouted_takes_its_source():
    q = na.quotes("Fans waited for hours. “Open the doors!” shouted one woman, who gave no name.")
    assert list(q["kind"]) == ["direct"]
    assert q.iloc[0]["speaker_mention"] == "one woman"


def test_a_cue_taking_its_own_clause_after_a_quote_opens_a_new_statement():
    text = (
        "“It is sad,” Cruz told reporters outside a diner. “This is the culture of the campaign.” "
        "Gov. Ann Bell said she would have acted sooner."
    )
    q = na.quotes(text).set_index("text")
    assert q.loc["This is the culture of the campaign.", "speaker"] == "Cruz"
    assert q.loc["she would have acted sooner", "kind"] == "indirect"
    assert q.loc["she would have acted sooner", "speaker"] == "Ann Bell"


def test_said_of_is_not_a_reported_clause():
    text = "“That was like an hour,” Ann Lee said of her talk with the mayor."
    q = na.quotes(text)
    assert list(q["kind"]) == ["direct"]
    assert q.iloc[0]["speaker_mention"] == "Ann Lee"


def test_a_report_never_crosses_a_paragraph_of_a_long_quote():
    text = "The plan is “the first part,\n\n“and the second,” she said."
    q = na.quotes(text)
    assert "indirect" not in set(q["kind"])
    assert list(q["kind"]) == ["partial"]


def test_a_fragment_ending_its_sentence_does_not_take_the_next_sentences_cue():
    text = "The law protects “privacy and equality.” Ann Lee says she has not read it."
    q = na.quotes(text).set_index("text")
    assert q.loc["privacy and equality.", "kind"] == "mention"
    assert q.loc["she has not read it", "kind"] == "indirect"


def test_said_a_but_added_that_b_are_two_reports():
    q = na.quotes("Ann Lee said taxes will fall but added that it will take time.")
    ind = q[q["kind"] == "indirect"]
    assert list(zip(ind["text"], ind["cue"], ind["speaker_mention"])) == [
        ("taxes will fall", "said", "Ann Lee"),
        ("it will take time", "added", "Ann Lee"),
    ]


@pytest.mark.parametrize("lead", ["Then", "Later,", "And", "But then"])
def test_a_sentence_adverb_before_a_whole_quote_keeps_it_direct(lead):
    text = f"The room fell silent. {lead} “No,” Lee said."
    q = na.quotes(text)
    assert q[["text", "kind", "speaker"]].values.tolist() == [["No,", "direct", "Lee"]]


def test_other_words_before_a_quote_still_make_it_a_fragment():
    q = na.quotes("He called the plan “Hopeless,” Lee said.")
    assert "direct" not in set(q["kind"])


# --------------------------------------------------------------------------
# rules: each named rule decides an example of its own; switched off, the example reads otherwise

RULE_EXAMPLES = [
    ('elision', "'We had jobs in the '90s,' Lee said.", [('direct', "We had jobs in the '90s,", 'Lee')]),
    ('maybe_apostrophe', '‘It is the Smiths’,’ Lee said.', [('direct', 'It is the Smiths’,', 'Lee')]),
    ('closer_opens', '”Nothing is settled,” Ann Lee said.', [('direct', 'Nothing is settled,', 'Ann Lee')]),
    ('transcript_turn', 'The exchange:\n\n"LEE: We won.\n\n"KIM: We lost."', [('direct', 'We won.', 'LEE'), ('direct', 'We lost.', 'KIM')]),
    ('single_quotes', '‘We will win,’ Ann Lee said.', [('direct', 'We will win,', 'Ann Lee')]),
    ('interview_answer', '“We won,” Lee said.\n\nQ: Is he right?\n\nA: No. Look at his appeal. ‘We will win it all.’ That is his pitch.\n\nQ: Why?\n\nA: Pride.', [('direct', 'We won,', 'Lee')]),
    ('subhead', '“We won,” Lee said.\n\n\'A change warrior.\'', [('direct', 'We won,', 'Lee'), ('mention', 'A change warrior.', None)]),
    ('according_source', 'According to the mayor, prices will rise next year.', [('indirect', 'prices will rise next year', 'the mayor')]),
    ('passive_by', '“It is over,” he was told by Lee.', [('partial', 'It is over,', 'Lee')]),
    ('participle_source', 'Lee praised the deal, adding that taxes will fall.', [('indirect', 'the deal', 'Lee'), ('indirect', 'taxes will fall', 'Lee')]),
    ('source_before', 'Lee said on Monday that taxes will fall.', [('indirect', 'taxes will fall', 'Lee')]),
    ('inverted_source', '“We won the vote,” said Lee.', [('direct', 'We won the vote,', 'Lee')]),
    ('subject_link', 'Graham criticized the plan and said it would fail.', [('indirect', 'the plan', 'Graham'), ('indirect', 'it would fail', 'Graham')]),
    ('epigraph_dash', '“Everything is a remix.” ― Jane Doe', [('direct', 'Everything is a remix.', 'Jane Doe')]),
    ('cue_after', '“We will win,” Ann Lee said.', [('direct', 'We will win,', 'Ann Lee')]),
    ('name_then_cue', '“We will win,” Scott Pruitt, the top lawyer of Oklahoma said.', [('direct', 'We will win,', 'Scott Pruitt')]),
    ('apposition_then_cue', '“Rates will rise,” Ed Leamer, an economist at the University of California and a former adviser to two governors of the state, said.', [('direct', 'Rates will rise,', 'Ed Leamer')]),
    ('long_source', '“We will win,” the former governor of the state and longtime party chairman of the county said.', [('direct', 'We will win,', 'the former governor of the state and longtime party chairman of the county')]),
    ('verb_after', '“You have no plan,” Kim fumed on Tuesday.', [('direct', 'You have no plan,', 'Kim')]),
    ('new_statement', '“We will win,” Lee told reporters. “It is over.” Ohio Gov. John Kasich said he would run.', [('direct', 'We will win,', 'Lee'), ('direct', 'It is over.', 'Lee'), ('indirect', 'he would run', 'Ohio Gov. John Kasich')]),
    ('headline_colon', '‘We will not move’: mayor defies council', [('direct', 'We will not move', 'mayor')]),
    ('cue_before', 'Ann Lee told reporters, “we will win.”', [('direct', 'we will win.', 'Ann Lee')]),
    ('put_it', 'As the mayor put it, “the bridge is safe.”', [('direct', 'the bridge is safe.', 'the mayor')]),
    ('participle_lead', 'After the vote, telling reporters, “We will win.”', [('direct', 'We will win.', None)]),
    ('cue_word_before', 'Ann Lee said “We will win.”', [('direct', 'We will win.', 'Ann Lee')]),
    ('lead_adverb', 'Then “No,” Lee said.', [('direct', 'No,', 'Lee')]),
    ('mention_word', 'Lee said the so-called “experts” were wrong.', [('indirect', 'the so-called “experts” were wrong', 'Lee'), ('mention', 'experts', None)]),
    ('split_quote', '“The risk,” said Ed Leamer, an economist at UCLA, “is that rates rise.”', [('direct', 'The risk,', 'Ed Leamer'), ('direct', 'is that rates rise.', 'Ed Leamer')]),
    ('fragment_cue', 'Lee called the plan a “total disaster” on Monday.', [('indirect', 'the plan a “total disaster”', 'Lee'), ('partial', 'total disaster', 'Lee')]),
    ('speaker_continues', '“We won,” Lee said. “a new day” was the slogan.', [('direct', 'We won,', 'Lee'), ('partial', 'a new day', 'Lee')]),
    ('title_case', 'Lee said he liked “The Art of the Deal” a lot.', [('indirect', 'he liked “The Art of the Deal” a lot', 'Lee'), ('mention', 'The Art of the Deal', None)]),
    ('neighbour_before', '“We won,” Lee said. It rained. It was cold. It was late. “We won big.”', [('direct', 'We won,', 'Lee'), ('direct', 'We won big.', 'Lee')]),
    ('neighbour_after', '“Yes.” “We won,” Lee said.', [('direct', 'Yes.', 'Lee'), ('direct', 'We won,', 'Lee')]),
    ('paragraph_cue', 'Lee spoke at noon, he added. “We won.”', [('indirect', 'Lee spoke at noon', 'he'), ('direct', 'We won.', 'he')]),
    ('colon_lead', 'Lee continued:\n\n“We won.”', [('direct', 'We won.', 'Lee')]),
    ('previous_paragraph', '“We won,” Lee said.\n\n“And we will win again.”', [('direct', 'We won,', 'Lee'), ('direct', 'And we will win again.', 'Lee')]),
    ('headline_excerpt', 'Lee: ‘We will not move’\n\n“We will not move,” Ann Lee said.', [('partial', 'We will not move', 'Lee'), ('direct', 'We will not move,', 'Ann Lee')]),
    ('stop_at_next_report', 'Most voters said they were worried about jobs and a third of them said Trump would be best.', [('indirect', 'they were worried about jobs', 'Most voters'), ('indirect', 'Trump would be best', 'a third of them')]),
    ('quote_is_the_report', '“We have come a long way,” he told cheering supporters in Nashua on Monday.', [('direct', 'We have come a long way,', 'he')]),
    ('demand', 'Lee urged Congress to act on the bill.', [('indirect', 'Congress to act on the bill', 'Lee')]),
    ('naming_what', 'Lee attacked what he calls the “Washington cartel” again.', [('indirect', 'what he calls the “Washington cartel”', 'he'), ('partial', 'Washington cartel', 'he')]),
    ('naming', 'Lee described the plan as a gift to the rich.', [('indirect', 'the plan as a gift to the rich', 'Lee')]),
    ('intention', 'Lee declined to say whether she would run.', [('indirect', 'to say whether she would run', 'Lee')]),
    ('stance_object', 'Cruz criticized the deal for its cost.', [('indirect', 'the deal for its cost', 'Cruz')]),
    ('according_to', 'According to the report, prices will rise next year.', [('indirect', 'prices will rise next year', 'the report')]),
    ('relative_clause', 'The money went to a charity which prosecutors say was a front.', [('indirect', 'which prosecutors say was a front', 'prosecutors')]),
    ('that_clause', 'Lee said on Monday that taxes will fall.', [('indirect', 'taxes will fall', 'Lee')]),
    ('wh_clause', 'Lee asked whether taxes would fall.', [('indirect', 'whether taxes would fall', 'Lee')]),
    ('commitment', 'Lee vowed to fight the ruling in court.', [('indirect', 'to fight the ruling in court', 'Lee')]),
    ('addressed', 'Lee told Jeb Bush to quiet down.', [('indirect', 'Jeb Bush to quiet down', 'Lee')]),
    ('announcement', 'Lee announced a new tariff on steel.', [('indirect', 'a new tariff on steel', 'Lee')]),
    ('bare_belief', 'Polls show Clinton leads in Ohio.', [('indirect', 'Clinton leads in Ohio', 'Polls')]),
    ('condition_first', 'Cruz said if elected he would cut taxes.', [('indirect', 'if elected he would cut taxes', 'Cruz')]),
    ('bare_clause', 'Lee said taxes will fall.', [('indirect', 'taxes will fall', 'Lee')]),
    ('subject_pronoun', 'Lee announced Sunday she will resign.', [('indirect', 'she will resign', 'Lee')]),
    ('as_x_said', 'As Lee said, the vote is close.', [('indirect', 'the vote is close', 'Lee')]),
    ('parenthetical', 'The truth, the senator said, was that nobody knew.', [('indirect', 'The truth, the senator said, was that nobody knew', 'the senator')]),
    ('closing_attribution', 'Taxes will fall next year, a source said.', [('indirect', 'Taxes will fall next year', 'a source')]),
]


def _found(text: str, rules=None) -> list[tuple]:
    return [(q.kind, text[q.start : q.end], q.speaker_mention) for q in find_quotes(text, sentence_spans(text), rules)]


def test_every_rule_has_an_example():
    # the speakers stage's rule (open_source) works on the resolved text: its example is in test_rule_trace
    assert [name for name, _, _ in RULE_EXAMPLES] == [n for n, r in RULES.items() if r.stage != "speakers"]


@pytest.mark.parametrize(("name", "text", "expected"), RULE_EXAMPLES)
def test_a_rule_decides_its_example(name, text, expected):
    assert _found(text) == expected
    assert _found(text, [r for r in RULES if r != name]) != expected


@pytest.mark.parametrize(
    "text",
    [
        "Lee said that taxes will fall.",
        "According to the report, prices will rise next year.",
        "Taxes will fall next year, a source said.",
        "It rained on Monday.",
    ],
)
def test_with_no_rules_no_reported_speech(text):
    assert na.quotes(text, rules=[]).empty


def test_default_is_every_rule():
    text = "“We won,” Lee said. Kim said that taxes will fall, and the so-called “experts” agreed."
    pd_testing = pytest.importorskip("pandas.testing")
    pd_testing.assert_frame_equal(na.quotes(text), na.quotes(text, rules=list(RULES)))


def test_direct_rules_only():
    text = "“We won,” Lee said. Kim said that taxes will fall."
    direct_only = [r for r, rule in RULES.items() if rule.stage in ("sources", "direct")]
    assert na.quotes(text, rules=direct_only)["kind"].tolist() == ["direct"]


def test_an_unknown_rule_is_an_error():
    with pytest.raises(ValueError, match="sayz"):
        na.quotes("Lee said so.", rules=["sayz"])


def test_rule_docstrings_give_a_pattern():
    for rule in RULES.values():
        assert rule.summary, rule.name


@pytest.mark.parametrize(
    "text",
    [
        "The criticized plan was dropped.",
        "He refused.",
        "Lee declined the offer.",
        "Their plans fell apart.",
        "Cruz criticized.",
        "The refusal to act was criticized by nobody in particular.",
    ],
)
def test_stances_and_refusals_without_an_object_or_infinitive_are_nothing(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee endorsed Tom Hale last week.", ("Tom Hale", "Ann Lee")),
        ("The union praised the mayor's housing plan at a rally in Leeds.", ("the mayor's housing plan", "The union")),
        ("Lee defended his call to raise the wage when asked about costs.", ("his call to raise the wage", "Lee")),
        ("The council welcomed the ruling on Monday.", ("the ruling", "The council")),
        ("Lee denounced the attack and the people behind it during a speech.",
         ("the attack and the people behind it", "Lee")),
        ("Hale endorsed Lee in March, a month before the vote.", ("Lee in March", "Hale")),
    ],
)
def test_a_stance_reports_its_object_phrase_not_the_rest_of_the_clause(text, expected):
    assert ("indirect", *expected) in _found(text)


def test_a_stance_object_stops_before_a_participle_clause():
    assert _found("Kim opposed the merger, saying it would cost jobs.") == [
        ("indirect", "the merger", "Kim"), ("indirect", "it would cost jobs", "Kim")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polls there show Hale is trailing Lee.", ("Hale is trailing Lee", "Polls")),
        ("Ann Lee is continuing to insist that she will release the papers.",
         ("she will release the papers", "Ann Lee")),
        ("Lee went on to say that the plan failed.", ("the plan failed", "Lee")),
        ("Her advisers began to argue that the deal was worth the risk.",
         ("the deal was worth the risk", "Her advisers")),
    ],
)
def test_the_source_is_found_past_an_adverb_or_a_verb_of_aspect(text, expected):
    assert _found(text) == [("indirect", *expected)]


@pytest.mark.parametrize("text", ["He wanted to say that the plan failed.", "The right to report is vital."])
def test_other_infinitive_cues_are_still_no_reports(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Lee spoke for an hour, noting that the plan had failed.", "Lee"),
        ("The mayor spoke for an hour, noting that the plan had failed.", "The mayor"),
        ("The embattled mayor walked out, saying the vote was rigged.", "The embattled mayor"),
        ("Secretary of State Ann Kerry spoke for an hour, adding that the plan had failed.",
         "Secretary of State Ann Kerry"),
        ("Ryan's campaign shrugged it off, telling reporters the plan was fine.", "Ryan's campaign"),
    ],
)
def test_a_participle_cue_takes_the_subject_not_the_whole_clause(text, mention):
    assert [r[2] for r in _found(text)] == [mention]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics portray the plan as a giveaway to landlords.", ("the plan as a giveaway to landlords", "Critics")),
        ("Lee views the deal as a mistake.", ("the deal as a mistake", "Lee")),
        ("Voters regard him as honest.", ("him as honest", "Voters")),
    ],
)
def test_a_view_of_someone_as_something_is_a_naming(text, expected):
    assert _found(text) == [("indirect", *expected)]


@pytest.mark.parametrize("text", ["The view from the hill was fine.", "He painted the fence."])
def test_naming_verbs_without_as_are_no_reports(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Jobs left. But that is not good enough, said Howard Rubel, a senior analyst at Jefferies.",
         "But that is not good enough", "Howard Rubel"),
        ("Prices will rise, said Ann Lee, who runs the corner shop.", "Prices will rise", "Ann Lee"),
        ("They ''actually had chemistry,'' said Ben Rhodes, the president's deputy adviser.",
         "They ''actually had chemistry,''", "Ben Rhodes"),
        ("The truth, said the senator, was that nobody knew.", "The truth, said the senator, was that nobody knew",
         "the senator"),
    ],
)
def test_an_apposition_after_an_inverted_source_is_not_part_of_the_report(text, content, speaker):
    s = na.statements(na.quotes(text))
    assert s["text"].tolist() == [content]
    assert s["speaker_mention"].tolist() == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Buddy Valastro, star of the TLC reality show “Cake Boss,” spoke first.",
        "She hosts the radio show “Night Owls” on Fridays.",
    ],
)
def test_a_programme_called_show_is_no_finding(text):
    assert [r for r in _found(text) if r[0] != "mention"] == []


def test_a_stance_in_a_relative_clause_describes_the_source_and_is_no_report():
    text = "Lindsey Graham, who has endorsed Cruz, said the race was close."
    assert _found(text) == [("indirect", "the race was close", "Lindsey Graham")]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("China may invoke an air zone, said an American official who was briefed on the talks.",
         "China may invoke an air zone", "an American official"),
        ("The race is close, said a handful of Democrats who point to his record.", "The race is close",
         "a handful of Democrats"),
    ],
)
def test_an_inverted_source_may_carry_a_relative_clause(text, content, mention):
    assert _found(text) == [("indirect", content, mention)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton said she was not going to jump to that conclusion.",
         ("she was not going to jump to that conclusion", "Clinton")),
        ("Lee said that, in her view, taxes will fall.", ("in her view, taxes will fall", "Lee")),
        ("Ann Kim said in an interview with The Harbor Times last week that she would run.",
         ("she would run", "Ann Kim")),
        ("Tom Hale said — on the radio, as it happens — that the bridge is safe.", ("the bridge is safe", "Tom Hale")),
        ("Sanders said if he were president, the program would grow.",
         ("if he were president, the program would grow", "Sanders")),
        ("Calabrese told the Island Post he’s already received hundreds of emails.",
         ("he’s already received hundreds of emails", "Calabrese")),
        ("Lee told the court she would appeal.", ("she would appeal", "Lee")),
        ("Whitman told The Star-Ledger of Newark last week she would vote for Kim.", ("she would vote for Kim", "Whitman")),
        ("Carter however said he would welcome the move.", ("he would welcome the move", "Carter")),
        ("Jason Sims — a teacher from Mount Pleasant — says he made up his mind.", ("he made up his mind", "Jason Sims")),
        ("The budget office said about half of the loss came from tax cuts.",
         ("about half of the loss came from tax cuts", "The budget office")),
        ("Officials said more than 40 people were hurt.", ("more than 40 people were hurt", "Officials")),
    ],
)
def test_common_shapes_of_reported_speech(text, expected):
    assert _found(text) == [("indirect", *expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters said they had not heard anything to pull them away from Ann Lee, who also held a rally.",
         [("indirect", "they had not heard anything to pull them away from Ann Lee", "Voters")]),
        ("The manager said the project was vetted by counsel, said he was unaware of any dispute.",
         [("indirect", "the project was vetted by counsel", "The manager"),
          ("indirect", "he was unaware of any dispute", "The manager")]),
        ("Most said they prefer an outsider, while about 4 in 10 want one with experience.",
         [("indirect", "they prefer an outsider", "Most")]),
        ("Lee said the plan, which passed last year, would cut taxes.",
         [("indirect", "the plan, which passed last year, would cut taxes", "Lee")]),
    ],
)
def test_a_report_ends_before_the_reporters_aside_or_another_report(text, expected):
    assert _found(text) == expected


def test_according_to_reports_a_clause_with_a_naming_or_stance_in_it():
    assert _found("Most voters view her unfavorably, according to a new poll.") == [
        ("indirect", "Most voters view her unfavorably", "a new poll")
    ]
    assert _found("According to the report, Lee said taxes will fall.") == [("indirect", "taxes will fall", "Lee")]


@pytest.mark.parametrize("text", ["Lee said when asked.", "Lee said that.", "Lee spoke about that."])
def test_no_report_after_a_bare_condition_or_a_demonstrative(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text", ["The endorsed candidate won.", "Supported by donors, the bill passed.", "The opposed parties met."]
)
def test_stance_participles_before_a_noun_are_no_reports(text):
    assert _found(text) == []


def test_a_stance_cue_after_a_quote_does_not_take_the_quote():
    text = "“Nothing here is ordinary.” The government, for instance, refused to give me credit, Lee said."
    assert [r for r in _found(text) if r[0] == "direct"] == [("direct", "Nothing here is ordinary.", None)]


# --------------------------------------------------------------------------
# cue_type: what a cue reports


CUE_TYPE_TEXT = (
    "Lee endorsed Tom Hale. Lee said taxes will fall. Polls show Kim leads. Lee urged Congress to act. "
    "Lee declined to say whether she would run. Lee called the plan a “total disaster.” “We won,” Kim said. "
    "The so-called “experts” agreed."
)


def test_cue_type_says_what_each_cue_reports():
    q = na.quotes(CUE_TYPE_TEXT)
    got = dict(zip(q["text"], q["cue_type"].astype(object)))
    assert got["Tom Hale"] == "stance"
    assert got["taxes will fall"] == "speech"
    assert got["Kim leads"] == "belief"
    assert got["Congress to act"] == "demand"
    assert got["to say whether she would run"] == "intention"
    assert got["the plan a “total disaster.”"] == "naming"
    assert got["total disaster."] == "speech"  # words in marks are speech, whatever their cue
    assert got["We won,"] == "speech"
    assert pd.isna(got["experts"])  # a mention reports nothing
    assert set(q["cue_type"].dropna()) <= set(na.schema.CUE_TYPES)


def test_a_quote_in_marks_with_no_cue_is_speech():
    q = na.quotes("Lee took the stage.\n\n“We won.”")
    assert q["kind"].tolist() == ["direct"] and q["cue_type"].tolist() == ["speech"]


def test_statements_keep_the_cue_type():
    s = na.statements(na.quotes(CUE_TYPE_TEXT))
    assert s.loc[s["text"].str.startswith("the plan"), "cue_type"].tolist() == ["naming"]
    assert "stance" in set(s["cue_type"])


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("“Act now,” Lee urged.", "Act now,", "speech"),
        ("“I will not run,” Lee vowed.", "I will not run,", "speech"),
        ("Lee agreed that the plan was flawed.", "the plan was flawed", "speech"),
        ("Lee vowed to fight the ruling.", "to fight the ruling", "intention"),
        ("Lee urged that the vote be held.", "the vote be held", "speech"),
        ("Lee called for a ban on the sale.", "a ban on the sale", "demand"),
    ],
)
def test_cue_type_of_a_row_depends_on_its_content(text, content, expected):
    q = na.quotes(text)
    assert dict(zip(q["text"], q["cue_type"]))[content] == expected


def test_a_two_word_cue_reads_as_its_phrase():
    from newsanalysis.attribution.lexicon import cue_type

    assert cue_type("called for") == "demand" and cue_type("called") == "naming"
    assert cue_type("has repeatedly endorsed") == "stance" and cue_type("fumed") == "speech"


# --------------------------------------------------------------------------
# found in review: shapes the new rules must leave alone


def test_a_quote_that_ends_its_sentence_is_not_taken_by_a_long_subject_after_it():
    q = na.quotes('Kim said: "We won the title." Lee, the coach of the team since 2010 and a former player for '
                  "two clubs, said the season was long.")
    assert q.loc[q["kind"] == "direct", "speaker_mention"].tolist() == ["Kim"]
    q = na.quotes('"We won." Then the players and the fans in the stadium said goodbye.')
    assert not q["speaker_mention"].dropna().str.contains("players").any()


def test_a_label_inside_a_quote_with_its_attribution_is_no_transcript():
    q = na.quotes('"Look: we will win this," Obama said.\n\n"Folks: this matters," he added.')
    assert q["text"].tolist() == ["Look: we will win this,", "Folks: this matters,"]
    assert q["speaker_mention"].tolist() == ["Obama", "he"] and ":" not in set(q["cue"])


@pytest.mark.parametrize(
    "text",
    ['Fans shouted "Go home," the words on their banners.', '"We love you," the fans in the stands.',
     'After Lee resigned, "Nobody cared."'],
)
def test_a_noun_or_a_subordinate_clause_is_no_attribution_of_a_quote(text):
    assert "direct" not in set(na.quotes(text)["kind"])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee said the plan, announced on Monday, would fail.", "the plan, announced on Monday, would fail"),
        ("Officials said the rule, endorsed by the board, takes effect in May.",
         "the rule, endorsed by the board, takes effect in May"),
        ("Lee said that—if elected—he would cut taxes.", "if elected—he would cut taxes"),
    ],
)
def test_a_participle_aside_or_a_dash_does_not_cut_a_report(text, content):
    assert _found(text)[0][:2] == ("indirect", content)


def test_told_someone_of_something_is_no_clause():
    assert _found("Lee told Congress of Russian interference in the election.") == []


def test_a_name_particle_stays_in_the_subject():
    assert _found("Charles de Gaulle spoke for an hour, adding that the war was over.") == [
        ("indirect", "the war was over", "Charles de Gaulle")
    ]


def test_an_object_phrase_does_not_end_on_a_preposition():
    assert _found("The city welcomed its first baby of the year on Monday.") == [
        ("indirect", "its first baby", "The city")
    ]


# Where a report ends, or starts, on real news: the rest of the sentence is the writer's, not the source's.
@pytest.mark.parametrize(
    ("text", "report", "source"),
    [
        # a complement ends before a time clause with a subject of its own
        ("Ortiz described the budget as a disaster after she saw the figures for the year.",
         "the budget as a disaster", "Ortiz"),
        # a parenthetical attribution reports the clause it stands in, not the clause before ", but"
        ("China had long resisted such deals, but the pollution had become so bad, Mr. Ortiz noted, that the "
         "leaders agreed to act.", "the pollution had become so bad, Mr. Ortiz noted, that the leaders agreed to act",
         "Ortiz"),
        # a stance object ends at a dash before the writer's comment
        ("Ortiz criticized the plan — a sign of the party's deep troubles with its voters.", "the plan", "Ortiz"),
        ("Ortiz blamed the council for the delay — a familiar charge in the city's budget fights.",
         "the council for the delay", "Ortiz"),
        # an infinitive's report ends before the sentence's own finite verb
        ("The reason Mayor Ortiz refuses to make public his tax returns may be that they would reveal his debts.",
         "to make public his tax returns", "Ortiz"),
        # a request's report ends before the writer's ", a ..." comment on it
        ("Mr. Lee asked the candidates to avoid personal attacks, a request not always honored by them.",
         "the candidates to avoid personal attacks", "Lee"),
    ],
)
def test_a_report_ends_where_the_writer_takes_over(text, report, source):
    found = [(t, s) for k, t, s in _found(text) if k == "indirect"]
    assert any(t == report and source in (s or "") for t, s in found), found


def test_a_verb_linked_after_a_subordinate_clause_takes_that_clauses_pronoun_subject():
    # "after she attacked ... and blamed ...": she blamed, not the governor; and she is the woman named before
    text = ("Gov. Sam Ortiz described Maria Lopez as a disgrace after she attacked the police and blamed the "
            "shootings on officers.")
    q = na.quotes(text)
    blamed = q[q["text"] == "the shootings on officers"]
    assert blamed["speaker_mention"].tolist() == ["she"] and blamed["person"].tolist() == ["Maria Lopez"]
    assert "Maria Lopez as a disgrace" in q["text"].tolist()  # (the complement ends before "after she")


@pytest.mark.parametrize(
    ("text", "report"),
    [
        # a relative clause in the past that the sentence never leaves describes the last noun: the reporter's
        ("Lee said he had read the book but had not seen the movie, which opened on Friday in most cities.",
         "he had read the book but had not seen the movie"),
        ("Rhodes recalled Obama talking about the book, a best seller of 2005, which explored the collapse of "
         "ancient societies.", "Obama talking about the book, a best seller of 2005"),
        # one that the sentence leaves again, or that has a source of its own, is part of the report
        ("Lee said the bridge, which opened in 1990, would close next year.",
         "the bridge, which opened in 1990, would close next year"),
    ],
)
def test_a_trailing_relative_clause_in_the_past_is_the_reporters(text, report):
    assert report in [t for k, t, _ in _found(text) if k == "indirect"], _found(text)


def test_a_closing_attribution_holds_the_report_of_someone_else_in_its_sentence():
    # PolNeAR nests them: the source reports the whole sentence, and Ann Lee's report is inside it
    text = ("Mayor Ann Lee had told police officials that she did not want the escort at all, but the police "
            "overruled that request, the source added.")
    found = [(t, s) for k, t, s in _found(text) if k == "indirect"]
    outer = ("Mayor Ann Lee had told police officials that she did not want the escort at all, but the police "
             "overruled that request", "the source")
    assert outer in found and ("she did not want the escort at all", "Mayor Ann Lee") in found
    q = na.analyze([text]).quotes
    assert q["statement"].nunique() == 2  # two statements, one inside the other, of two sources


@pytest.mark.parametrize("text", [
    "Lee told officials that she did not want the escort at all, drawing a sharp reply from Khan.",
    "Lee told officials that she did not want the escort at all, you know.",
    "Lee told officials that she did not want the escort at all, concluded this year.",
])
def test_no_misread_source_holds_another_report(text):
    found = _found(text)
    assert all(t == "she did not want the escort at all" for k, t, _ in found if k == "indirect"), found


# The subject of a sentence on wire copy and political news: what stands before it is no source.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a dateline (a place in capitals, a date, an agency, a dash)
        ("WASHINGTON — Sen. Ann Lee on Wednesday downplayed the attack and said it was nothing new.", "Sen. Ann Lee"),
        ("LONDON, Dec. 8 (Reuters) — In response to the plan, Lee’s chief of staff rallied supporters, saying "
         "the plan would fail.", "Lee’s chief of staff"),
        # a participle or a time phrase that opens the sentence
        ("Asked about his paid speeches, Mayor Tom Ruiz said he had accepted none.", "Mayor Tom Ruiz"),
        ("This spring, as he was becoming chairman, Tom Ruiz told friends that the plan was sound.", "Tom Ruiz"),
        ("Thursday evening, Tom Ruiz said the party was not in a crisis.", "Tom Ruiz"),
        # a city and its state in the opening phrase
        ("Speaking at a town hall in Salem, New Hampshire, Tom Ruiz said the plan would fail.", "Tom Ruiz"),
        ("At a rally in Reno, Nev., Ann Lee said she would win.", "Ann Lee"),
        # a role between a qualifier and the name; the noun a possessive owns
        ("Republican presidential front-runner Tom Ruiz is insisting that he has grown the party.",
         "Republican presidential front-runner Tom Ruiz"),
        ("Ruiz campaign manager Ann Lee insisted that the polls were wrong.", "Ruiz campaign manager Ann Lee"),
        # a time phrase between the subject and the verb, and a document's noun
        ("Party spokesman Tom Ruiz on Thursday evening said the party was fine.", "Party spokesman Tom Ruiz"),
        ("A news report published Wednesday said the minister had used a private email account.", "A news report"),
        ("A new poll released Friday shows Lee with a lead.", "A new poll"),
    ],
)
def test_the_source_is_the_subject_not_what_stands_before_it(text, source):
    assert source in [s for k, _, s in _found(text) if k == "indirect"], _found(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In an interview with Fox, Ruiz, who was in Ohio, said he would win.", "Ruiz"),  # no state after "Fox,"
        ("Lee spoke for an hour and said the plan would fail.", "Lee"),  # no role: a verb
        ("It’s clear that Lee said the plan would fail.", "Lee"),  # "It’s" is no possessive
        ("The officials report that the plan failed.", "The officials"),  # "report" after a plural: the verb
    ],
)
def test_the_subject_rules_leave_other_sentences_alone(text, source):
    assert source in [s for k, _, s in _found(text) if k == "indirect"], _found(text)


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # the place is where the source is, not the source
        ("Polls in New Hampshire show the two candidates are tied.", "Polls in New Hampshire", "Polls in New Hampshire"),
        ("Lee's biggest boosters in Ohio insisted it was a temporary dip.", "Lee's biggest boosters in Ohio",
         "Lee's biggest boosters in Ohio"),
        ("Mayor Tom Ruiz in Iowa said the plan would fail.", "Mayor Tom Ruiz in Iowa", "Tom Ruiz"),
    ],
)
def test_a_place_after_the_source_is_where_it_is(text, source, speaker):
    q = na.quotes(text)
    assert (source, speaker) in list(zip(q["speaker_mention"], q["speaker"])), q[["speaker_mention", "speaker"]]
    assert not (q["source_kind"] == "organisation").any()


def test_a_cue_in_a_relative_clause_reports_nothing_past_the_main_verb():
    # "who has argued a number of cases ..., will do": the argued cases are no clause; the sentence is Blackwell's
    text = ("Cruz, a graduate of the law school who has argued a number of cases before the court, will do an "
            "excellent job, Blackwell maintains.")
    found = _found(text)
    assert [s for k, _, s in found if k == "indirect"] == ["Blackwell"], found


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Lee, who said the plan was a failure, will retire next year.", "the plan was a failure"),
        ("Ruiz, who has accused the mayor of being a liar, may have invited him to the dinner.",
         "the mayor of being a liar"),
        ("The council met Tom Ruiz, who said that the port would stay open.", "the port would stay open"),
    ],
)
def test_a_report_of_a_relative_clause_ends_where_the_main_clause_resumes(text, report):
    assert [t for k, t, s in _found(text) if k == "indirect" and s == "who"] == [report], _found(text)
