"""Any source to articles: texts, paths, folders (walked), tables, DataFrames and lists of them."""

from __future__ import annotations

import errno
import os
import stat
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ArticleReadError, NewsAnalysisError, printable
from ..outfolder import OUTPUT_MARKER
from .articles import Article, LoadFailure, _clean, _replace, _text_id, article_from_text
from .files import _as_path, _special_kind, read_file
from .limits import TABLE_SUFFIXES
from .tables import _is_dataframe, _iter_frame, _iter_table

__all__ = ["Text", "iter_inputs", "read_articles", "str_as_path", "text"]


def iter_inputs(source, *, max_bytes: int | None = None, follow_links: bool = False
                ) -> Iterator[Article | LoadFailure]:
    """Yield an :class:`Article` or a :class:`LoadFailure` for every input in ``source``.

    ``source`` may be an Article, a ``str`` of text, a ``pathlib.Path`` to a
    file, folder, CSV or JSONL table, a pandas DataFrame with a ``text``
    column, or any iterable of these. Nothing is dropped: each input yields
    at least one item (tables one per row, an empty folder or table one
    failure), and every path of a folder that is not read is a failure
    (a folder that cannot be listed, a dangling link, a link loop, a FIFO,
    socket or device), except hidden names and newsanalysis output folders.

    Symbolic links in a folder are followed only when they stay inside it and
    lead to a file; with ``follow_links=True`` every link is followed (links
    out of the folder and to folders too; a folder already read is not read
    twice). The default keeps a folder run to the files that are in the
    folder: a link planted in a shared folder cannot make a run read (and
    copy into its tables) files from elsewhere.

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
        yield from _iter_path(source, max_bytes=max_bytes, follow_links=follow_links)
    elif _is_dataframe(source):
        yield from _iter_frame(source)
    elif isinstance(source, (bytes, bytearray)):
        raise NewsAnalysisError(
            "cannot analyse bytes; decode them to a str, or save them to a file and pass a pathlib.Path"
        )
    elif isinstance(source, Iterable) and not isinstance(source, dict):
        for item in source:
            yield from iter_inputs(item, max_bytes=max_bytes, follow_links=follow_links)
    else:
        raise NewsAnalysisError(
            f"cannot analyse a {type(source).__name__}; give text (str), a pathlib.Path, "
            "an Article, a DataFrame with a 'text' column, or a list of these"
        )



def _kind(mode: int) -> str:
    return _special_kind(mode)


def _walk(root: Path, follow_links: bool) -> Iterator[Path | LoadFailure]:
    """The files under ``root`` to read, in path order, and a failure for every path not read.

    Hidden names (``.x``) and newsanalysis output folders (they hold the output
    marker) are left out by design. Every other path that is not read becomes
    a :class:`LoadFailure`: a folder that cannot be listed, a dangling link, a
    link loop, a FIFO, socket or device, and (unless ``follow_links``) a link
    that leads outside ``root`` or to a folder inside it (whose files are read
    where they are).
    """
    root_real = os.path.realpath(root)
    seen_dirs = {root_real}

    def failure(path: str, error: str) -> LoadFailure:
        return LoadFailure(_nested_id(root, Path(path)), path, error)

    def inside(real: str) -> bool:
        return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)

    def walk(folder: str, is_root: bool) -> Iterator[Path | LoadFailure]:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            if is_root:
                raise
            yield failure(folder, f"folder cannot be read ({exc.strerror or exc}); its files were not analysed")
            return
        marker = next((e for e in entries if e.name == OUTPUT_MARKER), None)
        if marker is not None and marker.is_file(follow_symlinks=False):
            return  # a folder newsanalysis wrote: its tables are not articles
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = entry.path
            try:
                link = entry.is_symlink()
                st = os.stat(path)  # follows links
            except FileNotFoundError:
                yield failure(path, f"is a link to {os.readlink(path)}, which does not exist")
                continue
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    yield failure(path, "is a symlink loop")
                else:
                    yield failure(path, f"cannot be read ({exc.strerror or exc})")
                continue
            real = os.path.realpath(path) if link else None
            if link and not follow_links:
                if not inside(real):
                    yield failure(path, f"is a link to {real}, outside the folder; not followed "
                                        "(pass follow_links=True, or --follow-links, to read it)")
                    continue
                if stat.S_ISDIR(st.st_mode):
                    yield failure(path, "is a link to a folder inside the folder; not followed (its files are "
                                        "read where they are; follow_links=True reads them here too)")
                    continue
            if stat.S_ISDIR(st.st_mode):
                real = real or os.path.realpath(path)
                if real in seen_dirs:
                    yield failure(path, "is a folder already read through another path (a link); not read twice")
                    continue
                seen_dirs.add(real)
                yield from walk(path, False)
            elif stat.S_ISREG(st.st_mode):
                yield Path(path)
            else:
                yield failure(path, f"is {_kind(st.st_mode)}, not a file; only regular files are read")

    yield from walk(str(root), True)


def _nested_id(root: Path, path: Path) -> str:
    """The article id of ``path`` in a folder run: the file name without suffix, with its subfolders."""
    rel = path.relative_to(root)
    return (rel.parent / path.stem).as_posix() if rel.parent.parts else path.stem


def _iter_path(path: Path, *, max_bytes: int | None = None, follow_links: bool = False
               ) -> Iterator[Article | LoadFailure]:
    if path.is_dir():
        try:
            found = list(_walk(path, follow_links))
        except OSError as exc:
            yield LoadFailure(path.name, str(path), f"folder cannot be listed ({exc.strerror or exc})")
            return
        if not found:
            yield LoadFailure(path.name, str(path), "folder contains no files")
            return
        for p in found:
            if isinstance(p, LoadFailure):
                yield p
                continue
            rel = p.relative_to(path).parent
            for item in _iter_path(p, max_bytes=max_bytes):
                if rel.parts and p.suffix.lower() not in TABLE_SUFFIXES:
                    # files in subfolders: the id keeps the subfolder, so a/x.txt and b/x.txt differ
                    nested = (rel / p.stem).as_posix()
                    if isinstance(item, LoadFailure):
                        item = LoadFailure(nested + item.article_id[len(p.stem):] if item.article_id.startswith(
                            p.stem + "#") else nested, item.path, item.error)
                    elif item.id == p.stem or item.id.startswith(p.stem + "#"):  # an export's records too
                        item = _replace(item, id=nested + item.id[len(p.stem):])
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
        yield from read_file(path, max_bytes=max_bytes)
    except NewsAnalysisError as exc:
        yield LoadFailure(path.stem, str(path), exc.problem)
    except Exception as exc:  # a bug or MemoryError on one file must not stop a folder run
        yield LoadFailure(path.stem, str(path), f"could not be read ({type(exc).__name__}: {exc})")


def read_articles(source, *, errors: str = "raise", max_bytes: int | None = None,
                  follow_links: bool = False) -> list[Article]:
    """Read many articles: a folder, a CSV/JSONL table, or a list of paths.

    Parameters
    ----------
    source : pathlib.Path, str path, or iterable of paths
        A folder (read recursively, hidden files skipped: text, HTML, Word,
        RTF and PDF files are one article each, a news-database export one
        article a record, ``.csv``, ``.jsonl`` and ``.json`` files one
        article a row or item), a table file, or a list. Here a ``str`` is a
        path.
    errors : {"raise", "warn"}
        On an unreadable input (or table row), raise :class:`ArticleReadError`
        naming it (default) or skip it with a warning naming it.
    max_bytes : int, optional
        Largest article file read; default :data:`MAX_ARTICLE_BYTES`.
    follow_links : bool
        Follow symbolic links that lead out of a folder or to a folder (see
        :func:`iter_inputs`); by default they are reported, not read.

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
            items = iter_inputs(p, max_bytes=max_bytes, follow_links=follow_links)
        for item in items:
            if isinstance(item, LoadFailure):
                if errors == "raise":
                    raise ArticleReadError(item.error, source=item.path or item.article_id)
                warnings.warn(f"skipped {printable(item.path or item.article_id)}: {printable(item.error)}",
                              stacklevel=2)
            else:
                out.append(item)
    return out


class Text(str):
    """A str that is the text of an article, never a path: what :func:`text` returns."""

    __slots__ = ()


def text(body: str) -> Text:
    """Mark ``body`` as the text of an article, never a path, wherever a str that names a file is a path.

    ``analyze``, ``analyze_to`` and ``write_report`` read a one-line str that
    names an existing file or folder as that path; ``text(...)`` keeps it text
    (and silences the warning about a str that looks like a missing path).

    Examples
    --------
    >>> import newsanalysis as na, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> na.analyze(na.text(folder), progress=False).sentences["text"].tolist() == [folder]
    True
    """
    if not isinstance(body, str):
        raise NewsAnalysisError(f"text() takes a str, not {type(body).__name__}")
    return Text(body)


_PATH_SUFFIXES = (".txt", ".md", ".csv", ".jsonl", ".json", ".html", ".htm", ".tsv", ".docx", ".rtf", ".pdf")


def str_as_path(source: object, *, stacklevel: int = 3) -> object:
    """``source`` with a str that names an existing file or folder as a :class:`pathlib.Path`.

    ``analyze``, ``analyze_to`` and ``write_report`` read such a str as a
    path: ``na.analyze("mine/articles.csv")`` reads the table. A str with a
    line break, or that names no existing path, stays text; a one-line str
    that looks like a path (a ``/`` or a file suffix, no spaces) but names
    nothing gets a warning, since it is most likely a mistyped path. Lists and
    tuples are resolved item by item; anything else is returned as it is.
    Wrap a text that happens to name a file in :func:`newsanalysis.text`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = tempfile.mkdtemp()
    >>> isinstance(str_as_path(folder), pathlib.Path), str_as_path("It rained.")
    (True, 'It rained.')
    >>> [isinstance(s, pathlib.Path) for s in str_as_path([folder, "It rained.\\nThen it stopped."])]
    [True, False]
    """
    if isinstance(source, (list, tuple)):
        items = []
        for s in source:
            items.append(str_as_path(s, stacklevel=stacklevel + 1))
        return type(source)(items)
    if not isinstance(source, str) or isinstance(source, Text) or "\n" in source or len(source) > 4096:
        return source
    name = source.strip()
    if not name:
        return source
    try:
        exists = Path(name).exists()
    except (OSError, ValueError):  # a name too long, a NUL byte: text after all
        return source
    if exists:
        return Path(name)
    if " " not in name and any(c.isalnum() for c in name) and (
        "/" in name or "\\" in name or name.lower().endswith(_PATH_SUFFIXES)
    ):
        warnings.warn(
            f"no file or folder {printable(name)!r}: the str is analysed as text; if it is a path, check "
            "the spelling and the working folder; if it is text, pass newsanalysis.text(...)",
            UserWarning,
            stacklevel=stacklevel,
        )
    return source


def warn_if_path(text: object, *, stacklevel: int = 3) -> None:
    """Warn when a str given to :func:`newsanalysis.quotes` as text names an existing file or folder.

    Examples
    --------
    >>> import warnings, tempfile
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_if_path(tempfile.gettempdir())
    >>> "read_article" in str(caught[0].message)
    True
    """
    if not isinstance(text, str) or isinstance(text, Text) or "\n" in text or len(text) > 4096 or not text.strip():
        return
    name = text.strip()
    if not any(c.isalnum() for c in name) or not (
        "/" in name or "\\" in name or name.lower().endswith((".txt", ".md", ".csv", ".jsonl", ".json", ".html", ".htm"))
    ):
        return  # "." or "Yes.": text, whatever the working folder holds
    try:
        exists = Path(text.strip()).exists()
    except (OSError, ValueError):  # a name too long, a NUL byte: text after all
        return
    if exists:
        warnings.warn(
            f"the str {printable(text.strip())!r} names an existing file or folder, but quotes() analyses a str "
            "as text; pass newsanalysis.read_article(path) to read the file",
            UserWarning,
            stacklevel=stacklevel,
        )
