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
    assert sp.loc["Hillary Clinton", "quotes"] == 3
    assert sp.loc["Hillary Clinton", "first_mention"] == 0


def test_title_before_the_name_and_unquoted_people():
    text = (
        "Italian Prime Minister Giorgia Meloni met German Chancellor Friedrich Merz. "
        "“It went well,” Ann Lee said."
    )
    sp = speakers(text)
    assert sp.loc["Giorgia Meloni", "title"] == "Italian Prime Minister"
    assert sp.loc["Friedrich Merz", "title"] == "German Chancellor"
    assert sp.loc["Giorgia Meloni", "quotes"] == 0
    assert sp.loc["Ann Lee", "quotes"] == 1


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
    assert result.articles.loc[0, "n_quotes"] == len(speech) > 0
    assert result.speakers.set_index("speaker").loc["Ann Lee", "quotes"] == (speech["speaker"] == "Ann Lee").sum()


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
    assert (sp.drop(["Trump", "Putin"])["quotes"] == 0).all()
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
