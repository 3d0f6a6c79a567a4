"""Build PolNeAR dev + train as one JSONL corpus and run ``newsanalysis report`` on it.

    python -m benchmarks.polnear_report [OUT_DIR]     # default /tmp/polnear_report

Writes ``OUT_DIR/corpus.jsonl`` (id, date, source = publisher, text; the gold
quotes are dropped) from ``../shared/bench/polnear/{dev,train}.jsonl``, runs
the report into ``OUT_DIR/rep`` and prints its time, the size of
``report.html`` and the long side of every chart PNG.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLNEAR = HERE.parent.parent / "shared" / "bench" / "polnear"


def build(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / "corpus.jsonl"
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for split in ("dev", "train"):
            for line in (POLNEAR / f"{split}.jsonl").open(encoding="utf-8"):
                r = json.loads(line)
                f.write(json.dumps({"id": r["id"], "date": r.get("date"), "source": r.get("publisher"),
                                    "text": r["text"]}) + "\n")
                n += 1
    print(f"{n} articles -> {path}")
    return path


def main(argv: list[str]) -> None:
    from PIL import Image

    out = Path(argv[0]) if argv else Path("/tmp/polnear_report")
    corpus = build(out)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsanalysis", "report", str(corpus), "--out", str(out / "rep")],
                   check=True)
    print(f"report: {time.perf_counter() - t:.1f} s")
    html = out / "rep" / "report.html"
    print(f"report.html: {html.stat().st_size / 1e6:.2f} MB")
    worst = 0
    for png in sorted((out / "rep").rglob("*.png")):
        w, h = Image.open(png).size
        worst = max(worst, w, h)
        if max(w, h) > 2400:
            print(f"  over 2,400 px: {png} {w}x{h}")
    print(f"longest PNG side: {worst} px")


if __name__ == "__main__":
    main(sys.argv[1:])
