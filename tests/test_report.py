"""The report folder: contents, escaping, failed inputs, no clobbering, no path traversal."""

import base64
import html
import io
import re
from html.parser import HTMLParser

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from newsanalysis import (  # noqa: E402
    NewsAnalysisError,
    OutputExistsError,
    analyze,
    most_quoted,
    report,
    statements,
    write_report,
)
from newsanalysis.report import safe_filename  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


ARTICLES = pd.DataFrame(
    {
        "id": ["one", "two"],
        "title": ["<script>alert('x')</script> Talks & more", "../../../escape/../me"],
        "date": ["2025-05-01", "2025-05-02"],
        "source": ["Wire", "Daily <img src=x onerror=alert(1)>"],
        "text": [
            "“We had a wonderful, great meeting,” Ann said. “It went well,” Ann said. “<b>Bold</b> & brave,” Cy said.",
            "“It was a terrible, awful failure,” Bob said. Rain fell. “We will win,” Dee said, “and <i>win</i> big.”",
        ],
    }
)


@pytest.fixture(scope="module")
def result():
    return analyze(ARTICLES, progress=False)


@pytest.fixture(scope="module")
def written(tmp_path_factory, result):
    """One report, written once for the tests that only read it: (root of the run, out folder, page)."""
    root = tmp_path_factory.mktemp("written")
    out = root / "deep" / "rep"
    page = write_report(result, out, formats=("png", "svg"), dpi=30)
    plt.close("all")
    return root, out, page


def test_writes_tables_charts_and_html(written, result):
    _, out, page = written
    assert page == out / "report.html"
    for name in ("sentences", "quotes", "speakers", "articles", "errors"):
        table = pd.read_csv(out / "tables" / f"{name}.csv")
        assert len(table) == len(getattr(result, name))
    assert (out / "charts" / "quote_counts.png").exists() and (out / "charts" / "quote_counts.svg").exists()
    assert not list(out.rglob("*.pdf"))  # only the formats asked for
    arcs = list((out / "charts" / "articles").glob("*-tone_arc.png"))
    assert len(arcs) == 2
    text = page.read_text(encoding="utf-8")
    assert text.count("data:image/png;base64,") == len(list(out.rglob("*.png")))  # every chart inline
    assert 'id="people">Most quoted people</h2>' in text and "Ann" in text


def test_html_escapes_text(written):
    text = written[2].read_text(encoding="utf-8")
    assert "<script>" not in text.replace("<script>" + report._JS, "")  # only the report's own script
    assert "<b>Bold</b>" not in text and "<i>win</i>" not in text and "<img src=x" not in text
    assert html.escape("<script>alert('x')</script> Talks & more") in text
    assert html.escape("<b>Bold</b> & brave,") in text
    browser = _section(text, "statements")  # titles, sources, quotes and sentences in the quote browser
    assert html.escape("<script>alert('x')</script> Talks & more") in browser
    assert html.escape("Daily <img src=x onerror=alert(1)>") in browser
    assert html.escape("“<b>Bold</b> & brave,”") in browser
    assert "<mark>" + html.escape("and <i>win</i> big.") + "</mark>" in browser


def test_titles_cannot_escape_the_folder(written):
    root, out, _ = written
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files and all(out.resolve() in p.resolve().parents for p in files)
    names = [p.name for p in (out / "charts" / "articles").iterdir()]
    assert all(".." not in n and "/" not in n and "<" not in n for n in names)
    assert any(n.startswith("escape-me-") for n in names)


def test_failed_inputs_are_listed(tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("“Yes,” Ann said.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = analyze(tmp_path / "in", progress=False)
    assert len(result.errors) == 2
    text = write_report(result, tmp_path / "out", formats="png", dpi=30).read_text(encoding="utf-8")
    section = _section(text, "failed")
    for row in result.errors.itertuples():
        assert html.escape(row.article_id) in section
        assert html.escape(row.error) in section


def test_no_clobber_without_force(tmp_path, result):
    out = tmp_path / "rep"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="not empty"):
        write_report(result, out, formats="png")
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    write_report(result, out, formats="png", force=True, dpi=30)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"  # force replaces ours, keeps theirs
    assert (out / "report.html").exists()


def test_empty_existing_folder_is_fine_and_a_file_is_refused(tmp_path, result):
    (tmp_path / "empty").mkdir()
    assert write_report(result, tmp_path / "empty", formats="png", dpi=30).exists()
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(NewsAnalysisError, match="not a folder"):
        write_report(result, tmp_path / "afile", formats="png", force=True)


def test_symlinked_subfolder_pointing_outside_is_refused(tmp_path, result):
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "rep"
    out.mkdir()
    try:
        (out / "charts").symlink_to(outside, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    with pytest.raises(NewsAnalysisError, match="outside the output folder"):
        write_report(result, out, formats="png", force=True, dpi=30)
    assert not list(outside.iterdir())


@pytest.mark.parametrize(
    "title, expected",
    [
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("Émile Zola: J’accuse…!", "emile-zola-j-accuse"),
        ("con", "article"),
        ("", "article"),
        ("..", "article"),
        ("Путин", "article"),
        ("x" * 300, "x" * 60),
    ],
)
def test_safe_filename(title, expected):
    assert safe_filename(title) == expected


def test_unknown_format_is_refused_before_writing(tmp_path, result):
    with pytest.raises(NewsAnalysisError, match="jpeg"):
        write_report(result, tmp_path / "rep", formats="png,jpeg")
    assert not (tmp_path / "rep").exists()


def test_most_quoted_counts_speech_and_picks_strongest_quotes(result):
    table = most_quoted(result.quotes)
    ann = table.set_index("person").loc["Ann"]
    assert ann["statements"] == 2 and ann["articles"] == 1
    assert "wonderful" in ann["most_positive"]
    bob = table.set_index("person").loc["Bob"]
    assert "terrible" in bob["most_negative"] and pd.isna(bob["most_positive"])
    assert table["statements"].is_monotonic_decreasing


# --------------------------------------------------------------------------------------------------
# the quote browser


def _section(text: str, anchor: str) -> str:
    """The HTML of the section whose heading has id ``anchor``, up to the next h2."""
    return text.split(f'<h2 id="{anchor}">', 1)[1].split("<h2", 1)[0]


class _Browser(HTMLParser):
    """Reads the quote browser: its sections (details) with their rows (the cells' text)."""

    def __init__(self):
        super().__init__()
        self.sections, self.cell, self.row, self.marks = [], None, None, []
        self.in_mark = False
        self.tags = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "details":
            self.sections.append({"name": attrs.get("data-name"), "rows": [], "summary": ""})
        elif tag == "tr" and self.sections and "data-kind" in attrs:
            self.row = {"kind": attrs["data-kind"], "tone": attrs["data-tone"], "cells": [], "marks": []}
            self.sections[-1]["rows"].append(self.row)
        elif tag == "td" and self.row is not None:
            self.cell = ""
        elif tag == "mark":
            self.in_mark = True
            if self.row is not None:
                self.row["marks"].append("")

    def handle_endtag(self, tag):
        if tag == "td" and self.row is not None and self.cell is not None:
            self.row["cells"].append(self.cell)
            self.cell = None
        elif tag == "tr":
            self.row = None
        elif tag == "mark":
            self.in_mark = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data
            if self.in_mark:
                self.row["marks"][-1] += data
        elif self.sections and self.row is None and self.tags and self.tags[-1][0] in ("b", "span"):
            self.sections[-1]["summary"] += data


def read_browser(text: str) -> _Browser:
    parser = _Browser()
    parser.feed(_section(text, "statements"))
    return parser


def test_the_browser_lists_every_statement_once_by_person_most_quoted_first(written, result):
    text = written[2].read_text(encoding="utf-8")
    browser = read_browser(text)
    names = [s["name"] for s in browser.sections]
    assert names == ["Ann", "Bob", "Cy", "Dee"]  # Ann has two statements, the others one (ties by name)
    n_rows = sum(len(s["rows"]) for s in browser.sections)
    assert n_rows == int(result.articles["n_statements"].sum()) == len(statements(result.quotes))
    ann = browser.sections[names.index("Ann")]
    assert len(ann["rows"]) == 2 and "2 statements in 1 article" in ann["summary"]
    first = ann["rows"][0]["cells"]  # statement (in its sentence), kind, tone, article, date, source
    assert len(first) == 6
    assert first[0].startswith("“We had a wonderful, great meeting,”")
    assert first[1] == "direct" and first[2].startswith("+") and first[4] == "2025-05-01" and first[5] == "Wire"
    assert "Talks & more" in first[3]
    assert ann["rows"][0]["marks"] == ["We had a wonderful, great meeting,"]


def test_a_split_quote_is_one_row_with_both_parts_marked(written):
    browser = read_browser(written[2].read_text(encoding="utf-8"))
    dee = next(s for s in browser.sections if s["name"] == "Dee")
    assert len(dee["rows"]) == 1
    row = dee["rows"][0]
    assert row["marks"] == ["We will win,", "and <i>win</i> big."]
    assert "Dee said" in row["cells"][0]  # the sentence around it, attribution unmarked


def test_the_browser_works_without_scripts(written):
    text = written[2].read_text(encoding="utf-8")
    section = _section(text, "statements")
    assert '<div id="qb-controls" class="controls" hidden>' in section  # controls only when the script runs
    assert "<noscript>" in section and "<table" in section and "<details" in section
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)  # no CDN, no network
    assert "<script src" not in text and '<link rel="stylesheet"' not in text


def test_statements_csv_is_the_full_list(written, result):
    _, out, _ = written
    table = pd.read_csv(out / "tables" / "statements.csv")
    assert len(table) == len(statements(result.quotes))
    assert {"title", "date", "source", "person", "kind", "cue_type", "text", "compound", "sentence_text"} <= set(
        table.columns
    )
    assert table.loc[table["person"] == "Dee", "sentence_text"].iloc[0].startswith("“We will win,” Dee said")


def test_the_browser_says_what_a_statement_that_is_no_speech_reports(tmp_path):
    text = "Ann Lee welcomed the new budget. “It is fair,” Ann Lee said."
    page = write_report(analyze(text), tmp_path / "rep", formats="png", dpi=30)
    ann = read_browser(page.read_text(encoding="utf-8")).sections[0]
    kinds = sorted(row["cells"][1] for row in ann["rows"])
    assert kinds == ["direct", "indirectstance"]  # the kind, and below it what a stance reports
    table = pd.read_csv(tmp_path / "rep" / "tables" / "statements.csv")
    assert sorted(table["cue_type"]) == ["speech", "stance"]


def test_the_browser_caps_each_section_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "_MAX_SHOWN", 2)
    text = "".join(f"“Point {i} stands,” Ann Lee said. " for i in range(5))
    page = write_report(analyze(text), tmp_path / "rep", formats="png", dpi=30)
    html_text = page.read_text(encoding="utf-8")
    browser = read_browser(html_text)
    ann = browser.sections[0]
    assert ann["name"] == "Ann Lee" and len(ann["rows"]) == 2 and "5 statements" in ann["summary"]
    assert "The first 2 of 5 statements" in _section(html_text, "statements")
    assert len(pd.read_csv(tmp_path / "rep" / "tables" / "statements.csv")) == 5


def test_methods_section_explains_with_an_example_from_the_run(written):
    section = _section(written[2].read_text(encoding="utf-8"), "methods")
    for needle in ("What is counted: statements", "how people are merged", "What the tone measures"):
        assert needle in section
    # Bob's is the most negative statement; the words VADER scored in it are named with their valence
    assert "terrible, awful failure" in section and "<i>terrible</i> (−" in section


def test_report_title_is_escaped_in_title_and_heading(tmp_path, result):
    page = write_report(result, tmp_path / "rep", formats="png", dpi=30, title="Harbor <b>bridge</b> & co")
    text = page.read_text(encoding="utf-8")
    assert "<title>Harbor &lt;b&gt;bridge&lt;/b&gt; &amp; co</title>" in text
    assert "<h1>Harbor &lt;b&gt;bridge&lt;/b&gt; &amp; co</h1>" in text


def test_counts_are_statements_and_files_say_what_needs_the_folder(written, result):
    text = written[2].read_text(encoding="utf-8")
    n = int(result.articles["n_statements"].sum())
    assert f"{n} statements (quoted or reported)" in text
    files = _section(text, "files")
    assert "report.html can be sent on its own; then these links do not work" in files
    assert f"tables/quotes.csv</a> — {len(result.quotes)} rows: the parts of {n} statements" in files
    assert f"tables/statements.csv</a> — {n} rows, one per statement" in files


def test_organisations_and_unnamed_sources_have_one_section_with_who_said_it(tmp_path):
    r = analyze("“A great day,” the ministry said. “Fine,” Ann Lee said. “Too late,” one man said.")
    browser = read_browser(write_report(r, tmp_path / "rep", formats="png", dpi=30).read_text(encoding="utf-8"))
    assert [s["name"] for s in browser.sections] == ["Ann Lee", "organisations unnamed sources"]
    others = browser.sections[-1]
    who = sorted(row["cells"][0] for row in others["rows"])  # who, then the six columns of a person's table
    assert who == ["ministryorganisation", "one manunnamed"] and all(len(r["cells"]) == 7 for r in others["rows"])


def test_each_chart_is_drawn_once_for_png(tmp_path, result, monkeypatch):
    from matplotlib.figure import Figure

    draws = []
    original = Figure.draw

    def counting(self, renderer):
        draws.append(id(self))
        return original(self, renderer)

    monkeypatch.setattr(Figure, "draw", counting)
    page = write_report(result, tmp_path / "rep", formats="png", dpi=40)
    n_charts = page.read_text(encoding="utf-8").count("data:image/png;base64,")
    assert n_charts == len(list((tmp_path / "rep").rglob("*.png"))) > 4
    assert len(draws) == len(set(draws)) == n_charts  # one draw per figure: the PNG file and the page's copy


def test_inline_charts_are_the_file_charts_halved(written):
    from PIL import Image

    _, out, page = written  # dpi=30: too low to halve, so the page holds the file's pixels
    text = page.read_text(encoding="utf-8")
    with Image.open(out / "charts" / "quote_counts.png") as im:
        size = im.size
    data = re.search(r'alt="Statements per person, by kind" src="data:image/png;base64,([^"]+)"', text).group(1)
    with Image.open(io.BytesIO(base64.b64decode(data))) as im:
        assert im.size == size


def test_inline_charts_are_smaller_than_high_resolution_files(tmp_path):
    from PIL import Image

    page = write_report(analyze("“Yes,” Ann said."), tmp_path / "rep", formats="png", dpi=220)
    data = re.search(r'alt="Statements per person, by kind" src="data:image/png;base64,([^"]+)"',
                     page.read_text(encoding="utf-8")).group(1)
    with Image.open(tmp_path / "rep" / "charts" / "quote_counts.png") as big, \
            Image.open(io.BytesIO(base64.b64decode(data))) as small:
        assert small.size == (-(-big.width // 2), -(-big.height // 2))  # halved, rounded up


def test_article_charts_name_their_article_and_the_corpus_shows_gender(tmp_path, result, monkeypatch):
    titles = []
    render = report._pixels

    def spy(fig, dpi):
        ax = fig.axes[0]  # the title as drawn: on the left in the report's style
        titles.append(" ".join(" ".join(ax.get_title(loc=loc) for loc in ("left", "center", "right")).split()))
        return render(fig, dpi)

    monkeypatch.setattr(report, "_pixels", spy)
    page = write_report(result, tmp_path / "rep", formats="png", dpi=30)
    arcs = [t for t in titles if t.startswith("Tone along “")]
    assert sorted(arcs) == sorted([
        "Tone along “<script>alert('x')</script> Talks & more”, Wire, 1 May 2025",
        "Tone along “../../../escape/../me”, Daily <img src=x onerror=alert(1)>, 2 May 2025",
    ])
    assert any(t.startswith("Where each speaker is quoted in “../../../escape/../me”") for t in titles)
    assert any(t.startswith("Share of people's statements by gender, per source") for t in titles)  # two sources
    assert (tmp_path / "rep" / "charts" / "gender_share_by_source.png").exists()
    people = _section(page.read_text(encoding="utf-8"), "people")
    assert "<th>Gender</th>" in people


def test_no_gender_chart_with_one_source(tmp_path):
    df = pd.DataFrame({"id": ["a", "b"], "source": ["Wire", "Wire"], "text": ["“Yes,” Ann said.", "“No,” Bob said."]})
    write_report(analyze(df), tmp_path / "rep", formats="png", dpi=30)
    assert not (tmp_path / "rep" / "charts" / "gender_share_by_source.png").exists()


def test_svg_and_pdf_keep_the_layout_of_the_png(tmp_path, result):
    out = tmp_path / "rep"
    write_report(result, out, formats="png,svg,pdf", dpi=40)
    for png in out.rglob("*.png"):
        assert png.with_suffix(".svg").stat().st_size > 0 and png.with_suffix(".pdf").read_bytes()[:5] == b"%PDF-"
    # the same figure, not cropped again: the SVG's size in points is the PNG's in pixels at 40 dpi, x 72/40
    from PIL import Image

    with Image.open(out / "charts" / "quote_counts.png") as im:
        width_px = im.width
    svg = (out / "charts" / "quote_counts.svg").read_text(encoding="utf-8")
    width_pt = float(re.search(r'<svg[^>]* width="([0-9.]+)pt"', svg).group(1))
    assert abs(width_pt - width_px * 72 / 40) < 2


def test_the_browser_stops_at_its_row_budget_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "_MAX_ROWS", 3)
    text = "“One,” Ann Lee said. “Two,” Ann Lee said. “Three,” Bob Roe said. “Four,” Cy Poe said."
    page = write_report(analyze(text), tmp_path / "rep", formats="png", dpi=30).read_text(encoding="utf-8")
    browser = read_browser(page)
    assert [s["name"] for s in browser.sections] == ["Ann Lee", "Bob Roe"]
    assert "1 more person, with 1 statement, is not listed here" in _section(page, "statements")


def test_an_error_writing_a_png_is_raised_and_leaves_no_thread(tmp_path, result, monkeypatch):
    import threading

    def full_disk(path, write, durable=True):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(report, "atomic_write", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_report(result, tmp_path / "rep", formats="png", dpi=30)
    assert not [t for t in threading.enumerate() if t.name.startswith("newsanalysis-png")]


def test_corpus_sections_come_first_with_quotes_that_travelled_and_a_section_per_top_person(tmp_path):
    said = "We will rebuild the harbour bridge before the winter storms arrive, and we will pay for it"
    df = pd.DataFrame({
        "id": ["a", "b", "c"], "source": ["Wire", "Daily", "Herald"],
        "date": ["2025-05-01", "2025-05-09", "2025-06-02"], "title": ["Bridge", "Storms", "Council"],
        "text": [f"“{said},” Mayor Ann Lee said. “It is a terrible delay,” Tom Hart said.",
                 f"Ann Lee said on Friday: “{said}.” “A wonderful plan,” Ann Lee added.",
                 "“We lost the vote,” Tom Hart said. “It was close,” Tom Hart said."]})
    page = write_report(analyze(df), tmp_path / "rep", formats="png")
    text = page.read_text(encoding="utf-8")
    heads = re.findall(r'<h2 id="[^"]+">([^<]+)</h2>', text)
    travelled, ann = heads.index("Quotes that travelled"), heads.index("Person: Ann Lee")
    first_article = min(i for i, h in enumerate(heads) if h.startswith("Article: "))
    assert travelled < ann < first_article < heads.index("Every statement, by person")
    assert heads.index("Person: Tom Hart") < first_article
    at = text.index(">Quotes that travelled</h2>")
    section = text[at:text.index(">Person: ", at)]
    assert "1 quoted passage appears in two or more outlets" in section
    assert "Wire, 1 May 2025" in section and "Ann Lee" in section  # first seen where and when
    ann_part = text[text.index(">Person: Ann Lee</h2>"):text.index(">Person: Tom Hart</h2>")]
    assert "Most positive" in ann_part and "A wonderful plan" in ann_part
    assert re.search(r"<td>Daily</td><td>2</td>", ann_part)  # by outlet: Ann Lee's two statements in Daily
    assert (tmp_path / "rep" / "charts" / "quotes_travelled.png").exists()
    assert sorted(p.name for p in (tmp_path / "rep" / "charts" / "people").glob("*.png")) == [
        "01-ann-lee.png", "02-tom-hart.png"]
