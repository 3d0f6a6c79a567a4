"""Reading articles: encodings, headers, line endings, exact body offsets, HTML, tables."""

import codecs
import sys
from datetime import date

import pytest

import newsanalysis as na
from newsanalysis.errors import MissingDependencyError, NewsAnalysisError
from newsanalysis.load import Article, LoadFailure, iter_inputs, read_article, read_articles

WESTERN = "The minister’s “plan” was called “très bien” by Zoë Müller – a naïve idea, critics said.\n\nIt costs 5 €."
FRENCH = "Le ministre a déclaré que la façade était très belle. À Genève, les élèves ont répondu « oui »."
RUSSIAN = "Министр заявил, что план хороший. «Мы готовы», — сказал он журналистам в Москве."
POLISH = "Premier Łukasz Kowalski powiedział, że rząd się zgadza, ale opozycja jest przeciw."
GREEK = "Ο υπουργός είπε ότι το σχέδιο είναι καλό και ότι η κυβέρνηση συμφωνεί."


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def same_codec(a: str, b: str) -> bool:
    return codecs.lookup(a).name == codecs.lookup(b).name


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, encoding, expected",
    [
        (WESTERN, "utf-8", "utf-8"),
        (WESTERN, "utf-8-sig", "utf-8-sig"),
        (WESTERN, "utf-16", None),  # with BOM, platform byte order
        (WESTERN, "utf-32", None),
        (WESTERN, "cp1252", "cp1252"),
        (FRENCH, "latin-1", None),  # read as cp1252, which agrees with Latin-1 on these bytes
        (RUSSIAN, "cp1251", "cp1251"),
        (RUSSIAN, "utf-8", "utf-8"),
        (POLISH, "cp1250", "cp1250"),
        (GREEK, "cp1253", "cp1253"),
    ],
)
def test_encodings_are_detected_and_recorded(tmp_path, text, encoding, expected):
    path = write(tmp_path, "a.txt", text.encode(encoding))
    art = read_article(path)
    assert art.text == text
    assert art.encoding is not None
    if expected:
        assert same_codec(art.encoding, expected)
    # whatever was recorded decodes the file to the same text
    raw = path.read_bytes()
    codec = art.encoding
    assert raw.decode(codec).removeprefix("\ufeff") == text


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_explicit_bom(tmp_path, codec, bom):
    path = write(tmp_path, "a.txt", bom + WESTERN.encode(codec))
    art = read_article(path)
    assert art.text == WESTERN
    assert same_codec(art.encoding, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(tmp_path, codec):
    path = write(tmp_path, "a.txt", WESTERN.encode(codec))
    art = read_article(path)
    assert art.text == WESTERN
    assert same_codec(art.encoding, codec)


def test_short_cp1252_text_is_not_read_as_central_european(tmp_path):
    # charset-normalizer alone ranks cp1250 first here and reads "naïve" as "naďve"
    path = write(tmp_path, "a.txt", "“naïve” café".encode("cp1252"))
    assert read_article(path).text == "“naïve” café"


def test_utf8_with_a_stray_cp1252_byte_keeps_the_utf8(tmp_path):
    data = "He said “yes” – twice. ".encode() * 3 + b"Caf\xe9 closed."
    art = read_article(write(tmp_path, "a.txt", data))
    assert art.text.endswith("Café closed.")
    assert "“yes” – twice" in art.text  # the UTF-8 part is not turned into mojibake
    assert art.encoding == "utf-8+cp1252"


def test_bom_is_not_part_of_the_text(tmp_path):
    art = read_article(write(tmp_path, "a.txt", codecs.BOM_UTF8 + b"title: T\n\nBody."))
    assert art.title == "T"
    assert art.text == "Body."


# --- line endings and headers -----------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_are_normalised(tmp_path, newline):
    raw = newline.join(["First paragraph.", "", "Second one.", "Third."])
    art = read_article(write(tmp_path, "a.txt", raw.encode()))
    assert art.text == "First paragraph.\n\nSecond one.\nThird."
    assert "\r" not in art.text


def test_mixed_line_endings(tmp_path):
    art = read_article(write(tmp_path, "a.txt", b"One.\r\nTwo.\rThree.\nFour."))
    assert art.text == "One.\nTwo.\nThree.\nFour."


def test_date_marker(tmp_path):
    raw = " date 2025-05-20 The two leaders spoke.\n\nThen they stopped."
    art = read_article(write(tmp_path, "talks.txt", raw.encode()))
    assert art.date == date(2025, 5, 20)
    assert art.text == "The two leaders spoke.\n\nThen they stopped."
    assert raw[art.body_offset :] == art.text


def test_front_matter(tmp_path):
    raw = "Title: Ceasefire talks\ndate: 2025-05-20\nsource: Wire Service\n\n\nIt began.\n\nIt ended."
    art = read_article(write(tmp_path, "x.txt", raw.encode()))
    assert (art.title, art.date, art.source) == ("Ceasefire talks", date(2025, 5, 20), "Wire Service")
    assert art.text == "It began.\n\nIt ended."
    assert raw[art.body_offset :] == art.text


def test_front_matter_offset_counts_normalised_newlines(tmp_path):
    raw = "title: T\r\nsource: S\r\n\r\nBody “quoted” here."
    art = read_article(write(tmp_path, "x.txt", raw.encode()))
    assert art.text == "Body “quoted” here."
    assert raw.replace("\r\n", "\n")[art.body_offset :] == art.text


def test_text_that_only_looks_like_front_matter_is_kept(tmp_path):
    raw = "Note: this is the body.\nIt has colons: many.\n\nSecond paragraph."
    art = read_article(write(tmp_path, "x.txt", raw.encode()))
    assert art.text == raw
    assert art.body_offset == 0


def test_bad_date_in_header_is_kept_and_its_warning_names_the_file(tmp_path):
    path = write(tmp_path, "x.txt", b"date: next Tuesday\n\nBody.")
    assert read_article(path).date == "next Tuesday"  # as given
    result = na.analyze(path, progress=False)
    assert result.sentences["text"].tolist() == ["Body."] and result.articles["date"].isna().all()
    (row,) = result.errors.itertuples()
    assert row.kind == "warning" and "x.txt" in row.path and "'next Tuesday'" in row.error


def test_date_and_title_fall_back_to_the_file_name(tmp_path):
    art = read_article(write(tmp_path, "2024-12-31-new-year-talks.txt", b"Body."))
    assert art.date == date(2024, 12, 31)
    assert art.title == "New Year Talks"
    assert art.id == "2024-12-31-new-year-talks"


def test_seed_article_body_offset(seed_path):
    art = read_article(seed_path)
    raw = seed_path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    assert art.date == date(2025, 5, 20)
    assert art.encoding == "utf-8"
    assert raw[art.body_offset :] == art.text
    assert art.text.startswith("The two leaders spoke")


def test_str_and_pathlike_paths(tmp_path):
    path = write(tmp_path, "a.txt", b"Body.")
    assert read_article(str(path)) == read_article(path)


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Leaders talk</title><meta property="og:site_name" content="Daily Wire">
<meta name="date" content="2025-05-20"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Leaders talk</h1>
<p>The two leaders spoke for over two hours on Monday about the conflict in the region.</p>
<p>“We made progress,” the minister said after the meeting in Geneva. “It was a good day.”</p>
<p>Critics were not convinced &amp; said so.</p></article>
<footer>Cookie settings</footer><script>var x = "do not keep";</script></body></html>"""


def test_html_page_is_reduced_to_its_article_text(tmp_path):
    art = read_article(write(tmp_path, "page.html", PAGE.encode()))
    assert "“We made progress,” the minister said" in art.text
    assert "Critics were not convinced & said so." in art.text
    for junk in ("<p>", "Cookie settings", "do not keep", "Home | World"):
        assert junk not in art.text
    assert art.title == "Leaders talk"
    assert art.meta.get("format") == "html"
    assert "\n\n" in art.text  # paragraphs stay paragraphs


def test_html_is_sniffed_in_a_txt_file(tmp_path):
    art = read_article(write(tmp_path, "page.txt", PAGE.encode("cp1252", errors="strict")))
    assert "<" not in art.text and "Geneva" in art.text


def test_html_without_trafilatura_points_to_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    path = write(tmp_path, "page.html", PAGE.encode())
    with pytest.raises(MissingDependencyError) as info:
        read_article(path)
    msg = str(info.value)
    assert "page.html" in msg and "pip install 'newsanalysis[html]'" in msg
    assert isinstance(info.value, NewsAnalysisError) and isinstance(info.value, ImportError)
    # in a corpus run it becomes a failure row instead of stopping the run
    (failure,) = list(iter_inputs(path))
    assert isinstance(failure, LoadFailure) and "newsanalysis[html]" in failure.error


def test_plain_text_with_a_tag_like_word_is_not_html(tmp_path):
    raw = "He typed <b> in the chat, then left.\n\nNo one noticed."
    assert read_article(write(tmp_path, "a.txt", raw.encode())).text == raw


# --- tables ----------------------------------------------------------------------------------


def test_csv_rows_become_articles(tmp_path):
    long_text = "Word " * 40_000  # beyond the csv module's default 131,072-character field limit
    path = tmp_path / "t.csv"
    import csv

    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "date", "text", "outlet_lean"])
        w.writerow(["a1", "First", "2025-01-02", "“Yes,” she said.\r\nThen left.", "left"])
        w.writerow(["a2", "", "", long_text, ""])
    a1, a2 = read_articles(path)
    assert (a1.id, a1.title, a1.date) == ("a1", "First", date(2025, 1, 2))
    assert a1.text == "“Yes,” she said.\nThen left."
    assert a1.meta == {"outlet_lean": "left"}
    assert a1.path.endswith("t.csv#0")
    assert a2.text == long_text and a2.title is None


def test_jsonl_rows_become_articles(tmp_path):
    path = write(
        tmp_path,
        "t.jsonl",
        b'{"article_id": "x", "text": "One.", "source": "AP"}\n\n{"text": "Two."}\n',
    )
    x, second = read_articles(path)
    assert (x.id, x.source, x.text) == ("x", "AP", "One.")
    assert second.id == "t-1" and second.text == "Two."


def test_cp1252_csv_is_decoded(tmp_path):
    path = write(tmp_path, "t.csv", "id,text\nz,\"“Très bien,” said Zoë.\"\n".encode("cp1252"))
    (art,) = read_articles(path)
    assert art.text == "“Très bien,” said Zoë."
    assert art.encoding == "cp1252"


def test_dataframe_rows(tmp_path):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"id": ["a", "b", "c"], "text": ["One.", None, 3]})
    items = list(iter_inputs(df))
    assert isinstance(items[0], Article) and items[0].id == "a"
    assert [type(i).__name__ for i in items[1:]] == ["LoadFailure", "LoadFailure"]
    assert items[1].article_id == "b" and "text" in items[1].error


@pytest.mark.parametrize("late", [False, True])
def test_large_legacy_file_is_decoded_whole(tmp_path, late):
    # detection looks at the first 256 kB; accents only after it must still come out right
    plain = "Plain words in a long wire story. " * 9000  # ~300 kB of ASCII
    accents = "“Très bien,” said Zoë – naïvely. " * 50
    text = plain + accents if late else accents + plain
    art = read_article(write(tmp_path, "big.txt", text.encode("cp1252")))
    assert art.text == text
    assert art.encoding == "cp1252"


def test_json_files_of_articles(tmp_path):
    write(tmp_path, "list.json", b'[{"id": "l1", "text": "One."}, {"id": "l2", "text": "Two."}, 7]')
    write(tmp_path, "wrapped.json", b'{"articles": [{"id": "w1", "text": "Three."}]}')
    write(tmp_path, "single.json", b'{"id": "s1", "text": "Four."}')
    write(tmp_path, "lines.json", b'{"id": "n1", "text": "Five."}\n{"id": "n2", "text": "Six."}\n')
    write(tmp_path, "other.json", b'{"config": true}')
    items = list(iter_inputs(tmp_path))
    ok = sorted(i.id for i in items if isinstance(i, Article))
    failed = sorted(i.article_id for i in items if isinstance(i, LoadFailure))
    assert ok == ["l1", "l2", "n1", "n2", "s1", "w1"]
    assert failed == ["list-2", "other"]


def test_c1_controls_from_misread_cp1252_are_repaired(tmp_path):
    # cp1252 bytes read as Latin-1 and saved as UTF-8: U+0093/U+0094 instead of curly quotes
    raw = "\u0093Yes,\u0094 he said \u0096 twice.\n\nIt\u0092s over."
    art = read_article(write(tmp_path, "a.txt", raw.encode("utf-8")))
    assert art.text == "“Yes,” he said – twice.\n\nIt’s over."
    assert len(art.text) == len(raw)


@pytest.mark.parametrize(
    "written, iso",
    [("2024-05-03", "2024-05-03"), ("May 3, 2024", "2024-05-03"), ("3 May 2024", "2024-05-03"),
     ("Sep 30, 2016", "2016-09-30"), ("Fri, 03 May 2024 10:00:00 +0000", "2024-05-03")],
)
def test_table_dates_in_common_news_formats_are_read(written, iso):
    import pandas as pd

    result = na.analyze(pd.DataFrame({"text": ["Rain fell."], "date": [written]}), progress=False)
    assert result.errors.empty
    assert result.articles["date"].dt.strftime("%Y-%m-%d").tolist() == [iso]


def test_ambiguous_numeric_date_is_a_warning_naming_the_value():
    import pandas as pd

    result = na.analyze(pd.DataFrame({"text": ["Rain fell."], "date": ["03/05/2024"]}), progress=False)
    assert len(result.articles) == 1 and result.articles["date"].isna().all()
    assert "03/05/2024" in result.errors["error"].item() and "ambiguous" in result.errors["error"].item()
