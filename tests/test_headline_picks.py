"""Statements put forward on their own (best / worst of a person, the methods example) are speech in the
speaker's own words; the full lists keep every statement (issue 24, item 1)."""

import html
import re

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import newsanalysis as na  # noqa: E402
from newsanalysis import Article  # noqa: E402

# a stance object, a reported clause holding its own attribution, plain speech, a direct quote
TEXT = (
    "Mayor Ann Lee dismissed the terrible, disgraceful and hateful criticism. "
    "Lee said the new bridge was a fine plan. "
    "The city “will have a wonderful, beautiful, glorious future” with the bridge, Lee has claimed, "
    "adding that the toll would be low. "
    "Lee rejected the awful, horrible report. "
    "“We are sad about the delay,” Lee said."
)
STANCE = "the terrible, disgraceful and hateful criticism"


@pytest.fixture(autouse=True)
def close_figures():
    yield
    na.plot.plt.close("all")


def test_quotable_keeps_speech_in_own_words():
    q = na.quotes(TEXT)
    st = na.statements(q)
    assert STANCE in st["text"].tolist()  # the full list keeps the stance object
    picks = na.quotable(q)
    assert STANCE not in picks["text"].tolist()
    assert not picks["text"].str.contains("Lee has claimed").any()  # no attribution inside a pick
    assert set(picks["cue_type"]) <= {"speech"} or (picks.loc[picks["cue_type"] != "speech", "shown"]
                                                    == "quoted words").all()
    row = picks[picks["shown"] == "quoted words"].iloc[0]
    assert row["text"] == "will have a wonderful, beautiful, glorious future"
    # scored by the quoted words alone, not by the whole clause
    assert row["compound"] == pytest.approx(na.quotes("“will have a wonderful, beautiful, glorious future”")
                                            ["compound"].iloc[0], abs=0.2)


def test_quotable_drops_statements_without_speaker_or_own_words():
    q = na.quotes("An official, who declined to give his name, agreed. The plan is bad, someone wrote.")
    picks = na.quotable(q)
    assert picks["speaker"].notna().all()
    assert not picks["text"].str.contains("give his name").any()


def test_most_quoted_best_and_worst_are_speech():
    mq = na.most_quoted(na.quotes(TEXT))
    row = mq.iloc[0]
    assert row["person"] == "Ann Lee" and row["statements"] == 5
    assert row["most_positive"] == "will have a wonderful, beautiful, glorious future"
    assert row["most_negative"].startswith("We are sad about the delay")
    # the stance objects would be the most negative by score, and are not picked
    st = na.statements(na.quotes(TEXT))
    assert st.loc[st["compound"].idxmin(), "text"] != row["most_negative"]


def test_report_people_table_and_methods_show_speech_only(tmp_path):
    art = Article(id="lee", text=TEXT, title="Bridge row", date=pd.Timestamp("2025-05-01"), source="City Post")
    out = na.write_report(na.analyze([art]), tmp_path / "rep")
    page = html.unescape(out.read_text(encoding="utf-8"))
    out = out.parent
    people = page[page.index('id="people"'):page.index('id="sources"')]
    assert "We are sad about the delay" in people
    assert "hateful criticism" not in people and "Lee has claimed" not in people
    methods = page[page.index('id="methods"'):]
    assert "Which statements are shown on their own" in methods
    example = re.search(r"From this run, the most negative statement.*?</p>", methods, re.S).group(0)
    assert "We are sad about the delay" in example and "criticism" not in example
    # the full list keeps the stance object, marked by what it reports
    assert "hateful criticism" in page[page.index('id="statements"'):]
    listed = pd.read_csv(out / "tables" / "statements.csv")
    assert (listed.loc[listed["text"].str.contains("criticism"), "cue_type"] == "stance").all()
