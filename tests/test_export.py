"""Exports for spreadsheet users: a workbook, and CSV files Excel reads as UTF-8."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

import newsanalysis as na

TEXTS = pd.DataFrame({
    "id": ["a", "b"],
    "title": ["Bridge vote", "Clinic"],
    "date": ["2026-01-02", "2026-01-03"],
    "source": ["Wire", "Daily"],
    "text": ["“We won,” Mayor Ann Lee said, “and won well.” “=SUM(A1) is wrong,” the ministry said.",
             "“Café crème, déjà vu,” Ann Lee said."],
})


@pytest.fixture(scope="module")
def result():
    return na.analyze(TEXTS, progress=False)


def test_workbook_has_a_sheet_per_table_and_quotes_joined_with_their_article(result, tmp_path):
    path = result.to_excel(tmp_path / "run.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["quotes", "people", "sources", "articles", "speakers", "sentences", "quote rows",
                             "errors"]
    rows = list(wb["quotes"].values)
    head, body = rows[0], rows[1:]
    assert head[:5] == ("article_id", "title", "date", "source", "text")
    assert len(body) == int(result.articles["n_statements"].sum())  # one row a statement, as every count
    first = dict(zip(head, body[0]))
    assert (first["title"], first["source"], first["person"]) == ("Bridge vote", "Wire", "Ann Lee")
    assert len(list(wb["quote rows"].values)) - 1 == len(result.quotes)
    people = list(wb["people"].values)
    assert [r[0] for r in people[1:]] == result.people["person"].tolist()


def test_workbook_keeps_formula_like_text_as_text(result, tmp_path):
    wb = openpyxl.load_workbook(result.to_excel(tmp_path / "run.xlsx"))
    cells = [c for row in wb["quote rows"].iter_rows() for c in row if isinstance(c.value, str) and "SUM" in c.value]
    assert cells and all(c.data_type == "s" and not c.value.startswith("=") for c in cells)


def test_workbook_needs_an_xlsx_name(result, tmp_path):
    with pytest.raises(na.NewsAnalysisError, match="xlsx"):
        result.to_excel(tmp_path / "run.csv")


def test_csv_for_excel_starts_with_a_bom_and_reads_back_the_same(result, tmp_path):
    plain, excel = tmp_path / "plain", tmp_path / "excel"
    result.to_csv(plain)
    result.to_csv(excel, excel=True)
    raw = (excel / "quotes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not (plain / "quotes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert raw[3:] == (plain / "quotes.csv").read_bytes()
    back = na.read_output(excel)
    pd.testing.assert_frame_equal(back.quotes, na.read_output(plain).quotes)
    assert "déjà vu" in "".join(back.quotes["text"])
