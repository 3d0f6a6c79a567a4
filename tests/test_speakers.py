"""Speakers: resolution of names, pronouns and descriptions, and the speakers table."""

from __future__ import annotations

import pytest

import newsanalysis as na
from newsanalysis import schema


def speakers(text: str):
    return na.analyze(text, progress=False).speakers.set_index("speaker")


def aliases(table, name: str) -> list[str]:
    return str(table.loc[name, "aliases"]).split(schema.ALIAS_SEP)


def test_cross_article_resolution_to_one_row():
    text = (
        "Hillary Clinton spoke in Ohio on Monday. “We will win,” Clinton said. "
        "The former secretary of state added that taxes would fall. “Soon,” she said."
    )
    sp = speakers(text)
    assert list(sp.index) == ["Hillary Clinton"]
    assert aliases(sp, "Hillary Clinton") == [
        "Hillary Clinton", "Clinton", "The former secretary of state", "she",
    ]
    assert sp.loc["Hillary Clinton", "statements"] == 3
    assert sp.loc["Hillary Clinton", "first_mention"] == 0


def test_title_before_the_name_and_unquoted_people():
    text = (
        "Italian Prime Minister Giorgia Meloni met German Chancellor Friedrich Merz. "
        "“It went well,” Ann Lee said."
    )
    sp = speakers(text)
    assert sp.loc["Giorgia Meloni", "title"] == "Italian Prime Minister"
    assert sp.loc["Friedrich Merz", "title"] == "German Chancellor"
    assert sp.loc["Giorgia Meloni", "statements"] == 0
    assert sp.loc["Ann Lee", "statements"] == 1


def test_senator_with_initials_and_party():
    text = "“We will fight,” said Sen. Ted Cruz, R-Texas. Cruz later left."
    sp = speakers(text)
    assert sp.loc["Ted Cruz", "title"] == "Sen."
    assert sp.loc["Ted Cruz", "mentions"] == 2


def test_descriptions_resolve_by_their_qualifiers():
    text = (
        "President Trump called Russian President Vladimir Putin on Monday. “It went well,” the US president said. "
        "He also spoke with his Russian counterpart about trade. "
        "“We agreed,” the Russian president said."
    )
    q = na.quotes(text)
    direct = q[q["kind"] == "direct"]
    assert direct["speaker"].tolist() == ["Trump", "Vladimir Putin"]
    assert direct["speaker_mention"].tolist() == ["the US president", "the Russian president"]
    sp = speakers(text)
    assert "his Russian counterpart" in aliases(sp, "Vladimir Putin")
    assert sp.loc["Trump", "title"] == "President"


def test_pronoun_respects_a_known_gender():
    text = "Mrs. Ann Lee met Mr. Bob Smith. “Yes,” Mr. Smith said. “No,” she said."
    q = na.quotes(text)
    assert q[q["kind"] == "direct"]["speaker"].tolist() == ["Bob Smith", "Ann Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“No comment,” the Kremlin said.", "Kremlin"),
        ("“No comment,” a campaign spokesman said.", "a campaign spokesman"),
        ("Ann Lee, the mayor, spoke. “Fine,” said Lee, who ran unopposed.", "Ann Lee"),
    ],
)
def test_organisations_and_unnamed_sources(text, speaker):
    q = na.quotes(text)
    assert q[q["kind"] == "direct"]["speaker"].tolist() == [speaker]


def test_unresolved_pronoun_has_no_speaker():
    q = na.quotes("“No,” they said.")
    assert q.loc[0, "speaker_mention"] == "they"
    assert q["speaker"].isna().all()


def test_mentions_are_left_out_of_counts():
    text = "The so-called “experts” were wrong, Ann Lee said. She called the plan “a disaster.”"
    result = na.analyze(text, progress=False)
    q = result.quotes
    assert "mention" in set(q["kind"])
    speech = q[q["kind"] != "mention"]
    assert result.articles.loc[0, "n_statements"] == speech["statement"].nunique() > 0
    by_lee = speech.loc[speech["speaker"] == "Ann Lee", "statement"].nunique()
    assert result.speakers.set_index("speaker").loc["Ann Lee", "statements"] == by_lee


# ---------------------------------------------------------------- the bundled seed article
# Hand-checked facts about data/articles/2025-05-20-trump-putin-call.txt.


@pytest.fixture(scope="module")
def seed():
    from conftest import SEED

    art = na.read_article(SEED)
    return art, na.analyze(art, progress=False)


def test_seed_quoted_speech(seed):
    art, res = seed
    q = res.quotes
    marked = q[q["kind"].isin(["direct", "partial"])]
    assert len(marked) == 20
    assert marked["speaker"].value_counts().to_dict() == {"Trump": 16, "Putin": 4}
    row = marked[marked["text"] == "Let the process begin!"].iloc[0]
    assert (row["kind"], row["speaker"], row["cue"]) == ("direct", "Trump", "wrote")
    row = marked[marked["text"] == "frank"].iloc[0]
    assert (row["kind"], row["speaker_mention"], row["cue"]) == ("partial", "Putin", "described")
    # offsets point into the article text, and the marks are left out
    for s, e in zip(marked["start"], marked["end"]):
        assert art.text[s - 1] in "“\"" and art.text[e] in "”\""


def test_seed_indirect_speech(seed):
    _, res = seed
    ind = res.quotes[res.quotes["kind"] == "indirect"]
    noted = ind[ind["text"].str.startswith("the US remains in contact with Europe")]
    assert noted["speaker"].tolist() == ["Trump"] and noted["cue"].tolist() == ["noted"]
    added = ind[ind["text"].str.startswith("Moscow is ready")]
    assert added["speaker"].tolist() == ["Putin"]


def test_seed_people(seed):
    _, res = seed
    sp = res.speakers.set_index("speaker")
    assert len(sp) == 8
    assert sp.loc["Volodymyr Zelensky", "title"] == "Ukraine’s President"
    assert sp.loc["Ursula von der Leyen", "title"] == "European Commission President"
    assert (sp.drop(["Trump", "Putin"])["statements"] == 0).all()
    assert {"the Russian president", "his Russian counterpart"} <= set(aliases(sp, "Putin"))
    assert {"the US president", "he"} <= set(aliases(sp, "Trump"))


def test_places_laws_and_headlines_are_not_people():
    text = (
        "Super PACs Target Latino Voters In Key Swing States.\n\n"
        "Ann Lee praised the Clean Power Plan at the White House. "
        "The Crime Bill passed. Activist Angela Davis spoke in New York."
    )
    sp = speakers(text)
    assert set(sp.index) == {"Ann Lee", "Angela Davis"}
    assert sp.loc["Angela Davis", "title"] == "Activist"


def test_name_before_an_apposition_is_the_speaker():
    text = "“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma said."
    q = na.quotes(text)
    d = q[q["kind"] == "direct"]
    assert d["speaker"].tolist() == ["Scott Pruitt"] and d["speaker_mention"].tolist() == ["Scott Pruitt"]


def quote_speakers(text: str) -> list[tuple[str, str]]:
    q = na.quotes(text)
    return [(row.text, row.speaker) for row in q.itertuples() if row.kind != "mention"]


def test_pronoun_prefers_the_person_opening_the_previous_sentence():
    text = (
        "“Costs are up,” the report's author, Jo Park, said.\n\n"
        "Governor Maria Silva praised the plan. “It is the right plan,” she said."
    )
    found = dict(quote_speakers(text))
    assert found["It is the right plan,"] == "Maria Silva"
    assert found["Costs are up,"] == "Jo Park"


def test_pronoun_skips_a_subject_of_the_other_gender():
    text = (
        "“We will fight,” Sen. Ana Ortiz said.\n\n"
        "Mr. Tom Hale left the room. “I disagree,” she said."
    )
    assert dict(quote_speakers(text))["I disagree,"] == "Ana Ortiz"


def test_appositive_name_is_the_speaker_and_the_description_an_alias():
    text = "“Rates will rise,” the bank's chief economist, Lena Moss, said on Tuesday."
    q = na.quotes(text)
    row = q[q["kind"] == "direct"].iloc[0]
    assert row.speaker == "Lena Moss"
    assert text[row.speaker_start : row.speaker_end] == "Lena Moss"
    sp = speakers(text)
    assert list(sp.index) == ["Lena Moss"]
    assert "the bank's chief economist" in aliases(sp, "Lena Moss")
    assert sp.loc["Lena Moss", "title"] == "chief economist"


def test_according_to_a_description_then_a_name():
    text = "According to the county's budget director, Sam Ruiz, the fund will run dry by May."
    q = na.quotes(text)
    assert list(q["kind"]) == ["indirect"]
    assert q.iloc[0]["text"] == "the fund will run dry by May"
    assert q.iloc[0]["speaker"] == "Sam Ruiz"


def test_a_description_prefers_the_person_with_that_title():
    text = (
        "“No,” said Senator Bo Grant. Mayor Ida Chen spoke next.\n\n"
        "The mayor said the budget was fine."
    )
    assert quote_speakers(text)[-1] == ("the budget was fine", "Ida Chen")


def test_no_verb_run_or_place_becomes_a_speaker():
    text = (
        "A new study of the Port Elms river crossing put the cost at $9 million.\n\n"
        "Grant reviewed a draft of the study and said the city should wait."
    )
    sp = speakers(text)
    assert "Port Elms" not in sp.index
    assert all(" reviewed" not in name for name in sp.index)
    assert quote_speakers(text) == [("the city should wait", "Grant")]


def test_a_long_thing_as_source_is_named_by_its_head():
    text = 'A review of the new Elm Street school budget found the figures "too rosy" in two places.'
    found = quote_speakers(text)
    assert found == [("too rosy", "review")]


def test_a_split_quote_and_a_quoted_fragment_count_once():
    # two rows each (halves of a split quote; a reported clause and its quoted fragment), one statement each
    text = ("“We will win,” Ann Lee said, “and we will win big.” Bob Hart said the plan was “a mess” "
            "for the city. “No,” Lee said.")
    result = na.analyze(text, progress=False)
    speech = result.quotes[result.quotes["kind"] != "mention"]
    assert len(speech) == 5
    assert speech["statement"].tolist() == [0, 0, 1, 1, 2]
    sp = result.speakers.set_index("speaker")
    assert sp.loc["Ann Lee", "statements"] == 2 and sp.loc["Bob Hart", "statements"] == 1
    assert result.articles.loc[0, "n_statements"] == 3
    # Ann's mean tone is over her two statements, not her three rows
    ann = speech[speech["speaker"] == "Ann Lee"]
    assert sp.loc["Ann Lee", "mean_compound"] == pytest.approx(
        (ann["compound"].iloc[:2].mean() + ann["compound"].iloc[2]) / 2
    )


def test_statements_join_the_rows_of_one_attribution():
    q = na.quotes("“We will win,” Ann said, “and win big.” Bob said the plan was “a mess” for all. "
                  "The “experts” agreed.")
    s = na.statements(q)
    assert s["kind"].tolist() == ["direct", "indirect"]  # the scare quote is no statement
    assert s["rows"].tolist() == [2, 2]
    split = q[q["statement"] == 0]
    assert (s.loc[0, "start"], s.loc[0, "end"]) == (split["start"].min(), split["end"].max())
    assert s.loc[0, "text"] == " … ".join(split["text"])
    # the clause's tone is the clause's, not averaged with the fragment inside it
    clause = q[(q["statement"] == 1) & (q["kind"] == "indirect")]
    assert s.loc[1, "compound"] == clause["compound"].item()
    # a table without the statement column: each speech row is its own statement
    assert len(na.statements(q.drop(columns="statement"))) == 4


# ---------------------------------------------------------------- lone surnames, few or many
# With many distinct surnames, lone ones are found by one pass over the text's words instead of
# one search per surname; both ways must give the same people.

_SYLLABLES = ["ka", "lo", "mi", "ren", "tus", "vel", "dor", "sil"]


def _surnames(n: int) -> list[str]:
    names = [(a + b + "ek").capitalize() for a in _SYLLABLES for b in _SYLLABLES]
    assert len(names) >= n
    return names[:n]


def _crowd(n: int) -> tuple[str, list[str]]:
    """One person a sentence, each named in full, then by surname alone, then quoted by surname."""
    surnames = _surnames(n)
    text = "".join(
        f"Dana {s} spoke on Monday. Later, {s} left early. “We agree,” {s} said.\n\n" for s in surnames
    )
    return text, surnames


@pytest.fixture(params=["one search per surname", "one pass over the words"])
def singles_path(request, monkeypatch):
    from newsanalysis.speakers import mentions as sp

    monkeypatch.setattr(sp, "_MANY_SINGLES", 10**9 if request.param.startswith("one search") else 1)
    return request.param


def test_many_distinct_people_each_resolve_to_their_full_name(singles_path):
    text, surnames = _crowd(60)
    result = na.analyze(text, progress=False)
    sp = result.speakers.set_index("speaker")
    assert sorted(sp.index) == sorted(f"Dana {s}" for s in surnames)
    for s in surnames:
        assert aliases(sp, f"Dana {s}") == [f"Dana {s}", s]
        assert sp.loc[f"Dana {s}", "mentions"] == 3
    q = result.quotes
    assert q["speaker"].tolist() == [f"Dana {s}" for s in surnames]


def test_a_surname_returning_after_many_others_finds_its_person(singles_path):
    text, surnames = _crowd(50)
    first = surnames[0]
    text += f"In the end {first} won. “It is over,” {first} said."
    sp = speakers(text)
    assert sp.loc[f"Dana {first}", "mentions"] == 5
    assert sp.loc[f"Dana {first}", "statements"] == 2
    assert sp.loc[f"Dana {surnames[1]}", "mentions"] == 3


def test_a_surname_inside_a_longer_word_is_not_a_mention(singles_path):
    crowd, _ = _crowd(45)
    text = crowd + (
        "Ann Lee visited Leeds. The Leeward vote and the McLee and Lee-Smith reports were late. "
        "Lee’s office said little. Lee_x and xLee are not names. Lee."
    )
    sp = speakers(text)
    # "Ann Lee", "Lee’s" and the final "Lee": not Leeds, Leeward, McLee, Lee-Smith, Lee_x or xLee
    assert sp.loc["Ann Lee", "mentions"] == 3
    assert aliases(sp, "Ann Lee") == ["Ann Lee", "Lee"]


def test_both_ways_of_finding_lone_surnames_agree(monkeypatch):
    from newsanalysis import segment
    from newsanalysis import speakers as sp
    from newsanalysis.quotations import find_quotes
    from newsanalysis.speakers import mentions

    crowd, surnames = _crowd(45)
    text = crowd + (
        "Sammy Davis Jr. sang. Jr. Davis’s band and O’Brien played. The band of Jr. played on. "
        "Kate O’Brien said “yes” too. "
        f"{surnames[3]}’s aide and {surnames[3]}-era rules. Mr. {surnames[7]} and Prof. Ida {surnames[7]}x left."
    )

    def run(many: int):
        monkeypatch.setattr(mentions, "_MANY_SINGLES", many)
        sents = segment.sentence_spans(text)
        quotes = find_quotes(text, sents)
        people = sp.attribute(text, quotes, sents)
        return (
            [(p.name, p.title, p.aliases, p.mentions, p.first_mention) for p in people],
            [q.speaker for q in quotes],
        )

    few, many = run(10**9), run(1)
    assert few == many
    assert len(few[0]) > 45
