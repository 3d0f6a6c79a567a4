"""Score the seed article against its gold annotation.

Run from the repository root::

    python -m benchmarks.seed_eval [GOLD.json] [ARTICLE.txt]

``GOLD.json`` defaults to ``../shared/seed/gold.json`` and the article to
``data/articles/<gold's file name>``. Gold offsets are into the raw file;
the article's ``body_offset`` maps table offsets onto them. Prints, for the
quoted spans, the indirect statements and the people: how many were found
exactly, and how many with the right speaker, cue, mention or title.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsanalysis as na
from newsanalysis import schema

ROOT = Path(__file__).resolve().parent.parent
#: ``../shared`` next to the clone (or next to the folder of work trees).
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")
DEFAULT_GOLD = SHARED / "seed" / "gold.json"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 and inter > 0 else 0.0


def evaluate(gold: dict, article: na.Article) -> dict[str, tuple[int, int]]:
    """Return ``{measure: (right, total)}`` for the seed article."""
    result = na.analyze(article, progress=False)
    off = article.body_offset
    q = result.quotes
    marked = {(s + off, e + off): r for s, e, r in zip(q["start"], q["end"], q.to_dict("records")) if
              r["kind"] in ("direct", "partial")}
    scores: dict[str, tuple[int, int]] = {}
    golds = gold["direct_quotes"]
    found = [marked.get((g["start"], g["end"])) for g in golds]
    scores["quoted spans exact"] = (sum(f is not None for f in found), len(golds))
    scores["  speaker right"] = (sum(f is not None and f["speaker"] == g["speaker"] for f, g in zip(found, golds)),
                                 len(golds))
    scores["  speaker_mention right"] = (
        sum(f is not None and f["speaker_mention"] == g["speaker_mention"] for f, g in zip(found, golds)),
        len(golds))
    scores["  cue right"] = (sum(f is not None and f["cue"] == g["cue"] for f, g in zip(found, golds)), len(golds))
    scores["  mention offsets right"] = (
        sum(f is not None and article.text[f["speaker_start"]:f["speaker_end"]] == g["speaker_mention"]
            for f, g in zip(found, golds)), len(golds))
    extra = len(marked) - scores["quoted spans exact"][0]
    scores["quoted spans predicted, not in gold"] = (extra, len(marked))

    ind = [r for r in q.to_dict("records") if r["kind"] == "indirect"]
    gind = [g for g in gold["indirect_quotes"] if g["kind"] == "indirect"]
    hits = []
    for g in gind:
        best = max(ind, key=lambda r: _overlap((r["start"] + off, r["end"] + off), (g["start"], g["end"])),
                   default=None)
        ok = best is not None and _overlap((best["start"] + off, best["end"] + off), (g["start"], g["end"])) >= 0.5
        hits.append(best if ok else None)
    scores["indirect found (overlap >= 1/2)"] = (sum(h is not None for h in hits), len(gind))
    scores["  indirect speaker right"] = (
        sum(h is not None and h["speaker"] == g["speaker"] for h, g in zip(hits, gind)), len(gind))
    gmix = [g for g in gold["indirect_quotes"] if g["kind"] != "indirect"]
    scores["mixed found (not required)"] = (
        sum(any(_overlap((r["start"] + off, r["end"] + off), (g["start"], g["end"])) >= 0.5 for r in ind)
            for g in gmix), len(gmix))

    sp = result.speakers.set_index("speaker")
    people = gold["people"]
    scores["people listed"] = (sum(p["name"] in sp.index for p in people), len(people))
    titled = [p for p in people if p.get("title")]
    scores["  titles right"] = (sum(p["name"] in sp.index and sp.loc[p["name"], "title"] == p["title"]
                                    for p in titled), len(titled))
    scores["  quoted / never quoted right"] = (
        sum(p["name"] in sp.index and (sp.loc[p["name"], "statements"] > 0) == p["quoted"] for p in people),
        len(people))
    aliases = [(p["name"], a) for p in people for a in p.get("aliases", [])]
    scores["  gold aliases listed"] = (
        sum(n in sp.index and a in str(sp.loc[n, "aliases"]).split(schema.ALIAS_SEP) for n, a in aliases),
        len(aliases))
    scores["speakers rows"] = (len(sp), len(people))
    return scores


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gold_path = Path(argv[0]) if argv else DEFAULT_GOLD
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    art_path = Path(argv[1]) if len(argv) > 1 else ROOT / "data" / "articles" / gold["file"]
    article = na.read_article(art_path)
    print(f"seed: {art_path.name}  (gold: {gold_path})")
    for name, (right, total) in evaluate(gold, article).items():
        print(f"{name:<40} {right:>3} / {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
