"""Build ``newsanalysis/data/given_names.tsv`` from the 1990 US Census given-name files.

The US Census Bureau's 1990 given-name frequency lists (``dist.female.first``,
``dist.male.first``: name, percent of the sex's population bearing it,
cumulative percent, rank) are US government data in the public domain. The
PyPI package ``names`` 0.3.0 carries copies of them; this script reads them
from an installed ``names`` (``pip install names==0.3.0``) or from a folder
given on the command line, and writes one row a name: the name in lower case
and its share among women and among men, in percent.

Run from the repository root::

    python scripts/build_given_names.py [FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newsanalysis" / "data" / "given_names.tsv"


def read_shares(path: Path) -> dict[str, float]:
    shares = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1])
    return shares


def main(argv: list[str]) -> int:
    if argv:
        folder = Path(argv[0])
    else:
        import names  # type: ignore[import-not-found]

        folder = Path(names.__file__).parent
    female = read_shares(folder / "dist.female.first")
    male = read_shares(folder / "dist.male.first")
    lines = [
        "# Given names and the share of US women and men bearing each, in percent.",
        "# Source: US Census Bureau, 1990 census given-name frequency files (public domain),",
        "# dist.female.first and dist.male.first; built by scripts/build_given_names.py.",
        "name\tfemale\tmale",
    ]
    for name in sorted(set(female) | set(male)):
        lines.append(f"{name}\t{female.get(name, 0.0):g}\t{male.get(name, 0.0):g}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 4} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
