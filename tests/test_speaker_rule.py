"""quotes.speaker_rule: the step that resolved each speaker, one text per step, in the table, na.show and the report."""

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis import schema

CASES = [
    ("“We will not move,” Ann Lee said.", "name", "Ann Lee"),
    ("Ann Lee runs the port. “We will not move,” Lee said.", "surname", "Ann Lee"),
    ("Ann Lee runs the port. “We will not move,” Mayor Lee said.", "title_surname", "Ann Lee"),
    ("“We will not move,” said former Ohio Gov. and party Chairman Tom Ruiz.", "title_and_title", "Tom Ruiz"),
    ("“We will not move,” J.M. Berger, a fellow at the institute, said.", "initials", "J.M. Berger"),
    ("Tom Ruiz runs the port. “We will not move,” he said.", "pronoun", "Tom Ruiz"),
    ("The council met Tom Ruiz, who said that the port would stay open.", "relative", "Tom Ruiz"),
    ("Senator Tom Ruiz spoke on Monday. The senator said that the port would stay open.", "description", "Tom Ruiz"),
    ("Tomas Vidal spoke on Monday.\n\nVidal, 35, a striker of the club, said that he would stay.", "apposition",
     "Tomas Vidal"),
    ("Ted Cruz spoke in Iowa.\n\nCruz, a graduate of the law school who said that the ban is unlawful, spoke for an "
     "hour.", "apposition_who", "Ted Cruz"),
    ("One of the family's attorneys, Justin Bamberg, said that the case would go on.", "name_after",
     "Justin Bamberg"),
    ("“He is in excellent health,” the candidate's former doctor maintains. Dr. Connie Mariano, who treated him, "
     "said so.", "named_next", "Connie Mariano"),
    ("Gov. Mary Fallin spoke to CNN.\n\nTAPPER: Welcome back.\n\nFALLIN: I said that the schools would open.",
     "transcript_label", "Mary Fallin"),
    ("Letters to the editor.\n\n“We will not move,” I said to my neighbours. I hope so.\n\nChris Smith.\n\n"
     "The next letter is here.", "signature", "Chris Smith"),
    ("Mr. Grassley and Mr. Leahy say that the bill will pass.", "group", "Mr. Grassley and Mr. Leahy"),
    ("Proponents have urged that the bill pass soon.", "common_word", "Proponents"),
    ("Lawmaker: “We will not move”\n\nThe vote is today.", "role_word", "Lawmaker"),
    ("The ministry said that the port would stay open.", "organisation", "ministry"),
    ("A spokesperson said that the port would stay open.", "unnamed", "A spokesperson"),
    ("Mayor Ann Lee was defiant: “We will not move.”", "open_source", "Ann Lee"),
]


@pytest.mark.parametrize("text, step, speaker", CASES, ids=[c[1] for c in CASES])
def test_each_step_is_named_on_the_row_it_resolved(text, step, speaker):
    q = na.quotes(text)
    rows = q[q["speaker"] == speaker]
    assert len(rows) == 1, q[["text", "speaker", "speaker_rule"]]
    assert rows["speaker_rule"].iloc[0] == step


def test_every_row_with_a_speaker_has_a_step_and_no_other_row_has_one():
    text = " ".join(t for t, _, _ in CASES[:8]) + "\n\n" + " ".join(t for t, _, _ in CASES[14:])
    q = na.quotes(text)
    assert q["speaker"].notna().sum() >= 10
    assert (q["speaker"].notna() == q["speaker_rule"].notna()).all()
    assert set(q["speaker_rule"].dropna()) >= {"name", "surname", "pronoun", "description", "organisation", "unnamed"}
    assert q["speaker_rule"].dtype == "string"
    assert list(q.columns) == list(schema.QUOTES)


def test_no_speaker_no_step():
    q = na.quotes("“We will not move.” The vote is today.")
    assert q["speaker"].isna().all() and q["speaker_rule"].isna().all()
    off = na.quotes("“We will not move,” Ann Lee said.", rules=[])
    assert off["speaker_rule"].isna().all()


def test_a_description_moved_across_the_run_says_so():
    other = "Vermont Sen. Bernie Sanders spoke in Iowa. He said taxes would rise."
    t = "Bernie Sanders and Hillary Clinton met voters. Clinton spoke first. The Vermont senator said taxes would rise."
    assert na.quotes(t)["speaker_rule"].tolist() == ["unnamed"]
    q = na.analyze([other, t], progress=False).quotes
    assert q["person"].tolist() == ["Bernie Sanders", "Bernie Sanders"]
    assert q["speaker_rule"].tolist() == ["pronoun", "run_description"]


def test_statements_carry_the_step_of_their_first_row():
    st = na.statements(na.quotes("Ann Lee runs the port. “We will win,” Lee said, “and win big.”"))
    assert len(st) == 1 and st["speaker_rule"].iloc[0] == "surname"


def test_show_and_report_name_the_step_on_hover(tmp_path):
    result = na.analyze("Ann Lee runs the port. “We will win,” Lee said. She said that taxes will fall.",
                        progress=False)
    html = na.show(result)._repr_html_()
    assert "speaker by: surname" in html and "speaker by: pronoun" in html
    page = na.write_report(result, tmp_path / "rep", progress=False).read_text(encoding="utf-8")
    assert 'title="speaker resolved by the step surname"' in page


def test_a_folder_written_before_the_column_reads_with_it_empty(tmp_path):
    result = na.analyze("“We will win,” Ann Lee said.", progress=False)
    out = tmp_path / "out"
    result.to_csv(out)
    path = next(out.rglob("quotes.csv"))
    pd.read_csv(path).drop(columns=["speaker_rule"]).to_csv(path, index=False)
    back = na.read_output(out)
    assert "speaker_rule" in back.quotes.columns and back.quotes["speaker_rule"].isna().all()
    assert list(back.quotes.columns) == list(schema.QUOTES)


# Each step of a quote's source is a handler of its own, tried in the order of _Resolution.SOURCE_STEPS: taking one
# out of the tuple takes its step out of the run (the case that it resolved is then resolved otherwise, or not at all).
STEP_CASES = {
    "title_and_title": "title_and_title",
    "named_group": "group",
    "common_word_source": "common_word",
    "speaker_voice": "transcript_label",
    "name_beside": "name_after",
}


@pytest.mark.parametrize("handler, step", STEP_CASES.items())
def test_each_source_step_is_a_handler_tried_from_the_tuple(handler, step, monkeypatch):
    from newsanalysis.speakers.resolution import _Resolution

    text = next(t for t, s, _ in CASES if s == step)
    assert step in set(na.quotes(text)["speaker_rule"].dropna())
    monkeypatch.setattr(_Resolution, "SOURCE_STEPS", tuple(h for h in _Resolution.SOURCE_STEPS if h != handler))
    assert step not in set(na.quotes(text)["speaker_rule"].dropna())


def test_every_handler_of_the_walk_is_a_documented_method():
    from newsanalysis.speakers.resolution import _Resolution

    names = (*_Resolution.SOURCE_STEPS, *_Resolution.HANDLERS.values(), "name_pending", "settle")
    assert len(set(names)) == len(names)
    for name in names:
        assert callable(getattr(_Resolution, name)) and getattr(_Resolution, name).__doc__, name
    assert _Resolution.SOURCE_STEPS[-1] == "resolved_mention"  # the mention itself is read last, as a fallback
