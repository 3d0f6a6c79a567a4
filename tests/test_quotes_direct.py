"""Direct quotes (issue 12): split quotes, transcripts, dash epigraphs; hand-written texts."""

from __future__ import annotations

import newsanalysis as na


def statements(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of each statement of ``text``."""
    s = na.statements(na.quotes(text))
    return [(r.text, r.speaker if isinstance(r.speaker, str) else None) for r in s.itertuples()]


def test_a_split_quote_stays_one_statement_past_a_clause_of_the_attribution():
    text = (
        "“The bridge is safe,” said Mara Quinn, noting that inspectors had checked it twice. "
        "“We will reopen it on Monday.”"
    )
    q = na.quotes(text)
    direct = q[q["kind"] == "direct"]
    assert direct["statement"].nunique() == 1 and len(direct) == 2
    assert statements(text)[0] == ("The bridge is safe, … We will reopen it on Monday.", "Mara Quinn")


def test_a_quote_inside_the_attribution_sentence_is_not_the_second_half():
    # the second quote goes on the sentence of the attribution's own report: not the rest of the first quote
    text = "“We are ready,” Mara Quinn said, suggesting that the council ask a few questions, including, “Who pays?”"
    q = na.quotes(text)
    direct = q[q["kind"] == "direct"]
    assert direct["statement"].nunique() == len(direct)


def test_another_report_between_the_halves_ends_the_statement():
    text = "“We are ready,” Quinn said. The plan did “too little,” she added later. “Nobody listened.”"
    q = na.quotes(text)
    first = q[q["text"] == "We are ready,"]["statement"].iloc[0]
    last = q[q["text"] == "Nobody listened."]["statement"].iloc[0]
    assert first != last


def test_a_closing_mark_opening_a_paragraph_opens_a_quote():
    text = "”We will not move.” ― Rosa Ilic\n\n”Nobody asked us.” ― Tomas Berg"
    assert statements(text) == [("We will not move.", "Rosa Ilic"), ("Nobody asked us.", "Tomas Berg")]


def test_a_closing_mark_before_a_space_stays_a_stray_mark():
    # after a quote that closed, or before a space, a closing mark opens nothing
    text = "Lee spoke at noon.” It rained.\n\n” Then we left."
    assert statements(text) == []


def test_a_closing_mark_opening_with_an_ellipsis():
    text = "” … and then we rebuilt the school,” Ann Lee wrote."
    assert statements(text) == [("… and then we rebuilt the school,", "Ann Lee")]


TRANSCRIPT = """Part of the interview, as aired:

"HOLM: Good evening. Will the mayor attend the hearing?

"DR. ADEYEMI: She will not. The council asked her to stay away.

"But the hearing goes on without her.

"HOLM: Then who speaks for the city?

"DR. ADEYEMI: I do."
"""


def test_each_turn_of_a_transcript_is_a_direct_quote_of_its_label():
    q = na.quotes(TRANSCRIPT)
    got = [(r.kind, r.text, r.speaker_mention, r.cue) for r in q.itertuples()]
    assert got == [
        ("direct", "Good evening. Will the mayor attend the hearing?", "HOLM", ":"),
        ("direct", 'She will not. The council asked her to stay away.\n\n"But the hearing goes on without her.',
         "DR. ADEYEMI", ":"),
        ("direct", "Then who speaks for the city?", "HOLM", ":"),
        ("direct", "I do.", "DR. ADEYEMI", ":"),
    ]
    for r in q.itertuples():  # the offsets of the label are the mention's
        assert TRANSCRIPT[r.speaker_start : r.speaker_end] == r.speaker_mention


def test_turns_in_curly_marks_and_title_case_labels():
    text = "“Ann Lee: We are ready.\n\n“Tom Berg: We are not.”"
    assert [(r.text, r.speaker_mention) for r in na.quotes(text).itertuples()] == [
        ("We are ready.", "Ann Lee"), ("We are not.", "Tom Berg")]


def test_one_labelled_paragraph_is_no_transcript():
    # a single quote opening with a label is a quote like any other
    text = '"BREAKING: The bridge is closed," Ann Lee wrote.\n\n"LEE: we are fine," she added.'
    assert na.quotes(text)["text"].tolist() == ["BREAKING: The bridge is closed,", "LEE: we are fine,"]


def test_tag_labels_are_no_speakers():
    text = '"UPDATE: The bridge is closed.\n\n"NOTE: The bridge is open."'
    assert not any(t.startswith("The bridge") for t in na.quotes(text)["text"])


def test_a_split_quote_around_a_name_with_a_long_apposition_is_one_statement():
    text = (
        "“The levy is easy to collect,” Priya Natarajan, director of the regional tax institute "
        "and a professor of public finance at the state university, said of the plan. “It will not raise rents.”"
    )
    assert statements(text) == [
        ("The levy is easy to collect, … It will not raise rents.", "Priya Natarajan")]


def test_the_cue_of_an_apposition_is_looked_for_in_its_sentence_only():
    text = "“The levy is simple,” Priya Natarajan, director of the institute and a member of the board. She left, said a colleague."
    q = na.quotes(text)
    assert q[q["text"] == "The levy is simple,"]["kind"].tolist() == ["mention"]


def test_any_verb_in_s_or_ed_after_a_quote_and_its_subject_reports_it():
    text = (
        "“Nobody reads the fine print,” Mara Quinn scoffed. “Go home,” the guard barked at them.\n\n"
        "“We are not leaving,” retorts Tomas Berg, 41, a welder."
    )
    assert [(r.text, r.speaker_mention, r.cue) for r in na.quotes(text).itertuples()] == [
        ("Nobody reads the fine print,", "Mara Quinn", "scoffed"),
        ("Go home,", "the guard", "barked"),
        ("We are not leaving,", "Tomas Berg", "retorts"),
    ]


def test_a_verb_that_takes_an_object_or_follows_a_full_stop_is_no_attribution():
    # "visited the plant" goes on with an object; a quote ending in a period closes its sentence
    text = "“Grow the economy,” Mara Quinn visited the plant. “We won.” Lee waited outside."
    assert na.quotes(text)["speaker_mention"].isna().all()


def test_a_participle_between_two_quotes_is_the_second_quotes_cue():
    text = "“Sing it loud for the river,” Ann Lee sings to the crowd before asking them, “Who is with me tonight?”"
    q = na.quotes(text)
    assert [(r.text, r.speaker_mention, r.cue) for r in q.itertuples()] == [
        ("Sing it loud for the river,", "Ann Lee", "sings"),
        ("Who is with me tonight?", "Ann Lee", "asking"),
    ]
    assert q["statement"].nunique() == 2


def test_as_x_put_it_gives_a_direct_quote_of_x():
    text = (
        "As Mara Quinn, the city's chief engineer, puts it, “Nobody crosses a bridge they fear.” "
        "Tomas Berg, a welder who worked on the bridge for a decade, recently put it more bluntly, “it is rotten.”"
    )
    assert [(r.kind, r.text, r.speaker_mention, r.cue) for r in na.quotes(text).itertuples()] == [
        ("direct", "Nobody crosses a bridge they fear.", "Mara Quinn", "puts it"),
        ("direct", "it is rotten.", "Tomas Berg", "put it"),
    ]


def test_a_capitalised_quote_after_a_colon_is_whole_though_the_sentence_goes_on():
    text = "Asked about the sale, the utility said: “The plant was sound when we sold it,” adding that its value had doubled."
    q = na.quotes(text)
    assert [(r.kind, r.text) for r in q.itertuples()][0] == ("direct", "The plant was sound when we sold it,")


def test_a_whole_clause_in_marks_after_a_say_cue_is_direct_even_in_lower_case():
    text = "At the ceremony, Mara Quinn said “nobody taught this town more.” The ad says “nothing will change.”"
    assert [(r.kind, r.text, r.speaker_mention) for r in na.quotes(text).itertuples()] == [
        ("direct", "nobody taught this town more.", "Mara Quinn"),
        ("direct", "nothing will change.", "The ad"),
    ]


def test_a_lower_case_quote_that_the_sentence_goes_on_after_stays_partial():
    text = "Mara Quinn said “the vote was close” and left early. She called the plan “a crucial step.”"
    assert [r.kind for r in na.quotes(text).itertuples() if r.kind in ("direct", "partial")] == ["partial", "partial"]


def test_a_quote_closing_the_sentence_of_its_cue_keeps_that_cue_over_the_next_sentences():
    text = "Mara Quinn said “We are done.” Tomas Berg said “We are not.”"
    assert [(r.text, r.speaker_mention) for r in na.quotes(text).itertuples()] == [
        ("We are done.", "Mara Quinn"), ("We are not.", "Tomas Berg")]


def test_a_long_source_before_its_cue_takes_the_quote():
    text = (
        "“The harbor is safe,” the deputy director of the port authority and chief engineer of the city wrote. "
        "“Nobody listened,” Tomas Berg said by telephone."
    )
    assert [(r.text, r.speaker_mention) for r in na.quotes(text).itertuples()] == [
        ("The harbor is safe,", "the deputy director of the port authority and chief engineer of the city"),
        ("Nobody listened,", "Tomas Berg"),
    ]


def test_a_clause_between_quote_and_cue_is_no_source():
    text = "“The harbor is safe,” the director who ran the port for years said nothing more."
    assert "direct" not in set(na.quotes(text)["kind"])


def test_a_finite_cue_whose_source_starts_with_a_number_word_keeps_its_source():
    text = (
        "Mara Quinn said the plan was sound. Asked about the cost, the 50-year-old father of two replied, "
        "“It pays for itself within a decade.”"
    )
    q = na.quotes(text)
    row = q[q["kind"] == "direct"].iloc[0]
    assert (row["text"], row["cue"], row["speaker_mention"]) == (
        "It pays for itself within a decade.", "replied", "the 50-year-old father of two")


def test_a_title_after_a_belief_word_or_a_naming_cue_is_a_mention():
    text = (
        "Mara Quinn, star of the cooking show “Home Base.” later joined the race. "
        "The firm was known for a culture called “The Quinn Way.” Tomas Berg called the plan “A Total Failure.”"
    )
    q = na.quotes(text)
    assert "direct" not in set(q["kind"])
    assert q[q["text"].isin(["Home Base.", "The Quinn Way."])]["kind"].tolist() == ["mention", "mention"]


def test_a_belief_word_before_a_comma_and_a_title_gives_no_direct_quote():
    text = "Mara Quinn sat for an interview on Tomas Berg's show, “Straight Talk.” Polls show, “Who Knows.”"
    assert "direct" not in set(na.quotes(text)["kind"])


def test_read_stands_before_its_source_after_a_quote():
    text = "“The harbor is closed until spring,” read the notice on the gate. “Keep out,” reads another sign."
    assert [(r.kind, r.speaker_mention, r.cue) for r in na.quotes(text).itertuples()] == [
        ("direct", "the notice", "read"), ("direct", "another sign", "reads")]


def test_a_few_irregular_past_forms_with_a_particle_report_a_quote():
    text = "“And that is not all,” she went on. “Let me finish,” Tomas Berg shot back. “We went to the game,” they went to bed."
    q = na.quotes(text)
    assert [(r.kind, r.speaker_mention, r.cue) for r in q.itertuples()][:2] == [
        ("direct", "she", "went on"), ("direct", "Tomas Berg", "shot back")]
    assert "they" not in set(q["speaker_mention"])  # "went to bed" reports nothing


def test_a_lower_case_quote_after_a_parenthetical_attribution_is_a_fragment_of_the_sentence():
    text = "The square was quiet, Mara Quinn added, “but the shops will open soon.”"
    q = na.quotes(text)
    assert "direct" not in set(q["kind"])
    assert q[q["text"] == "but the shops will open soon."]["kind"].tolist() == ["partial"]


def test_a_lower_case_quote_after_an_attribution_opening_the_sentence_stays_direct():
    text = "Mara Quinn told reporters, “we will reopen the bridge on Monday.”"
    assert [r.kind for r in na.quotes(text).itertuples()] == ["direct"]


def test_a_nested_single_quote_closing_with_the_archive_double_mark():
    text = "''She told me, 'Stay in line,''' Ann Lee recalled. ''It was late.''"
    assert [(r.kind, r.text, r.speaker_mention) for r in na.quotes(text).itertuples()] == [
        ("direct", "She told me, 'Stay in line,'", "Ann Lee"), ("direct", "It was late.", "Ann Lee")]


def test_a_quote_opening_a_parenthesis_is_whole():
    text = "The vote was delayed again (“We need more time,” said one council member.) Nobody objected."
    assert [(r.kind, r.text, r.speaker_mention) for r in na.quotes(text).itertuples()] == [
        ("direct", "We need more time,", "one council member")]


def test_a_quote_set_off_by_dashes_with_its_attribution_is_direct():
    text = "Neither man liked the mayor - “Raised in a castle,” Tomas Berg said - but both voted for her."
    assert [(r.kind, r.text, r.speaker_mention) for r in na.quotes(text).itertuples() if r.kind != "indirect"] == [
        ("direct", "Raised in a castle,", "Tomas Berg")]


def test_a_state_label_with_inner_periods_does_not_end_the_sentence():
    text = "“Nobody will be hurt,” Sen. Mara Quinn (D-N.Y.) said Tuesday. “We will see to it.”"
    assert [(r.text, r.speaker_mention) for r in na.quotes(text).itertuples()] == [
        ("Nobody will be hurt,", "Sen. Mara Quinn"), ("We will see to it.", "Sen. Mara Quinn")]


def test_a_quoted_nickname_inside_the_apposition_keeps_the_attribution():
    text = (
        "“The harbor opens in spring,” Mayor Lee's niece, state Rep. Rosalind “Roz” Quinn, "
        "shouted to the crowd. “Bring your boats.”"
    )
    q = na.quotes(text)
    direct = q[q["kind"] == "direct"]
    assert direct["text"].tolist() == ["The harbor opens in spring,", "Bring your boats."]
    assert direct["speaker_mention"].tolist() == ["Mayor Lee's niece", "Mayor Lee's niece"]


def test_a_subject_and_any_verb_in_ed_before_a_comma_introduce_a_quote():
    text = "At the first debate, Mara Quinn quipped, “I am a builder who likes to finish things.”"
    assert [(r.kind, r.speaker_mention, r.cue) for r in na.quotes(text).itertuples()] == [
        ("direct", "Mara Quinn", "quipped")]
    text = "At the first debate, Mara Quinn cracked, “I am a builder who likes to finish things.”"
    assert [(r.kind, r.speaker_mention, r.cue) for r in na.quotes(text).itertuples()] == [
        ("direct", "Mara Quinn", "cracked")]


def test_a_straight_mark_right_after_a_colon_opens_a_quote():
    text = 'Mayor Mara Quinn:"The engineers told us so. We only passed it on."'
    assert [(r.kind, r.text) for r in na.quotes(text).itertuples()] == [
        ("direct", "The engineers told us so. We only passed it on.")]
