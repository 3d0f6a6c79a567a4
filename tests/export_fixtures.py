"""Fixtures for tests of news-database exports, Word, RTF and PDF files: our own articles in the real layouts.

The articles are written for these tests (no text from any export); the layouts follow what Nexis Uni,
LexisNexis and Factiva hand out. Used by tests/test_exports.py and benchmarks/exports.py.
"""

from __future__ import annotations

import io
import textwrap
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    title: str
    outlet: str
    date: str  # as an export writes it: "March 4, 2025"
    iso: str
    byline: str
    section: str
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def words(self) -> int:
        return len(self.body.split())


STORIES = (
    Story(
        "Council approves new bridge over the river", "The Riverside Gazette", "March 4, 2025", "2025-03-04",
        "Ann Lee", "LOCAL NEWS",
        ("“This bridge will connect the two halves of our town,” Mayor Maria Lopez said on Tuesday evening.",
         "The council voted seven to two in favour of the plan after a debate that lasted four hours. Councillor "
         "Tom Baker voted against it. “We cannot afford another project that runs over budget,” he said.",
         "Lopez said construction would begin in the spring and take about two years to finish."),
    ),
    Story(
        "Hospital workers walk out over pay", "Northern Daily Herald", "March 5, 2025", "2025-03-05",
        "By Priya Shah", "BUSINESS",
        ("Nurses at St. Mary's Hospital walked off the job on Wednesday morning. “We are exhausted and we are "
         "underpaid,” said Janet Ortiz, who has worked on the cardiac ward for twelve years.",
         "The hospital's chief executive, David Kim, said talks with the union would continue next week. "
         "“Our door remains open,” Kim told reporters outside the main entrance.",
         "The union said the strike would last three days unless a new offer was made."),
    ),
    Story(
        "Schools to serve free lunches from September", "The Riverside Gazette", "March 6, 2025", "2025-03-06",
        "Ann Lee and Omar Haddad", "EDUCATION",
        ("Every primary school pupil in the region will get a free hot lunch from September, the government "
         "announced on Thursday.",
         "“Every child deserves a hot meal in the middle of the day,” Education Minister Sarah Collins said at a "
         "school in the east of the city.",
         "Head teachers welcomed the plan but warned that many kitchens were too small. “We will need new "
         "equipment before the first term starts,” said Helen Park, who leads a school of four hundred pupils."),
    ),
)


def _wrap(paragraph: str, width: int = 76) -> str:
    return "\n".join(textwrap.wrap(paragraph, width))


# -- LexisNexis plain text ---------------------------------------------------------------------------


def lexisnexis_txt(stories=STORIES, *, empty_record: bool = False, bad_date: bool = False) -> bytes:
    """A LexisNexis Academic text export: request header, 'N of M DOCUMENTS' records, CRLF, BOM."""
    total = len(stories) + int(empty_record)
    out = ["", "", f"Download Request: Selected Items: 1-{total}",
           "Time Of Request: Monday, March 10, 2025  10:12:40", "", "Send To:", "   RESEARCH LIBRARY", "",
           "Terms: (bridge or hospital or school)", "", "Source: Selected newspapers", "Project ID: None", "", ""]
    for n, s in enumerate(stories, start=1):
        date = "Marchtember 40, 2025" if (bad_date and n == 2) else s.date
        out += [f"{n} of {total} DOCUMENTS".center(80).rstrip(), "", "", "", s.outlet.center(80).rstrip(), "",
                f"{date} Tuesday".center(80).rstrip(), "                                   Final Edition", "",
                s.title, "", f"BYLINE: {s.byline}", "", f"SECTION: {s.section}; Pg. 4", "",
                f"LENGTH: {s.words:,} words", "", ""]
        for p in s.paragraphs:
            out += [_wrap(p), ""]
        out += ["", f"LOAD-DATE: {s.date}", "", "LANGUAGE: ENGLISH", "", "PUBLICATION-TYPE: Newspaper", "", "",
                f"Copyright 2025 {s.outlet}".center(80).rstrip(), "All Rights Reserved".center(80).rstrip(), "", ""]
    if empty_record:
        out += [f"{total} of {total} DOCUMENTS".center(80).rstrip(), "", "The Riverside Gazette".center(80),
                "", "March 7, 2025 Friday".center(80), "", "Photo gallery: the flood in pictures", "",
                "LENGTH: 0 words", "", "LOAD-DATE: March 8, 2025", "", "LANGUAGE: ENGLISH", ""]
    return ("\ufeff" + "\r\n".join(out)).encode("utf-8")


# -- Nexis Uni Word ------------------------------------------------------------------------------------


def nexis_uni_docx(stories=STORIES, *, empty_record: bool = False) -> bytes:
    """A Nexis Uni Word export: cover page with the document list, then each article, 'End of Document'."""
    import docx

    d = docx.Document()
    d.add_paragraph("Date and Time: Monday, March 10, 2025 10:12:00 AM CET")
    d.add_paragraph("Job Number: 123456789")
    d.add_paragraph(f"Documents ({len(stories) + int(empty_record)})")
    for n, s in enumerate(stories, start=1):
        d.add_paragraph(f"{n}. {s.title}")
        d.add_paragraph("Client/Matter: -None-")
        d.add_paragraph("Search Terms: bridge or hospital or school")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Content Type", "Narrowed by"
        table.cell(1, 0).text, table.cell(1, 1).text = "News", f"Sources: {s.outlet}"
    d.add_paragraph("")
    for s in stories:
        d.add_page_break()
        d.add_paragraph(s.title)
        d.add_paragraph(s.outlet)
        d.add_paragraph(f"{s.date} Tuesday 9:20 AM GMT")
        d.add_paragraph("")
        d.add_paragraph().add_run().add_break()
        p = d.add_paragraph()
        p.add_run().add_break()
        p.add_run(f"Copyright 2025 {s.outlet} All Rights Reserved")
        d.add_paragraph(f"Section:\xa0{s.section}; Version:2")
        d.add_paragraph(f"Length:\xa0{s.words} words")
        d.add_paragraph(f"Byline:\xa0{s.byline}")
        d.add_paragraph("Body")
        d.add_paragraph("")
        for para in s.paragraphs:
            d.add_paragraph(para)
        d.add_paragraph("Classification")
        d.add_paragraph("Language:\xa0ENGLISH")
        d.add_paragraph(f"Load-Date:\xa0{s.date}")
        end = d.add_paragraph()
        end.add_run().add_break()
        end.add_run("End of Document")
    if empty_record:
        d.add_page_break()
        for line in ("Photo gallery: the flood in pictures", "The Riverside Gazette", "March 7, 2025 Friday",
                     "Length:\xa00 words", "Load-Date:\xa0March 8, 2025", "End of Document"):
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def word_docx(paragraphs) -> bytes:
    """An ordinary Word document (not an export)."""
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# -- Factiva -------------------------------------------------------------------------------------------

_DOC_IDS = ("RIVGAZ0020250304el340001a", "NDHERA0020250305el350002b", "RIVGAZ0020250306el360003c")


def factiva_lines(stories=STORIES) -> list[str]:
    """The lines of a field-coded Factiva export ('Full article/report plus indexing')."""
    out = ["Search Summary", "Text: bridge or hospital or school", "Date: 03/01/2025 to 03/31/2025", ""]
    for i, s in enumerate(stories):
        doc = _DOC_IDS[i] if i < len(_DOC_IDS) else f"NEWSXX00{s.iso.replace('-', '')}el{i:010d}"
        first, *rest = s.paragraphs
        out += [f"HD\t{s.title}", f"BY\t{s.byline}", f"WC\t{s.words} words", f"PD\t{s.iso[8:].lstrip('0')} "
                f"{s.date.split()[0]} {s.iso[:4]}", "ET\t09:20", f"SN\t{s.outlet}", "SC\tXYZ", f"SE\t{s.section}",
                "LA\tEnglish", f"CY\t(c) 2025 {s.outlet}. All rights reserved.", "LP\t", first, "", "TD\t"]
        for p in rest:
            out += [p, ""]
        out += ["NS\tgpol : Domestic Politics", "RE\tusa : United States", "IPD\tlocal", "PUB\tExample Media Group",
                f"AN\tDocument {doc}", ""]
    out += ["Search Summary", "Results Found: 3"]
    return out


def factiva_article_lines(stories=STORIES) -> list[str]:
    """The lines of a Factiva export in its article format: no field codes, 'Document ...' closing each."""
    out = ["Search Summary", "Text: bridge or hospital or school", ""]
    for i, s in enumerate(stories):
        doc = _DOC_IDS[i] if i < len(_DOC_IDS) else f"NEWSXX00{s.iso.replace('-', '')}el{i:010d}"
        byline = s.byline if s.byline.startswith("By ") else f"By {s.byline}"
        out += [s.title, byline, f"{s.words} words", f"{s.iso[8:].lstrip('0')} {s.date.split()[0]} {s.iso[:4]}",
                "09:20", s.outlet, "XYZ", "English", f"Copyright 2025 {s.outlet}. All rights reserved.", ""]
        for p in s.paragraphs:
            out += [p, ""]
        out += [f"Document {doc}", "", ""]
    return out


def factiva_article_rtf(stories=STORIES) -> bytes:
    body = "\n".join(_rtf_escape(line) + "\\par" for line in factiva_article_lines(stories))
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\n" + body + "\n}").encode("ascii")


def factiva_txt(stories=STORIES) -> bytes:
    return "\n".join(factiva_lines(stories)).encode("utf-8")


def _rtf_escape(line: str) -> str:
    out = []
    for ch in line:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def factiva_rtf(stories=STORIES) -> bytes:
    """The Factiva field-coded export as RTF (paragraphs, field codes, \\uN escapes for curly quotes)."""
    body = "\n".join(_rtf_escape(line) + "\\par" for line in factiva_lines(stories))
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}\n"
            "\\f0\\fs20\n" + body + "\n}").encode("ascii")


# -- ProQuest ------------------------------------------------------------------------------------------


def proquest_txt(stories=STORIES, *, abstract_only: bool = False) -> bytes:
    """A ProQuest plain-text export: a contents list, then records between lines of underscores."""
    rule = "_" * 60
    total = len(stories) + int(abstract_only)
    out = [rule, "", "Contents", ""] + [f"{n}. {s.title}" for n, s in enumerate(stories, start=1)] + ["", rule, ""]
    for n, s in enumerate(stories, start=1):
        author = s.byline.removeprefix("By ")
        out += [f"Document {n} of {total}", "", s.title, "", f"Author: {author}", "",
                f"Publication info: {s.outlet}; Riverside. {s.date}.", "", "ProQuest document link", "",
                f"Full text: {s.paragraphs[0]}", ""]
        for p in s.paragraphs[1:]:
            out += [p, ""]
        out += ["Subject: Local government", "", f"Title: {s.title}", "", f"Publication title: {s.outlet}", "",
                f"Publication year: {s.iso[:4]}", "", f"Publication date: {s.date}", "", f"Section: {s.section}", "",
                "Source type: Newspapers", "", "Language of publication: English", "",
                f"ProQuest document ID: {2900000000 + n}", "", f"Copyright: Copyright {s.outlet} 2025", "",
                "Database: Example Newsstream", "", rule, ""]
    if abstract_only:
        out += [f"Document {total} of {total}", "", "Flood photos: a gallery", "", "Abstract: Pictures of the flood.",
                "", "Title: Flood photos: a gallery", "", "Publication title: The Riverside Gazette", "",
                "Publication date: Mar 7, 2025", "", "ProQuest document ID: 2999999999", "", rule, ""]
    return "\n".join(out).encode("utf-8")


# -- RTF and PDF files ---------------------------------------------------------------------------------


def rtf_document(paragraphs) -> bytes:
    body = "\n".join("{\\pard " + _rtf_escape(p) + "\\par}" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times New Roman;}}\\f0\n" + body + "\n}").encode("ascii")


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (object 1 the catalog), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_pdf(lines) -> bytes:
    """A one-page PDF with a text layer: each line set in Helvetica (WinAnsi, so curly quotes survive)."""
    ops = [b"BT /F1 11 Tf 14 TL 56 780 Td"]
    for line in lines:
        ops.append(_pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF of page images only (what a scanner makes): no text layer."""
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(pages)).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
    pixels = bytes((x * 7 + y * 3) % 256 for y in range(64) for x in range(48))
    for i in range(pages):
        page, content, image = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /XObject << /Im1 %d 0 R >> >> >>" % (content, image))
        objects.append(_stream(b"q 480 0 0 640 56 100 cm /Im1 Do Q"))
        objects.append(_stream(pixels, b"/Type /XObject /Subtype /Image /Width 48 /Height 64 "
                                       b"/ColorSpace /DeviceGray /BitsPerComponent 8 "))
        assert page == len(objects) - 2
    return _pdf(objects)
