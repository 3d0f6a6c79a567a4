"""Within one article: descriptions only where they fit, whom a source speaks for, titles, pronouns (issue 19)."""

from __future__ import annotations

import pandas as pd
import pytest

import newsanalysis as na


def direct(text: str) -> pd.DataFrame:
    """The direct quotes of one text, with their source columns as plain objects."""
    q = na.quotes(text)
    q = q[q["kind"] == "direct"].astype(object)
    return q.where(q.notna(), None)


def who(text: str) -> list[tuple[str | None, str | None]]:
    """(person, speaker) of each direct quote."""
    q = direct(text)
    return list(zip(q["person"], q["speaker"]))


# ------------------------------------------------------------------------------------ affiliation


@pytest.mark.parametrize(
    "source",
    ["a spokeswoman for Hillary Clinton", "an aide to Clinton", "people close to Clinton", "Clinton’s campaign",
     "the Clinton campaign", "A spokesman for Democratic presidential candidate Hillary Clinton"],
)
def test_someone_who_speaks_for_a_person_is_not_that_person(source):
    text = f"Hillary Clinton spoke in Ohio on Monday. “We will not stop,” {source} said."
    q = direct(text).iloc[0]
    assert q["person"] is None
    assert q["source_kind"] in ("unnamed", "organisation")
    assert q["affiliation"] == "Hillary Clinton"


def test_affiliation_is_missing_for_a_person_and_for_a_plain_unnamed_source():
    q = direct("Mayor Ann Lee spoke. “Yes,” Lee said. “No,” a resident said. “Maybe,” Democratic officials said.")
    assert q["affiliation"].tolist() == [None, None, None]


def test_affiliation_names_a_body_as_written():
    q = direct("“We are looking into it,” a spokesman for the Harbor Authority said.").iloc[0]
    assert q["person"] is None
    assert q["affiliation"] == "Harbor Authority"


def test_a_body_after_a_name_is_no_apposition_of_that_name():
    q = na.quotes("After her meeting with Obama, the White House announced that the sanctions would end.")
    row = q[q["kind"] == "indirect"].iloc[0]
    assert pd.isna(row["person"])
    assert row["source_kind"] == "organisation"


def test_read_output_of_a_folder_written_before_affiliation(tmp_path):
    result = na.analyze("Ann Lee spoke. “We will win,” a spokeswoman for Ann Lee said.", progress=False)
    assert result.quotes["affiliation"].dropna().tolist() == ["Ann Lee"]
    folder = tmp_path / "old"
    result.to_csv(folder)
    path = folder / "quotes.csv"
    pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["affiliation"]).to_csv(path, index=False)
    back = na.read_output(folder)
    assert list(back.quotes.columns) == list(result.quotes.columns)
    assert back.quotes["affiliation"].isna().all()


# ----------------------------------------------------------------------------------- descriptions


def test_a_description_goes_to_the_person_its_qualifier_was_written_for():
    text = (
        "Sen. Bernie Sanders (I-Vt.) spoke first. Sen. Ted Cruz (R-Texas) spoke next. “We will win,” Cruz said. "
        "“Not so,” the Vermont senator said."
    )
    assert who(text)[1][0] == "Bernie Sanders"


def test_a_description_with_a_qualifier_no_one_fits_is_unnamed():
    text = "Sen. Ted Cruz (R-Texas) spoke first. “We will win,” Cruz said. “Not so,” the Vermont senator said."
    person, speaker = who(text)[1]
    assert person is None
    assert speaker == "Vermont senator"


def test_a_gendered_description_skips_the_last_speaker_of_the_other_gender():
    text = (
        "Donald Trump and Hillary Clinton met voters. “I have a plan,” Clinton said. "
        "“We need change,” the New York businessman said."
    )
    assert who(text)[1][0] == "Donald Trump"
    text = "Hillary Clinton met voters. “I have a plan,” Clinton said. “We need change,” the New York businessman said."
    assert who(text)[1][0] is None


def test_a_spokesman_is_never_the_person_last_quoted():
    text = "Donald Trump spoke in Rome. “It went well,” Trump said. “We have no comment,” the Vatican spokesman said."
    assert who(text)[1][0] is None


def test_a_description_is_not_someone_known_by_another_office():
    text = "Gov. Chris Christie spoke. “We will win,” Christie said. “Not so,” the senator said."
    assert who(text)[1][0] is None
    text = "Sen. Ann Kerr spoke. Gov. Chris Christie spoke. “We will win,” Christie said. “Not so,” the senator said."
    assert who(text)[1][0] == "Ann Kerr"


def test_two_descriptions_joined_by_and_are_one_source():
    text = (
        "Hillary Clinton spoke at the forum. “We will win,” Clinton said. "
        "The former first lady and U.S. senator said it was “a mistake” to use private email."
    )
    q = na.quotes(text)
    q = q[q["kind"] != "mention"]
    assert set(q["person"]) == {"Hillary Clinton"}
    assert q["speaker_mention"].tolist()[-1] == "The former first lady and U.S. senator"


def test_a_description_named_in_the_next_sentence_is_that_person():
    text = (
        "Secrecy is no stranger to the campaign, the candidate’s former doctor maintains.\n\n"
        "Dr. Connie Reyes, who served in the Navy, said the records were incomplete."
    )
    r = na.analyze(text, progress=False)
    assert r.quotes["person"].tolist() == ["Connie Reyes", "Connie Reyes"]
    quoted = r.speakers[r.speakers["statements"] > 0]
    assert quoted["speaker"].tolist() == ["Connie Reyes"]


# ------------------------------------------------------------------------------------------ titles


@pytest.mark.parametrize("role", ["Nurse", "Coach", "Farmer", "Pastor", "Chef"])
def test_a_role_before_a_name_is_a_title_not_a_given_name(role):
    q = direct(f"“It was a long night,” {role} Maria Lopez said.").iloc[0]
    assert q["person"] == "Maria Lopez"
    r = na.analyze(f"“It was a long night,” {role} Maria Lopez said.", progress=False)
    assert r.speakers.set_index("person").loc["Maria Lopez", "title"] == role


def test_a_noun_phrase_before_a_name_that_names_no_person_is_no_title():
    r = na.analyze(
        "After the 11-hour hearing, Hillary Clinton told reporters she was tired. “It was long,” Clinton said.",
        progress=False,
    )
    title = r.speakers.set_index("person").loc["Hillary Clinton", "title"]
    assert pd.isna(title) or "hearing" not in title


def test_an_appositive_role_before_a_name_is_the_title():
    r = na.analyze("The audit’s author, Priya Natarajan, said the bridge was unsafe.", progress=False)
    assert r.speakers.set_index("person").loc["Priya Natarajan", "title"] == "author"


# ---------------------------------------------------------------------------------------- pronouns


def test_a_pronoun_after_someone_elses_quote_goes_to_the_nearest_fitting_antecedent():
    text = (
        "“It will be first-order business,” Mr. Podesta said.\n\n"
        "But Mrs. Clinton will face the same partisan fire Mr. Obama has. He noted that she had been pilloried."
    )
    q = na.quotes(text)
    row = q[q["speaker_mention"] == "He"].iloc[0]
    assert row["person"] == "Obama"


def test_a_name_inside_the_quote_before_is_no_antecedent():
    text = "“Ask Tom Hale about it,” Mr. Podesta said. “He knows,” he said."
    assert [p for p, _ in who(text)] == ["Podesta", "Podesta"]


def test_an_unnamed_individual_is_an_antecedent():
    text = (
        "Mayor Ann Lee toured the street on Monday. “We will help,” Lee said.\n\n"
        "A neighbour, who did not give her name, said the water had come in overnight. “We are scared,” she said."
    )
    q = direct(text)
    last = q.iloc[-1]
    assert last["person"] is None
    assert last["source_kind"] == "unnamed"
    assert "neighbour" in last["speaker"]


def test_a_pronoun_after_an_opening_phrase_finds_the_subject_there():
    text = (
        "Daw Maria Vance met the president on Monday.\n\n"
        "In response to international pressure, Vance set up a commission, overseen by Kofi Annan.\n\n"
        "“Unity also means prosperity,” she said."
    )
    assert who(text)[0][0] == "Daw Maria Vance"


def test_the_vice_president_is_not_the_president():
    text = "President Obama spoke. “We will act,” Obama said. “Not yet,” the vice president said."
    assert who(text)[1][0] is None
    text = "Vice President Joe Biden and President Obama spoke. “We will act,” Obama said. “Not yet,” the vice president said."
    assert who(text)[1][0] == "Joe Biden"


def test_those_close_to_him_are_not_him():
    text = "Gov. Terry Reed refuses to discuss it. Those close to him say he would have to consider Scott."
    q = na.quotes(text)
    row = q[q["kind"] == "indirect"].iloc[-1]
    assert pd.isna(row["person"])
    assert row["speaker_mention"] == "Those close to him"


def test_a_role_in_the_headline_is_the_person_who_holds_it_below():
    text = (
        "Lawmaker urges retaliation on Russia.\n\n"
        "Rep. Adam Shaw, the top Democrat on the panel, called on the president to act. “We must respond,” Shaw said."
    )
    r = na.analyze(text, progress=False)
    assert r.quotes["person"].tolist() == ["Adam Shaw"] * len(r.quotes)
    quoted = r.speakers[r.speakers["statements"] > 0]
    assert quoted["speaker"].tolist() == ["Adam Shaw"]


def test_a_role_alone_is_no_name():
    q = na.quotes("“We will look at it,” Lawmaker said.")
    assert q["person"].isna().all()


def test_who_after_an_apposition_with_now_goes_to_the_name():
    q = na.quotes("Mitch McConnell spoke on Monday. Obama has a frosty relationship with McConnell, now the "
                  "Senate majority leader, who in 2010 said the party's goal was to stop him.")
    row = q[q["speaker_mention"] == "who"]
    assert row["person"].tolist() == ["Mitch McConnell"]


def test_a_head_that_modifies_a_noun_gives_no_title():
    r = na.analyze("Hillary Clinton spoke in Ohio. “We will win,” Clinton said. She looked ahead to the general "
                   "election and the candidate forum.", progress=False)
    assert pd.isna(r.speakers.set_index("person").loc["Hillary Clinton", "title"])


def test_a_qualified_description_prefers_the_holder_of_its_title():
    text = (
        "Sen. Bernie Sanders spoke first. Hillary Clinton spoke next. “We will win,” Clinton said. "
        "“Not so,” the Vermont senator said."
    )
    assert who(text)[1][0] == "Bernie Sanders"


def test_affiliation_is_the_full_name_written_later_in_the_article():
    q = direct("“We are ahead,” Clinton’s campaign said on Monday. Hillary Clinton later spoke in Ohio.").iloc[0]
    assert q["affiliation"] == "Hillary Clinton"


def test_affiliation_is_linked_across_the_run_like_person():
    r = na.analyze(
        [
            na.Article(id="a", text="Hillary R. Clinton spoke. “We will win,” a spokeswoman for Hillary R. "
                                    "Clinton said."),
            na.Article(id="b", text="Hillary Clinton spoke. “Yes,” Hillary Clinton said. “No,” Hillary Clinton said."),
        ],
        progress=False,
    )
    persons = set(r.quotes["person"].dropna())
    affs = set(r.quotes["affiliation"].dropna())
    assert len(persons) == 1
    assert affs == persons


def test_a_title_and_surname_shared_by_two_people_goes_to_neither_unless_one_holds_the_title():
    text = "Barack Obama and Michelle Obama arrived. President Obama spoke first. “We are proud,” President Obama said."
    r = na.analyze(text, progress=False)
    sp = r.speakers.set_index("speaker")
    assert pd.isna(sp.loc["Michelle Obama", "title"])
    text = "President Barack Obama and Michelle Obama arrived. “We are proud,” President Obama said."
    assert who(text)[0][0] == "Barack Obama"


def test_a_two_word_office_is_only_someone_written_with_it():
    text = "Donald Trump spoke. “We will win,” Trump said. “We will sue,” the New York state attorney general said."
    assert who(text)[1][0] is None


# ------------------------------------------------------------------------------------ groups of named people


def src(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, person, source_kind) of every statement of one text, in order."""
    q = na.quotes(text)
    q = q[q["kind"] != "mention"].astype(object)
    q = q.where(q.notna(), None)
    return list(zip(q["speaker"], q["person"], q["source_kind"]))


@pytest.mark.parametrize(
    "text, group",
    [
        ("Ann Lee spoke. Ms. Lee and Mr. Ruiz say the harbor plan is costly.", "Ms. Lee and Mr. Ruiz"),
        ("Mayor Ann Lee and Councilman Tom Ruiz argued that the bridge must close.",
         "Mayor Ann Lee and Councilman Tom Ruiz"),
        ("Reps. Ann Lee (D-Ore.), Tom Ruiz (R-Ohio) and Sam Park (D-N.J.) all said the bill would fail.",
         "Ann Lee (D-Ore.), Tom Ruiz (R-Ohio) and Sam Park (D-N.J.) all"),
    ],
)
def test_a_list_of_named_people_is_an_unnamed_group_not_the_last_or_first_named(text, group):
    speaker, person, kind = src(text)[0]
    assert person is None
    assert kind == "unnamed"
    assert speaker == group


def test_a_group_of_named_people_keeps_its_members_as_people_and_they_is_the_group():
    text = ("Mayor Ann Lee and Councilman Tom Ruiz argued that the bridge must close. "
            "The state can pay for it, they said.")
    r = na.analyze(text, progress=False)
    assert {"Ann Lee", "Tom Ruiz"} <= set(r.speakers["speaker"])
    assert [s for s, _, _ in src(text)] == ["Mayor Ann Lee and Councilman Tom Ruiz"] * 2


def test_words_joined_by_and_that_name_no_people_are_no_group():
    # a body's name with "and" in it, and two titles of one man
    speaker, _, kind = src("The Centers for Disease Control and Prevention said the virus was spreading.")[0]
    assert "and" not in speaker.split() or kind == "organisation"
    text = "“We will win,” said former Ohio Gov. and party Chairman Tom Ruiz."
    assert src(text)[0][1] == "Tom Ruiz"


# ------------------------------------------------------------------------------------ words that name no one


@pytest.mark.parametrize(
    "text",
    [
        "The city released video of the crash on Monday. Video shows that the car ran the light.",
        "The harbor plan is old. Proponents, including the mayors, have urged the council to renew it.",
        "Many Latino-Americans say the plan is unfair.",
        "Ann Lee met Virginia Democrats on Monday. Democrats said the plan would fail.",
    ],
)
def test_a_capitalised_word_or_group_that_names_no_one_is_no_person(text):
    speaker, person, kind = src(text)[-1]
    assert person is None
    assert kind == "unnamed"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Harbor Authority Counsel Ann Okafor spoke. Okafor said the bridge would close.", "Ann Okafor"),
        ("Tom Hastings spoke on Monday. Hastings said the bridge would close.", "Tom Hastings"),
        ("The mayor spoke. Wines believes the bridge should close.", "Wines"),
    ],
)
def test_a_surname_stays_a_person(text, person):
    assert src(text)[-1][1] == person


def test_a_person_named_after_a_body_and_role_is_that_person_with_the_role_as_title():
    r = na.analyze("Harbor County Recorder Helen Okafor said the lines were long. Okafor said more staff would come.",
                   progress=False)
    assert r.quotes["person"].dropna().unique().tolist() == ["Helen Okafor"]
    assert r.speakers.set_index("speaker").loc["Helen Okafor", "title"] == "Harbor County Recorder"


@pytest.mark.parametrize(
    "headline",
    ["Ruiz Sees 'Personal Insult' if Voters Stay Home", "Offensive Things Tom Ruiz Said About the Harbor Plan"],
)
def test_words_of_a_title_case_headline_are_no_part_of_a_name(headline):
    text = f"{headline}.\n\nMayor Tom Ruiz spoke on Monday. “Vote,” Ruiz said. The mayor added that it mattered."
    r = na.analyze(text, progress=False)
    assert set(r.quotes["person"].dropna()) == {"Tom Ruiz"}
    assert r.speakers["speaker"].tolist() == ["Tom Ruiz"]
