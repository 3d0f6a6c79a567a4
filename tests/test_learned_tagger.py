"""The labelling and span reading of benchmarks/learned_tagger.py, on own text (no corpus, no CRF needed)."""

from benchmarks.learned_tagger import features, gold_labels, paragraphs, spans

TEXT = "“We will win,” Ann said, “and win big.”\n\nBob said the plan was a mess. It rained."


def _quote(text, frags, source, cue):
    s = text.index(source)
    c = text.index(cue, s)
    starts = [text.index(f) for f in frags]
    return {
        "start": starts[0], "end": starts[-1] + len(frags[-1]),
        "fragments": [[a, a + len(f)] for a, f in zip(starts, frags)],
        "speaker_start": s, "speaker_end": s + len(source), "cue_start": c, "cue_end": c + len(cue),
    }


GOLD = [
    _quote(TEXT, ["“We will win,”", "“and win big.”"], "Ann", "said"),
    _quote(TEXT, ["the plan was a mess"], "Bob", "said"),
]


def test_labels_and_spans_round_trip():
    got = []
    for seq in paragraphs(TEXT):
        toks = [t for t, _ in seq]
        labels = gold_labels(toks, GOLD)
        got.extend(spans(toks, labels, [1.0] * len(toks)))
    assert [(g["start"], g["end"]) for g in got] == [(g["start"], g["end"]) for g in GOLD]
    assert all(g["conf"] == 1.0 for g in got)


def test_labels_mark_source_cue_and_second_fragment():
    seq = next(paragraphs(TEXT))
    toks = [t for t, _ in seq]
    labels = dict(zip([t[2] for t in toks], gold_labels(toks, GOLD)))
    assert labels["Ann"] == "B-S" and labels["said"] == "B-Q" and labels["We"] == "I-C"
    second = [lab for (s, _, _), lab in zip(toks, gold_labels(toks, GOLD)) if s == GOLD[0]["fragments"][1][0]]
    assert second == ["B-K"]


def test_runs_stay_apart_without_join():
    seq = next(paragraphs(TEXT))
    toks = [t for t, _ in seq]
    assert len(spans(toks, gold_labels(toks, GOLD), [1.0] * len(toks), join=False)) == 2


def test_features_one_list_a_token():
    for n, seq in enumerate(paragraphs(TEXT)):
        xs = features(seq, n == 0)
        assert len(xs) == len(seq) and all(isinstance(f, str) and f for x in xs for f in x)
    seq = next(paragraphs(TEXT))
    xs = features(seq, True)
    assert "inq" in xs[1] and "cue=say" in xs[[t[2] for t, _ in seq].index("said")]
