"""quotes.rule: which rule attributed each quote, in the table, in na.show and in the report."""

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis import schema
from newsanalysis.attribution import RULES

CASES = [
    ("“We will win,” Ann Lee said.", "We will win,", "cue_after"),
    ("Ann Lee said: “We won.”", "We won.", "cue_before"),
    ("Ann Lee said that taxes will fall.", "taxes will fall", "that_clause"),
    ("Prices will rise, a source said.", "Prices will rise", "closing_attribution"),
    ("According to Ann Lee, prices will rise.", "prices will rise", "according_to"),
    ("“We will win,” Ann Lee said, “and win big.”", "and win big.", "split_quote"),
    ("Mayor Ann Lee was defiant: “We will not move.”", "We will not move.", "open_source"),
    ("The so-called “experts” agreed.", "experts", "mention_word"),
]


@pytest.mark.parametrize("text, quote, rule", CASES)
def test_each_row_names_the_rule_that_attributed_it(text, quote, rule):
    q = na.quotes(text)
    row = q[q["text"] == quote]
    assert len(row) == 1, q[["text", "kind", "rule"]]
    assert row["rule"].iloc[0] == rule


def test_every_attributed_row_names_a_registered_rule():
    text = ("“We will win,” Ann Lee said, “and win big.” Bob Stone said the plan was “a mess” for all.\n\n"
            "Mayor Ann Lee was defiant: “We will not move.” Prices will rise, a source said. "
            "Lee urged the council to act. “It is a sad day,” said Stone.")
    q = na.quotes(text)
    attributed = q[q["speaker_mention"].notna()]
    assert len(attributed) >= 6
    assert attributed["rule"].notna().all()
    assert set(attributed["rule"]) <= set(RULES)
    assert q["rule"].dtype == "string"
    assert list(q.columns) == list(schema.QUOTES)


def test_a_rule_switched_off_is_never_named():
    text = "“We will win,” Ann Lee said. Ann Lee said that taxes will fall."
    q = na.quotes(text, rules=[r for r in RULES if r != "cue_after"])
    assert "cue_after" not in set(q["rule"].dropna())
    assert "that_clause" in set(q["rule"].dropna())


def test_no_rules_no_attribution_not_even_a_cueless_source():
    text = "Mayor Ann Lee was defiant: “We will not move.”"
    assert na.quotes(text)["speaker"].iloc[0] == "Ann Lee"
    off = na.quotes(text, rules=[])
    assert off["speaker"].isna().all() and off["rule"].isna().all()
    only = na.quotes(text, rules=["open_source"])
    assert only["rule"].tolist() == ["open_source"]
    assert RULES["open_source"].stage == "speakers"
    rest = na.quotes(text, rules=[r for r in RULES if r != "open_source"])
    assert rest["speaker"].isna().all()


def test_statements_carry_the_rule_of_their_first_row():
    q = na.quotes("“We will win,” Ann Lee said, “and win big.”")
    st = na.statements(q)
    assert len(st) == 1 and st["rule"].iloc[0] == "cue_after"


def test_show_and_report_name_the_rule_on_hover(tmp_path):
    result = na.analyze("“We will win,” Ann Lee said. Ann Lee said that taxes will fall.", progress=False)
    html = na.show(result)._repr_html_()
    assert "rule: cue_after" in html and "rule: that_clause" in html
    page = na.write_report(result, tmp_path / "rep", progress=False).read_text(encoding="utf-8")
    assert 'title="attributed by the rule cue_after"' in page


def test_a_folder_written_before_the_column_reads_with_it_empty(tmp_path):
    result = na.analyze("“We will win,” Ann Lee said.", progress=False)
    out = tmp_path / "out"
    result.to_csv(out)
    path = next(out.rglob("quotes.csv"))
    old = pd.read_csv(path).drop(columns=["rule"])
    old.to_csv(path, index=False)
    back = na.read_output(out)
    assert "rule" in back.quotes.columns and back.quotes["rule"].isna().all()
    assert list(back.quotes.columns) == list(schema.QUOTES)
