"""The scoring rules of benchmarks/quotes_eval.py, on hand-made spans (no corpus needed)."""

from __future__ import annotations

import pytest

import newsanalysis as na
from benchmarks.quotes_eval import Tally, _name_word, _records, attributions, match, overlap, strict_speaker


def test_overlap_is_intersection_over_union():
    assert overlap((0, 10), (5, 15)) == 5 / 15
    assert overlap((0, 10), (10, 20)) == 0.0


def test_match_is_one_to_one_at_half_the_union():
    gold = [(0, 10), (20, 30)]
    pred = [(0, 8), (1, 10), (20, 24)]  # two candidates for the first, too little of the second
    assert match(gold, pred) == [(0, 1)]  # the better overlap wins; (20, 24) is 0.4 of its union


def row(s, e, kind, ss=None, se=None, cue=None, statement=None):
    return {"start": s, "end": e, "kind": kind, "speaker_start": ss, "speaker_end": se, "cue": cue,
            "statement": statement}


def test_rows_of_one_statement_are_joined():
    text = "“We will win,” he said, “and we will win big.”\n\n“No,” Lee said."
    assert len(na.quotes(text)) == 3
    joined = attributions(na.quotes(text))
    spans = [(r["start"], r["end"], r["kind"]) for r in joined]
    assert spans == [(1, text.index(".”") + 1, "direct"), (text.index("No"), text.index("No") + 3, "direct")]


def test_clause_with_its_fragment_is_mixed():
    text = "Lee said that taxes were “too high” this year."
    assert sorted(r["kind"] for r in _records(na.quotes(text))) == ["indirect", "partial"]
    assert [(r["start"], r["end"], r["kind"]) for r in attributions(na.quotes(text))] == [
        (text.index("taxes"), text.index(" this") + 10, "mixed")
    ]


def test_statements_of_different_speakers_stay_apart():
    joined = attributions(na.quotes("“Yes,” Ann said. “No,” Bob said."))
    assert [r["kind"] for r in joined] == ["direct", "direct"]


def test_tally_counts_speaker_by_overlap():
    t = Tally()
    gold = [{"start": 0, "end": 10, "speaker_start": 20, "speaker_end": 25, "kind": "direct"}]
    t.add(gold, [row(1, 10, "direct", 22, 23, "said")])
    t.add(gold, [row(1, 10, "direct", 30, 33, "said"), row(40, 50, "direct")])
    p, r, f, s, strict = t.row()
    assert (t.gold, t.pred, t.matched, t.speaker) == (2, 3, 2, 1)
    assert (round(p, 3), r, s, strict) == (0.667, 1.0, 0.5, 0.5)  # a gold source with no name: strict = loose


@pytest.mark.parametrize(
    "source, name",
    [
        ("Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus", "butterfield"),
        ("Michael Oppenheimer, a professor at Princeton University", "oppenheimer"),
        ("Cameron Easley for Morning Consult", "easley"),
        ("The New York Post", "post"),
        ("Trump's", "trump"),
        ("Democratic leaders", None),
        ("Trump campaign", None),
        ("he", None),
        ("a source close to him", None),
    ],
)
def test_strict_reading_finds_the_name_of_a_gold_source(source, name):
    assert _name_word(source) == name


def test_strict_reading_needs_the_resolved_speaker_to_carry_the_name():
    assert strict_speaker("Sen. Ted Cruz, R-Texas", "Ted Cruz")
    assert not strict_speaker("Sen. Ted Cruz, R-Texas", "Texas")
    assert not strict_speaker("Mr. Trump", None)
    assert strict_speaker("a spokesman", "spokesman")  # no name: nothing more to check
