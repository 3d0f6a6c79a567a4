"""The report works out a table's statements once; what callers get is the same as without it."""

import pandas as pd

import newsanalysis as na
from newsanalysis import report, tables

TEXTS = [
    "“We will win,” Ann Lee said, “and win big.” Bob Stone said the plan was “a mess” for all. "
    "“It is a sad day,” Bob Stone said. “Great news,” Cy Moss said.",
    "“Terrible,” Ann Lee said. Cy Moss said the budget was fine. “We lost,” Dee Park said.",
]


def _quotes():
    return na.analyze(TEXTS, progress=False).quotes


def test_statements_inside_the_block_equal_those_outside():
    q = _quotes()
    plain, picks = tables.statements(q), tables.quotable(q)
    with tables.reusing_statements():
        first, again = tables.statements(q), tables.statements(q)
        pd.testing.assert_frame_equal(first, plain)
        pd.testing.assert_frame_equal(again, plain)
        pd.testing.assert_frame_equal(tables.quotable(q), picks)


def test_a_caller_changing_its_copy_does_not_change_the_next_answer():
    q = _quotes()
    with tables.reusing_statements():
        first = tables.statements(q)
        first.loc[:, "text"] = "changed"
        assert "changed" not in set(tables.statements(q)["text"])


def test_another_table_is_not_given_the_first_tables_answer():
    q = _quotes()
    with tables.reusing_statements():
        whole = tables.statements(q)
        one = tables.statements(q[q["article_id"] == q["article_id"].iloc[0]])
    assert len(one) < len(whole)
    assert set(one["article_id"]) == {q["article_id"].iloc[0]}


def test_a_statement_of_several_rows_is_joined_and_kept_in_order():
    q = _quotes()
    st = tables.statements(q)
    joined = st[st["rows"] > 1]
    assert len(joined) >= 2  # the split quote and the reported clause with a quoted fragment
    assert "We will win, … and win big." in set(joined["text"])
    # statements come in the order they first appear in the quotes table
    speech = q[q["kind"].isin(tables.SPEECH_KINDS)]
    first_seen = speech.drop_duplicates(["article_id", "statement"])[["article_id", "statement"]]
    assert st[["article_id", "statement"]].astype(str).values.tolist() == \
        first_seen.astype(str).values.tolist()


def test_most_quoted_top_is_the_head_of_the_whole_ranking():
    q = _quotes()
    whole = report.most_quoted(q, top=100)
    for n in (1, 2, 3):
        pd.testing.assert_frame_equal(report.most_quoted(q, top=n), whole.head(n).reset_index(drop=True))
