"""Organisations are never people, and fragments are not names (issue 19, item 1)."""

from __future__ import annotations

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis import organisations as orgs


def statements(text: str):
    r = na.analyze(text, progress=False)
    q = r.quotes[r.quotes["kind"] != "mention"]
    return q, r.people


def source_of(text: str, words: str):
    """The (speaker, person, source_kind) of the statement holding ``words``."""
    q, _ = statements(text)
    row = q[q["text"].str.contains(words, regex=False)].iloc[0]
    person = None if pd.isna(row["person"]) else row["person"]
    return row["speaker"], person, row["source_kind"]


def people_with_statements(text: str) -> set[str]:
    _, people = statements(text)
    return set(people.loc[people["statements"] > 0, "person"])


@pytest.mark.parametrize(
    ("text", "words", "speaker", "kind"),
    [
        # an outlet written with "The", by the gazetteer
        ("The Harbor Gazette ran the story on Monday. “The port is closing,” The Washington Post reported.",
         "port is closing", "Washington Post", "organisation"),
        # a one-word outlet by the gazetteer, with "reported"
        ("Politico reported that the senator would resign. “It is over,” a friend of his said.",
         "senator would resign", "Politico", "organisation"),
        # a think tank by its form ("X Institution") and by apposition
        ("“The plan costs $1 trillion,” the Brookings Institution said.", "plan costs", "Brookings Institution",
         "organisation"),
        ("Veritas Policy Lab, a think tank in Ohio, said the plan would fail. It published figures on Monday.",
         "plan would fail", "Veritas Policy Lab", "organisation"),
        # by how the text treats a one-word name: "X reported", "X's editorial board"
        ("Zentara reported that the factory would close. Zentara's editorial board said so too.",
         "factory would close", "Zentara", "organisation"),
        # a party, a party body, an agency
        ("The Republican Party said the vote was fair.", "vote was fair", "Republican Party", "organisation"),
        ("The Justice Department said it would appeal.", "would appeal", "Justice Department", "organisation"),
        ("General Electric says that in 2012 it paid $3 billion in taxes.", "it paid", "General Electric",
         "organisation"),
        # a country standing for its government, as written in a headline ("N. Korea")
        ("The latest test, North Korea said, was its biggest yet.", "biggest yet", "North Korea", "organisation"),
    ],
)
def test_organisations_keep_their_name_and_are_no_person(text, words, speaker, kind):
    sp, person, source_kind = source_of(text, words)
    assert (sp, person, source_kind) == (speaker, None, kind)


def test_an_organisation_never_appears_in_people_with_statements():
    text = (
        "Bloomberg reports that the nominee has won the group. “We see a shift,” said Ann Ruiz, a pollster. "
        "The Tax Policy Center at the Urban Institute estimates that the plan would raise $1 trillion."
    )
    assert people_with_statements(text) == {"Ann Ruiz"}


def test_a_person_with_a_body_word_in_their_name_is_a_person():
    text = (
        "Jim Baker, who once led the Baker Institute, spoke on Monday. “We need a deal,” Baker said. "
        "The Baker Institute said in a statement that it backed him."
    )
    sp, person, kind = source_of(text, "need a deal")
    assert (person, kind) == ("Jim Baker", "person")
    sp, person, kind = source_of(text, "backed him")
    assert (sp, person, kind) == ("Baker Institute", None, "organisation")


def test_a_surname_that_names_an_outlet_is_the_person_where_the_text_names_them():
    text = "Michael Bloomberg spoke in New York. “We will spend what it takes,” Bloomberg said."
    assert source_of(text, "spend what it takes")[1] == "Michael Bloomberg"


def test_a_reporter_who_reported_stays_a_person():
    text = "“The talks have stalled,” Maggie Haberman reported on Monday."
    assert source_of(text, "talks have stalled")[1] == "Maggie Haberman"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a sentence's first word that the quote stage may take for a source
        ("Despite the rain, turnout rose. “It was a good day,” Despite said.", "good day"),
        # a lone given name with nothing to say who it is, in a text that names others in full
        ("The base chief known as Bob spoke for the first time. “There never was an order,” Bob said. "
         "Mitchell Zuckoff, the author of the book, disagreed.", "never was"),
        # a number of people
        ("Six said they would vote for him.", "would vote"),
    ],
)
def test_fragments_are_not_people(text, words):
    assert source_of(text, words)[1] is None


def test_a_name_cut_at_an_initial_or_a_dotted_place_is_whole():
    text = (
        'Rep. Robert C. "Bobby" Scott threw open his back yard. "We are ready," Scott said. '
        "Retired U.S. Air Force Gen. Norman Ham spoke next. “It was demoralizing,” he said."
    )
    people = people_with_statements(text)
    assert people == {"Bobby Scott", "Norman Ham"}


def test_a_first_name_is_a_name_where_the_text_names_nobody_in_full():
    assert source_of("“It works,” Ann said.", "works")[1] == "Ann"


def test_a_lone_name_that_is_also_a_surname_stays_a_person():
    # "Grant" is a given name and a common surname: with a title it is someone's surname
    text = "“We will win,” Mr. Grant said."
    assert source_of(text, "will win")[1] == "Grant"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("The New York Times", "outlet"),
        ("Reuters", "outlet"),
        ("The Irish Times", "outlet"),
        ("Hindustan Times", "outlet"),
        ("Fianna Fáil", "party"),
        ("Bharatiya Janata Party", "party"),
        ("Heritage Foundation", "think tank"),
        ("Acme Widgets Inc.", "company"),
        ("Ohio Valley University", "university"),
        ("University of Leeds", "university"),
        ("Harbor Rights Watch", "group"),
        ("National Harbor Coalition", "group"),
        ("Western Journalism", "outlet"),
        ("N. Korea", "place"),
        ("Jim Baker", None),
        ("Priya Natarajan", None),
        ("JFK", None),
    ],
)
def test_organisation_kind(name, kind):
    assert orgs.organisation_kind(name) == kind


def test_the_gazetteer_has_a_header_and_every_kind_is_documented():
    gaz = orgs.gazetteer()
    assert len(gaz) > 500
    assert {k for k, _ in gaz.values()} <= set(orgs.ORGANISATION_KINDS)
    assert {c for _, c in gaz.values()} >= {"US", "UK", "IE", "IN", "INT"}


def test_treatment_needs_no_personal_evidence():
    text = "Politico reported the deal. Smith reported it too. Judicial Watch, a conservative watchdog group, sued."
    found = orgs.treated_as_organisations(text, frozenset({"maggie"}))
    assert "politico" in found and "judicial watch" in found
    # "Smith reported" is found by the pattern, and dropped by speakers where Smith is someone's surname
    text = "Ann Smith spoke. “We won,” Smith said. Smith reported the result."
    assert source_of(text, "We won")[1] == "Ann Smith"


@pytest.mark.parametrize(
    ("mention", "form"),
    [("Last", "none"), ("Despite", "none"), ("Figures", "other"), ("Two-thirds", "other"), ("Legislative", "other"),
     ("Manning", "name"), ("Ahmed", "name")],
)
def test_a_capitalised_word_alone_reads_as_no_name(mention, form):
    from newsanalysis.speakers import read_source, source_kind

    src = read_source(mention)
    assert src.form == form
    if form == "other":
        assert source_kind(src.words)[0] == "unnamed"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a person of an outlet, written with the outlet's "The" and possessive
        ("The Post’s Chris Cillizza writes: “Should Rubio win Florida, it is over.”", "Chris Cillizza"),
        ("As the crowd cheered, The Washington Post's Robert Costa reported, his wife whispered.", "Robert Costa"),
        # a body's name in a person's title
        ("National Republican Senatorial Committee Chairman Roger Wicker said the party was ready.", "Roger Wicker"),
        # "a union member" is a person's role, not a body's apposition
        ("“It was promised,” said Jo Price, a firefighter and union member in Roanoke.", "Jo Price"),
    ],
)
def test_people_of_bodies_stay_people(text, person):
    q, _ = statements(text)
    assert q["person"].dropna().tolist()[:1] == [person]
