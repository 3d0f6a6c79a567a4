"""Which kinds of attribution the rules find, and how far finding a whole kind would carry the score.

Run from the repository root::

    python -m benchmarks.attribution_classes [PATH.jsonl]

``PATH.jsonl`` (default ``../shared/bench/polnear/dev.jsonl``) is a
PolNeAR-format file (see :mod:`benchmarks.quotes_eval`, whose scoring this
uses: statements joined, spans overlapping by half their union). Every gold
attribution is put in one class, read from the gold annotation alone (its
kind, its source and its cue), in this order:

* ``direct``: every fragment in quotation marks;
* ``no source``: the annotators marked no source ("Trump is expected to
  win", "the decision seemed rushed"); ``na.quotes`` reports speech *of*
  someone, so it never emits these;
* ``according to``: the cue is "according to";
* ``cue in lexicon``: a word of the cue is a form in ``data/cues.tsv``
  (said, told, believes, urged, criticized, ...);
* ``other verb``: the cue holds a verb form outside the lexicon
  ("endorsed" before it was added, "seemed", "wants", "pointed to");
* ``nominal``: the cue is a noun, a possessive or a preposition ("criticism
  of", "supporter", "Trump's view", "in a statement", ":").

The table gives each class's gold count and share, the rules' recall on it,
and, cumulatively down the table, the (b) all-attributions F1 the rules would
score if they also found every remaining attribution of that class and the
ones above it with no new false positive: an upper bound on what rules for
those classes could bring. A last line says how spread the ``other verb``
class is over its head words (a rule per verb reaches few of them).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import newsanalysis as na
from benchmarks.quotes_eval import DEFAULT, articles, attributions, match
from newsanalysis.attribution import lexicon

CLASSES = ("direct", "according to", "cue in lexicon", "other verb", "nominal", "no source")
#: Words of a cue that are not its head ("has also repeatedly said").
_AUX = frozenset(
    """is are was were be been being am has have had do does did will would can could may might should must
    not n't also still already just never often repeatedly publicly privately then now recently quickly
    long later earlier first once again even further""".split()
)
#: Heads of a cue that make it no verb: prepositions and possessives ("in a poll", "for X, ...", "Trump's").
_NOMINAL_HEADS = frozenset(
    """in for of to about on by under like with from among at over against as a an the his her their its
    ’s 's""".split()
)
#: Noun endings ("criticism", "decision", "supporter", "opponent").
_NOUNISH = re.compile(r"(?:ism|ion|ions|ment|ments|ance|ence|ity|er|ers|or|ors|ist|ists|ent|ents)$")


def head(g: dict) -> str:
    """The first word of a gold cue that is no auxiliary or adverb ("has repeatedly endorsed": endorsed)."""
    words = [w for w in re.findall(r"[a-z’']+", (g.get("cue") or "").lower()) if w not in _AUX]
    return words[0] if words else ""


def classify(g: dict) -> str:
    """The class of one gold attribution (see the module docstring)."""
    if g["kind"] == "direct":
        return "direct"
    cue = (g.get("cue") or "").lower()
    words = re.findall(r"[a-z’']+", cue)
    if not g.get("speaker"):
        return "no source"
    if "according" in words:
        return "according to"
    forms = lexicon.CUES
    if any(w in forms for w in words):
        return "cue in lexicon"
    content = [w for w in words if w not in _AUX]
    if not content or content[0] in _NOMINAL_HEADS or _NOUNISH.search(content[0]):
        return "nominal"  # ":", "in a poll", "criticism of", "supporter", "Trump's"
    return "other verb"  # "seemed", "wants", "pointed to", "will need"


def measure(path: Path) -> tuple[dict[str, list[int]], int, int, Counter]:
    """Per class ``[gold, matched]``, the totals of predictions and matches, and the heads of ``other verb``."""
    per = {c: [0, 0] for c in CLASSES}
    heads: Counter = Counter()
    n_pred = n_match = 0
    for art in articles(path):
        gold = art["quotes"]
        pred = attributions(na.quotes(art["text"]))
        pairs = match([(g["start"], g["end"]) for g in gold], [(p["start"], p["end"]) for p in pred])
        hit = {gi for gi, _ in pairs}
        n_pred += len(pred)
        n_match += len(pairs)
        for gi, g in enumerate(gold):
            c = classify(g)
            if c == "other verb":
                heads[head(g)] += 1
            per[c][0] += 1
            per[c][1] += gi in hit
    return per, n_pred, n_match, heads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.attribution_classes",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="PolNeAR-format JSONL file")
    args = parser.parse_args(argv)
    if not args.path.exists():
        parser.error(f"no such file: {args.path}")
    per, n_pred, n_match, heads = measure(args.path)
    total = sum(g for g, _ in per.values())
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / total if total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.path.name}: (b) all attributions P {p:.3f} R {r:.3f} F1 {f:.3f} "
          f"({n_match} of {total} gold, {n_pred} predicted)")
    print(f"{'class':<16} {'gold':>6} {'share':>6} {'found':>6} {'recall':>7}   {'F1 if this and the above were all found':>40}")
    m, pr = n_match, n_pred
    for c in CLASSES:
        g, hit = per[c]
        m += g - hit
        pr += g - hit
        pp, rr = m / pr, m / total
        print(f"{c:<16} {g:>6} {g / total:>6.1%} {hit:>6} {hit / g if g else 0:>7.1%}   "
              f"{2 * pp * rr / (pp + rr):>32.3f} (P {pp:.3f})")
    n_other = sum(heads.values())
    if n_other:
        top = heads.most_common(50)
        print(f"other verb: {len(heads)} distinct head words; the 50 most frequent cover "
              f"{sum(n for _, n in top) / n_other:.0%} of the class; the most frequent: "
              + ", ".join(f"{w} {n}" for w, n in top[:8]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
