"""Tables of articles: CSV, JSON and JSON-lines files and pandas DataFrames, one article a row."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import NewsAnalysisError
from . import limits
from .articles import Article, LoadFailure, _normalise_newlines, article_from_text
from .decoding import _C1, _C1_AS_CP1252, decode_bytes
from .files import _open_regular, _read_bytes, _too_large

__all__: list[str] = []

_KNOWN = frozenset({"article_id", "id", "text", "title", "date", "source"})


def _cell(row: dict, key: str) -> str | None:
    v = row.get(key)
    if v is None or v != v or (isinstance(v, str) and not v.strip()):
        return None
    return str(v)


def _row_article(row: dict, aid: str, where: str | None, encoding: str | None) -> Article | LoadFailure:
    text = row.get("text")
    if text is None or text != text:
        return LoadFailure(aid, where, "row has no 'text' value")
    if not isinstance(text, str):
        return LoadFailure(aid, where, f"the 'text' value is not a string (it is {type(text).__name__})")
    if not text.strip():
        return LoadFailure(aid, where, "the 'text' value is empty")
    try:
        return article_from_text(
            text,
            id=aid,
            title=_cell(row, "title"),
            date=_cell(row, "date"),
            source=_cell(row, "source") or _cell(row, "publisher"),
            path=where,
            encoding=encoding,
            meta={k: v for k, v in row.items() if k not in _KNOWN and k is not None},
        )
    except NewsAnalysisError as exc:
        return LoadFailure(aid, where, exc.problem)


def _row_id(row: dict, default: str) -> str:
    aid = _cell(row, "article_id") or _cell(row, "id")
    return aid.strip() if aid else default


#: Bytes of a table read to detect its encoding before its rows are streamed.
SAMPLE_BYTES = 64_000


def _utf8_stream(path: Path, limit: int, src: str) -> str | None:
    """``"utf-8"``/``"utf-8-sig"`` when the table can be streamed as UTF-8, else None (read it whole).

    The first :data:`SAMPLE_BYTES` go through :func:`decode_bytes` (empty,
    binary and control-character files are refused as for a whole file); the
    rest is checked to be valid UTF-8 with an incremental decoder, a block at
    a time, so no more than a block is in memory.
    """
    fd, size = _open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        if size > limit:
            raise _too_large(size, limit, src)
        sample = fh.read(SAMPLE_BYTES)
        cut = sample if len(sample) < SAMPLE_BYTES else sample[: sample.rfind(b"\n") + 1] or sample
        _, encoding = decode_bytes(cut, source=src)
        if encoding not in ("utf-8", "utf-8-sig"):
            return None
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            decoder.decode(sample)
            while block := fh.read(1 << 18):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None  # stray bytes further on: the whole-file path decides (e.g. "utf-8+cp1252")
    return encoding


def _stream_lines(path: Path, encoding: str) -> Iterator[str]:
    """The lines of a UTF-8 table, newlines normalised to ``\\n``, C1 characters mapped as :func:`decode_bytes` does."""
    fd, _ = _open_regular(path)
    with open(fd, encoding=encoding, newline=None) as fh:
        for line in fh:
            yield line.translate(_C1_AS_CP1252) if _C1.search(line) else line


def _iter_table(path: Path, *, max_bytes: int | None = None) -> Iterator[Article | LoadFailure]:
    """The rows of a CSV/JSONL/JSON table; UTF-8 CSV and JSONL are streamed line by line.

    Memory follows one row, not the file: only a ``.json`` document (parsed
    whole) and a table in a legacy encoding (detected on the whole file) are
    read into memory, within :data:`~newsanalysis.inputs.limits.MAX_TABLE_BYTES`.
    """
    src = str(path)
    limit = limits.MAX_TABLE_BYTES if max_bytes is None else max_bytes
    suffix = path.suffix.lower()
    try:
        encoding = None if suffix == ".json" else _utf8_stream(path, limit, src)
        if encoding is not None:
            lines: Iterable[str] = _stream_lines(path, encoding)
        else:
            data = _read_bytes(path, limit)
            raw, encoding = decode_bytes(data, source=src)
            del data
            lines = io.StringIO(_normalise_newlines(raw))
    except NewsAnalysisError as exc:
        yield LoadFailure(path.stem, src, exc.problem)
        return
    n = 0
    if suffix == ".csv":
        items: Iterator = _csv_rows(lines, src)
    elif suffix == ".json":
        items = _json_array(raw, src)
    else:
        items = _json_lines(lines, src)
    for item in items:
        n += 1
        if isinstance(item, LoadFailure):
            yield item
            continue
        i, row = item
        yield _row_article(row, _row_id(row, f"{path.stem}-{i}"), f"{src}#{i}", encoding)
    if n == 0:
        yield LoadFailure(path.stem, src, "table has no rows of articles")


def _csv_rows(lines: Iterable[str], src: str) -> Iterator[tuple[int, dict] | LoadFailure]:
    stem = Path(src).stem
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, limits.MAX_ARTICLE_CHARS + 1))
    try:
        reader = csv.DictReader(lines)
        try:
            columns = reader.fieldnames or []
        except csv.Error as exc:
            yield LoadFailure(stem, src, f"CSV header cannot be read ({exc})")
            return
        if "text" not in [c.strip() for c in columns if c]:
            yield LoadFailure(stem, src, f"table has no 'text' column (columns: {', '.join(map(str, columns)) or 'none'})")
            return
        i = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield LoadFailure(f"{stem}-{i}", f"{src}#{i}", f"CSV row cannot be read ({exc})")
                i += 1
                continue
            row = {k.strip() if isinstance(k, str) else k: v for k, v in row.items()}
            if None in row:
                yield LoadFailure(_row_id(row, f"{stem}-{i}"), f"{src}#{i}", "CSV row has more fields than the header")
            else:
                yield i, row
            i += 1
    finally:
        csv.field_size_limit(old)


def _json_array(raw: str, src: str) -> Iterator[tuple[int, dict] | LoadFailure]:
    """Rows of a ``.json`` file: a list of objects, ``{"articles": [...]}``, or JSON lines."""
    stem = Path(src).stem
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one object a line, under a .json name
            yield from _json_lines(io.StringIO(raw), src)
        else:
            yield LoadFailure(stem, src, f"invalid JSON ({exc.msg} at line {exc.lineno})")
        return
    except RecursionError:
        yield LoadFailure(stem, src, "invalid JSON (nested too deeply)")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    elif isinstance(data, dict) and "text" in data:
        data = [data]
    if not isinstance(data, list):
        yield LoadFailure(stem, src, "JSON file is not a list of articles (objects with a 'text' field)")
        return
    for i, row in enumerate(data):
        if isinstance(row, dict):
            yield i, row
        else:
            yield LoadFailure(f"{stem}-{i}", f"{src}#{i}", "item is not a JSON object")


def _json_lines(lines: Iterable[str], src: str) -> Iterator[tuple[int, dict] | LoadFailure]:
    stem = Path(src).stem
    i = 0
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield LoadFailure(f"{stem}-line{n + 1}", f"{src}#line{n + 1}", f"invalid JSON ({msg})")
            continue
        if not isinstance(row, dict):
            yield LoadFailure(f"{stem}-line{n + 1}", f"{src}#line{n + 1}", "line is not a JSON object")
            continue
        yield i, row
        i += 1



def _is_dataframe(obj) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "columns") and hasattr(obj, "itertuples")


def _iter_frame(df) -> Iterator[Article | LoadFailure]:
    if "text" not in df.columns:
        raise NewsAnalysisError(
            f"the DataFrame of articles has no 'text' column (columns: {', '.join(map(str, df.columns))})"
        )
    if len(df) == 0:
        yield LoadFailure("dataframe", None, "the DataFrame of articles has no rows")
        return
    for i, row in enumerate(df.to_dict("records")):
        yield _row_article(row, _row_id(row, f"row-{i}"), None, None)


