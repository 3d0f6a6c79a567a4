"""Build PolNeAR dev + train as one JSONL corpus and run ``newsanalysis report`` on it.

    python -m benchmarks.polnear_report [OUT_DIR]     # default /tmp/polnear_report

Writes ``OUT_DIR/corpus.jsonl`` (id, date, source = publisher, text; the gold
quotes are dropped) from ``../shared/bench/polnear/{dev,train}.jsonl``, runs
the report into ``OUT_DIR/rep`` and prints its time, the size of
``report.html``, the long side of every chart PNG and the time headless
Chromium takes to render the page (when ``chromium`` is on the PATH).

Render time: a copy of the page with a probe script at its end is loaded
with ``chromium --headless --dump-dom``; the probe writes the page's own
navigation timing (``loadEventStart``: HTML parsed, styles, layout and
every image decoded) into the DOM. Best of three, with the wall time of the
whole Chromium process beside it, and that of an empty page as its baseline
(Chromium's start-up).
"""

from __future__ import annotations

import json
import re
import shutil
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


_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
          "--disable-component-update", "--disable-sync", "--virtual-time-budget=30000", "--dump-dom"]
_PROBE = ("<script>window.addEventListener('load',function(){setTimeout(function(){"
          "var n=performance.getEntriesByType('navigation')[0];var p=document.createElement('pre');"
          "p.textContent='NA-TIMING load '+n.loadEventStart.toFixed(0)+' dcl '+n.domContentLoadedEventEnd.toFixed(0);"
          "document.body.appendChild(p);},0);});</script>")


def render(page: Path, repeat: int = 3) -> tuple[float, float, float]:
    """(load event ms, wall s, wall s of an empty page): best of ``repeat`` in headless Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    probe = page.with_name("_render_probe.html")
    blank = page.with_name("_render_blank.html")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    blank.write_text("<!DOCTYPE html><html><body>" + _PROBE + "</body></html>", encoding="utf-8")
    best = {"load": float("inf"), "wall": float("inf"), "blank": float("inf")}
    try:
        for _ in range(repeat):
            for key, target in (("wall", probe), ("blank", blank)):
                t = time.perf_counter()
                out = subprocess.run([chromium, *_FLAGS, target.as_uri()], capture_output=True, text=True,
                                     timeout=120).stdout
                best[key] = min(best[key], time.perf_counter() - t)
                m = re.search(r"NA-TIMING load (\d+)", out)
                if key == "wall" and m:
                    best["load"] = min(best["load"], float(m.group(1)))
    finally:
        probe.unlink(missing_ok=True)
        blank.unlink(missing_ok=True)
    return best["load"], best["wall"], best["blank"]


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
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        load, wall, blank = render(html)
        print(f"render in headless Chromium: load event at {load:.0f} ms (best of 3); process {wall:.2f} s, "
              f"an empty page {blank:.2f} s, so {wall - blank:.2f} s for this page")
    else:
        print("chromium not found: render time not measured (apt-get install -y chromium)")


if __name__ == "__main__":
    main(sys.argv[1:])
