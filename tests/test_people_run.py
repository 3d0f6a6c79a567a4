"""One person, one row across a run: the linking rules of :mod:`newsanalysis.persons`, each with its counter-case.

Every text here was written for these tests (invented people).
"""

from __future__ import annotations

import pandas as pd
import pytest

import newsanalysis as na


def persons(texts: list[str]) -> list[tuple[str, str]]:
    """(speaker as its article writes it, person as the run links it) of each quote row."""
    q = na.analyze(texts, progress=False).quotes
    return list(zip(q["speaker"].tolist(), q["person"].tolist()))


def linked(rows: list[tuple[str, str, str | None, str | None]]) -> list[str]:
    """``person`` after :func:`na.link_people` of a speakers table of (article, person, gender, title) rows."""
    s = pd.DataFrame(rows, columns=["article_id", "person", "gender", "title"]).assign(
        speaker=lambda d: d["person"], statements=1)
    q = s[["article_id", "person", "speaker"]]
    return na.link_people(q, s)[1]["person"].tolist()


# ------------------------------------------------------------------------------------------ middle names


def test_a_middle_initial_drops_out_of_the_canonical_name():
    assert persons(["“Yes,” Harold T. Vance said.", "“No,” Harold Vance said."]) == [
        ("Harold T. Vance", "Harold Vance"), ("Harold Vance", "Harold Vance")]
    assert persons(["“Yes,” Harold T. Vance said."]) == [("Harold T. Vance", "Harold Vance")]


def test_two_middle_initials_are_two_people_and_keep_them():
    assert [p for _, p in persons(["“Yes,” Robert K. Lane said.", "“No,” Robert J. Lane said.",
                                   "“Hm,” Robert Lane said."])] == ["Robert K. Lane", "Robert J. Lane", "Robert Lane"]


def test_a_middle_name_links_to_the_plain_name_the_run_holds():
    assert [p for _, p in persons(["“Yes,” Marian Holt Becker said.", "“No,” Marian Becker said."])] == [
        "Marian Becker", "Marian Becker"]


def test_a_middle_name_alone_in_the_run_is_kept():
    assert persons(["“Yes,” Mary Ellen Ford said."]) == [("Mary Ellen Ford", "Mary Ellen Ford")]


# ------------------------------------------------------------------------------------------ short forms


def test_a_short_form_links_to_the_full_given_name_where_the_run_holds_both():
    got = persons(["“Yes,” Timothy J. Sloane said.", "“No,” Tim Sloane said.",
                   "“Fine,” Ben Ortiz said.", "“Go,” Benjamin Ortiz said."])
    assert [p for _, p in got] == ["Tim Sloane", "Tim Sloane", "Ben Ortiz", "Ben Ortiz"]


def test_a_short_form_that_fits_two_people_is_left_alone():
    got = persons(["“Yes,” Christopher Dalton said.", "“No,” Christine Dalton said.", "“Hm,” Chris Dalton said."])
    assert [p for _, p in got] == ["Christopher Dalton", "Christine Dalton", "Chris Dalton"]


def test_a_short_form_of_the_other_gender_is_another_person():
    got = persons(["“Yes,” Patricia Moran said.", "Pat Moran spoke next. “No,” he said."])
    assert [p for _, p in got] == ["Patricia Moran", "Pat Moran"]


def test_a_short_form_needs_its_surname():
    got = persons(["“Yes,” Timothy Sloane said.", "“No,” Tim Barker said."])
    assert [p for _, p in got] == ["Timothy Sloane", "Tim Barker"]


# ------------------------------------------------------------------------------------------ particles, forms


def test_a_surname_with_a_particle_links_whatever_its_case():
    got = persons(["“Yes,” Bill de Rosa said.", "“No,” De Rosa said.", "“Later,” Mayor de Rosa said."])
    assert [p for _, p in got] == ["Bill de Rosa"] * 3


def test_initials_for_a_given_name_link_to_the_name_with_those_initials():
    assert linked([("a", "Henry L. Marsh", None, None), ("b", "L. Marsh", None, None),
                   ("c", "Ada Marsh", None, None)]) == ["Henry Marsh", "Henry Marsh", "Ada Marsh"]


def test_a_word_before_the_given_name_is_no_part_of_the_name():
    # "Secretary of State Ann Withers" cut at "of" leaves "State Ann Withers"
    assert linked([("a", "Ann Withers", None, None), ("b", "State Ann Withers", None, None)]) == ["Ann Withers"] * 2
    assert linked([("a", "Ann Withers", None, None), ("b", "Lee Ann Withers", None, None)]) == [
        "Ann Withers", "Lee Ann Withers"]  # a given name before it: another person


# ------------------------------------------------------------------------------------------ a surname alone

DELANES = ["“We will act,” President Marcus Delane said.", "“We act,” Marcus Delane said.",
           "“I am proud,” Irene Delane said."]


@pytest.mark.parametrize("text, person", [
    ("“Not now,” President Delane said.", "Marcus Delane"),  # the office the run gives him
    ("“Soon,” Mr. Delane said.", "Marcus Delane"),  # the gender
    ("“Soon,” Ms. Delane said.", "Irene Delane"),
])
def test_a_surname_alone_goes_to_the_relative_its_article_fits(text, person):
    assert persons([*DELANES, text])[-1] == ("Delane", person)


def test_a_surname_alone_with_no_evidence_goes_to_a_clearly_dominant_full_name():
    texts = ["“A,” Marcus Delane said.", "“B,” Marcus Delane said.", "“C,” Marcus Delane said.",
             "“D,” Irene Delane said.", "“E,” Delane said."]
    assert persons(texts)[-1] == ("Delane", "Marcus Delane")
    assert persons(texts[2:])[-1] == ("Delane", "Delane")  # 1 to 1: not guessed


def test_a_surname_alone_in_an_article_with_two_people_of_that_surname_is_not_sent_elsewhere():
    rows = [("a", "Marcus Delane", None, None)] * 3 + [
        ("b", "Irene Delane", None, None), ("b", "Paul Delane", None, None), ("b", "Delane", None, None)]
    assert linked(rows)[-1] == "Delane"
    assert linked([*rows[:3], ("b", "Irene Delane", None, None), ("b", "Delane", None, None)])[-1] == "Irene Delane"


# ------------------------------------------------------------------------------------------ Jr.


def test_a_junior_and_his_father_stay_two_people():
    got = persons(["“A,” Walter Grange Jr. said.", "“B,” Senator Walter Grange said.",
                   "“C,” Walter Grange said. “D,” Walter Grange Jr., his son, said."])
    assert [p for _, p in got] == ["Walter Grange Jr.", "Walter Grange", "Walter Grange", "Walter Grange Jr."]


def test_a_junior_never_beside_the_plain_name_and_with_its_title_is_one_person():
    got = persons(["“A,” Governor Samuel P. Whitlow Jr. said.", "“B,” Gov. Sam Whitlow said."])
    assert [p for _, p in got] == ["Sam Whitlow", "Sam Whitlow"]


def test_the_people_table_has_one_row_a_person():
    r = na.analyze([*DELANES, "“Not now,” President Delane said.", "“Yes,” Marcus T. Delane said."],
                   progress=False)
    t = r.people.set_index("person")
    assert t.loc["Marcus Delane", "statements"] == 4 and t.loc["Irene Delane", "statements"] == 1
    assert len(t) == 2


def test_words_run_into_a_full_name_of_the_run_are_no_part_of_it():
    rows = [("a", "Glenn Okoro", None, None), ("b", "Glenn Okoro Blasts Critics", None, None),
            ("c", "Rival Glenn Okoro", None, None)]
    assert linked(rows) == ["Glenn Okoro"] * 3


def test_a_double_surname_alone_goes_to_the_full_name_that_ends_with_it_but_a_suffix_stays():
    rows = [("a", "Wasserman Schultz", None, None), ("b", "Debbie Wasserman Schultz", None, None),
            ("c", "Brent Bozell", None, None), ("d", "Brent Bozell III", None, None)]
    assert linked(rows) == ["Debbie Wasserman Schultz"] * 2 + ["Brent Bozell", "Brent Bozell III"]


def test_a_surname_alone_needs_a_surname_and_a_person_with_a_given_name():
    rows = [("a", "Crooked Hillary", None, None), ("b", "Hillary", None, None),
            ("c", "Robert C.", None, None), ("d", "C.", None, None),
            ("e", "Gold Star", None, None), ("f", "star", None, None)]
    assert linked(rows) == ["Crooked Hillary", "Hillary", "Robert C.", "C.", "Gold Star", "star"]


def test_a_possessive_before_a_name_is_not_a_given_name():
    rows = [("a", "France’s Francois Hollande", None, None), ("b", "Francois Hollande", None, None),
            ("c", "Francois Hollande", None, None)]
    assert linked(rows) == ["Francois Hollande"] * 3


def test_a_surname_alone_prefers_people_with_a_given_name_to_words_run_into_the_surname():
    rows = [("a", "Ruth Okafor", None, None), ("b", "Ruth Okafor", None, None),
            ("d", "Both Okafor", None, None), ("e", "Top Okafor", None, None), ("f", "Okafor", None, None)]
    assert linked(rows)[-1] == "Ruth Okafor"


def test_two_people_of_one_surname_in_one_article_stay_two_rows():
    r = na.analyze(["“We will win,” Donald Okafor said. “He will,” his son Eric Okafor said.",
                    "“Next year,” Donald Okafor said."], progress=False)
    assert sorted(r.quotes["person"]) == ["Donald Okafor", "Donald Okafor", "Eric Okafor"]
    assert r.people.set_index("person")["statements"].to_dict() == {"Donald Okafor": 2, "Eric Okafor": 1}


def test_a_given_name_unknown_to_the_census_lists_still_wins_by_weight():
    rows = [*[(f"a{i}", "Barack Okafor", None, None) for i in range(4)], ("b", "Michelle Okafor", None, None),
            ("c", "Okafor", None, None)]
    assert linked(rows)[-1] == "Barack Okafor"


def test_people_and_sources_in_one_pass_count_what_filtering_each_person_counts():
    texts = ["“We will act,” President Marcus Delane said. Officials said no. “Yes,” Ruth Okafor said, “soon.”",
             "“Never,” the ministry said. Ms. Okafor said the plan was “a mess” for all. “Later,” Mr. Delane said.",
             "“Fine,” Irene Delane said. The ministry said it would wait. Ruth Okafor agreed."]
    r = na.analyze(texts, progress=False)
    st = na.statements(r.quotes)
    got = r.people.set_index("person")
    for person, row in got.iterrows():
        said = st[st["person"] == person]
        seen = r.speakers[r.speakers["person"] == person]
        assert row["statements"] == len(said) and row["articles"] == said["article_id"].nunique()
        assert row["mentions"] == seen["mentions"].sum()
        assert row["mean_compound"] == pytest.approx(said["compound"].mean(), nan_ok=True)
    assert set(got.index) == set(r.speakers["person"].dropna())
    src = na.sources(r.quotes).set_index("source")
    other = st[st["source_kind"].isin(["organisation", "unnamed"])]
    assert src["statements"].sum() == len(other)
    assert src.loc["ministry", "statements"] == len(other[other["speaker"].str.lower() == "ministry"])


def test_a_party_description_goes_to_the_one_person_of_the_article_the_run_writes_with_that_party():
    # within the article "the Democratic nominee" follows Trump's statement; across the run Trump is written as a
    # Republican and Clinton as a Democrat, so the statement is hers (the party words are titles, counted together)
    texts = [
        "Republican Donald Trump spoke in Ohio. “We will win,” Trump said.",
        "Democrat Hillary Clinton spoke in Iowa. “We will win,” Clinton said.",
        "Hillary Clinton and Donald Trump campaigned on Monday. “We will build it,” Donald Trump said. "
        "The Democratic nominee said that taxes would rise.",
    ]
    q = na.analyze(texts).quotes
    row = q[q["speaker_mention"] == "The Democratic nominee"]
    assert row["person"].tolist() == ["Hillary Clinton"] and row["speaker_rule"].tolist() == ["run_description"]
    # with no one of the article written with that party, the description is left as the article read it
    alone = na.analyze(texts[2:]).quotes
    assert alone.loc[alone["speaker_mention"] == "The Democratic nominee", "speaker_rule"].tolist() == ["description"]


def test_people_aliases_leave_out_forms_the_run_contradicts():
    # a within-article guess left in a person's aliases ("the Florida senator" of a Texas senator, "she" of a man)
    # is no form a reader can take for them; the forms that fit stay
    texts = ["Sen. Ted Cruz (R-Texas) spoke first. “We will win,” Cruz said. “Not so,” the Texas senator said.",
             "Sen. Ted Cruz (R-Texas) spoke again. “We will win again,” Ted Cruz said."]
    result = na.analyze(texts)
    speakers = result.speakers.copy()
    row = speakers.index[speakers["person"] == "Ted Cruz"][0]
    speakers.loc[row, "aliases"] = speakers.loc[row, "aliases"] + "; the Florida senator; she"
    people = na.people(result.quotes, speakers, result.articles).set_index("person")
    forms = people.loc["Ted Cruz", "aliases"].split("; ")
    assert "the Florida senator" not in forms and "she" not in forms
    assert {"Ted Cruz", "the Texas senator"} <= set(forms)
