"""Measure what a small learned tagger (a linear-chain CRF) reaches on PolNeAR attributions.

Run from the repository root (needs the extra ``bench`` and python-crfsuite)::

    python -m benchmarks.learned_tagger [--train PATH] [--dev PATH] [--models text|rules|both]
        [--limit N] [--drop GROUP,...] [--iterations N] [--c1 X] [--c2 X] [--keep /tmp/FOLDER]

Issue 12 asks for every attribution (statements joined, reading (b) of
``benchmarks/quotes_eval.py``) at F1 >= 0.70 with precision >= 0.80, and
asks what would reach it where rules do not. This script measures one
candidate: a CRF over word tokens, trained on PolNeAR ``train`` and scored on
``dev``. Each paragraph is one sequence; every token is tagged BIO as the
content (``C``), the source (``S``) or the cue (``Q``) of an attribution, or
as outside; the first token of a later fragment of a split quote is ``B-K``,
so that ``"A," he said, "B."`` is read back as one span. The features are the
word and its shape, affixes and neighbours, whether it is a reporting cue of
:data:`newsanalysis.attribution.lexicon.CUES`, whether it lies inside
quotation marks and how far the nearest mark and the nearest cue are, and
where it stands in its sentence and paragraph (``--drop`` leaves a group
out). ``CRF (text)`` sees those only; ``CRF (text + rules)`` also sees the
rules' output (each token's place in a statement of ``na.quotes``).

Each span's confidence is the mean CRF marginal probability that its tokens
are content. The script prints, on dev (reading (b), statements joined):

* the rules alone (``na.quotes``, statements joined, as ``quotes_eval``);
* the CRF alone, at every confidence threshold of a sweep;
* the union: the rules' attributions plus every CRF span at or above the
  threshold that overlaps no rule prediction;
* the best F1 of each at precision >= 0.80;
* training time, tagging speed (feature extraction + tagging) against
  ``na.quotes`` on the same texts in the same run, and the model's size.

The model is for measuring only. It is written to a temporary folder and
deleted at the end (``--keep`` keeps it, in a folder outside the repository,
for analysis); it is never shipped nor written into the repository:
PolNeAR's article texts belong to their publishers and the corpus repository
(networkdynamics/PolNeAR) states no licence, so a model trained on them is not
something this MIT package can ship.

Figures of a run, and what they say about issue 12: ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import newsanalysis as na
from benchmarks.quotes_eval import ROOT, SHARED, Tally, attributions, match
from newsanalysis.attribution import lexicon
from newsanalysis.segment import sentence_spans

try:
    import pycrfsuite
except ImportError:  # pragma: no cover - the extra is optional
    pycrfsuite = None

POLNEAR = SHARED / "bench" / "polnear"

TOKEN = re.compile(r"``|''|--|\w+(?:[’'\-.&]\w+)*|[^\w\s]")
_OPEN = frozenset(["“", "``", "‘"])
_CLOSE = frozenset(["”", "''", "’"])
_STRAIGHT = frozenset(['"'])
_PRONOUNS = frozenset("he she it they we i you him her them us his its their who".split())
_THAT = frozenset(["that", "whether", "if", "how", "why", "what", "to"])

Tok = tuple[int, int, str]  # start, end, text

#: Feature groups by the prefixes of their feature strings (``--drop GROUP`` leaves a group out).
GROUPS = {
    "word": ("w=", "p3=", "s3=", "s2=", "pron"),
    "shape": ("sh=", "title", "lower", "other"),
    "neighbours": ("w-", "w1", "w2", "sh-", "sh1", "sh2"),
    "cue": ("cue", "cl", "cr", "scue", "snocue", "that_after_cue", "inq|cr"),
    "marks": ("inq", "outq", "mark", "ml=", "mr=", "smark", "snomark"),
    "position": ("spos", "srest", "sidx", "head", "sb", "edge"),
    "rules": ("r=", "r-", "r1", "r2", "r|"),
}
_drop: tuple[str, ...] = ()
_CONTENT = frozenset(["B-C", "I-C", "B-K"])


# --- tokens, sequences and gold labels ------------------------------------------------------------------------


def paragraphs(text: str) -> Iterator[list[tuple[Tok, int]]]:
    """The tokens of each paragraph of ``text``, each with the index of its sentence in the paragraph."""
    spans = sentence_spans(text)
    i = 0
    while i < len(spans):
        para = spans[i][2]
        seq: list[tuple[Tok, int]] = []
        k = 0
        while i < len(spans) and spans[i][2] == para:
            s, e, _ = spans[i]
            for m in TOKEN.finditer(text, s, e):
                seq.append(((m.start(), m.end(), m.group()), k))
            k += 1
            i += 1
        if seq:
            yield seq


def gold_labels(toks: list[Tok], quotes: list[dict]) -> list[str]:
    """BIO labels of the tokens: content (C) of each fragment, source (S), cue (Q).

    The longer attribution wins where two overlap (an attribution nested in
    the content of another is left to the outer one); source and cue label
    only tokens no content claims.
    """
    labels = ["O"] * len(toks)
    owner = [-1] * len(toks)
    starts = [t[0] for t in toks]

    def covered(s: int, e: int) -> range:
        lo = _bisect(starts, s)
        hi = lo
        while hi < len(toks) and toks[hi][0] < e:
            hi += 1
        return range(lo, hi)

    order = sorted(range(len(quotes)), key=lambda j: quotes[j]["start"] - quotes[j]["end"])
    for j in order:
        q = quotes[j]
        for k, (fs, fe) in enumerate(q["fragments"]):
            idx = [i for i in covered(fs, fe) if owner[i] == -1]
            for n, i in enumerate(idx):
                labels[i] = "I-C" if n else "B-K" if k else "B-C"
                owner[i] = j
    for j in order:
        q = quotes[j]
        for key, tag in (("speaker", "S"), ("cue", "Q")):
            s, e = q.get(f"{key}_start"), q.get(f"{key}_end")
            if s is None or e is None:
                continue
            idx = [i for i in covered(s, e) if labels[i] == "O"]
            for n, i in enumerate(idx):
                labels[i] = f"B-{tag}" if n == 0 else f"I-{tag}"
    return labels


def _bisect(starts: list[int], x: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


# --- features ---------------------------------------------------------------------------------------------------


def _shape(w: str) -> str:
    s = re.sub(r"[A-Z]", "X", w)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)


def _bucket(n: int) -> str:
    if n < 0:
        return "none"
    if n <= 3:
        return str(n)
    if n <= 6:
        return "4-6"
    if n <= 10:
        return "7-10"
    if n <= 20:
        return "11-20"
    return "20+"


def _cue_kind(low: str) -> str:
    lemma = lexicon.CUES.get(low)
    if lemma is None:
        return ""
    if lemma in lexicon.BELIEF:
        return "belief"
    if lemma in lexicon.SAY:
        return "say"
    return "cue"


def features(seq: list[tuple[Tok, int]], first_para: bool, rmarks: list[str] | None = None) -> list[list[str]]:
    """One list of feature strings per token of a paragraph (with the rules' tags of the tokens, when given)."""
    n = len(seq)
    words = [t[2] for t, _ in seq]
    low = [w.lower() for w in words]
    sent = [k for _, k in seq]
    cue = [_cue_kind(w) for w in low]
    shape = [_shape(w) for w in words]
    # inside quotation marks: curly and `` '' pairs open and close, straight marks toggle
    inq = [False] * n
    mark = [""] * n
    depth = 0
    for i, w in enumerate(words):
        if w in _OPEN and w != "‘":
            mark[i] = "open"
            depth = 1
            inq[i] = True
        elif w in _CLOSE and w != "’":
            mark[i] = "close"
            inq[i] = True
            depth = 0
        elif w in _STRAIGHT:
            mark[i] = "straight"
            inq[i] = True
            depth = 1 - depth
        else:
            inq[i] = depth > 0
    # distances to the nearest mark and the nearest cue, left and right, within the sentence / paragraph
    mleft, mright = _dist([bool(m) for m in mark])
    cleft, cright = _dist([bool(c) for c in cue])
    # sentence facts: its length, this token's position, whether it holds a mark or a cue
    sent_len: dict[int, int] = {}
    sent_mark: dict[int, bool] = {}
    sent_cue: dict[int, bool] = {}
    for i in range(n):
        sent_len[sent[i]] = sent_len.get(sent[i], 0) + 1
        sent_mark[sent[i]] = sent_mark.get(sent[i], False) or bool(mark[i])
        sent_cue[sent[i]] = sent_cue.get(sent[i], False) or bool(cue[i])
    pos = 0
    out = []
    for i in range(n):
        if i and sent[i] != sent[i - 1]:
            pos = 0
        rest = sent_len[sent[i]] - pos - 1
        w = low[i]
        f = [
            "b",
            "w=" + w,
            "sh=" + shape[i],
            "p3=" + w[:3],
            "s3=" + w[-3:],
            "s2=" + w[-2:],
            "title" if words[i][:1].isupper() else "lower" if words[i][:1].islower() else "other",
            "inq" if inq[i] else "outq",
            "mark=" + mark[i],
            "cue=" + cue[i],
            "pron" if w in _PRONOUNS else "",
            "ml=" + _bucket(mleft[i]),
            "mr=" + _bucket(mright[i]),
            "cl=" + _bucket(cleft[i]),
            "cr=" + _bucket(cright[i]),
            "spos=" + _bucket(pos),
            "srest=" + _bucket(rest),
            "sidx=" + _bucket(sent[i]),
            "smark" if sent_mark[sent[i]] else "snomark",
            "scue" if sent_cue[sent[i]] else "snocue",
            "head" if first_para else "",
            "inq|cr=" + str(inq[i]) + _bucket(cright[i]),
            "cl|w=" + _bucket(cleft[i]) + "|" + w if 0 <= cleft[i] <= 3 else "",
        ]
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if 0 <= j < n:
                if abs(d) <= 2:
                    f.append(f"w{d}={low[j]}")
                    f.append(f"sh{d}={shape[j]}")
                f.append(f"cue{d}={cue[j]}")
                f.append(f"mark{d}={mark[j]}")
                f.append(f"sb{d}" if sent[j] != sent[i] else "")
            else:
                f.append(f"edge{d}")
        if cue[i] and i + 1 < n and low[i + 1] in _THAT:
            f.append("cue_that")
        if i and cue[i - 1] and w in _THAT:
            f.append("that_after_cue")
        if rmarks is not None:
            r = rmarks[i]
            f.append("r=" + r)
            for d in (-2, -1, 1, 2):
                j = i + d
                f.append(f"r{d}=" + (rmarks[j] if 0 <= j < n else "edge"))
            f.append("r|inq=" + r + str(inq[i]))
            f.append("r|cue=" + r + cue[i])
        out.append([x for x in f if x and not x.startswith(_drop)])
        pos += 1
    return out


def rule_marks(toks: list[Tok], preds: list[dict]) -> list[str]:
    """The rules' reading of each token: first / inner token of a statement (with its kind), its source, or O."""
    marks = ["O"] * len(toks)
    for p in preds:
        first = True
        for i, (s, e, _) in enumerate(toks):
            if s >= p["start"] and e <= p["end"]:
                marks[i] = ("B-" if first else "I-") + p["kind"]
                first = False
        ss, se = p.get("speaker_start"), p.get("speaker_end")
        if ss is not None:
            for i, (s, e, _) in enumerate(toks):
                if s >= ss and e <= se and marks[i] == "O":
                    marks[i] = "S"
    return marks


def _dist(flags: list[bool]) -> tuple[list[int], list[int]]:
    """Distance to the nearest flagged token on the left and on the right (-1: none)."""
    n = len(flags)
    left, right = [-1] * n, [-1] * n
    last = -1
    for i in range(n):
        if last >= 0:
            left[i] = i - last
        if flags[i]:
            last = i
    last = -1
    for i in range(n - 1, -1, -1):
        if last >= 0:
            right[i] = last - i
        if flags[i]:
            last = i
    return left, right


# --- spans from tags --------------------------------------------------------------------------------------------


def spans(toks: list[Tok], tags: list[str], pcon: list[float], join: bool = True) -> list[dict]:
    """Content runs of one paragraph as ``{"start", "end", "conf"}``.

    A run opened by ``B-K`` (the second fragment of a split quote) joins the
    run before it, unless ``join`` is False.
    """
    runs: list[list[int]] = []
    for i, t in enumerate(tags):
        if t == "B-K" and join and runs:
            runs[-1][1] = i
        elif t in ("B-C", "B-K") or (t == "I-C" and (not runs or tags[i - 1] not in _CONTENT)):
            runs.append([i, i])
        elif t == "I-C":
            runs[-1][1] = i
    out = []
    for a, b in runs:
        idx = [i for i in range(a, b + 1) if tags[i] in _CONTENT]
        conf = sum(pcon[i] for i in idx) / len(idx)
        out.append({"start": toks[a][0], "end": toks[b][1], "conf": conf})
    return out


# --- train, tag, score ------------------------------------------------------------------------------------------


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sequences(art: dict, rules: list[dict] | None = None) -> Iterator[tuple[list[Tok], list[list[str]]]]:
    """Tokens and features of each paragraph of an article; ``rules``: the rules' attributions, as features."""
    for n, seq in enumerate(paragraphs(art["text"])):
        toks = [t for t, _ in seq]
        if rules is None:
            yield toks, features(seq, n == 0)
        else:
            lo, hi = toks[0][0], toks[-1][1]
            near = [p for p in rules if p["start"] < hi and lo < p["end"]]
            yield toks, features(seq, n == 0, rule_marks(toks, near))


def train(arts: list[dict], rules: list | None, model: Path, iterations: int, c1: float, c2: float) -> float:
    """Train a CRF on ``arts`` (with the rules' attributions as features, when given) into ``model``; seconds."""
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for art, r in zip(arts, rules or [None] * len(arts)):
        for toks, xs in sequences(art, r):
            trainer.append(xs, gold_labels(toks, art["quotes"]))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    trainer.train(str(model))
    return time.perf_counter() - t0


def tag(tagger, art: dict, rules: list[dict] | None = None) -> tuple[list[dict], int]:
    """The CRF's content spans of one article, and its token count."""
    out, ntok = [], 0
    for toks, xs in sequences(art, rules):
        tags = tagger.tag(xs)
        pcon = [sum(tagger.marginal(y, i) for y in _CONTENT) for i in range(len(toks))]
        out.extend(spans(toks, tags, pcon))
        ntok += len(toks)
    return out, ntok


class Run:
    """One model: its name, training time, size, dev spans, tagging time and heaviest features."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.secs_train = self.secs_tag = 0.0
        self.size = self.ntok = self.nfeat = 0
        self.spans: list[list[dict]] = []
        self.top: list[str] = []


def run(name: str, model: Path, train_arts, dev_arts, train_rules, dev_rules, args) -> Run:
    out = Run(name)
    if not model.exists():
        out.secs_train = train(train_arts, train_rules, model, args.iterations, args.c1, args.c2)
    out.size = model.stat().st_size
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    t0 = time.perf_counter()
    for art, r in zip(dev_arts, dev_rules or [None] * len(dev_arts)):
        s, k = tag(tagger, art, r)
        out.spans.append(s)
        out.ntok += k
    out.secs_tag = time.perf_counter() - t0
    info = tagger.info()
    tagger.close()
    out.nfeat = len(info.state_features)
    top = sorted(info.state_features.items(), key=lambda kv: -abs(kv[1]))
    out.top = [f"{a}->{y} {w:+.1f}" for (a, y), w in top if y in _CONTENT][:10]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.learned_tagger", description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=POLNEAR / "train.jsonl", help="PolNeAR-format JSONL to train on")
    parser.add_argument("--dev", type=Path, default=POLNEAR / "dev.jsonl", help="PolNeAR-format JSONL to score on")
    parser.add_argument("--models", choices=["text", "rules", "both"], default="both",
                        help="train the CRF on text features, on text and the rules' output, or both (default)")
    parser.add_argument("--limit", type=int, default=None,
                        help="train on the first N training articles only (a learning curve)")
    parser.add_argument("--drop", default="", help="leave out these feature groups (comma-separated: "
                        + ", ".join(GROUPS) + ")")
    parser.add_argument("--iterations", type=int, default=100, help="L-BFGS iterations (default 100)")
    parser.add_argument("--c1", type=float, default=1.0, help="L1 penalty (default 1.0)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 penalty (default 0.01)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the models in this folder (under /tmp, never in the repository) and, "
                             "when they are there, load them instead of training")
    args = parser.parse_args(argv)
    if pycrfsuite is None:
        print("skipped: python-crfsuite is not installed (pip install 'newsanalysis[bench]')")
        return 0
    for p in (args.train, args.dev):
        if not p.exists():
            parser.error(f"no such file: {p}")
    if args.keep is not None and args.keep.resolve().is_relative_to(ROOT):
        parser.error("--keep: the model is for measuring only; keep it outside the repository (under /tmp)")
    global _drop
    drop = [g for g in args.drop.split(",") if g]
    if any(g not in GROUPS for g in drop):
        parser.error(f"--drop: groups are {', '.join(GROUPS)}")
    _drop = tuple(x for g in drop for x in GROUPS[g])
    train_arts, dev_arts = read(args.train)[: args.limit], read(args.dev)
    t0 = time.perf_counter()
    dev_rules = [attributions(na.quotes(art["text"])) for art in dev_arts]
    secs_rules = time.perf_counter() - t0
    runs = []
    with tempfile.TemporaryDirectory(prefix="na-crf-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if args.models in ("text", "both"):
            runs.append(run("CRF (text)", folder / "text.crfsuite", train_arts, dev_arts, None, None, args))
        if args.models in ("rules", "both"):
            train_rules = [attributions(na.quotes(art["text"])) for art in train_arts]
            runs.append(run("CRF (text + rules)", folder / "rules.crfsuite", train_arts, dev_arts, train_rules,
                            dev_rules, args))
    report(dev_arts, dev_rules, runs)
    print()
    ntok = runs[0].ntok
    print(f"dev: {len(dev_arts)} articles, {ntok:,} tokens; na.quotes {secs_rules:.2f} s "
          f"({ntok / secs_rules:,.0f} tokens/s); train: {len(train_arts)} articles, {args.iterations} iterations, "
          f"c1 {args.c1}, c2 {args.c2}" + (f"; feature groups left out: {args.drop}" if drop else ""))
    for r in runs:
        extra = " (+ na.quotes for its features)" if "rules" in r.name else ""
        print(f"{r.name}: trained in {r.secs_train:.0f} s; model {r.size / 1e6:.1f} MB, {r.nfeat:,} state features; "
              f"features + tagging {r.secs_tag:.2f} s{extra} ({ntok / r.secs_tag:,.0f} tokens/s, "
              f"{r.secs_tag / secs_rules:.2f}x na.quotes' time)")
        print("  heaviest content features: " + "; ".join(r.top))
    return 0


def _row(name: str, t: Tally) -> str:
    p, r, f, _, _ = t.row()
    return f"{name:<48} {t.pred:>6} {t.matched:>6} {p:>6.3f} {r:>6.3f} {f:>6.3f}"


THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97)


def report(arts: list[dict], rules: list[list[dict]], runs: list[Run]) -> None:
    """Print the table: rules; each CRF alone and in union with the rules at each confidence threshold; the best F1
    at P >= 0.80."""
    gold = [a["quotes"] for a in arts]
    base = Tally()
    for g, r in zip(gold, rules):
        base.add(g, r)
    print(f"dev, (b) all attributions, statements joined: {base.gold} gold")
    print(f"{'':<48} {'pred':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6}")
    print(_row("rules (na.quotes)", base))
    best = []
    kinds = ["rules: " + _by_kind(gold, rules)]
    for run_ in runs:
        rows = []
        for t in THRESHOLDS:
            alone, union = Tally(), Tally()
            for g, r, ls in zip(gold, rules, run_.spans):
                keep = [s for s in ls if s["conf"] >= t]
                alone.add(g, keep)
                extra = [s for s in keep if not any(s["start"] < p["end"] and p["start"] < s["end"] for p in r)]
                union.add(g, r + extra)
            rows.append((t, alone, union))
        for i, label in ((1, "alone"), (2, "+ rules")):
            top = (0.0, f"{run_.name} {label}: none", 0.0)
            for row in rows:
                print(_row(f"{run_.name} {label}, confidence >= {row[0]:.2f}", row[i]))
                p, r, f, _, _ = row[i].row()
                if p >= 0.80 and f > top[0]:
                    top = (f, f"{run_.name} {label}: P {p:.3f} R {r:.3f} F1 {f:.3f} (confidence >= {row[0]:.2f})",
                           row[0])
            best.append(top[1])
            keep = [[s for s in ls if s["conf"] >= top[2]] for ls in run_.spans]
            if i == 2:
                keep = [r + [s for s in k if not any(s["start"] < p["end"] and p["start"] < s["end"] for p in r)]
                        for r, k in zip(rules, keep)]
            kinds.append(f"{run_.name} {label} (confidence >= {top[2]:.2f}): " + _by_kind(gold, keep))
    print("best F1 at P >= 0.80 (rules alone: " + "P {:.3f} R {:.3f} F1 {:.3f})".format(*base.row()[:3]))
    for b in best:
        print("  " + b)
    print("recall by gold kind, at those thresholds:")
    for k in kinds:
        print("  " + k)


def _by_kind(gold: list[list[dict]], pred: list[list[dict]]) -> str:
    """Recall of each gold kind (direct, mixed, indirect) under the one-to-one matching of all spans."""
    hit: dict[str, int] = {}
    total: dict[str, int] = {}
    for g, p in zip(gold, pred):
        pairs = match([(q["start"], q["end"]) for q in g], [(x["start"], x["end"]) for x in p])
        for q in g:
            total[q["kind"]] = total.get(q["kind"], 0) + 1
        for gi, _ in pairs:
            hit[g[gi]["kind"]] = hit.get(g[gi]["kind"], 0) + 1
    return ", ".join(f"{k} {hit.get(k, 0) / total[k]:.3f} of {total[k]}" for k in ("direct", "mixed", "indirect")
                     if k in total)


if __name__ == "__main__":
    raise SystemExit(main())
