"""Score ``newsanalysis.quotes`` on attribution-annotated news (PolNeAR format).

Run from the repository root::

    python -m benchmarks.quotes_eval [PATH.jsonl]
    python -m benchmarks.quotes_eval [PATH.jsonl] --ablate   # each rule switched off in turn
    python -m benchmarks.quotes_eval [PATH.jsonl] --by-rule  # precision of each rule (``quotes.rule``)
    python -m benchmarks.quotes_eval [PATH.jsonl] --by-speaker-rule  # strict speaker per ``quotes.speaker_rule``

``PATH.jsonl`` (default ``../shared/bench/polnear/dev.jsonl``) holds one
article a line: ``{"id", "text", "quotes": [{"start", "end", "kind",
"speaker_start", "speaker_end", ...}]}``. Scoring, as in the issue and the
corpus README:

* a predicted quote matches a gold one when their character spans overlap by
  at least half of their union (one-to-one, best overlaps first);
* the speaker is right when the predicted ``speaker_start``/``speaker_end``
  overlap the gold source mention, or when the gold source is a name that
  the resolved ``speaker`` carries (``he``, resolved to Lindsey Graham, for a
  gold ``Graham`` mentioned earlier); under the *strict* reading, where the gold
  source is a name (its last word capitalised and not a pronoun: ``Trump``,
  ``Sen. Ted Cruz``, ``The Post``), the resolved ``speaker`` must also carry
  that name's last word (a pronoun or description that resolved to the wrong
  person fails it);
* (a) *direct*: gold kind ``direct`` against predicted kind ``direct``;
  (b) *all*: every gold attribution (direct, mixed, indirect) against every
  predicted quote of kind direct, partial or indirect (``mention`` rows are
  nobody's speech and are left out).

Each *statement* of the quotes table (rows sharing its ``statement``
column: the halves of a split quote, a reported clause and the quoted
fragment inside it) is scored as one span, as PolNeAR annotates it;
``--no-join`` scores the rows as they are.

Prints one table: gold and predicted counts, precision, recall and F1 of the
spans, and the share of matched quotes whose speaker is right (``speaker``) and
right under the strict reading (``strict``); then notes on
the (a) predictions that match a gold attribution of another kind, and on the
gold spans that look like direct quotes but are annotated otherwise
(PolNeAR's annotators differ: a quote split around its attribution is
*direct* for some and *mixed* for others, and NYT quotes in ``''`` marks are
annotated *indirect*); the last note gives the (a) F1 that finding exactly
the spans in quotation marks, and calling them direct, would score.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

import newsanalysis as na

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")
DEFAULT = SHARED / "bench" / "polnear" / "dev.jsonl"

Span = tuple[int, int]


def overlap(a: Span, b: Span) -> float:
    """Intersection over union of two character spans."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def match(gold: list[Span], pred: list[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)`` overlapping by >= half their union."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p[0] < g[1] and g[0] < p[1]:
                ov = overlap(g, p)
                if ov >= 0.5:
                    pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


class Tally:
    """Counts of one comparison (gold, predicted, matched, speaker right)."""

    def __init__(self) -> None:
        self.gold = self.pred = self.matched = self.speaker = self.strict = 0
        self.other_kind: dict[str, int] = {}  # unmatched predictions that match gold of another kind
        self.by_rule: dict[str, list[int]] = {}  # rule -> [predicted, matched, speaker right, strict]
        self.by_speaker_rule: dict[str, list[int]] = {}  # speaker_rule -> [predicted, matched, speaker right, strict]
        self.with_speaker = self.unstamped = 0  # predictions with a speaker, and those of them without speaker_rule

    def add(self, gold: list[dict], pred: list[dict], others: list[dict] = ()) -> None:
        gs = [(g["start"], g["end"]) for g in gold]
        ps = [(p["start"], p["end"]) for p in pred]
        pairs = match(gs, ps)
        self.gold += len(gs)
        self.pred += len(ps)
        self.matched += len(pairs)
        if others:
            hit = {pi for _, pi in pairs}
            rest = [pi for pi in range(len(ps)) if pi not in hit]
            os_ = [(o["start"], o["end"]) for o in others]
            for oi, _ in match(os_, [ps[pi] for pi in rest]):
                kind = others[oi]["kind"]
                self.other_kind[kind] = self.other_kind.get(kind, 0) + 1
        for p in pred:
            self.by_rule.setdefault(p.get("rule") or "(none)", [0, 0, 0, 0])[0] += 1
            self.by_speaker_rule.setdefault(p.get("speaker_rule") or "(none)", [0, 0, 0, 0])[0] += 1
            if p.get("speaker") is not None:
                self.with_speaker += 1
                self.unstamped += p.get("speaker_rule") is None
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            counts = self.by_rule[p.get("rule") or "(none)"]
            steps = self.by_speaker_rule[p.get("speaker_rule") or "(none)"]
            counts[1] += 1
            steps[1] += 1
            if speaker_right(g, p):
                self.speaker += 1
                self.strict += strict_speaker(g.get("speaker"), p.get("speaker"))
                for c in (counts, steps):
                    c[2] += 1
                    c[3] += strict_speaker(g.get("speaker"), p.get("speaker"))

    def row(self) -> tuple[float, float, float, float, float]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        s = self.speaker / self.matched if self.matched else 0.0
        st = self.strict / self.matched if self.matched else 0.0
        return p, r, f, s, st


_PRONOUNS = frozenset("he she it they we i you him her them us who his its their".split())


_NAME_TAIL = frozenset("of for from at in on with who which whose that".split())
#: Before the first capitalised word, these make it a complement, not the head: "a count by The Associated Press".
_BEFORE_NAME = frozenset("by to about among including as".split())
#: Capitalised only because they start a sentence: not the start of a name.
_NOT_NAME = frozenset(
    """a an the this that these those his her their its another other every each no some many most all both
    several only data according one two three four five six seven eight nine ten about nearly almost new
    former top senior sources officials critics experts analysts polls poll reports report documents records
    people anyone everyone someone staff footage media""".split()
)
#: Runs of such words are a title before the name: "Secretary of State John F. Kerry".
_TITLE_ONLY = frozenset(
    """secretary president vice senator sen rep representative governor gov mayor minister chairman chair
    director chief head leader speaker state defense treasury foreign deputy general attorney ceo cfo coo
    executive founder""".split()
)
_NAME_PARTS = frozenset("von van der den de da di del la le bin ibn al dos du st".split())


def _name_word(source: str | None) -> str | None:
    """The last word of the name a gold source gives, or None when the source is no name.

    The name is the first run of capitalised words (``Rep. G.K. Butterfield``
    of ``Rep. G.K. Butterfield (D-N.C.), head of the ...``; ``Post`` of ``The
    Post``); the source is a name when that run is the head of the source:
    it ends the source, or a comma, a bracket, a dash or a preposition follows
    it (``Michael Oppenheimer, a professor at ...``; ``Cameron Easley for
    Morning Consult``). ``Democratic leaders``, ``Trump campaign`` and
    pronouns are no names.
    """
    if not source:
        return None
    words = re.findall(r"[\w’'.\-/]+|[,(\u2014]|--", source)
    i = 0
    while True:
        while i < len(words) and (not words[i][:1].isupper() or words[i].lower() in _NOT_NAME):
            if words[i].lower() in _NAME_TAIL or words[i].lower() in _BEFORE_NAME or words[i] in (",", "(", "--", "\u2014"):
                return None  # the first name comes after the head: "a press release from Judicial Watch"
            i += 1
        if i == len(words):
            return None
        j = i
        while j < len(words) and (words[j][:1].isupper() or (j > i and words[j].lower() in _NAME_PARTS)):
            j += 1
        title_only = all(w.lower().rstrip(".") in _TITLE_ONLY for w in words[i:j])
        if title_only and j + 1 < len(words) and words[j].lower() in ("of", "from", ","):
            i = j + 1  # "Secretary of State John F. Kerry": the name is in the next run
            continue
        if j < len(words) and words[j - 1].endswith(("’s", "'s")):
            i = j  # a possessor, not the head: "The Podesta Group's CEO, Kimberley Fritts"
            continue
        if j == i + 1 and i == 0 and words[i].lower().endswith("s") and j < len(words) and words[j][:1].islower():
            return None  # a plural noun opening a sentence: "Surveys of caucus-goers", "Partisans on both sides"
        break
    run = [w for w in words[i:j] if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")] or words[i:j]
    if j < len(words) and words[j][:1].isalpha() and words[j].lower() not in _NAME_TAIL:
        return None  # the run qualifies a noun: "Democratic leaders", "Trump campaign"
    last = run[-1].rstrip(".")
    for suffix in ("’s", "'s", "’", "'"):
        last = last.removesuffix(suffix)
    if last.lower() in _PRONOUNS or (len(run) == 1 and last.lower() in ("the", "a", "an")):
        return None
    return last.lower()


def speaker_right(g: dict, p: dict) -> bool:
    """The corpus README's reading: the mention overlaps the gold source, or the speaker carries its name.

    ``“...,” he said`` where the gold source is ``Graham`` (an earlier
    mention of the same person) is right when ``he`` resolved to Lindsey
    Graham.
    """
    s, e = p.get("speaker_start"), p.get("speaker_end")
    if s is not None and e is not None and g.get("speaker_start") is not None:
        if s < g["speaker_end"] and g["speaker_start"] < e:
            return True
    return _name_word(g.get("speaker")) is not None and strict_speaker(g.get("speaker"), p.get("speaker"))


def strict_speaker(gold_source: str | None, speaker: str | None) -> bool:
    """Whether the resolved ``speaker`` carries the gold source's name (True when the source is no name)."""
    name = _name_word(gold_source)
    if name is None:
        return True
    if not speaker:
        return False
    return name in {w.rstrip(".").lower() for w in re.findall(r"[\w’'.\-]+", speaker)}


def _records(df) -> list[dict]:
    out = []
    cols = (df["start"], df["end"], df["kind"], df["speaker_start"], df["speaker_end"], df["cue"], df["statement"],
            df["speaker"])
    rules = df["rule"] if "rule" in df.columns else [None] * len(df)
    steps = df["speaker_rule"] if "speaker_rule" in df.columns else [None] * len(df)
    for s, e, k, ss, se, cue, st, who, rule, step in zip(*cols, rules, steps):
        out.append({
            "rule": None if rule is None or pd.isna(rule) else str(rule),
            "speaker_rule": None if step is None or pd.isna(step) else str(step),
            "start": int(s), "end": int(e), "kind": k, "cue": None if pd.isna(cue) else cue,
            "speaker": None if pd.isna(who) else str(who),
            "speaker_start": None if pd.isna(ss) else int(ss),
            "speaker_end": None if pd.isna(se) else int(se),
            "statement": None if pd.isna(st) else int(st),
        })
    return out


def attributions(quotes) -> list[dict]:
    """One attribution per statement of a quotes table (:func:`newsanalysis.statements`).

    The quotes table keeps each run of quoted text as a row, so a quote split
    around its attribution (``"We will win," he said, "and big."``) is two
    rows, and a reported clause with a quoted fragment is an ``indirect`` row
    with a ``partial`` row inside it; the rows of one such attribution are one
    statement, and PolNeAR annotates each as *one* attribution whose content
    runs from the first row to the last. A statement of several rows keeps
    the kind ``direct`` when it is a split quote, else it is ``mixed``.
    """
    stmts = na.statements(quotes)
    out = _records(stmts)
    for r, n in zip(out, stmts["rows"]):
        if n > 1 and r["kind"] != "direct":
            r["kind"] = "mixed"
    return out


_OPEN = ('"', "“", "``", "''")
_CLOSE = ('"', "”", "''")


def _in_marks(text: str, g: dict) -> bool:
    """Whether a gold content span starts and ends with quotation marks."""
    span = text[g["start"] : g["end"]].strip()
    return span.startswith(_OPEN) and span.endswith(_CLOSE)


def articles(path: Path) -> Iterator[dict]:
    """The articles of a PolNeAR-format JSONL file, one dict a line (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def evaluate(
    path: Path, join: bool = True, rules: list[str] | None = None
) -> tuple[dict[str, Tally], dict[str, int]]:
    """Score every article of ``path`` (with only ``rules``, when given: see :data:`newsanalysis.attribution.RULES`).

    Returns the tallies of (a) direct and (b) all, and the count of gold
    spans per kind that start and end with quotation marks.
    """
    return evaluate_articles(articles(path), join=join, rules=rules)


def evaluate_articles(
    arts: Iterator[dict], join: bool = True, rules: list[str] | None = None
) -> tuple[dict[str, Tally], dict[str, int]]:
    """:func:`evaluate` of the PolNeAR-format articles ``arts`` (dicts with ``text`` and ``quotes``)."""
    direct, every = Tally(), Tally()
    marked: dict[str, int] = {}
    for art in arts:
        gold = art["quotes"]
        for g in gold:
            if _in_marks(art["text"], g):
                marked[g["kind"]] = marked.get(g["kind"], 0) + 1
        table = na.quotes(art["text"]) if rules is None else na.quotes(art["text"], rules=rules)
        if join:
            pred = attributions(table)
        else:
            pred = [q for q in _records(table) if q["kind"] != "mention"]
        pdirect = [p for p in pred if p["kind"] == "direct"]
        direct.add([g for g in gold if g["kind"] == "direct"], pdirect, [g for g in gold if g["kind"] != "direct"])
        every.add(gold, pred)
    return {"(a) direct": direct, "(b) all attributions": every}, marked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quotes_eval", description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="PolNeAR-format JSONL file")
    parser.add_argument("--no-join", action="store_true",
                        help="score the quotes table's rows as they are, not one span per statement")
    parser.add_argument("--ablate", action="store_true",
                        help="score once with every rule, then once with each rule switched off")
    parser.add_argument("--by-rule", action="store_true",
                        help="also print, for each rule of quotes.rule, its predictions and their precision")
    parser.add_argument("--by-speaker-rule", action="store_true",
                        help="also print, for each step of quotes.speaker_rule, the share of speakers right")
    args = parser.parse_args(argv)
    if not args.path.exists():
        parser.error(f"no such file: {args.path}")
    if args.ablate:
        return ablate(args.path, join=not args.no_join)
    t0 = time.perf_counter()
    tallies, marked = evaluate(args.path, join=not args.no_join)
    secs = time.perf_counter() - t0
    how = "rows as they are" if args.no_join else "rows of one statement joined"
    print(f"{args.path.name}: scored in {secs:.1f} s ({how})")
    print(f"{'':<22} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'strict':>7}")
    for name, t in tallies.items():
        p, r, f, s, st = t.row()
        print(f"{name:<22} {t.gold:>6} {t.pred:>6} {p:>6.3f} {r:>6.3f} {f:>6.3f} {s:>7.1%} {st:>7.1%}")
    other = tallies["(a) direct"].other_kind
    if other:
        detail = ", ".join(f"{n} a gold {k} one" for k, n in sorted(other.items()))
        print(f"note: of the unmatched (a) predictions, {detail} (the same span, annotated as another kind)")
    n_direct = tallies["(a) direct"].gold
    look_alike = sum(n for k, n in marked.items() if k != "direct")
    if n_direct:
        p = n_direct / (n_direct + look_alike)
        print(f"note: {look_alike} gold spans of other kinds start and end with quotation marks, as direct ones do; "
              f"finding every span in marks and calling it direct would score (a) P {p:.3f} R 1.000 "
              f"F1 {2 * p / (1 + p):.3f}")
    if args.by_rule:
        print_by_rule(tallies)
    if args.by_speaker_rule:
        print_by_speaker_rule(tallies)
    return 0


def print_by_rule(tallies: dict[str, Tally]) -> None:
    """Each rule's predictions (a statement counts under the rule of its first row) and how many were right.

    ``span P``: the share that match a gold attribution; ``speaker``, ``strict``: of those matched, the share
    whose speaker is right (as in the main table). ``(none)``: statements no rule attributed.
    """
    from newsanalysis.attribution import RULES

    for name, t in tallies.items():
        print(f"\n{name}, by rule (quotes.rule of the statement's first row)")
        print(f"{'rule':<22} {'stage':<9} {'pred':>6} {'span P':>7} {'speaker':>8} {'strict':>7}")
        for rule, (n, m, sp, st) in sorted(t.by_rule.items(), key=lambda kv: -kv[1][0]):
            stage = RULES[rule].stage if rule in RULES else ""
            print(f"{rule:<22} {stage:<9} {n:>6} {m / n:>7.3f} {(sp / m if m else 0):>8.1%} "
                  f"{(st / m if m else 0):>7.1%}")


def print_by_speaker_rule(tallies: dict[str, Tally]) -> None:
    """Each step of ``quotes.speaker_rule`` (of the statement's first row): predictions, matched, speakers right.

    ``speaker``, ``strict``: of the matched statements the step resolved, the share whose speaker is right (as in
    the main table). ``(none)``: statements with no speaker. Then the check that every prediction with a speaker
    has a ``speaker_rule``.
    """
    for name, t in tallies.items():
        print(f"\n{name}, by speaker_rule (quotes.speaker_rule of the statement's first row)")
        print(f"{'speaker_rule':<22} {'pred':>6} {'matched':>8} {'speaker':>8} {'strict':>7}")
        for step, (n, m, sp, st) in sorted(t.by_speaker_rule.items(), key=lambda kv: (-kv[1][1], kv[0])):
            print(f"{step:<22} {n:>6} {m:>8} {(sp / m if m else 0):>8.1%} {(st / m if m else 0):>7.1%}")
        print(f"speaker_rule filled on {t.with_speaker - t.unstamped}/{t.with_speaker} predictions with a speaker")


def ablate(path: Path, join: bool = True) -> int:
    """Print, for each rule, the (a) direct and (b) all F1 with that rule off, and the change from all on.

    A rule whose removal raises an F1 costs more than it gives on ``path``.
    The strict speaker shares are those of the matched quotes.
    """
    from newsanalysis.attribution import RULES

    t0 = time.perf_counter()
    base, _ = evaluate(path, join=join)
    (bd, ba) = (base["(a) direct"].row(), base["(b) all attributions"].row())
    print(f"{path.name}: every rule on: (a) direct P {bd[0]:.3f} R {bd[1]:.3f} F1 {bd[2]:.3f} strict {bd[4]:.1%}; "
          f"(b) all P {ba[0]:.3f} R {ba[1]:.3f} F1 {ba[2]:.3f} strict {ba[4]:.1%}")
    print(f"{'rule off':<22} {'stage':<9} {'(a) F1':>7} {'change':>7} {'strict':>7} "
          f"{'(b) P':>6} {'(b) R':>6} {'(b) F1':>7} {'change':>7} {'strict':>7}")
    for name, r in RULES.items():
        tallies, _ = evaluate(path, join=join, rules=[x for x in RULES if x != name])
        d, a = tallies["(a) direct"].row(), tallies["(b) all attributions"].row()
        print(f"{name:<22} {r.stage:<9} {d[2]:>7.3f} {d[2] - bd[2]:>+7.3f} {d[4]:>7.1%} "
              f"{a[0]:>6.3f} {a[1]:>6.3f} {a[2]:>7.3f} {a[2] - ba[2]:>+7.3f} {a[4]:>7.1%}")
    print(f"({time.perf_counter() - t0:.0f} s; a positive change means the rule costs more than it gives here)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
