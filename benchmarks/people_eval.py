"""Score who a run says spoke, against sources resolved to people by hand (PolNeAR people-dev).

Run from the repository root::

    python -m benchmarks.people_eval                 # ../shared/bench/polnear/people-dev on dev.jsonl
    python -m benchmarks.people_eval --top50         # and the top 50 people of PolNeAR dev + train as one run
    python -m benchmarks.people_eval --errors        # and every wrongly resolved attribution

The gold (``people-dev/gold.jsonl``) gives, for every ``Attribution`` of 28 PolNeAR dev articles, its
content span and whether its source is a ``person`` (with a canonical name), an ``organisation`` or
``unnamed``. Scoring, to the definition of the people-dev README:

* the 28 articles are analysed as one run (:class:`newsanalysis.Article` with the PolNeAR id, date and
  publisher as ``source``);
* each gold attribution is *found* when a predicted statement (the speech rows of one ``statement``
  joined, :func:`newsanalysis.statements`) overlaps its content by at least a third of the shorter of the
  two spans; the one overlapping most is taken. Not found is a recall miss (``quotes_eval`` scores it);
* **pairing**, one to one: each gold person is paired with the predicted ``person`` (of the same surname)
  that most of their found attributions carry, so "Harry M. Reid" for gold "Harry Reid" is no error but
  two names for one person (a split) or one name for two people (a merge) are;
* **person accuracy** on found attributions: a gold person is right when the predicted ``person`` is their
  paired name; an organisation or unnamed source is right when ``person`` is missing. By source class of
  the gold span (``pronoun``; ``description``: it starts with the/a/an/his/her/its/their/one/another/some;
  else ``name``) and by gold kind;
* **splits**: gold people whose found attributions carry two or more predicted names; **merges**:
  predicted names holding found attributions of two or more gold people, or of a person and a non-person;
* **extra people**: rows of ``people`` with statements whose name is neither a gold person's nor paired
  with one; **missing**: gold people with no such row.

With ``--top50`` the 924 articles of PolNeAR dev + train are analysed as one run (id, date, publisher as
source) and the 50 people with the most statements are printed, for a reader to check (no non-person, no
person twice).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

import newsanalysis as na

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")
POLNEAR = SHARED / "bench" / "polnear"

PRONOUNS = frozenset("he she it they we i you him her them us who his its their me".split())
DESCRIPTION_STARTS = frozenset("the a an his her its their one another some".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def source_class(text: str) -> str:
    """``pronoun``, ``description`` or ``name``: the class of a gold source span."""
    words = text.strip().split()
    if not words:
        return "name"
    if " ".join(words).lower() in PRONOUNS:
        return "pronoun"
    return "description" if words[0].lower() in DESCRIPTION_STARTS else "name"


def surname(name: str) -> str:
    """The last word of a name that is not a suffix (``Donald Trump Jr.``: trump), lower case."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while len(words) > 1 and words[-1].lower().rstrip(",") in SUFFIXES:
        words.pop()
    return words[-1].lower().strip(".,") if words else ""


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def as_articles(records: Iterable[dict]) -> list[na.Article]:
    """PolNeAR records as Articles: the PolNeAR id, its date and the publisher as source."""
    return [na.Article(r["id"], r["text"], date=r.get("date"), source=r.get("publisher")) for r in records]


def run(records: list[dict]) -> tuple[na.AnalysisResult, float]:
    t0 = time.process_time()
    result = na.analyze(as_articles(records), progress=False)
    return result, time.process_time() - t0


def found_statements(gold: list[dict], stmts: pd.DataFrame) -> list[dict | None]:
    """For each gold attribution, the predicted statement overlapping it most (>= 1/3 of the shorter), or None."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    cols = ["article_id", "start", "end", "person", "speaker", "source_kind"]
    for r in stmts[cols + (["speaker_rule"] if "speaker_rule" in stmts.columns else [])].to_dict("records"):
        by_article[str(r["article_id"])].append(r)
    out: list[dict | None] = []
    for g in gold:
        best, best_ov = None, 0
        for p in by_article.get(g["id"], ()):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            shorter = min(g["end"] - g["start"], p["end"] - p["start"])
            if ov > 0 and shorter > 0 and ov * 3 >= shorter and ov > best_ov:
                best, best_ov = p, ov
        out.append(best)
    return out


def _name(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def score(gold: list[dict], result: na.AnalysisResult) -> dict:
    """Every figure of the module docstring, with the names behind them."""
    found = found_statements(gold, na.statements(result.quotes))
    pairs = [(g, _name(p["person"])) for g, p in zip(gold, found) if p is not None]
    # pairing: a gold person -> the predicted name of the same surname most of their found attributions carry
    carried: dict[str, Counter] = defaultdict(Counter)
    for g, name in pairs:
        if g["kind"] == "person" and name and surname(name) == surname(g["person"]):
            carried[g["person"]][name] += 1
    candidates = sorted(((n, gp, name) for gp, c in carried.items() for name, n in c.items()),
                        key=lambda t: (-t[0], t[1], t[2]))
    paired: dict[str, str] = {}
    taken: set[str] = set()
    for _, gp, name in candidates:  # one to one, strongest first
        if gp not in paired and name not in taken:
            paired[gp] = name
            taken.add(name)
    by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_step: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # quotes.speaker_rule -> [right, found]
    steps = [_name(p.get("speaker_rule")) or "(none)" for p in found if p is not None]  # (aligned with pairs)
    wrong = []
    for (g, name), step in zip(pairs, steps):
        ok = (name is not None and paired.get(g["person"]) == name) if g["kind"] == "person" else name is None
        by_step[step][0] += ok
        by_step[step][1] += 1
        for table, key in ((by_class, source_class(g["speaker_text"])), (by_kind, g["kind"])):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            wrong.append((g, name))
    names_of: dict[str, Counter] = defaultdict(Counter)  # gold person -> predicted names
    holders: dict[str, Counter] = defaultdict(Counter)  # predicted name -> gold people / kinds
    for g, name in pairs:
        if g["kind"] == "person" and name:
            names_of[g["person"]][name] += 1
        if name:
            holders[name][g["person"] if g["kind"] == "person" else f"({g['kind']})"] += 1
    splits = {gp: c for gp, c in names_of.items() if len(c) > 1}
    merges = {name: c for name, c in holders.items() if len(c) > 1}
    ppl = result.people
    quoted = ppl[ppl["statements"] > 0]
    rows = dict(zip(quoted["person"].astype(str), quoted["statements"].astype(int)))
    gold_people = {g["person"] for g in gold if g["kind"] == "person"}
    known = gold_people | set(paired.values())
    extra = {n: k for n, k in rows.items() if n not in known}
    missing = sorted(gp for gp in gold_people if gp not in rows and paired.get(gp) not in rows)
    exact = sum(g["kind"] == "person" and name == g["person"] for g, name in pairs)
    exact += sum(g["kind"] != "person" and name is None for g, name in pairs)
    right = sum(v[0] for v in by_kind.values())
    total = sum(v[1] for v in by_kind.values())
    return {"gold": len(gold), "found": total, "right": right, "accuracy": right / total if total else 0.0,
            "exact": exact, "by_class": dict(by_class), "by_kind": dict(by_kind), "by_step": dict(by_step),
            "splits": splits, "merges": merges,
            "extra": extra, "missing": missing, "wrong": wrong, "paired": paired}


def _frac(v: list[int]) -> str:
    return f"{v[0]}/{v[1]} ({v[0] / v[1]:.3f})" if v[1] else "0/0"


def _counts(c: Counter) -> str:
    return ", ".join(f"{k} {n}" for k, n in c.most_common())


def report(s: dict, secs: float, errors: bool = False, by_step: bool = False) -> None:
    print(f"people-dev: {s['found']} of {s['gold']} gold attributions found; analysed in {secs:.1f} s CPU")
    print(f"person accuracy {s['accuracy']:.3f} ({s['right']}/{s['found']})")
    print(f"  with the gold's own spelling of the name (no pairing): {s['exact'] / max(s['found'], 1):.3f}")
    print("  by source class: " + "; ".join(f"{k} {_frac(s['by_class'].get(k, [0, 0]))}"
                                            for k in ("name", "pronoun", "description")))
    print("  by gold kind:    " + "; ".join(f"{k} {_frac(s['by_kind'].get(k, [0, 0]))}"
                                            for k in ("person", "organisation", "unnamed")))
    if by_step:
        print("  by speaker_rule (the step that resolved the statement's speaker):")
        for step, v in sorted(s["by_step"].items(), key=lambda kv: (-kv[1][1], kv[0])):
            print(f"    {step:<18} {_frac(v)}")
    print(f"splits {len(s['splits'])}, merges {len(s['merges'])}, extra {len(s['extra'])}, "
          f"missing {len(s['missing'])}")
    for gp, c in sorted(s["splits"].items()):
        print(f"  split  {gp}: {_counts(c)}")
    for name, c in sorted(s["merges"].items()):
        print(f"  merge  {name}: {_counts(c)}")
    for name, n in sorted(s["extra"].items(), key=lambda t: (-t[1], t[0])):
        print(f"  extra  {name} ({n} statements)")
    for gp in s["missing"]:
        print(f"  missing {gp}")
    if errors:
        print("wrong attributions (gold source -> predicted person):")
        for g, name in s["wrong"]:
            want = g["person"] if g["kind"] == "person" else f"({g['kind']})"
            print(f"  {g['id'][:40]:<40} {g['speaker_text'][:40]!r:<42} {want} -> {name}")


def top50(n: int = 50) -> None:
    records = [r for split in ("dev", "train") for r in read_jsonl(POLNEAR / f"{split}.jsonl")]
    result, secs = run(records)
    ppl = result.people
    print(f"\nPolNeAR dev + train as one run: {len(records)} articles, analysed in {secs:.1f} s CPU; "
          f"top {n} people by statements")
    print(f"{'':>3} {'person':<28} {'statements':>10} {'articles':>8}  title")
    for i, row in enumerate(ppl.head(n).itertuples(), start=1):
        title = "" if pd.isna(row.title) else row.title
        print(f"{i:>3} {row.person:<28} {row.statements:>10} {row.articles:>8}  {title}")
    shared: dict[str, list[str]] = defaultdict(list)
    for name in ppl.head(n)["person"].astype(str):
        shared[surname(name)].append(name)
    same = ["; ".join(names) for names in shared.values() if len(names) > 1]
    print("rows of the top sharing a surname (to check they are different people): " + (" | ".join(same) or "none"))
    q = result.quotes
    if "speaker_rule" in q.columns:
        spoken = q["speaker"].notna()
        print(f"speaker_rule filled on {int((spoken & q['speaker_rule'].notna()).sum())}/{int(spoken.sum())} rows "
              f"with a speaker; {int((q['speaker_rule'] == 'run_description').sum())} moved by fit_descriptions "
              f"(run_description); rows with a step and no speaker: {int((~spoken & q['speaker_rule'].notna()).sum())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.people_eval", description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=POLNEAR / "people-dev",
                        help="the people-dev folder (gold.jsonl)")
    parser.add_argument("--dev", type=Path, default=POLNEAR / "dev.jsonl", help="PolNeAR dev.jsonl (the texts)")
    parser.add_argument("--top50", action="store_true", help="also print the top 50 of PolNeAR dev + train")
    parser.add_argument("--errors", action="store_true", help="also print every wrongly resolved attribution")
    parser.add_argument("--by-speaker-rule", action="store_true",
                        help="also print the accuracy per quotes.speaker_rule (the step that resolved the speaker)")
    args = parser.parse_args(argv)
    gold = read_jsonl(args.gold / "gold.jsonl")
    ids = dict.fromkeys(g["id"] for g in gold)
    result, secs = run([r for r in read_jsonl(args.dev) if r["id"] in ids])  # in dev.jsonl order
    report(score(gold, result), secs, errors=args.errors, by_step=args.by_speaker_rule)
    if args.top50:
        top50()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
