"""Tables of articles: CSV, JSON and JSON-lines files and pandas DataFrames, one article a row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import NewsAnalysisError
from . import limits
from .articles import Article, LoadFailure, _normalise_newlines, article_from_text
from .decoding import decode_bytes
from .files import _read_bytes

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


def _iter_table(path: Path, *, max_bytes: int | None = None) -> Iterator[Article | LoadFailure]:
    src = str(path)
    try:
        data = _read_bytes(path, limits.MAX_TABLE_BYTES if max_bytes is None else max_bytes)
        raw, encoding = decode_bytes(data, source=src)
    except NewsAnalysisError as exc:
        yield LoadFailure(path.stem, src, exc.problem)
        return
    del data
    raw = _normalise_newlines(raw)
    n = 0
    if path.suffix.lower() == ".csv":
        items: Iterator = _csv_rows(raw, src)
    elif path.suffix.lower() == ".json":
        items = _json_array(raw, src)
    else:
        items = _json_lines(raw, src)
    for item in items:
        n += 1
        if isinstance(item, LoadFailure):
            yield item
            continue
        i, row = item
        yield _row_article(row, _row_id(row, f"{path.stem}-{i}"), f"{src}#{i}", encoding)
    if n == 0:
        yield LoadFailure(path.stem, src, "table has no rows of articles")


def _csv_rows(raw: str, src: str) -> Iterator[tuple[int, dict] | LoadFailure]:
    stem = Path(src).stem
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, limits.MAX_ARTICLE_CHARS + 1))
    try:
        reader = csv.DictReader(raw.splitlines(keepends=True))
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
            yield from _json_lines(raw, src)
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


def _json_lines(raw: str, src: str) -> Iterator[tuple[int, dict] | LoadFailure]:
    stem = Path(src).stem
    i = 0
    for n, line in enumerate(raw.split("\n")):
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


