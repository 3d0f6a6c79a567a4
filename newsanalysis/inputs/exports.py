"""News-database exports split into their articles: Nexis Uni, LexisNexis, Factiva and ProQuest layouts.

The layout is told from the text, whatever the file's name or container (a
Nexis Uni export may come as .docx, .pdf or .rtf; a LexisNexis one as .txt):

``nexis-uni``
    Nexis Uni (Word, PDF): a cover page listing the documents, then per
    article the title, the outlet, a date line, an optional copyright line,
    ``Section:``, ``Length:``, ``Byline:`` lines, ``Body``, the paragraphs,
    an optional ``Classification`` / ``Load-Date:`` block, ``End of Document``.
``lexisnexis``
    LexisNexis Academic plain text: a request header, then per article
    ``N of M DOCUMENTS``, the outlet, a date line (and edition lines), the
    title, ``BYLINE:`` / ``SECTION:`` / ``LENGTH:`` lines, the body, then
    ``LOAD-DATE:``, ``LANGUAGE:`` ... and a copyright line.
``factiva``
    Factiva, field-coded ("Full article/report plus indexing"; RTF or text):
    per article ``HD`` headline, ``BY`` byline, ``WC`` word count, ``PD``
    date, ``SN`` source name, ``SE`` section, ``LP`` lead paragraph(s),
    ``TD`` text, indexing fields, and ``AN Document XXXXXXXX...``; or the
    article format without field codes: headline, (byline), ``N words``,
    date, (time), source, (source code, language, copyright), the
    paragraphs, ``Document XXXXXXXX...``.

``proquest``
    ProQuest plain text: records between lines of underscores, ``Document N
    of M``, the title, ``Author:``, ``Full text:`` and the paragraphs, then
    ``Title:``, ``Publication title:``, ``Publication date:``, ``Section:``,
    ``ProQuest document ID:`` ... (a contents list first is no record).

Every record becomes an :class:`ExportRecord`: the body (the article text,
into which every offset points) and its metadata, or the reason it holds no
article (then an ``errors`` row names the file and the record).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["ExportRecord", "LAYOUTS", "split_export"]

#: Layout names (the ``export`` column of ``articles``) and what they are.
LAYOUTS = {
    "nexis-uni": "Nexis Uni export",
    "lexisnexis": "LexisNexis export",
    "factiva": "Factiva export",
    "proquest": "ProQuest export",
}


@dataclass
class ExportRecord:
    """One record of an export: an article, or (``error`` set) the reason it is none."""

    position: int
    body: str = ""
    title: str | None = None
    source: str | None = None
    date: str | None = None
    byline: str | None = None
    section: str | None = None
    length_words: int | None = None
    body_offset: int = 0
    error: str | None = None
    meta: dict = field(default_factory=dict)


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:{_WEEKDAYS}),?\s+)?(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{1,2}}\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})\b"
    r"[^\n]{0,60}$",
    re.IGNORECASE,
)
_DATE_PART = re.compile(
    rf"(?:(?:{_WEEKDAYS}),?\s+)?((?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})|"
    rf"(?:\d{{1,2}}\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}})|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})",
    re.IGNORECASE,
)
_WEEKDAY_END = re.compile(rf",?\s+(?:{_WEEKDAYS})\b.*$", re.IGNORECASE)
_LENGTH = re.compile(r"([\d,.\s]+?)\s*words?\b", re.IGNORECASE)


def _date_of(line: str) -> str:
    """The date of a date line without its weekday, time, zone or edition ('July 1, 2019 Monday 9:20 AM GMT')."""
    m = _DATE_PART.search(line)
    if not m:
        return " ".join(line.split())
    return " ".join(re.sub(r"\.(?=\s)", " ", m.group(1)).split())


def _words(value: str | None) -> int | None:
    if not value:
        return None
    m = _LENGTH.search(value)
    digits = re.sub(r"\D", "", m.group(1)) if m else ""
    return int(digits) if digits and len(digits) < 10 else None


def _byline(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"^\s*by\s+", "", " ".join(value.split()), flags=re.IGNORECASE)
    return value or None


def _section(value: str | None) -> str | None:
    """The section without page, version or column notes ('NEWS; Pg. 3' -> 'NEWS')."""
    if not value:
        return None
    head = re.split(r";\s*(?:pg\.?|page|version|col\.?)\b|;\s*$", " ".join(value.split()), flags=re.IGNORECASE)[0]
    return head.strip(" ;") or None


def _outlet(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return re.sub(r"(?<=\w)\((?=\w)", " (", value) or None  # "The Guardian(London)" -> "The Guardian (London)"


def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- Nexis Uni ---------------------------------------------------------------------------------------

_NU_END = re.compile(r"^\s*End of Document\s*$")
_NU_META = re.compile(r"^\s*(Section|Length|Byline|Dateline|Highlight|Edition|Correction|Graphic|Series)"
                      r"\s*:[\s\xa0]*(.*)$", re.IGNORECASE)
_NU_TRAILER = re.compile(r"^\s*(?:Classification\s*$|(?:Load-Date|Language|Publication-Type|Journal Code|Subject|"
                         r"Organization|Person|Geographic|Industry|Company|Ticker|Document-Type|Notes|"
                         r"Graphic|Correction-Date)\s*:)", re.IGNORECASE)


def _looks_nexis_uni(lines: list[str]) -> bool:
    ends = sum(1 for line in lines if _NU_END.match(line))
    return ends >= 1 and any(line.strip() == "Body" for line in lines) and any(_NU_META.match(x) for x in lines)


def _nexis_uni(lines: list[str], offsets: list[int], paragraphs: bool, text: str) -> list[ExportRecord]:
    chunks: list[tuple[int, int]] = []
    start = 0
    for i, line in enumerate(lines):
        if _NU_END.match(line):
            chunks.append((start, i))
            start = i + 1
    rest = lines[start:]
    if any(line.strip() == "Body" or _NU_META.match(line) or _DATE_LINE.match(line) for line in rest):
        chunks.append((start, len(lines)))  # a last record cut off before its "End of Document": kept or reported
    records = []
    for n, (a, b) in enumerate(chunks, start=1):
        rec = ExportRecord(n)
        chunk = lines[a:b]
        body_at = next((i for i, line in enumerate(chunk) if line.strip() == "Body"), None)
        head = chunk if body_at is None else chunk[:body_at]
        fields: dict[str, str] = {}
        lead: list[str] = []
        for line in head:
            m = _NU_META.match(line)
            if m:
                fields.setdefault(m.group(1).lower(), m.group(2).strip())
            elif line.strip() and not line.strip().lower().startswith("copyright"):
                if not fields:  # lines before the metadata block: cover page, title, outlet, date
                    lead.append(line.strip())
        date_i = next((i for i in range(len(lead) - 1, -1, -1) if _DATE_LINE.match(lead[i])), None)
        if date_i is not None:
            rec.date = _date_of(lead[date_i])
            rec.source = _outlet(lead[date_i - 1]) if date_i >= 1 else None
            rec.title = _one_line(lead[date_i - 2]) if date_i >= 2 else None
        elif len(lead) >= 3:  # title, outlet, a date line in no form we know ("4. März 2025"): kept as written
            rec.title, rec.source = _one_line(lead[-3]), _outlet(lead[-2])
            rec.date = _WEEKDAY_END.sub("", lead[-1].strip())
        elif len(lead) == 2:
            rec.title, rec.source = _one_line(lead[0]), _outlet(lead[1])
        elif lead:
            rec.title = _one_line(lead[-1])
        rec.byline = _byline(fields.get("byline"))
        rec.section = _section(fields.get("section"))
        rec.length_words = _words(fields.get("length"))
        if body_at is None:
            rec.error = "has no 'Body' line, so no article text"
            records.append(rec)
            continue
        body_lines = []
        for line in chunk[body_at + 1:]:
            if _NU_TRAILER.match(line):
                break
            body_lines.append(line)
        if paragraphs:
            rec.body = "\n\n".join(line.strip() for line in body_lines if line.strip())
        else:
            first = a + body_at + 1
            begin = offsets[first] if first < len(offsets) else len(text)
            end = offsets[first + len(body_lines)] if first + len(body_lines) < len(offsets) else len(text)
            raw = text[begin:end]
            rec.body = raw.strip()
            rec.body_offset = begin + (len(raw) - len(raw.lstrip()))
        if not rec.body:
            rec.error = "has no article text after its 'Body' line"
        records.append(rec)
    return records


# -- LexisNexis plain text ---------------------------------------------------------------------------

_LN_MARK = re.compile(r"^[ \t]*(\d+) of (\d+) DOCUMENTS[ \t]*$", re.MULTILINE)
_LN_KEY = re.compile(r"^([A-Z][A-Z-]*(?: [A-Z][A-Z-]*)?):[ \t]*(.*)", re.S)
_LN_HEAD_KEYS = frozenset({"BYLINE", "SECTION", "LENGTH", "DATELINE", "HIGHLIGHT", "HEADLINE", "SERIES", "EDITION",
                           "CORRECTION-APPENDED", "CORRECTION", "TYPE", "ABSTRACT", "SOURCE", "PAGE"})
_LN_TAIL_KEYS = frozenset({"LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "GRAPHIC", "JOURNAL-CODE", "DOCUMENT-TYPE",
                           "SUBJECT", "NOTES", "URL", "CORRECTION-DATE", "DISTRIBUTION", "ORGANIZATION", "PERSON",
                           "GEOGRAPHIC", "INDUSTRY", "COMPANY", "TICKER", "STATE", "CITY", "COUNTRY", "TYPE"})
_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")  # a run of non-blank lines


def _lexisnexis(text: str) -> list[ExportRecord]:
    marks = list(_LN_MARK.finditer(text))
    records = []
    for n, m in enumerate(marks, start=1):
        end = marks[n].start() if n < len(marks) else len(text)
        rec = ExportRecord(n, meta={"document": f"{m.group(1)} of {m.group(2)}"})
        blocks = [(b.start(), b.end(), b.group()) for b in _BLOCK.finditer(text, m.end(), end)]
        centred = 0  # the outlet and date blocks are centred (indented) in the layout
        while centred < min(len(blocks), 4) and all(
                line.startswith((" ", "\t")) for line in blocks[centred][2].split("\n")):
            centred += 1
        i = 0
        if centred >= 2:  # outlet, date (+ edition lines): the date as written, read later or warned about
            rec.source = _outlet(" ".join(b[2] for b in blocks[:centred - 1]))
            first_line = blocks[centred - 1][2].strip().split("\n")[0].strip()
            rec.date = _date_of(first_line) if _DATE_LINE.match(first_line) else _WEEKDAY_END.sub("", first_line)
            i = centred
        else:
            lead: list[str] = []
            while i < len(blocks) and i < 6:
                first_line = blocks[i][2].strip().split("\n")[0].strip()
                key = _LN_KEY.match(blocks[i][2].strip())
                if key and key.group(1) in _LN_HEAD_KEYS:
                    break
                if _DATE_LINE.match(first_line):
                    rec.date = _date_of(first_line)
                    rec.source = _outlet(" ".join(lead)) if lead else None
                    i += 1
                    break
                lead.append(blocks[i][2].strip())
                i += 1
            if rec.date is None:  # no date line: the first block is the outlet
                i = 1 if blocks else 0
                rec.source = _outlet(blocks[0][2]) if blocks else None
        title = []
        while i < len(blocks):
            key = _LN_KEY.match(blocks[i][2].strip())
            if key and key.group(1) in _LN_HEAD_KEYS:
                break
            if key and key.group(1) in _LN_TAIL_KEYS:
                break
            title.append(_one_line(blocks[i][2]))
            i += 1
            if len(title) >= 3:
                break
        rec.title = " ".join(title) or None
        fields: dict[str, str] = {}
        while i < len(blocks):
            key = _LN_KEY.match(blocks[i][2].strip())
            if not (key and key.group(1) in _LN_HEAD_KEYS):
                break
            fields.setdefault(key.group(1), key.group(2))
            i += 1
        rec.byline = _byline(fields.get("BYLINE"))
        rec.section = _section(fields.get("SECTION"))
        rec.length_words = _words(fields.get("LENGTH"))
        body = []
        for b in blocks[i:]:
            key = _LN_KEY.match(b[2].strip())
            if key and key.group(1) in _LN_TAIL_KEYS:
                break
            body.append(b)
        while body and re.match(r"\s*(?:Copyright\b|©|All Rights Reserved)", body[-1][2], re.IGNORECASE):
            body.pop()  # no LOAD-DATE block: the copyright lines close the record
        if body:
            rec.body = text[body[0][0]:body[-1][1]]
            rec.body_offset = body[0][0]
        else:
            rec.error = "has no article text after its header"
        records.append(rec)
    return records


# -- Factiva, field-coded ------------------------------------------------------------------------------

_FV_CODES = ("HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD", "CT", "RF", "CO",
             "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "CLM", "ART", "VOL", "NGC", "HLP", "RST", "DE")
_FV_LINE = re.compile(rf"^[ \t]*({'|'.join(_FV_CODES)})(?:([ \t|]+)(.*?))?[ \t|]*$")
_FV_TEXT = frozenset({"LP", "TD"})
_FV_DOC = re.compile(r"^[ \t|]*(?:AN[ \t|]+)?Document[ \t]+([A-Za-z0-9]{16,})[ \t|]*$", re.MULTILINE)


def _looks_factiva(lines: list[str]) -> bool:
    has_hd = has_other = False
    for line in lines:
        m = _FV_LINE.match(line)
        if m:
            has_hd = has_hd or m.group(1) == "HD"
            has_other = has_other or m.group(1) in ("PD", "SN", "WC", "TD", "LP")
    return has_hd and has_other and any(_FV_DOC.match(line) for line in lines)


def _factiva(lines: list[str]) -> list[ExportRecord]:
    records: list[ExportRecord] = []
    fields: dict[str, list[str]] | None = None
    current: str | None = None

    def close() -> None:
        if fields is None:
            return
        n = len(records) + 1
        rec = ExportRecord(n)
        one = {k: _one_line(" ".join(v)) for k, v in fields.items()}
        rec.title = one.get("HD") or None
        rec.byline = _byline(one.get("BY"))
        rec.source = _outlet(one.get("SN"))
        rec.section = _section(one.get("SE"))
        rec.length_words = _words(one.get("WC"))
        rec.date = _date_of(one["PD"]) if one.get("PD") else None
        doc = _FV_DOC.match(one.get("AN", "")) or re.search(r"Document\s+([A-Za-z0-9]{16,})", one.get("AN", ""))
        if doc:
            rec.meta["document"] = doc.group(1)
        paras = [p.strip() for p in fields.get("LP", []) + fields.get("TD", []) if p.strip()]
        rec.body = "\n\n".join(paras)
        if not rec.body:
            rec.error = "has no LP or TD field, so no article text"
        records.append(rec)

    for line in lines:
        m = _FV_LINE.match(line)
        if m and m.group(1) == "HD":
            close()
            fields, current = {}, "HD"
            fields["HD"] = [m.group(3) or ""]
            continue
        if fields is None:
            continue  # the search summary before the first article
        if m and current in _FV_TEXT and m.group(2) == " " and m.group(3):
            m = None  # "LA Lakers won..." in the text is no field: in the text a field code is set off by a tab
        if m:
            current = m.group(1)
            fields.setdefault(current, []).append(m.group(3) or "")
            if current == "AN":
                close()
                fields = current = None
            continue
        doc = _FV_DOC.match(line)
        if doc:
            fields.setdefault("AN", []).append(line.strip())
            close()
            fields = current = None
            continue
        if current is not None:
            fields[current].append(line.strip(" \t|"))
    close()
    return records


# -- Factiva, article format (no field codes) ----------------------------------------------------------

_FA_WORDS = re.compile(r"^\s*\d[\d,.]*\s+words?\s*$", re.IGNORECASE)
_FA_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M|GMT|UTC|[A-Z]{2,4}))?\s*$", re.IGNORECASE)
_FA_CODE = re.compile(r"^\s*[A-Z0-9]{2,8}\s*$")
_FA_LANGUAGES = frozenset("english german french spanish italian dutch portuguese swedish danish norwegian finnish "
                          "polish russian chinese japanese arabic turkish greek czech hungarian".split())
_FA_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|\(c\)|©|all rights reserved)", re.IGNORECASE)


def _looks_factiva_articles(lines: list[str]) -> bool:
    docs = [i for i, line in enumerate(lines) if _FV_DOC.match(line)]
    if not docs:
        return False
    start = 0
    for end in docs[:3]:  # the first records have a word count near their top
        head = [x for x in lines[start:end] if x.strip()][:8]
        if not any(_FA_WORDS.match(x) for x in head):
            return False
        start = end + 1
    return True


def _factiva_articles(lines: list[str]) -> list[ExportRecord]:
    records = []
    start = 0
    docs = [i for i, line in enumerate(lines) if _FV_DOC.match(line)]
    for n, end in enumerate(docs, start=1):
        rec = ExportRecord(n, meta={"document": _FV_DOC.match(lines[end]).group(1)})
        chunk = [x.strip(" \t|") for x in lines[start:end]]
        start = end + 1
        nonempty = [i for i, x in enumerate(chunk) if x]
        words_at = next((i for i in nonempty[:8] if _FA_WORDS.match(chunk[i])), None)
        if words_at is None:
            rec.error = "has no word-count line, so its header cannot be told from its text"
            records.append(rec)
            continue
        before = [chunk[i] for i in nonempty if i < words_at]
        head_lines = before[-2:]  # search summaries before the first record are not its headline
        if len(head_lines) == 2 and re.match(r"(?i)by\s", head_lines[-1]):
            rec.byline = _byline(head_lines[-1])
            head_lines = head_lines[:-1]
        rec.title = _one_line(head_lines[-1]) if head_lines else None
        rec.length_words = _words(chunk[words_at])
        after = [i for i in nonempty if i > words_at]
        k = 0
        if k < len(after) and _DATE_LINE.match(chunk[after[k]]):
            rec.date = _date_of(chunk[after[k]])
            k += 1
        if k < len(after) and _FA_TIME.match(chunk[after[k]]):
            k += 1
        if k < len(after):
            rec.source = _outlet(chunk[after[k]])
            k += 1
        while k < len(after) and k < 8:  # source code, page, language, copyright: the header's tail
            line = chunk[after[k]]
            if _FA_CODE.match(line) or line.lower() in _FA_LANGUAGES or re.match(r"(?i)^(?:page|pg\.?)\s*\w+$", line):
                k += 1
            elif _FA_COPYRIGHT.match(line):
                k += 1
                break
            else:
                break
        paras = [chunk[i] for i in after[k:]]
        rec.body = "\n\n".join(paras)
        if not rec.body:
            rec.error = "has no article text after its header"
        records.append(rec)
    return records


# -- ProQuest plain text -------------------------------------------------------------------------------

_PQ_RULE = re.compile(r"^[ \t]*_{20,}[ \t]*$")
_PQ_KEYS = ("Title|Author|Publication title|Publication year|Publication date|Publication info|Section|Publisher|"
            "Place of publication|Country of publication|Publication subject|ISSN|Source type|Language of publication|"
            "Document type|ProQuest document ID|Document URL|Copyright|Last updated|Database|Subject|Location|People|"
            "Company / organization|Identifier / keyword|Credit|Illustration|Caption|Links|Number of pages|Dateline|"
            "Pages?|Edition|Column|Word count|Abstract|Full text|First page|Volume|Issue|ProQuest document link")
_PQ_FIELD = re.compile(rf"^({_PQ_KEYS}):[ \t]*(.*)$")


def _looks_proquest(lines: list[str]) -> bool:
    ids = sum(1 for line in lines if line.startswith("ProQuest document ID:"))
    return ids >= 1 and any(line.startswith(("Full text:", "Publication title:")) for line in lines)


def _proquest(lines: list[str]) -> list[ExportRecord]:
    chunks, start = [], 0
    for i, line in enumerate(lines + ["_" * 20]):
        if _PQ_RULE.match(line):
            chunks.append(lines[start:i])
            start = i + 1
    records = []
    for chunk in chunks:
        if not any(line.startswith(("ProQuest document ID:", "Full text:", "Publication title:")) for line in chunk):
            continue  # the contents list, or white space between rules
        rec = ExportRecord(len(records) + 1)
        fields: dict[str, str] = {}
        body: list[str] = []
        current = None
        lead: list[str] = []
        for line in chunk:
            m = _PQ_FIELD.match(line)
            if m:
                current = m.group(1)
                if current == "Full text":
                    body.append(m.group(2))
                else:
                    fields.setdefault(current, m.group(2).strip())
            elif current == "Full text":
                body.append(line)
            elif current is None and line.strip() and not re.match(r"(?i)document \d+ of \d+$", line.strip()):
                lead.append(line.strip())
            elif current is not None and line.strip() and current in fields:
                fields[current] = (fields[current] + " " + line.strip()).strip()  # a wrapped value
        rec.title = _one_line(fields.get("Title") or " ".join(lead)) or None
        rec.source = _outlet(fields.get("Publication title"))
        rec.date = fields.get("Publication date") or None
        rec.byline = _byline(fields.get("Author"))
        rec.section = _section(fields.get("Section"))
        rec.length_words = _words(fields.get("Word count"))
        if fields.get("ProQuest document ID"):
            rec.meta["document"] = fields["ProQuest document ID"]
        paras = re.split(r"\n[ \t]*\n", "\n".join(body).strip())
        rec.body = "\n\n".join(p.strip() for p in paras if p.strip())
        if not rec.body:
            rec.error = "has no 'Full text:' (an abstract or citation only), so no article text"
        records.append(rec)
    return records


# -- detection -----------------------------------------------------------------------------------------


def _lines(text: str) -> tuple[list[str], list[int]]:
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return lines, offsets


def detect_export(text: str) -> str | None:
    """The export layout of ``text`` (a key of :data:`LAYOUTS`), or None for an ordinary article.

    Examples
    --------
    >>> detect_export("                1 of 2 DOCUMENTS\\n\\n   The Gazette\\n\\n  May 2, 2024\\n\\nTitle\\n")
    'lexisnexis'
    >>> detect_export("It rained all day. End of story.") is None
    True
    """
    if _LN_MARK.search(text):
        return "lexisnexis"
    if "End of Document" in text and "Body" in text:
        lines, _ = _lines(text)
        if _looks_nexis_uni(lines):
            return "nexis-uni"
    if "ProQuest document ID:" in text:
        lines, _ = _lines(text)
        if _looks_proquest(lines):
            return "proquest"
    if _FV_DOC.search(text):
        lines, _ = _lines(text)
        if (re.search(r"^[ \t]*HD\b", text, re.MULTILINE) and _looks_factiva(lines)) or _looks_factiva_articles(lines):
            return "factiva"
    return None


def split_export(text: str, *, paragraphs: bool = False) -> tuple[str, list[ExportRecord]] | None:
    """Split ``text`` into the records of its export layout, or None when it is no export.

    ``paragraphs`` says that each line is a paragraph (text from a Word
    document); otherwise blank lines separate paragraphs and an article's body
    is a slice of ``text`` (``ExportRecord.body_offset`` says where).

    Examples
    --------
    >>> text = ("1 of 1 DOCUMENTS\\n\\nThe Gazette\\n\\nMay 2, 2024 Thursday\\n\\nBridge opens\\n\\n"
    ...         "BYLINE: Ann Lee\\n\\nLENGTH: 7 words\\n\\n“It is open,” the mayor said.\\n\\nLOAD-DATE: May 3, 2024\\n")
    >>> layout, [rec] = split_export(text)
    >>> layout, rec.title, rec.source, rec.date, rec.byline, rec.length_words, rec.body
    ('lexisnexis', 'Bridge opens', 'The Gazette', 'May 2, 2024', 'Ann Lee', 7, '“It is open,” the mayor said.')
    """
    layout = detect_export(text)
    if layout is None:
        return None
    if layout == "lexisnexis":
        return layout, _lexisnexis(text)
    lines, offsets = _lines(text)
    if layout == "nexis-uni":
        return layout, _nexis_uni(lines, offsets, paragraphs, text)
    if layout == "proquest":
        return layout, _proquest(lines)
    if re.search(r"^[ \t]*HD\b", text, re.MULTILINE) and _looks_factiva(lines):
        return layout, _factiva(lines)
    return layout, _factiva_articles(lines)
