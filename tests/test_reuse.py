"""na.quote_reuse: clusters of the same quoted words across articles, on own texts."""

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis import reuse

LONG = "We will rebuild the harbour bridge before the winter storms arrive, and we will pay for it ourselves"


def corpus():
    rows = [
        ("a", "Wire", "2016-05-03", f"“{LONG},” Mayor Ann Lee said on Monday."),
        # the same words, cut short and with other marks: a near-duplicate
        ("b", "Daily", "2016-05-04", "“We will rebuild the harbour bridge before the winter storms arrive!” said Ann Lee."),
        # the same passage again, a day earlier than the others, in a third outlet
        ("c", "Herald", "2016-05-02", f"Ann Lee told reporters: “{LONG}.”"),
        # one shared idiom, nothing more: no link
        ("d", "Daily", "2016-05-05", "“It was a hell of a lot worse than the storm of last year,” Tom Hart said."),
        ("e", "Wire", "2016-05-06", "“The council made a hell of a lot of noise about nothing,” Bea Roe said."),
        # a short quote and its exact copy, in two articles of one outlet
        ("f", "Herald", "2016-05-07", "“That makes me smart,” Tom Hart said."),
        ("g", "Herald", "2016-05-08", "“That makes me smart,” Tom Hart said again."),
    ]
    df = pd.DataFrame(rows, columns=["id", "source", "date", "text"])
    return na.analyze(df)


@pytest.fixture(scope="module")
def result():
    return corpus()


def test_a_passage_in_three_outlets_is_one_cluster_first_seen_where_and_when(result):
    clusters, members = na.quote_reuse(result.quotes, result.articles)
    top = clusters.iloc[0]
    assert (top["n_articles"], top["n_outlets"], top["person"]) == (3, 3, "Ann Lee")
    assert top["first_outlet"] == "Herald" and top["first_date"] == pd.Timestamp("2016-05-02")
    assert top["outlets"] == "Herald; Wire; Daily"  # in order of first use
    assert top["words"].startswith("We will rebuild") and len(top["words"]) < len(top["text"])
    mine = members[members["cluster"] == top["cluster"]]
    assert mine["article_id"].tolist() == ["c", "a", "b"]  # by date
    assert list(members.columns) == reuse.MEMBER_COLUMNS and list(clusters.columns) == reuse.CLUSTER_COLUMNS
    from newsanalysis import schema

    assert clusters.dtypes.astype(str).to_dict() == schema.QUOTE_REUSE
    assert members.dtypes.astype(str).to_dict() == schema.QUOTE_REUSE_MEMBERS


def test_an_idiom_links_nothing_and_a_short_quote_joins_only_its_exact_copy(result):
    clusters, members = na.quote_reuse(result.quotes, result.articles)
    assert not members["article_id"].isin(["d", "e"]).any()  # "a hell of a lot" is shared, nothing else
    short = clusters[clusters["words"].str.startswith("That makes me smart")]
    assert len(short) == 1 and short.iloc[0]["n_outlets"] == 1 and short.iloc[0]["n_articles"] == 2
    assert len(clusters) == 2


def test_min_articles_min_overlap_and_no_articles_table(result):
    clusters, _ = na.quote_reuse(result.quotes, result.articles, min_articles=3)
    assert clusters["n_articles"].tolist() == [3]
    # half the shingles of the shorter one: b's quote is all inside a's, so it joins at any overlap up to 1
    strict, _ = na.quote_reuse(result.quotes, result.articles, min_overlap=1.0)
    assert strict.iloc[0]["n_articles"] == 3
    bare, members = na.quote_reuse(result.quotes)
    assert bare["n_articles"].tolist() == clusters["n_articles"].tolist() + [2]
    assert members["date"].isna().all() and bare["first_outlet"].isna().all()


def test_empty_and_bad_input():
    clusters, members = na.quote_reuse(na.analyze("No quotes here at all.").quotes)
    assert clusters.empty and members.empty and list(clusters.columns) == reuse.CLUSTER_COLUMNS
    with pytest.raises(na.NewsAnalysisError, match="quotes table"):
        na.quote_reuse(pd.DataFrame({"x": [1]}))
    with pytest.raises(na.NewsAnalysisError, match="min_overlap"):
        na.quote_reuse(corpus().quotes, min_overlap=0)


def test_the_clustering_links_by_containment_of_shingles():
    texts = ["one two three four five six seven eight nine ten", "three four five six seven eight",
             "one two three four five", "nine ten eleven twelve thirteen fourteen"]
    # 2 shares all 2 of its shingles with 0; 2 (one shingle, five words) is one of 0's shingles; 3 shares none
    assert reuse._clusters(texts, min_words=4, max_df=50, min_overlap=0.5) == [0, 0, 0, 3]
    # a shingle in more statements than max_df links nothing
    same = ["we will win this race now"] * 4
    assert reuse._clusters(same, min_words=4, max_df=3, min_overlap=0.5) == [0, 1, 2, 3]
    assert reuse._clusters(same, min_words=4, max_df=4, min_overlap=0.5) == [0, 0, 0, 0]
