"""Dates never drop an article: common forms are read, numeric ones with dayfirst, the rest are warnings."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.cli import main
from newsanalysis.load import check_date

TEXT = "“We will win,” Ann Lee said."


@pytest.mark.parametrize("written", [
    "2025-03-04", "2025-03-04T10:30:00Z", "2025-03-04 10:30", "March 4, 2025", "Mar. 4, 2025", "4 March 2025",
    "Tue, 04 Mar 2025 10:30:00 +0000", "Tuesday, March 4, 2025 at 10:30 a.m. EST", "4th March 2025",
])
def test_common_date_forms_are_read(written):
    assert check_date(written) == "2025-03-04"


def test_numeric_dates_follow_dayfirst_and_an_ambiguous_one_is_refused_as_ambiguous():
    assert check_date("04/03/2025", dayfirst=True) == "2025-03-04"
    assert check_date("04/03/2025", dayfirst=False) == "2025-04-03"
    assert check_date("04.03.2025", dayfirst=True) == "2025-03-04"
    assert check_date("23/04/2025") == check_date("04/23/2025") == "2025-04-23"  # one reading only
    with pytest.raises(na.ArticleReadError, match=r"'04/03/2025' is ambiguous: 4 March or April 3\?"):
        check_date("04/03/2025")
    with pytest.raises(na.ArticleReadError, match="day first"):
        check_date("04/23/2025", dayfirst=True)


def _frame():
    return pd.DataFrame({"id": ["eu", "iso", "bad"], "date": ["04/03/2025", "2025-03-05", "soonish"],
                         "text": [TEXT, "It rained.", "Rain again."]})


def test_an_ambiguous_date_keeps_its_article_with_a_warning_row():
    result = na.analyze(_frame(), progress=False)
    assert result.articles["article_id"].tolist() == ["eu", "iso", "bad"]  # nothing dropped
    dates = result.articles.set_index("article_id")["date"]
    assert pd.isna(dates["eu"]) and dates["iso"] == pd.Timestamp("2025-03-05") and pd.isna(dates["bad"])
    assert result.quotes["article_id"].tolist() == ["eu"]  # analysed
    err = result.errors.set_index("article_id")
    assert err["kind"].to_dict() == {"eu": "warning", "bad": "warning"}
    assert "ambiguous" in err.loc["eu", "error"] and "'soonish'" in err.loc["bad", "error"]
    assert "0 errors, 2 warnings" in repr(result)


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_dayfirst_reads_the_numeric_date(n_jobs):
    result = na.analyze(_frame(), dayfirst=True, progress=False, n_jobs=n_jobs, chunk_size=1)
    assert result.articles.set_index("article_id").loc["eu", "date"] == pd.Timestamp("2025-03-04")
    assert result.errors["article_id"].tolist() == ["bad"]
    us = na.analyze(_frame(), dayfirst=False, progress=False)
    assert us.articles.set_index("article_id").loc["eu", "date"].date() == date(2025, 4, 3)


def test_cli_report_dayfirst_and_ambiguous(tmp_path, capsys):
    table = tmp_path / "in" / "articles.csv"
    table.parent.mkdir()
    _frame().to_csv(table, index=False)
    args = ["report", str(table), "--formats", "png", "--dpi", "20", "--max-article-charts", "1"]
    assert main([*args, "--out", str(tmp_path / "plain")]) == 0
    assert "2 article(s) analysed with a warning" in capsys.readouterr().err
    plain = na.read_output(tmp_path / "plain")
    assert len(plain.articles) == 3 and "ambiguous" in plain.errors.set_index("article_id").loc["eu", "error"]
    html = (tmp_path / "plain" / "report.html").read_text(encoding="utf-8")
    assert "0 input(s) failed" in html and "analysed with a warning" in html

    assert main([*args, "--out", str(tmp_path / "eu"), "--dayfirst"]) == 0
    eu = na.read_output(tmp_path / "eu")
    assert eu.articles.set_index("article_id").loc["eu", "date"] == pd.Timestamp("2025-03-04")
    assert eu.errors["article_id"].tolist() == ["bad"]
    assert main([*args, "--out", str(tmp_path / "x"), "--dayfirst", "--monthfirst"]) != 0
