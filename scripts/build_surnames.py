"""Build ``newsanalysis/data/surnames.txt`` from the 1990 US Census surname file.

The US Census Bureau's 1990 surname frequency list (``dist.all.last``: name,
percent of the population bearing it, cumulative percent, rank) is US
government data in the public domain. The PyPI package ``names`` 0.3.0
carries a copy; this script reads it from an installed ``names`` (``pip
install names==0.3.0``) or from a folder given on the command line, and
writes the surnames borne by at least 0.002% of people (about 7,500), lower
case, one a line. :mod:`newsanalysis.organisations` uses them to tell a lone
given name (``Bob``, ``Melanie``) from a surname that is a given name too
(``Clinton``, ``Grant``).

Run from the repository root::

    python scripts/build_surnames.py [FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newsanalysis" / "data" / "surnames.txt"
MIN_SHARE = 0.002


def main(argv: list[str]) -> int:
    if argv:
        folder = Path(argv[0])
    else:
        import names  # type: ignore[import-not-found]

        folder = Path(names.__file__).parent
    lines = [
        "# Surnames borne by at least 0.002% of the US population, lower case, most common first.",
        "# Source: US Census Bureau, 1990 census surname frequency file (public domain), dist.all.last;",
        "# built by scripts/build_surnames.py.",
    ]
    for line in (folder / "dist.all.last").read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= MIN_SHARE:
            lines.append(parts[0].lower())
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 3} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
