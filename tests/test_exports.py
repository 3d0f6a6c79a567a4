"""News-database exports (Nexis Uni, LexisNexis, Factiva), Word, RTF and PDF inputs (issue 22).

Fixtures are our own articles in the exports' layouts (tests/export_fixtures.py), never text from an export.
"""

from __future__ import annotations

import sys

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.errors import ArticleReadError, MissingDependencyError
from newsanalysis.load import read_article, read_articles

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
import export_fixtures as fx  # noqa: E402

pytest.importorskip("docx")
pytest.importorskip("striprtf")
pytest.importorskip("pypdf")

EXPORTS = {
    "nexis.docx": lambda: fx.nexis_uni_docx(),
    "lexis.txt": lambda: fx.lexisnexis_txt(),
    "factiva.rtf": lambda: fx.factiva_rtf(),
    "factiva-text.txt": lambda: fx.factiva_txt(),
    "factiva-article.rtf": lambda: fx.factiva_article_rtf(),
    "proquest.txt": lambda: fx.proquest_txt(),
}
LAYOUT = {"nexis.docx": "nexis-uni", "lexis.txt": "lexisnexis", "factiva.rtf": "factiva",
          "factiva-text.txt": "factiva", "factiva-article.rtf": "factiva", "proquest.txt": "proquest"}


def _quotes(result: na.AnalysisResult) -> dict[int, list[tuple[str, str, str]]]:
    """Per story (by position) the quotes as (kind, text with spacing normalised, speaker)."""
    q = result.quotes
    out: dict[int, list] = {}
    for aid, g in q.sort_values(["article_id", "start"]).groupby("article_id"):
        pos = int(str(aid).rsplit("#", 1)[-1]) if "#" in str(aid) else int(str(aid).rsplit("-", 1)[-1])
        out[pos] = [(k, " ".join(str(t).split()), s) for k, t, s in zip(g["kind"], g["text"], g["speaker"])]
    return out


@pytest.fixture(scope="module")
def as_txt(tmp_path_factory):
    """The same stories as plain .txt files: what the exports' quotes and speakers must match."""
    d = tmp_path_factory.mktemp("txt")
    for n, s in enumerate(fx.STORIES, start=1):
        (d / f"story-{n}.txt").write_text(s.body, encoding="utf-8")
    return na.analyze(d, progress=False)


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_export_split_into_its_articles_with_metadata(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(EXPORTS[name]())
    result = na.analyze(path, progress=False)
    a = result.articles
    assert len(result.errors) == 0, result.errors.to_dict("records")
    stem = path.stem
    assert a["article_id"].tolist() == [f"{stem}#{n}" for n in (1, 2, 3)]
    assert a["title"].tolist() == [s.title for s in fx.STORIES]
    assert a["source"].tolist() == [s.outlet for s in fx.STORIES]
    assert a["date"].dt.strftime("%Y-%m-%d").tolist() == [s.iso for s in fx.STORIES]
    assert a["byline"].tolist() == ["Ann Lee", "Priya Shah", "Ann Lee and Omar Haddad"]  # "By " dropped
    if name != "factiva-article.rtf":  # the article format states no section
        assert a["section"].tolist() == [s.section for s in fx.STORIES]
    if name != "proquest.txt":  # ProQuest states no length
        assert a["length_words"].tolist() == [s.words for s in fx.STORIES]
    assert set(a["export"]) == {LAYOUT[name]}
    assert set(a["path"]) == {str(path)}
    assert a["duplicate_of"].isna().all()


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_export_quotes_and_speakers_are_those_of_the_same_text_as_txt(tmp_path, name, as_txt):
    path = tmp_path / name
    path.write_bytes(EXPORTS[name]())
    result = na.analyze(path, progress=False)
    got, want = _quotes(result), _quotes(as_txt)
    assert set(want) == {1, 2, 3} and all(want.values())
    assert got == want
    speakers = {(str(r.article_id).rsplit("#")[-1], r.speaker) for r in result.speakers.itertuples()}
    assert ("1", "Maria Lopez") in speakers and ("2", "Janet Ortiz") in speakers


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_offsets_point_into_the_body_and_show_renders_it(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(EXPORTS[name]())
    articles = {a.id: a for a in read_articles(path)}
    result = na.analyze(path, progress=False)
    for q in result.quotes.itertuples():
        body = articles[q.article_id].text
        assert body[q.start:q.end] == q.text
        assert "End of Document" not in body and "LOAD-DATE" not in body and "Load-Date" not in body
        assert "Document RIVGAZ" not in body and "\nTD" not in body
    first = f"{path.stem}#1"
    assert articles[first].text.startswith("“This bridge will connect")
    html = na.show(result, first)._repr_html_()
    assert "This bridge will connect the two halves of our town" in html
    assert "Copyright" not in html and "BYLINE" not in html


def test_lexisnexis_body_is_a_slice_of_the_file_at_body_offset(tmp_path):
    path = tmp_path / "lexis.txt"
    path.write_bytes(fx.lexisnexis_txt())
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    for art in read_articles(path):
        assert text[art.body_offset:art.body_offset + len(art.text)] == art.text
        assert art.meta["document"].endswith("of 3")


@pytest.mark.parametrize("name, maker", [("lexis.txt", lambda: fx.lexisnexis_txt(empty_record=True)),
                                         ("nexis.docx", lambda: fx.nexis_uni_docx(empty_record=True)),
                                         ("proquest.txt", lambda: fx.proquest_txt(abstract_only=True))])
def test_a_record_with_no_body_is_an_errors_row_naming_file_and_record(tmp_path, name, maker):
    path = tmp_path / name
    path.write_bytes(maker())
    result = na.analyze(path, progress=False)
    assert len(result.articles) == 3
    err = result.errors
    assert err["article_id"].tolist() == [f"{path.stem}#4"]
    assert err["path"].tolist() == [str(path)] and err["kind"].tolist() == ["error"]
    assert "record 4 of 4" in err["error"].iloc[0]
    assert "Photo gallery" in err["error"].iloc[0] or "Flood photos" in err["error"].iloc[0]


def test_an_unreadable_date_keeps_the_record_with_a_warning_naming_it(tmp_path):
    path = tmp_path / "lexis.txt"
    path.write_bytes(fx.lexisnexis_txt(bad_date=True))
    result = na.analyze(path, progress=False)
    a = result.articles.set_index("article_id")
    assert len(a) == 3 and pd.isna(a.loc["lexis#2", "date"])
    assert a.loc["lexis#2", "title"] == "Hospital workers walk out over pay"
    w = result.errors
    assert w["article_id"].tolist() == ["lexis#2"] and w["kind"].tolist() == ["warning"]
    assert "Marchtember 40, 2025" in w["error"].iloc[0]


def test_read_article_on_an_export_says_to_read_it_as_many(tmp_path):
    path = tmp_path / "lexis.txt"
    path.write_bytes(fx.lexisnexis_txt())
    with pytest.raises(ArticleReadError, match=r"LexisNexis export of 3 records.*read_articles"):
        read_article(path)
    one = tmp_path / "one.txt"
    one.write_bytes(fx.lexisnexis_txt(fx.STORIES[:1]))
    art = read_article(one)
    assert (art.id, art.title, art.meta["export"]) == ("one#1", fx.STORIES[0].title, "lexisnexis")


def test_exports_are_told_by_content_not_by_name(tmp_path):
    odd = tmp_path / "download_2025"  # no suffix at all
    odd.write_bytes(fx.nexis_uni_docx())
    named = tmp_path / "nexis-looking-name.txt"  # a name that says export, text that is none
    named.write_text("“We won,” Ann Lee said.\n\nIt rained.", encoding="utf-8")
    result = na.analyze([odd, named], progress=False)
    assert result.articles["export"].fillna("-").tolist() == ["nexis-uni"] * 3 + ["-"]


def test_the_same_story_in_two_exports_is_flagged_and_can_be_dropped(tmp_path):
    (tmp_path / "a-nexis.docx").write_bytes(fx.nexis_uni_docx())
    (tmp_path / "b-lexis.txt").write_bytes(fx.lexisnexis_txt(fx.STORIES[1:]))  # stories 2 and 3 again
    result = na.analyze(tmp_path, progress=False)
    a = result.articles.set_index("article_id")
    assert len(a) == 5
    assert a["duplicate_of"].fillna("-").to_dict() == {"a-nexis#1": "-", "a-nexis#2": "-", "a-nexis#3": "-",
                                           "b-lexis#1": "a-nexis#2", "b-lexis#2": "a-nexis#3"}
    dropped = na.analyze(tmp_path, progress=False, drop_duplicates=True)
    assert dropped.articles["article_id"].tolist() == ["a-nexis#1", "a-nexis#2", "a-nexis#3"]
    assert set(dropped.quotes["article_id"]) <= {"a-nexis#1", "a-nexis#2", "a-nexis#3"}
    e = dropped.errors
    assert e["article_id"].tolist() == ["b-lexis#1", "b-lexis#2"] and set(e["kind"]) == {"warning"}
    assert "duplicate of 'a-nexis#2'" in e["error"].iloc[0]
    # the same text under another title is a duplicate too (an export and a colleague's file)
    (tmp_path / "c-copy.txt").write_text(fx.STORIES[0].body.replace("\n\n", "\n"), encoding="utf-8")
    again = na.analyze(tmp_path, progress=False).articles.set_index("article_id")
    assert again.loc["c-copy", "duplicate_of"] == "a-nexis#1"


# -- the real samples' shape: one-line Word files, plain Word, RTF, PDF, broken files ---------------------


def test_a_one_line_word_file_is_one_short_article(tmp_path):
    path = tmp_path / "note.docx"
    path.write_bytes(fx.word_docx(["Nexis Uni test"]))
    art = read_article(path)
    assert art.text == "Nexis Uni test" and art.meta["format"] == "docx" and "export" not in art.meta


def test_word_rtf_and_pdf_articles_are_read_with_paragraphs(tmp_path):
    paras = ["“We won the vote,” Ann Lee said on Monday.", "It rained all day in the city."]
    (tmp_path / "a.docx").write_bytes(fx.word_docx(["title: Vote night", "", *paras]))
    (tmp_path / "b.rtf").write_bytes(fx.rtf_document(paras))
    (tmp_path / "c.pdf").write_bytes(fx.text_pdf(paras))
    result = na.analyze(tmp_path, progress=False)
    assert len(result.errors) == 0
    a = result.articles.set_index("article_id")
    assert a.loc["a", "title"] == "Vote night"
    assert a["n_sentences"].tolist() == [2, 2, 2]
    q = result.quotes
    assert q.groupby("article_id")["speaker"].first().to_dict() == {"a": "Ann Lee", "b": "Ann Lee", "c": "Ann Lee"}
    assert set(q["text"].str.strip(",")) == {"We won the vote"}
    s = result.sentences
    assert s[s["article_id"] == "a"]["paragraph"].tolist() == [0, 1]  # Word paragraphs are paragraphs


def test_a_scanned_pdf_is_an_errors_row_that_says_so(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(fx.scanned_pdf(pages=2))
    result = na.analyze(tmp_path, progress=False)
    assert len(result.articles) == 0
    row = result.errors.iloc[0]
    assert row["path"] == str(path) and row["kind"] == "error"
    assert "no text layer" in row["error"] and "OCR" in row["error"]


@pytest.mark.parametrize("damage", ["cut", "garbage"])
def test_a_corrupt_word_file_is_an_errors_row_not_a_crash(tmp_path, damage):
    import zipfile

    good = fx.nexis_uni_docx()
    path = tmp_path / "broken.docx"
    if damage == "cut":
        path.write_bytes(good[: len(good) // 2])
    else:  # a whole ZIP whose document.xml is not XML
        import io

        src, buf = zipfile.ZipFile(io.BytesIO(good)), io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for item in src.infolist():
                z.writestr(item, b"<w:document><not xml" if item.filename == "word/document.xml"
                           else src.read(item.filename))
        path.write_bytes(buf.getvalue())
    (tmp_path / "fine.txt").write_text("“Yes,” Ann Lee said.", encoding="utf-8")
    result = na.analyze(tmp_path, progress=False)
    assert result.articles["article_id"].tolist() == ["fine"]
    row = result.errors.iloc[0]
    assert (row["article_id"], row["path"], row["kind"]) == ("broken", str(path), "error")
    assert "Word document could not be" in row["error"]


def test_a_damaged_pdf_is_an_errors_row_naming_the_problem(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    with pytest.raises(ArticleReadError, match=r"report\.pdf: PDF could not be read; it may be damaged"):
        read_article(path)


@pytest.mark.parametrize("module, maker, extra", [
    ("docx", lambda: fx.word_docx(["Hi."]), "newsanalysis[docx]"),
    ("striprtf", lambda: fx.rtf_document(["Hi."]), "newsanalysis[rtf]"),
    ("pypdf", lambda: fx.text_pdf(["Hi."]), "newsanalysis[pdf]"),
])
def test_without_the_extra_the_error_names_the_extra_to_install(tmp_path, monkeypatch, module, maker, extra):
    path = tmp_path / "file.bin"
    path.write_bytes(maker())
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    with pytest.raises(MissingDependencyError, match=r"pip install '" + extra.replace("[", r"\[")):
        read_article(path)
    errors = na.analyze(tmp_path, progress=False).errors
    assert extra in errors["error"].iloc[0]


def test_a_folder_mixing_txt_word_pdf_and_an_export_accounts_for_every_file(tmp_path):
    (tmp_path / "plain.txt").write_text("“We are ready,” said Omar Haddad.", encoding="utf-8")
    (tmp_path / "letter.docx").write_bytes(fx.word_docx(["“It was a mistake,” the minister said."]))
    (tmp_path / "report.pdf").write_bytes(fx.text_pdf(["“Prices will fall,” Ann Lee said."]))
    (tmp_path / "scan.pdf").write_bytes(fx.scanned_pdf(pages=1))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "lexis.txt").write_bytes(fx.lexisnexis_txt(empty_record=True))
    (tmp_path / "sub" / "factiva.rtf").write_bytes(fx.factiva_rtf())
    (tmp_path / "broken.docx").write_bytes(fx.word_docx(["x"])[:300])
    result = na.analyze(tmp_path, progress=False)
    a, e = result.articles, result.errors
    files = {str(p) for p in tmp_path.rglob("*") if p.is_file()}
    assert set(a["path"]) | set(e["path"]) == files
    per_file = a.groupby("path").size().to_dict()
    assert per_file == {str(tmp_path / "plain.txt"): 1, str(tmp_path / "letter.docx"): 1,
                        str(tmp_path / "report.pdf"): 1, str(tmp_path / "sub" / "lexis.txt"): 3,
                        str(tmp_path / "sub" / "factiva.rtf"): 3}
    assert sorted(e["article_id"]) == ["broken", "scan", "sub/lexis#4"]
    assert a["article_id"].is_unique
    assert "sub/factiva#2" in set(a["article_id"])


def test_a_nexis_uni_export_saved_as_pdf_is_split_too(tmp_path):
    import textwrap

    lines = ["Documents (2)", *(f"{n}. {s.title}" for n, s in enumerate(fx.STORIES[:2], start=1)), ""]
    for s in fx.STORIES[:2]:
        lines += [s.title, s.outlet, f"{s.date} Wednesday 8:00 AM GMT", f"Section: {s.section}",
                  f"Length: {s.words} words", f"Byline: {s.byline}", "Body"]
        for p in s.paragraphs:
            lines += textwrap.wrap(p, 80)
        lines += [f"Load-Date: {s.date}", "End of Document"]
    path = tmp_path / "nexis.pdf"
    path.write_bytes(fx.text_pdf(lines))
    result = na.analyze(path, progress=False)
    a = result.articles
    assert a["title"].tolist() == [s.title for s in fx.STORIES[:2]]
    assert a["export"].tolist() == ["nexis-uni"] * 2 and a["length_words"].tolist() == [s.words for s in fx.STORIES[:2]]
    q = result.quotes
    assert ("nexis#1", "Maria Lopez") in set(zip(q["article_id"], q["speaker"]))
    assert not q["text"].str.contains("Load-Date|End of Document").any()


def test_the_report_says_which_articles_repeat_an_earlier_one(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.docx").write_bytes(fx.nexis_uni_docx())
    (tmp_path / "in" / "b.txt").write_bytes(fx.lexisnexis_txt(fx.STORIES[2:]))
    page = na.write_report(na.analyze(tmp_path / "in", progress=False), tmp_path / "out", formats="png")
    html = __import__("pathlib").Path(page).read_text(encoding="utf-8")
    assert "1 article(s) repeat an earlier one" in html and "Duplicate of" in html


def test_a_nexis_uni_export_cut_off_mid_record_reports_the_last_record(tmp_path):
    import docx

    buf = __import__("io").BytesIO(fx.nexis_uni_docx(fx.STORIES[:2]))
    d = docx.Document(buf)
    d.add_paragraph(fx.STORIES[2].title)
    d.add_paragraph(fx.STORIES[2].outlet)
    d.add_paragraph(f"{fx.STORIES[2].date} Thursday")  # the download stopped here
    path = tmp_path / "cut.docx"
    d.save(path)
    result = na.analyze(path, progress=False)
    assert result.articles["article_id"].tolist() == ["cut#1", "cut#2"]
    assert result.errors["article_id"].tolist() == ["cut#3"]
    assert "record 3 of 3" in result.errors["error"].iloc[0] and fx.STORIES[2].title in result.errors["error"].iloc[0]


def test_a_date_line_in_another_language_keeps_title_and_outlet_and_warns(tmp_path):
    import dataclasses

    stories = [dataclasses.replace(fx.STORIES[0], date="4. März 2025"), fx.STORIES[1]]
    path = tmp_path / "de.docx"
    path.write_bytes(fx.nexis_uni_docx(stories))
    result = na.analyze(path, progress=False)
    a = result.articles.set_index("article_id")
    assert a.loc["de#1", "title"] == fx.STORIES[0].title and a.loc["de#1", "source"] == fx.STORIES[0].outlet
    assert pd.isna(a.loc["de#1", "date"]) and a.loc["de#2", "date"] == pd.Timestamp(fx.STORIES[1].iso)
    w = result.errors
    assert w["article_id"].tolist() == ["de#1"] and w["kind"].tolist() == ["warning"]
    assert "4. März 2025" in w["error"].iloc[0]


def test_cli_report_drop_duplicates_leaves_repeats_out_and_says_so(tmp_path, capsys):
    from newsanalysis.cli import main

    src = tmp_path / "exports"
    src.mkdir()
    (src / "a.docx").write_bytes(fx.nexis_uni_docx())
    (src / "b.txt").write_bytes(fx.lexisnexis_txt(fx.STORIES[1:]))
    assert main(["report", str(src), "--out", str(tmp_path / "r"), "--drop-duplicates", "--quiet"]) == 0
    assert "2 article(s) left out as repeats" in capsys.readouterr().err
    articles = pd.read_csv(tmp_path / "r" / "tables" / "articles.csv")
    assert articles["article_id"].tolist() == ["a#1", "a#2", "a#3"]
    html = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert "2 article(s) were left out of every table on purpose" in html
    assert "analysed with a warning" not in html


def test_pdf_page_footers_are_no_article_text(tmp_path):
    path = tmp_path / "paged.pdf"
    path.write_bytes(fx.text_pdf(["“We won the vote,” Ann Lee said.", "Page 1 of 2", "It rained all day."]))
    art = read_article(path)
    assert "Page 1 of 2" not in art.text and art.text.endswith("It rained all day.")


def test_an_old_word_file_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "letter.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(ArticleReadError, match=r"old Microsoft Office file.*save it as \.docx"):
        read_article(path)


def test_two_letters_under_one_title_on_one_day_are_not_duplicates(tmp_path):
    from newsanalysis.load import Article

    letter = "Sir, the new bridge will ruin the view from the old town and cost far more than we were told. "
    other = "Sir, I welcome the free lunches for every pupil; my children will eat better at school now. "
    arts = [Article(f"l{i}", body * 3, title="Letters", source="The Riverside Gazette", date="2025-03-04")
            for i, body in enumerate([letter, other, letter + "Yours, A. Reader."])]
    a = na.analyze(arts, progress=False).articles.set_index("article_id")
    assert a["duplicate_of"].fillna("-").to_dict() == {"l0": "-", "l1": "-", "l2": "l0"}


_TEXTS = {
    "lexisnexis": fx.lexisnexis_txt(empty_record=True).decode("utf-8-sig").replace("\r\n", "\n"),
    "factiva": fx.factiva_txt().decode(),
    "factiva-article": "\n".join(fx.factiva_article_lines()),
    "proquest": fx.proquest_txt(abstract_only=True).decode(),
}


@pytest.mark.parametrize("layout", sorted(_TEXTS))
def test_damaged_exports_never_crash_and_never_invent_records(tmp_path, layout):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from newsanalysis.inputs.files import read_file
    from newsanalysis.load import LoadFailure

    lines = _TEXTS[layout].split("\n")

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.sets(st.integers(0, len(lines) - 1), max_size=12), st.integers(0, len(lines)))
    def check(dropped, cut):
        text = "\n".join(line for i, line in enumerate(lines[:cut]) if i not in dropped)
        path = tmp_path / "export.txt"
        path.write_text(text or " ", encoding="utf-8")
        try:
            items = read_file(path)
        except na.NewsAnalysisError:
            return  # empty, or nothing left: one clear error
        assert len(items) <= 4  # never more records than the export holds
        for item in items:
            if isinstance(item, LoadFailure):
                assert item.error and item.path == str(path)
            else:
                assert item.text.strip() and item.path == str(path)

    check()
