"""People: source kinds, pronoun agreement, cue-less quotes, linking across a run, the people table.

Every text here was written for these tests. ``tests/people_corpus`` is a small corpus of local news with
recurring people under varied forms, organisations and unnamed sources; its expected readings are below.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.cli import main
from newsanalysis.speakers import given_name_gender, read_source, source_kind

CORPUS = Path(__file__).resolve().parent / "people_corpus"


def statements_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted text, person, source_kind) of each statement of one text."""
    st = na.statements(na.analyze(text).quotes)
    return [
        (t, None if pd.isna(p) else p, None if pd.isna(k) else k)
        for t, p, k in zip(st["text"], st["person"], st["source_kind"])
    ]


# ------------------------------------------------------------------------------------------ kinds


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("“The budget is fine,” the ministry said.", "ministry", "organisation"),
        ("“It will burn,” the fire service said.", "fire service", "organisation"),
        ("“No,” Harbor Clinic said.", "Harbor Clinic", "organisation"),
        ("“Never,” the union said.", "union", "organisation"),
        ("“Late,” The Washington Times reported.", "Washington Times", "organisation"),
        ("“Late,” the newspaper said.", "newspaper", "organisation"),
        ("“It is bad,” one man said.", "one man", "unnamed"),
        ("“Too late,” officials said.", "officials", "unnamed"),
        ("Officials said the vote could come in May.", "Officials", "unnamed"),
        ("“Costs rose,” hospital managers said.", "hospital managers", "unnamed"),
        ("“No comment,” a spokesperson said.", "a spokesperson", "unnamed"),
        ("“Nobody told us,” a spokeswoman for the health ministry said.", "a spokeswoman for the health ministry",
         "unnamed"),
        ("An independent audit said the bridge was unsafe.", "An independent audit", "unnamed"),
    ],
)
def test_organisations_and_unnamed_sources_are_not_people(text, source, kind):
    q = na.analyze(text).quotes
    speech = q[q["kind"] != "mention"]
    assert speech["speaker"].tolist() == [source]
    assert speech["source_kind"].tolist() == [kind]
    assert speech["person"].isna().all()


def test_source_kind_reads_quantities_of_people_as_unnamed():
    assert source_kind("42% of voters".split()) == ("unnamed", True)
    assert source_kind(["Russia"]) == ("organisation", False)  # a place standing for its government


def test_a_place_after_a_name_is_an_affiliation_not_the_speaker():
    assert statements_of("“We will sign the bill,” said Gov. Mike Pence of Indiana.") == [
        ("We will sign the bill,", "Mike Pence", "person")]
    assert read_source("Sam Reyes of the farm workers’ union").words == ("Sam", "Reyes")


def test_a_place_word_in_a_titled_or_given_name_does_not_unmake_a_person():
    assert statements_of("“We are full,” said Dr. Helen Park.") == [("We are full,", "Helen Park", "person")]


def test_a_spokeswoman_and_the_mayor_she_speaks_of_stay_apart():
    r = na.analyze("A city hall spokeswoman said the mayor would not attend.")
    assert r.speakers["speaker"].tolist() == ["A city hall spokeswoman"]
    assert r.speakers["aliases"].tolist() == ["A city hall spokeswoman"]
    assert r.people.empty


# ------------------------------------------------------------------------------------------ pronouns


def test_she_skips_a_group_and_goes_to_the_woman_named():
    text = ("“Safe,” inspectors said. Marine surveyor Lena Fischer did not agree. "
            "“The hull is rotten,” she wrote.")
    assert statements_of(text)[-1] == ("The hull is rotten,", "Lena Fischer", "person")


def test_she_goes_to_the_woman_in_apposition_not_the_man_before_her():
    text = ("“We are ready,” Mayor Tom Hale said. His chief of staff, Maria Gomez, spoke next. "
            "“We need the money,” she said.")
    assert [p for _, p, _ in statements_of(text)] == ["Tom Hale", "Maria Gomez"]


def test_he_and_she_follow_the_given_names_when_the_text_says_nothing_else():
    text = "Ann Lee met Tom Hart on Monday. “It went well,” he said. “We agreed,” she said."
    assert [p for _, p, _ in statements_of(text)] == ["Tom Hart", "Ann Lee"]


def test_the_articles_own_evidence_beats_the_given_name():
    # Leslie is mostly a woman's name in the census lists; "Mr." says otherwise here
    text = "Mr. Leslie Grant and Ms. Ann Lee spoke. “No,” he said."
    assert statements_of(text) == [("No,", "Leslie Grant", "person")]


def test_they_go_to_a_group_never_to_a_person():
    text = "“We stay,” Ann Lee said. Residents were not convinced. “Go home,” officials said. “Soon,” they said."
    st = na.statements(na.analyze(text).quotes)
    assert st["speaker"].tolist()[-1] == "officials"
    assert st["person"].tolist()[-1] is pd.NA


def test_given_name_statistics():
    assert given_name_gender("Maria") == "f" and given_name_gender("Tomas") in ("m", None)
    assert given_name_gender("James") == "m"  # 3.3% of men, 0.01% of women: the ratio decides
    assert given_name_gender("Priya") is None  # not in the 1990 lists: unknown, not guessed


# ------------------------------------------------------------------------------------------ cue-less quotes


def test_a_quote_after_a_sentence_about_a_person_is_theirs():
    text = "The striker, Tomas Vidal, scored twice. Pressed on his contract, he shrugged. “We will see.”"
    assert statements_of(text) == [("We will see.", "Tomas Vidal", "person")]


def test_a_quote_after_a_colon_closing_a_sentence_about_someone():
    assert statements_of("Ruth Alvarez was defiant: “We will not wait.”") == [
        ("We will not wait.", "Ruth Alvarez", "person")]
    q = na.analyze("The minister was defiant: “We will not back down.”").quotes
    assert q["speaker_mention"].tolist() == ["The minister"] and q["source_kind"].tolist() == ["unnamed"]


def test_a_round_up_line_gives_the_name_before_the_outlet():
    text = "Reactions poured in.\n\nAnna Berg, The Harbor Times: “A sad day for the city.”"
    assert statements_of(text) == [("A sad day for the city.", "Anna Berg", "person")]


def test_a_quote_with_no_cue_after_a_sentence_about_nobody_stays_without_a_speaker():
    text = "The rain fell all night. “Nobody slept.”"
    assert statements_of(text) == [("Nobody slept.", None, None)]


def test_nfd_text_gives_whole_names_and_offsets_into_the_original():
    text = unicodedata.normalize("NFD", "“We won,” said José Müller. Müller smiled.")
    q = na.analyze(text).quotes
    assert q["person"].tolist() == ["José Müller"]
    row = q.iloc[0]
    assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_mention"]
    assert text[row["start"] : row["end"]] == row["text"] == "We won,"


# ------------------------------------------------------------------------------------------ across a run


def test_one_person_under_several_names_is_one_person():
    r = na.analyze([
        "“We vote today,” Councillor Ruth Alvarez said.",
        "“We wait,” Ruth Alvarez said. “Maybe,” Mayor Alvarez said later.",
        "“Not yet,” said Alvarez.",
    ], progress=False)
    assert set(r.quotes["person"]) == {"Ruth Alvarez"}
    assert r.people["person"].tolist() == ["Ruth Alvarez"]
    assert r.people.loc[0, ["articles", "statements"]].tolist() == [3, 4]
    assert r.quotes["speaker"].tolist() == ["Ruth Alvarez", "Ruth Alvarez", "Ruth Alvarez", "Alvarez"]


def test_people_sharing_a_surname_stay_apart_and_a_lone_surname_is_not_guessed():
    r = na.analyze([
        "“Yes,” Ruth Alvarez said.",
        "“No,” Mark Alvarez said.",
        "“Perhaps,” Alvarez said.",
    ], progress=False)
    assert r.quotes["person"].tolist() == ["Ruth Alvarez", "Mark Alvarez", "Alvarez"]


def test_a_surname_of_the_other_gender_is_not_linked():
    r = na.analyze(["“Yes,” Ruth Alvarez said.", "“No,” Mr. Alvarez said."], progress=False)
    assert r.quotes["person"].tolist() == ["Ruth Alvarez", "Alvarez"]


def test_middle_initials_merge_only_when_one_pattern_is_seen():
    r = na.analyze(["“Yes,” Elijah E. Cummings said.", "“No,” Elijah Cummings said."], progress=False)
    assert set(r.quotes["person"]) == {"Elijah Cummings"} or set(r.quotes["person"]) == {"Elijah E. Cummings"}
    r = na.analyze(["“Yes,” George H. W. Bush said.", "“No,” George W. Bush said."], progress=False)
    assert r.quotes["person"].tolist() == ["George H. W. Bush", "George W. Bush"]


def test_texts_with_nothing_to_merge_keep_every_person():
    r = na.analyze(["“Go,” Ann Lee said. “Stay,” Tom Hart said.", "“Wait,” Priya Natarajan said."], progress=False)
    assert sorted(r.people["person"]) == ["Ann Lee", "Priya Natarajan", "Tom Hart"]
    assert (r.quotes["person"] == r.quotes["speaker"]).all()


def test_a_merge_map_joins_what_rules_cannot(tmp_path):
    texts = ["“Yes,” Donald J. Trump said.", "“No,” Donald Trump said.", "“Maybe,” The Donald said."]
    assert na.analyze(texts, progress=False).quotes["person"].tolist()[:2] == ["Donald Trump"] * 2
    r = na.analyze(texts, progress=False, aliases={"Donald Trump": "Donald John Trump"})
    assert r.quotes["person"].tolist()[:2] == ["Donald John Trump"] * 2
    assert r.people["person"].tolist()[0] == "Donald John Trump"
    csv = tmp_path / "aliases.csv"
    csv.write_text("alias,person\nDonald Trump,Donald John Trump\n", encoding="utf-8")
    assert na.read_aliases(csv) == {"Donald Trump": "Donald John Trump"}
    bad = tmp_path / "bad.csv"
    bad.write_text("only one column\n", encoding="utf-8")
    with pytest.raises(na.NewsAnalysisError, match="bad.csv, line 1"):
        na.read_aliases(bad)


def test_cli_report_takes_a_merge_map(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("“Yes,” Ann Lee said.", encoding="utf-8")
    (folder / "b.txt").write_text("“No,” Annie Lee said.", encoding="utf-8")
    csv = tmp_path / "aliases.csv"
    csv.write_text("Annie Lee,Ann Lee\n", encoding="utf-8")
    assert main(["report", str(folder), "--out", str(tmp_path / "out"), "--formats", "png", "-q",
                 "--aliases", str(csv)]) == 0
    people = pd.read_csv(tmp_path / "out" / "tables" / "people.csv")
    assert people["person"].tolist() == ["Ann Lee"] and people["statements"].tolist() == [2]
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Annie Lee" not in html.split("Most quoted people")[1].split("</table>")[0]


def test_most_quoted_ranks_people_and_never_organisations():
    q = na.analyze(["“A great day,” the ministry said. “Good,” the ministry said.", "“Fine,” Ann Lee said."],
                   progress=False).quotes
    assert na.most_quoted(q)["person"].tolist() == ["Ann Lee"]
    assert na.most_quoted(q, by="speaker")["speaker"].tolist() == ["ministry", "Ann Lee"]


# ------------------------------------------------------------------------------------------ the corpus

#: Every statement of tests/people_corpus: (article, start of the quoted text) -> person, or None when the
#: source is not a named person.
EXPECTED = {
    ("2026-03-02-harbor-clinic", "Harbor Clinic will close"): None,
    ("2026-03-02-harbor-clinic", "We cannot staff"): "Helen Park",
    ("2026-03-02-harbor-clinic", "Families in the east end"): "Ruth Alvarez",
    ("2026-03-02-harbor-clinic", "the council would ask"): "Ruth Alvarez",
    ("2026-03-02-harbor-clinic", "The ministry has not"): None,
    ("2026-03-02-harbor-clinic", "We heard it"): None,
    ("2026-03-02-harbor-clinic", "seasonal workers"): "Sam Reyes",
    ("2026-03-02-harbor-clinic", "They finish at nine"): "Sam Reyes",
    ("2026-03-05-council-vote", "We need the numbers"): "Tom Hale",
    ("2026-03-05-council-vote", "The numbers are late"): "Maria Gomez",
    ("2026-03-05-council-vote", "We will not wait"): "Ruth Alvarez",
    ("2026-03-05-council-vote", "the vote could come"): None,
    ("2026-03-05-council-vote", "A delay costs lives"): "Sam Reyes",
    ("2026-03-05-council-vote", "the union would march"): "Sam Reyes",
    ("2026-03-09-ferry", "The hull plates"): "Lena Fischer",
    ("2026-03-09-ferry", "the ferry would sail"): None,
    ("2026-03-09-ferry", "Every check was passed"): None,
    ("2026-03-09-ferry", "I have sailed worse"): "Omar Haddad",
    ("2026-03-12-budget", "the city would cover"): "Tom Hale",
    ("2026-03-12-budget", "It is a bridge"): "Tom Hale",
    ("2026-03-12-budget", "The city has the money"): "Ana Costa",
    ("2026-03-12-budget", "Nobody told us"): None,
    ("2026-03-12-budget", "It buys us three months"): "Helen Park",
    ("2026-03-12-budget", "the deal"): "Helen Park",  # a stance: "Dr. Park welcomed the deal."
    ("2026-03-16-reactions", "We will reopen"): "Helen Park",
    ("2026-03-16-reactions", "she would keep pressing"): "Ruth Alvarez",
    ("2026-03-16-reactions", "This is not over"): "Ruth Alvarez",
    ("2026-03-16-reactions", "The union will watch"): "Sam Reyes",
    ("2026-03-18-letters", "Three months is nothing"): "Alvarez",  # Mr. Alvarez, not the councillor
    ("2026-03-18-letters", "Anger will not fix"): "Daniel Okafor",
    ("2026-03-18-letters", "Fix the ferry first"): None,
    ("2026-03-20-strike", "We will see"): "Tomas Vidal",
    ("2026-03-20-strike", "Talks are going well"): "Paula Brandt",
    ("2026-03-20-strike", "it expected a deal"): None,
    ("2026-03-20-strike", "Vidal is the best"): "Marta Ruiz",
}


@pytest.fixture(scope="module")
def corpus():
    return na.analyze(CORPUS, progress=False)


def test_corpus_every_statement_has_the_right_person_or_none(corpus):
    st = na.statements(corpus.quotes)
    got = {}
    for aid, text, person in zip(st["article_id"], st["text"], st["person"]):
        key = next((k for k in EXPECTED if k[0] == aid and str(text).startswith(k[1])), (aid, text))
        got[key] = None if pd.isna(person) else person
    assert got == EXPECTED


def test_corpus_people_table_lists_exactly_the_people(corpus):
    people = corpus.people
    expected = {p for p in EXPECTED.values() if p}
    assert set(people["person"]) == expected
    assert people["person"].is_unique
    alvarez = people.set_index("person").loc["Ruth Alvarez"]
    assert (alvarez["articles"], alvarez["statements"], alvarez["title"]) == (3, 5, "Councillor")
    assert "Councillor Alvarez" in alvarez["aliases"].split("; ")
    assert alvarez["first_date"] == pd.Timestamp("2026-03-02")
    hale = people.set_index("person").loc["Tom Hale"]
    assert (hale["articles"], hale["statements"], hale["title"]) == (2, 3, "Mayor")
    assert people["statements"].is_monotonic_decreasing


def test_corpus_sources_table_holds_the_rest(corpus):
    src = corpus.sources
    assert set(src["kind"]) == {"organisation", "unnamed"}
    assert not set(src["source"]) & set(corpus.people["person"])
    st = na.statements(corpus.quotes)
    assert src["statements"].sum() == st["person"].isna().sum()


def test_people_table_from_tables_read_back_equals_the_runs(corpus, tmp_path):
    out = na.analyze_to(CORPUS, tmp_path / "out", chunk_size=2, progress=False)
    quotes, speakers = out.read("quotes"), out.read("speakers")
    pd.testing.assert_frame_equal(na.people(quotes, speakers, out.read("articles")), corpus.people)


# ------------------------------------------------------------------------------------------ reading a source


@pytest.mark.parametrize(
    "mention, words, title",
    [
        ("Secretary of State John F. Kerry", ("John", "F.", "Kerry"), ("Secretary", "of", "State")),
        ("Representative Peter T. King of New York", ("Peter", "T.", "King"), ("Representative",)),
        ("Hillary Clinton sternly reprimanded Mr. Trump", ("Hillary", "Clinton"), ()),
        ("Former presidential candidate Mitt Romney", ("Mitt", "Romney"), ()),
        ("Trump campaign manager Kellyanne Conway", ("Kellyanne", "Conway"), ()),
        ("Mayor King", ("King",), ("Mayor",)),
    ],
)
def test_read_source_finds_the_name(mention, words, title):
    src = read_source(mention)
    assert (src.form, src.words, src.title) == ("name", words, title)


@pytest.mark.parametrize("mention", ["chief executive of CloudFlare", "Y.", "the Kremlin", "a campaign spokesman"])
def test_read_source_knows_what_is_no_name(mention):
    assert read_source(mention).form == "other"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Michael Mulgrew, president of the United Federation of Teachers, said schools would open.", "Michael Mulgrew"),
        ("Schiff, 56, who has served on the committee, told reporters the vote was close. Adam Schiff left.",
         "Adam Schiff"),
        ("In a statement, one of the family's attorneys, Justin Bamberg, said the videos were clear.", "Justin Bamberg"),
        ("Ted Cruz, a graduate of Harvard Law School who has argued cases, said taxes would fall.", "Ted Cruz"),
        ("Arianna Gil, 22, who helped found the group in 2014, said the police were wrong.", "Arianna Gil"),
        ("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said he was worried.", "Harry Bond"),
        ("“It is a fad,” said J.M. Berger, a fellow at the university.", "J.M. Berger"),
        ("I. Charles McCullough III, the inspector general, said the emails were secret.", "Charles McCullough III"),
    ],
)
def test_a_source_in_apposition_goes_to_the_name(text, person):
    st = na.statements(na.analyze(text).quotes)
    assert st["person"].tolist()[0] == person


def test_a_pronoun_inside_a_sentence_goes_to_that_sentences_subject():
    text = ("Ann Lee spoke first. Tom Hart has blasted the delegate system, which he said "
            "runs the risk of leaving voters out.")
    st = na.statements(na.analyze(text).quotes)
    assert st["person"].tolist() == ["Tom Hart"]


def test_a_newspapers_name_is_not_a_cue():
    q = na.analyze("“Late,” The Washington Post reported.").quotes
    assert (q["speaker"].tolist(), q["cue"].tolist(), q["source_kind"].tolist()) == (
        ["Washington Post"], ["reported"], ["organisation"])


def test_the_source_before_a_cue_that_closes_the_words_before_a_colon():
    text = "While having a heated debate, a friend commented: “For you, immigration is the reason.”"
    q = na.analyze(text).quotes
    assert (q["speaker_mention"].tolist(), q["source_kind"].tolist()) == (["a friend"], ["unnamed"])
    text = ("Bernie Sanders spoke in Iowa.\n\nOn July 6, 2015, Sanders made the following comment:\n\n"
            "“Unemployment is far too high.”")
    assert statements_of(text) == [("Unemployment is far too high.", "Bernie Sanders", "person")]


def test_a_title_description_goes_to_the_person_holding_the_title_not_the_last_speaker():
    text = ("“We will rebuild,” Mayor Elena Ruiz said. Her deputy, Tom Becker, was less sure. “Maybe,” he said. "
            "The mayor said later that the vote was final.")
    st = na.statements(na.analyze(text).quotes)
    assert st["person"].tolist() == ["Elena Ruiz", "Tom Becker", "Elena Ruiz"]


def test_british_honorifics_without_a_period_and_bodies_by_name():
    st = na.statements(na.analyze("Jane Smith runs the agency. “We are ready,” said Ms Smith.").quotes)
    assert st["person"].tolist() == ["Jane Smith"]
    q = na.analyze("“No comment,” the BBC said. “Arrests were made,” police said. “We deny it,” Acme Corp said.").quotes
    assert q["source_kind"].tolist() == ["organisation"] * 3


# ------------------------------------------------------------------------------------------ gender


def test_gender_comes_from_the_articles_first_then_the_given_name_else_unknown():
    r = na.analyze([
        "“Yes,” Mr. Leslie Grant said.",            # Leslie: mostly women in the census lists; "Mr." decides
        "“No,” Maria Gomez said.",                  # nothing in the text: the given name
        "“Maybe,” Priya Natarajan said.",           # not in the 1990 lists, nothing in the text: unknown
        "“Soon,” Kim Park said. She left.",         # Kim is shared; "she" resolved to her decides
    ], progress=False)
    got = r.people.set_index("person")[["gender", "gender_evidence"]].to_dict("index")
    assert got["Leslie Grant"] == {"gender": "male", "gender_evidence": "article"}
    assert got["Maria Gomez"] == {"gender": "female", "gender_evidence": "given name"}
    assert got["Priya Natarajan"]["gender"] == "unknown" and pd.isna(got["Priya Natarajan"]["gender_evidence"])
    assert r.speakers.set_index("speaker").loc["Maria Gomez", "gender"] is pd.NA  # speakers: the text's evidence only


def test_british_local_news_forms():
    r = na.analyze([
        "Head teacher Grace O'Neill said the plan would cost jobs. “We were not asked,” Mrs O'Neill said.",
        "“Small schools cannot survive,” said Cllr Peter Hughes. “We have listened,” Mr Hughes told the Gazette.",
        "Local MP Dame Helen Carter said she had written to the minister.",
    ], progress=False)
    people = r.people.set_index("person")
    assert sorted(people.index) == ["Grace O'Neill", "Helen Carter", "Peter Hughes"]
    assert people.loc["Grace O'Neill", "title"] == "Head teacher"
    assert people.loc["Peter Hughes", "statements"] == 2
    assert "the minister" not in people.loc["Helen Carter", "aliases"]  # the minister she wrote to is someone else


def test_a_surname_is_linked_on_its_own_articles_evidence():
    r = na.analyze([
        "“Every hour was needed,” Police Chief Mark Davis said. “Show us,” council member Linda Davis said.",
        "Chief Davis said he welcomed the audit.",
        "“Secrecy breeds suspicion,” Ms. Davis said.",
        "“The audit helped,” Davis said.",  # nothing tells which Davis: left as written
        "Chief Davis said he was fine. “Me too,” Ms. Davis said.",  # two Davises the table cannot tell apart
    ], progress=False)
    assert r.quotes["person"].tolist() == ["Mark Davis", "Linda Davis", "Mark Davis", "Linda Davis", "Davis",
                                           "Davis", "Davis"]


def test_a_group_after_a_name_and_and_is_not_that_person():
    text = ("There is an opening after the death of Justice Antonin Scalia, and Republicans have refused "
            "to vote on the nominee.")
    q = na.analyze(text).quotes
    assert q["speaker"].tolist() == ["Republicans"] and q["person"].isna().all()
    assert q["source_kind"].tolist() == ["unnamed"]


def test_compare_outlets_counts_statements_sources_and_gender_per_outlet():
    df = pd.DataFrame({
        "id": ["a", "b", "c"], "source": ["Wire", "Daily", "Daily"],
        "text": ["“Good,” Ms. Ann Lee said. “Yes,” Ms. Kim Park said.",
                 "“Bad,” officials said. “Fine,” Mr. Tom Hart said.",
                 "“No,” the ministry said."],
    })
    t = na.compare_outlets(na.analyze(df, progress=False))
    assert t.index.tolist() == ["Daily", "Wire"]
    daily, wire = t.loc["Daily"], t.loc["Wire"]
    assert (daily["articles"], daily["statements"], daily["people"]) == (2, 3, 1)
    assert round(daily["unnamed_share"], 3) == round(1 / 3, 3) and round(daily["organisation_share"], 3) == round(1 / 3, 3)
    assert (daily["female_share"], wire["female_share"]) == (0.0, 1.0)


def test_compare_outlets_shares_are_of_all_statements_even_without_a_source():
    df = pd.DataFrame({"id": ["a"], "source": ["Wire"],
                       "text": ["The rain fell all night. “Nobody slept.”\n\nThe road is shut. “It was bad,” officials said."]})
    r = na.analyze(df, progress=False)
    assert int(r.articles["n_statements"].iloc[0]) == 2  # one statement has no source
    assert na.compare_outlets(r).loc["Wire", "unnamed_share"] == 0.5


def test_no_name_ends_with_an_apostrophe():
    # a possessive after s ("Sanders’ campaign") and the closing mark of a quote ("‘Crooked Hillary’", ''...'')
    # are no part of a name: one person, not "Bernie Sanders" and "Bernie Sanders’"
    texts = [
        "Sen. Bernie Sanders spoke in Iowa. Bernie Sanders’ campaign was upbeat. “We will win,” Bernie Sanders said.",
        "Donald Trump called her ‘Crooked Hillary’ again. Hillary Clinton laughed. “It is sad,” Hillary Clinton said.",
        "''We will win,'' Ann Lee said. Voters chanted ''Ann Lee'' outside.",
    ]
    result = na.analyze(texts)
    people = result.people
    assert not people["person"].str.contains("[’']$").any(), people["person"].tolist()
    assert {"Bernie Sanders", "Hillary Clinton", "Ann Lee"} <= set(people.loc[people["statements"] > 0, "person"])


def test_military_ranks_are_titles_and_descriptions():
    # "Admiral Harris" is Harry Harris with the title Admiral, and "the admiral" a description of him
    text = ("Adm. Harry Harris Jr. leads the Pacific Command. “We are ready,” Admiral Harris said. "
            "The admiral has added another job. “We must speak clearly,” he said. "
            "Col. Ann Reyes spoke next. “We will see,” the colonel said.")
    result = na.analyze([text])
    q = result.quotes
    said = dict(zip(q["text"], q["person"]))
    assert said["We are ready,"] == said["We must speak clearly,"] == "Harry Harris Jr."
    assert said["We will see,"] == "Ann Reyes"
    people = result.people.set_index("person")
    assert "Admiral Harris" not in people.index and people.loc["Harry Harris Jr.", "title"] == "Adm."


def test_a_transcript_label_in_capitals_is_a_person_even_unmet():
    # WALLACE is met only as a label: the one who speaks, not an organisation; PENCE is Mike Pence, met before
    text = ("Mike Pence spoke on Sunday.\n\nPartial transcript as follows:\n\n"
            "“WALLACE: Let us start with the news. Will she be there?\n\n"
            "“PENCE: She will not be attending the debate.\n\n"
            "“WALLACE: Do you really see those two as equal?\n\n"
            "“CNN: The network asked for comment.”\n\n")
    q = na.quotes(text)
    turns = q[q["rule"] == "transcript_turn"]
    by_label = dict(zip(turns["speaker_mention"], zip(turns["speaker"], turns["source_kind"])))
    assert by_label["WALLACE"] == ("Wallace", "person")
    assert by_label["PENCE"] == ("Mike Pence", "person")
    assert by_label.get("CNN", (None, "organisation"))[1] != "person"  # a body's label stays a body
