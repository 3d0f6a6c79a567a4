"""Any source to articles: texts, paths, folders (walked), tables, DataFrames and lists of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ArticleReadError, NewsAnalysisError
from ..output import OUTPUT_MARKER
from .articles import Article, LoadFailure, _clean, _replace, _text_id, article_from_text
from .files import _as_path, read_article
from .limits import TABLE_SUFFIXES
from .tables import _is_dataframe, _iter_frame, _iter_table

__all__ = ["iter_inputs", "read_articles"]


def iter_inputs(source, *, max_bytes: int | None = None) -> Iterator[Article | LoadFailure]:
    """Yield an :class:`Article` or a :class:`LoadFailure` for every input in ``source``.

    ``source`` may be an Article, a ``str`` of text, a ``pathlib.Path`` to a
    file, folder, CSV or JSONL table, a pandas DataFrame with a ``text``
    column, or any iterable of these. Nothing is dropped: each input yields
    at least one item (tables one per row, an empty folder or table one
    failure).

    Raises
    ------
    NewsAnalysisError
        When ``source`` (or an item of it) is of a type that cannot be
        analysed, or a DataFrame has no ``text`` column.

    Examples
    --------
    >>> import pathlib
    >>> [type(x).__name__ for x in iter_inputs(["One.", pathlib.Path("no/such.txt")])]
    ['Article', 'LoadFailure']
    """
    if isinstance(source, Article):
        if not isinstance(source.text, str):
            yield LoadFailure(str(source.id), source.path, f"article text is a {type(source.text).__name__}, not a str")
        elif any(_clean(v) is not v for v in (source.text, source.title, source.source, source.path, source.id)):
            yield _replace(
                source,
                **{k: _clean(getattr(source, k)) for k in ("id", "text", "title", "source", "path")},
            )
        else:
            yield source
    elif isinstance(source, str):
        try:
            yield article_from_text(source)
        except NewsAnalysisError as exc:
            yield LoadFailure(_text_id(source[:10_000]), None, exc.problem)
    elif isinstance(source, Path):
        yield from _iter_path(source, max_bytes=max_bytes)
    elif _is_dataframe(source):
        yield from _iter_frame(source)
    elif isinstance(source, (bytes, bytearray)):
        raise NewsAnalysisError(
            "cannot analyse bytes; decode them to a str, or save them to a file and pass a pathlib.Path"
        )
    elif isinstance(source, Iterable) and not isinstance(source, dict):
        for item in source:
            yield from iter_inputs(item, max_bytes=max_bytes)
    else:
        raise NewsAnalysisError(
            f"cannot analyse a {type(source).__name__}; give text (str), a pathlib.Path, "
            "an Article, a DataFrame with a 'text' column, or a list of these"
        )



def _folder_files(path: Path) -> list[Path]:
    """The non-hidden files under ``path``, outside newsanalysis output folders, sorted."""
    skip = [m.parent for m in path.rglob(OUTPUT_MARKER)]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
        and not any(p.is_relative_to(d) for d in skip)
    )


def _iter_path(path: Path, *, max_bytes: int | None = None) -> Iterator[Article | LoadFailure]:
    if path.is_dir():
        try:
            files = _folder_files(path)
        except OSError as exc:
            yield LoadFailure(path.name, str(path), f"folder cannot be listed ({exc.strerror or exc})")
            return
        if not files:
            yield LoadFailure(path.name, str(path), "folder contains no files")
            return
        for p in files:
            rel = p.relative_to(path).parent
            for item in _iter_path(p, max_bytes=max_bytes):
                if rel.parts and p.suffix.lower() not in TABLE_SUFFIXES:
                    # files in subfolders: the id keeps the subfolder, so a/x.txt and b/x.txt differ
                    nested = (rel / p.stem).as_posix()
                    if isinstance(item, LoadFailure):
                        item = LoadFailure(nested, item.path, item.error)
                    elif item.id == p.stem:
                        item = _replace(item, id=nested)
                yield item
        return
    if path.suffix.lower() in TABLE_SUFFIXES:
        rows = 0
        try:
            for item in _iter_table(path):
                rows += 1
                yield item
        except Exception as exc:  # e.g. MemoryError: the rows read so far stay, the rest is one error
            where = f"after {rows} row(s)" if rows else "before its first row"
            yield LoadFailure(path.stem if not rows else f"{path.stem}-rest", str(path),
                              f"table could not be read {where} ({type(exc).__name__}: {exc})")
        return
    try:
        yield read_article(path, max_bytes=max_bytes)
    except NewsAnalysisError as exc:
        yield LoadFailure(path.stem, str(path), exc.problem)
    except Exception as exc:  # a bug or MemoryError on one file must not stop a folder run
        yield LoadFailure(path.stem, str(path), f"could not be read ({type(exc).__name__}: {exc})")


def read_articles(source, *, errors: str = "raise", max_bytes: int | None = None) -> list[Article]:
    """Read many articles: a folder, a CSV/JSONL table, or a list of paths.

    Parameters
    ----------
    source : pathlib.Path, str path, or iterable of paths
        A folder (read recursively, hidden files skipped: text and HTML files
        are one article each, ``.csv``, ``.jsonl`` and ``.json`` files one
        article a row or item), a table file, or a list. Here a ``str`` is a
        path.
    errors : {"raise", "warn"}
        On an unreadable input (or table row), raise :class:`ArticleReadError`
        naming it (default) or skip it with a warning naming it.
    max_bytes : int, optional
        Largest article file read; default :data:`MAX_ARTICLE_BYTES`.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("One.", encoding="utf-8")
    >>> _ = (d / "more.jsonl").write_text('{"id": "b", "text": "Two."}\\n', encoding="utf-8")
    >>> [a.id for a in read_articles(d)]
    ['a', 'b']
    """
    import warnings

    if errors not in ("raise", "warn"):
        raise NewsAnalysisError(f"errors must be 'raise' or 'warn', not {errors!r}")
    if isinstance(source, (str, Path)) or hasattr(source, "__fspath__"):
        paths: list = [_as_path(source, "source")]
    elif isinstance(source, Iterable) and not isinstance(source, (bytes, bytearray, dict)):
        paths = [p if isinstance(p, Article) else _as_path(p, "each path") for p in source]
    else:
        raise NewsAnalysisError(
            f"read_articles() needs a folder, a file path or a list of paths, not {type(source).__name__}"
        )
    out = []
    for p in paths:
        if isinstance(p, Path) and not p.exists():
            items: Iterable = [LoadFailure(p.stem, str(p), "no such file or folder")]
        else:
            items = iter_inputs(p, max_bytes=max_bytes)
        for item in items:
            if isinstance(item, LoadFailure):
                if errors == "raise":
                    raise ArticleReadError(item.error, source=item.path or item.article_id)
                warnings.warn(f"skipped {item.path or item.article_id}: {item.error}", stacklevel=2)
            else:
                out.append(item)
    return out

