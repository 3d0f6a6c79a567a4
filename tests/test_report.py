"""The report folder: contents, escaping, failed inputs, no clobbering, no path traversal."""

import html

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from newsanalysis import NewsAnalysisError, OutputExistsError, analyze, most_quoted, write_report  # noqa: E402
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
        "source": ["Wire", "Daily"],
        "text": [
            "“We had a wonderful, great meeting,” Ann said. “It went well,” Ann said. “<b>Bold</b> & brave,” Cy said.",
            "“It was a terrible, awful failure,” Bob said. Rain fell.",
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
    assert "<h2>Most quoted people</h2>" in text and "Ann" in text


def test_html_escapes_text(written):
    text = written[2].read_text(encoding="utf-8")
    assert "<script>" not in text and "<b>Bold</b>" not in text
    assert html.escape("<script>alert('x')</script> Talks & more") in text
    assert html.escape("<b>Bold</b> & brave,") in text


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
    section = text.split("<h2>Inputs that failed</h2>", 1)[1].split("<h2>", 1)[0]
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
    ann = table.set_index("speaker").loc["Ann"]
    assert ann["quotes"] == 2 and ann["articles"] == 1
    assert "wonderful" in ann["most_positive"]
    bob = table.set_index("speaker").loc["Bob"]
    assert "terrible" in bob["most_negative"] and pd.isna(bob["most_positive"])
    assert table["quotes"].is_monotonic_decreasing
