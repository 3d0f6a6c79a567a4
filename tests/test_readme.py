"""The README's table schemas must match newsanalysis.schema."""

import re
from pathlib import Path

from newsanalysis import schema

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_schemas() -> dict[str, dict[str, str]]:
    text = README.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"\*\*(\w+)\*\*:.*?\n\n((?:\|.*\n)+)", text):
        rows = [line.split("|")[1:3] for line in m.group(2).splitlines()[2:]]
        out[m.group(1)] = {c.strip(): t.strip() for c, t in rows}
    return out


def test_readme_documents_every_table_with_its_dtypes():
    assert readme_schemas() == {**schema.SCHEMAS, "people": schema.PEOPLE, "sources": schema.SOURCES,
                                "quote_reuse": schema.QUOTE_REUSE, "quote_reuse_members": schema.QUOTE_REUSE_MEMBERS}


def test_readme_quick_start_is_two_make_commands():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## Quick start.*?```sh\n(.*?)```", text, re.S).group(1)
    assert [line.split()[:2] for line in block.strip().splitlines()] == [["make", "demo"], ["make", "test"]]
