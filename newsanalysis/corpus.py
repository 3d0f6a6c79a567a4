"""Corpus runs: many articles through the pipeline, streaming, in parallel, with every failure accounted for.

Articles are read lazily from the source and analysed in chunks: each chunk's
rows are collected as plain column lists (:func:`~newsanalysis.tables.article_records`)
and turned into typed DataFrames once per chunk, so memory follows the chunk
size, not the corpus size. With ``n_jobs > 1`` chunks go to worker processes
and come back in input order, so the tables are the same as with ``n_jobs=1``.
:func:`analyze_to` writes each chunk's tables to Parquet as soon as they are
built, for corpora larger than memory.

An input that cannot be read or analysed (an empty file, a bad encoding, an
exception on one odd text) never stops a run: it becomes a row of the
``errors`` table and every other article is analysed.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path

import pandas as pd

from . import schema
from .compat import renamed_columns, with_old_names
from .errors import ArticleReadError, MissingDependencyError, NewsAnalysisError, OutputExistsError, printable
from .inputs.duplicates import flag_duplicates
from .inputs.folders import str_as_path
from .load import Article, LoadFailure, check_date, iter_inputs
from .output import (
    HOUSEKEEPING,
    MANIFEST,
    OUTPUT_MARKER,
    OutputLock,
    describe_source,
    mark_output_folder,
    new_manifest,
    read_manifest,
    remove_temporaries,
    write_manifest,
    write_parquet,
)
from .persons import link_people
from .tables import AnalysisResult, Records, article_records, build_tables, error_records, merge_records

__all__ = ["ParquetTables", "analyze", "analyze_to"]

#: Largest chunk :func:`analyze` makes by itself (a chunk is the unit of work sent to a worker).
DEFAULT_CHUNK_SIZE = 200
#: Chunk of a run with workers whose length is not known beforehand (a folder, a CSV file, a generator).
UNKNOWN_TOTAL_CHUNK_SIZE = 50
#: Smallest chunk chosen automatically for a run with workers.
MIN_AUTO_CHUNK_SIZE = 25
#: Articles per chunk (and per Parquet part file) for :func:`analyze_to`.
DEFAULT_WRITE_CHUNK_SIZE = 1000
#: Runs of at most this many articles never show a progress bar.
PROGRESS_MIN_ARTICLES = 20

Tables = dict[str, pd.DataFrame]


# -- inputs -----------------------------------------------------------------------------------------


def _is_many(source) -> bool:
    """True when ``source`` is an iterable of inputs (not one text, path, article or DataFrame)."""
    if isinstance(source, (str, bytes, bytearray, dict, Path, Article)):
        return False
    if type(source).__name__ == "DataFrame" and hasattr(source, "columns"):
        return False
    return isinstance(source, Iterable)


def _iter_items(source, follow_links: bool = False, drop_duplicates: bool = False
                ) -> Iterator[Article | LoadFailure]:
    """Articles and load failures of ``source``, each with an id of its own, repeats flagged (or dropped)."""
    return flag_duplicates(unique_ids(_iter_raw_items(source, follow_links), reserved=known_ids(source)),
                           drop=drop_duplicates)


def _iter_raw_items(source, follow_links: bool = False) -> Iterator[Article | LoadFailure]:
    """Articles and load failures of ``source``; one bad item of a list never stops the others."""
    if not _is_many(source):
        yield from iter_inputs(source, follow_links=follow_links)
        return
    for i, item in enumerate(source):
        try:
            yield from iter_inputs(item, follow_links=follow_links)
        except NewsAnalysisError as exc:
            path = str(item) if isinstance(item, Path) else None
            yield LoadFailure(f"input-{i}", path, exc.problem)


#: Renamed ids named one by one in warnings; the rest are counted in one last warning.
MAX_RENAME_WARNINGS = 20


def known_ids(source) -> set[str]:
    """The ids the inputs of an in-memory ``source`` bring themselves (Articles, DataFrame id columns)."""
    items = source if isinstance(source, (list, tuple)) else [source]
    ids: set[str] = set()
    for item in items:
        if isinstance(item, Article) and isinstance(item.id, str):
            ids.add(item.id)
        elif type(item).__name__ == "DataFrame" and hasattr(item, "columns"):
            for col in ("article_id", "id"):
                if col in item.columns:
                    ids.update(str(v).strip() for v in item[col] if isinstance(v, str) or v == v)
    return ids


def unique_ids(
    items: Iterator[Article | LoadFailure], reserved: set[str] | frozenset[str] = frozenset()
) -> Iterator[Article | LoadFailure]:
    """Rename repeated ids (``a``, ``a~2``, ``a~3``...) so two inputs never share rows, with a warning.

    Two files ``a.txt`` in different folders given as separate paths, or the
    same DataFrame passed twice, would otherwise merge into one article. A new
    id skips every id already used and every id in ``reserved`` (the ids that
    in-memory inputs bring themselves), so ``a, a, a~2`` becomes ``a, a~3,
    a~2``: the input whose own id is ``a~2`` keeps it. In a stream (a folder)
    an own id that an earlier rename already took is renamed too; every
    rename is a :class:`UserWarning` naming the input.

    Examples
    --------
    >>> import warnings
    >>> arts = [Article("a", "x"), Article("a", "y"), Article("a~2", "z")]
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     ids = [a.id for a in unique_ids(iter(arts), reserved=known_ids(arts))]
    >>> ids, [str(w.message) for w in caught]
    (['a', 'a~3', 'a~2'], ["input id 'a' is used more than once; this input is now 'a~3'"])
    """
    import warnings

    seen: set[str] = set()
    renamed = 0
    for item in items:
        key = item.id if isinstance(item, Article) else item.article_id
        if key in seen:
            n = 2
            while f"{key}~{n}" in seen or f"{key}~{n}" in reserved:
                n += 1
            new = f"{key}~{n}"
            if isinstance(item, Article):
                item = replace(item, id=new)
            else:
                item = LoadFailure(new, item.path, item.error)
            renamed += 1
            if renamed <= MAX_RENAME_WARNINGS:
                where = f" ({printable(item.path)})" if item.path else ""
                warnings.warn(f"input id {key!r} is used more than once; this input{where} is now {new!r}",
                              UserWarning, stacklevel=2)
            key = new
        seen.add(key)
        yield item
    if renamed > MAX_RENAME_WARNINGS:
        warnings.warn(f"{renamed - MAX_RENAME_WARNINGS} more inputs had an id already used and were renamed "
                      "with a ~N suffix", UserWarning, stacklevel=2)


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(items, size)):
        yield chunk


def _check_options(n_jobs: int, chunk_size: int | None) -> int:
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0 or n_jobs < -1:
        raise NewsAnalysisError(f"n_jobs must be a positive int or -1 (all cores), not {n_jobs!r}")
    if chunk_size is None:
        pass
    elif isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise NewsAnalysisError(f"chunk_size must be a positive int, not {chunk_size!r}")
    return (os.cpu_count() or 1) if n_jobs == -1 else n_jobs


# -- the work of one chunk (runs in a worker process when n_jobs > 1) ---------------------------------


def item_records(item: Article | LoadFailure, dayfirst: bool | None = None) -> Records:
    """The records of one input: its tables' rows, or an errors row (for :mod:`newsanalysis.dask` too).

    A date that cannot be read (ambiguous without ``dayfirst``, unreadable, or
    one no table can hold) never drops the article: it is analysed without a
    date, and a ``warning`` row of ``errors`` says why.
    """
    if isinstance(item, LoadFailure):
        return error_records(item.article_id, item.path, item.error, kind=item.kind)
    warning = None
    try:
        if item.date is not None:  # a date as given ("04/03/2025"), or one no table can hold (9999-12-31)
            try:
                day = check_date(item.date, source=item.path or item.id, dayfirst=dayfirst)
            except ArticleReadError as exc:
                warning, item = f"{exc.problem}; the article is analysed without a date", replace(item, date=None)
            else:
                if not isinstance(item.date, _dt.date):
                    item = replace(item, date=day)
        rec = article_records(item)
    except NewsAnalysisError as exc:
        return error_records(item.id, item.path, exc.problem)
    except Exception as exc:  # a bug on one odd input must not stop a corpus run (MemoryError included)
        return error_records(item.id, item.path, f"internal error: {type(exc).__name__}: {exc}")
    if warning is not None:
        rec["errors"] = error_records(item.id, item.path, warning, kind="warning")["errors"]
    return rec


def build_chunk(records: list[Records], items: list) -> Tables:
    """Typed tables of per-item records; an item whose rows cannot be typed becomes an errors row.

    The rows of all items are typed together (fast); only when that fails are
    they typed item by item, so one bad row never costs the other articles.
    The records of such an item are replaced, in ``records``, by its errors row.
    """
    try:
        return build_tables(merge_records(records))
    except Exception:  # noqa: S110 - find the item(s) at fault below
        pass
    for i, (item, rec) in enumerate(zip(items, records)):
        try:
            build_tables(rec)
        except Exception as exc:
            aid = item.article_id if isinstance(item, LoadFailure) else item.id
            records[i] = error_records(aid, item.path, f"internal error: {type(exc).__name__}: {exc}")
    return build_tables(merge_records(records))


def analyze_chunk(items: list[Article | LoadFailure], dayfirst: bool | None = None,
                  on_item: Callable[[int], object] | None = None) -> Tables:
    """The five typed tables of a list of articles (load failures become errors rows).

    ``on_item``, when given, is called with 1 after each item (a progress bar's update).

    Examples
    --------
    >>> from newsanalysis.load import article_from_text
    >>> tables = analyze_chunk([article_from_text("It rained. We left.", id="a")])
    >>> len(tables["sentences"]), len(tables["errors"])
    (2, 0)
    >>> far = analyze_chunk([Article("b", "Hi.", date="9999-12-31")])  # analysed, without its date
    >>> len(far["sentences"]), far["errors"][["kind", "error"]].values.tolist()
    (1, [['warning', "date '9999-12-31' is outside the dates a table can hold ...; the article is analysed without a date"]])
    """
    records = []
    for item in items:
        records.append(item_records(item, dayfirst))
        if on_item is not None:
            on_item(1)
    return build_chunk(records, items)


# -- the engine -------------------------------------------------------------------------------------


class _Progress:
    """A tqdm bar shown only once a run has more than a few articles."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled = enabled and (total is None or total > PROGRESS_MIN_ARTICLES)
        self.total = total
        self.done = 0
        self.bar = None

    def update(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        if self.bar is None:
            if self.total is None and self.done <= PROGRESS_MIN_ARTICLES:
                return  # a run of unknown length shows a bar once it has passed a few articles
            from tqdm.auto import tqdm

            self.bar = tqdm(total=self.total, unit=" articles", desc="newsanalysis", leave=True)
            self.bar.update(self.done)
        else:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _source_len(source) -> int | None:
    """Number of articles in ``source`` when known without reading it (None for paths, generators)."""
    if isinstance(source, (str, Article)):
        return 1
    if type(source).__name__ == "DataFrame" and hasattr(source, "columns"):
        return len(source)
    if _is_many(source) and isinstance(source, Sequence):
        if all(isinstance(item, (str, Article)) for item in source):
            return len(source)
    return None


def _auto_chunk_size(total: int | None, n_jobs: int) -> int:
    """Chunks small enough that every worker gets several (for balance), large enough to be cheap."""
    if n_jobs == 1:
        return DEFAULT_CHUNK_SIZE
    if total is None:  # a path or a generator: chunks small enough for the progress bar to move
        return UNKNOWN_TOTAL_CHUNK_SIZE
    return max(MIN_AUTO_CHUNK_SIZE, min(DEFAULT_CHUNK_SIZE, -(-total // (8 * n_jobs))))


def iter_tables(
    source,
    *,
    n_jobs: int = 1,
    progress: bool = True,
    chunk_size: int | None = None,
    skip_chunks: int = 0,
    follow_links: bool = False,
    dayfirst: bool | None = None,
    drop_duplicates: bool = False,
) -> Iterator[Tables]:
    """Yield the tables of ``source`` chunk by chunk, in input order.

    The streaming engine under :func:`analyze` and :func:`analyze_to`: at most
    ``2 * n_jobs`` chunks are in flight at any time, so a generator of articles
    is consumed only as fast as chunks are analysed. The first ``skip_chunks``
    chunks are read (their ids count for the unique ids that follow) but not
    analysed: a resumed run starts where the last one stopped.

    Examples
    --------
    >>> parts = list(iter_tables(["One.", "Two.", "Three."], chunk_size=2, progress=False))
    >>> [len(p["articles"]) for p in parts]
    [2, 1]
    """
    n_jobs = _check_options(n_jobs, chunk_size)
    total = _source_len(source)
    if chunk_size is None:
        chunk_size = _auto_chunk_size(total, n_jobs)
    bar = _Progress(progress, total)
    chunks = _chunks(_iter_items(source, follow_links, drop_duplicates), chunk_size)
    for _ in range(skip_chunks):
        bar.update(len(next(chunks, ())))
    if n_jobs > 1:  # one chunk only: no worker processes to start
        head = list(islice(chunks, 2))
        if len(head) < 2:
            n_jobs = 1
        chunks = chain(head, chunks)
    try:
        if n_jobs == 1:
            for chunk in chunks:  # the bar moves article by article, not only at the end of a chunk
                yield analyze_chunk(chunk, dayfirst, bar.update)
        else:
            yield from _iter_parallel(chunks, n_jobs, bar, dayfirst)
    finally:
        bar.close()


def _iter_parallel(chunks: Iterator[list], n_jobs: int, bar: _Progress, dayfirst: bool | None = None
                   ) -> Iterator[Tables]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pending: deque = deque()
    executor = ProcessPoolExecutor(max_workers=n_jobs, initializer=_worker_init, initargs=(os.getpid(),))
    broken = False
    finished = False

    def finish(chunk, future) -> Tables:
        nonlocal broken
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                broken = True
            except Exception:  # noqa: S110 - e.g. an unpicklable article: redo it here, per article
                pass
        return analyze_chunk(chunk, dayfirst)

    try:
        for chunk in chunks:
            future = None
            if not broken:
                try:
                    future = executor.submit(analyze_chunk, chunk, dayfirst)
                except BrokenProcessPool:  # a worker died: carry on in this process
                    broken = True
            pending.append((chunk, future))
            while pending and (len(pending) >= 2 * n_jobs or broken):
                chunk_done, fut = pending.popleft()
                tables = finish(chunk_done, fut)
                bar.update(len(chunk_done))
                yield tables
        while pending:
            chunk_done, fut = pending.popleft()
            tables = finish(chunk_done, fut)
            bar.update(len(chunk_done))
            yield tables
        finished = True
    finally:
        for _, fut in pending:
            if fut is not None:
                fut.cancel()
        if not finished:  # interrupted (Ctrl-C, SIGTERM, a failed write): stop the workers now
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)


def _worker_init(parent: int) -> None:
    """Make a worker process die with its parent instead of running on as an orphan.

    On Linux the kernel sends the worker SIGKILL when the parent dies
    (``prctl(PR_SET_PDEATHSIG)``); everywhere, a watchdog thread exits the
    worker once its parent is gone. Ctrl-C is left to the parent, which stops
    the workers itself.
    """
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="newsanalysis-parent-watchdog", daemon=True).start()


def _concat(parts: list[pd.DataFrame], name: str) -> pd.DataFrame:
    parts = [p for p in parts if len(p)]
    if not parts:
        return schema.empty_frame(schema.SCHEMAS[name])
    if len(parts) == 1:
        return parts[0].reset_index(drop=True)
    return pd.concat(parts, ignore_index=True)


def analyze(source, *, n_jobs: int = 1, progress: bool = True, chunk_size: int | None = None,
            aliases: Mapping[str, str] | None = None, follow_links: bool = False, dayfirst: bool | None = None,
            drop_duplicates: bool = False) -> AnalysisResult:
    """Analyse one article or many into tidy tables.

    Parameters
    ----------
    source : str, Article, pathlib.Path, DataFrame or iterable of these
        A file, a folder, a CSV/JSONL table of articles with a ``text``
        column (as a :class:`pathlib.Path`, or a one-line ``str`` that names
        an existing file or folder), a text (any other ``str``; wrap a text
        that happens to name a file in :func:`newsanalysis.text`), Articles
        from :func:`~newsanalysis.read_article`, a DataFrame with a ``text``
        column. Any iterable of these works, including a generator: it is
        consumed chunk by chunk.
    n_jobs : int
        Worker processes (1: in this process; -1: one per core). The tables
        are the same whatever the number, in input order.
    progress : bool
        Show a progress bar on runs of more than a few articles.
    chunk_size : int, optional
        Articles analysed (and sent to a worker) together. By default 200,
        or less when workers would otherwise get only a few chunks each.
    aliases : mapping of str to str, optional
        Your merge map for the people rules cannot link: a form, as the
        ``person`` or ``speaker`` column writes it, to the name to count it
        under (``{"Donald J. Trump": "Donald Trump"}``); see
        :func:`newsanalysis.link_people` and :func:`newsanalysis.read_aliases`.
    follow_links : bool
        In folders, follow symbolic links that lead out of the folder or to a
        folder; by default each is an ``errors`` row (see
        :func:`newsanalysis.load.iter_inputs`).
    dayfirst : bool, optional
        How to read numeric dates such as ``04/03/2025``: ``True`` day first
        (4 March), ``False`` month first (April 3). By default only numeric
        dates with one reading (``23/04/2025``) are read. A date that cannot
        be read never drops an article: it is analysed with no date, and a
        ``warning`` row of ``errors`` names the date and why.
    drop_duplicates : bool
        Leave out of every table each article that repeats an earlier one of
        the run (the same outlet, date and title, or the same text word for
        word: the same story downloaded in two exports); each is a
        ``warning`` row of ``errors`` naming the article it repeats. By
        default (False) repeats are analysed and flagged in
        ``articles.duplicate_of``.

    Returns
    -------
    AnalysisResult
        ``.articles``, ``.sentences``, ``.quotes``, ``.speakers`` and
        ``.errors`` (inputs that could not be read or analysed, with the
        reason; every other article is analysed); ``.people`` and
        ``.sources`` are built from them. ``person`` is linked across the run.

    See Also
    --------
    analyze_to : write the tables to Parquet chunk by chunk, for corpora larger than memory.

    Examples
    --------
    >>> result = analyze("“Let the process begin!” Trump wrote.")
    >>> result.quotes[["text", "speaker"]].values.tolist()
    [['Let the process begin!', 'Trump']]
    >>> from pathlib import Path
    >>> analyze(["It rained.", Path("no/such/file.txt")], progress=False).errors[["article_id", "error"]].values.tolist()
    [['file', 'no such file']]
    """
    source = str_as_path(source)  # "mine/articles.csv" is that file
    collected: dict[str, list[pd.DataFrame]] = {name: [] for name in schema.SCHEMAS}
    for tables in iter_tables(source, n_jobs=n_jobs, progress=progress, chunk_size=chunk_size,
                              follow_links=follow_links, dayfirst=dayfirst, drop_duplicates=drop_duplicates):
        for name, df in tables.items():
            collected[name].append(df)
    tables = {name: _concat(parts, name) for name, parts in collected.items()}
    tables["quotes"], tables["speakers"] = link_people(tables["quotes"], tables["speakers"], aliases=aliases)
    return AnalysisResult(**tables, aliases=dict(aliases or {}))


# -- Parquet output -------------------------------------------------------------------------------


@dataclass
class ParquetTables:
    """Where :func:`analyze_to` wrote the tables, and how many rows each has.

    Attributes
    ----------
    folder : pathlib.Path
        The output folder.
    paths : dict of str to pathlib.Path
        One folder of Parquet part files per table (``folder / "sentences"``...),
        readable with ``pandas.read_parquet(path)`` or ``dask.dataframe.read_parquet(path)``.
    rows : dict of str to int
        Rows written per table.
    """

    folder: Path
    paths: dict[str, Path] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.rows.items())
        return f"ParquetTables({str(self.folder)!r}: {counts})"

    def read(self, name: str) -> pd.DataFrame:
        """Read one table back into memory as a DataFrame.

        Examples
        --------
        >>> import tempfile
        >>> out = analyze_to(["It rained. We left."], tempfile.mkdtemp(), progress=False)
        >>> out.read("sentences")["text"].tolist()
        ['It rained.', 'We left.']
        """
        if name not in self.paths:
            raise NewsAnalysisError(f"no table {name!r}; the tables are {', '.join(self.paths)}")
        return with_old_names(renamed_columns(pd.read_parquet(self.paths[name]), name), name)

    def load(self) -> AnalysisResult:
        """Read every table back into an :class:`~newsanalysis.tables.AnalysisResult`.

        Examples
        --------
        >>> import tempfile
        >>> analyze_to(["It rained.", "“No,” Ann said."], tempfile.mkdtemp(), progress=False).load()
        AnalysisResult(2 articles, 2 sentences, 1 statements, 1 people quoted, 0 other sources, 0 errors)
        """
        tables = {name: self.read(name) for name in self.paths}
        if "person" in tables.get("quotes", ()) and "person" in tables.get("speakers", ()):
            tables["quotes"], tables["speakers"] = link_people(tables["quotes"], tables["speakers"])
        return AnalysisResult(**tables)


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise MissingDependencyError(
            "writing Parquet needs pyarrow: pip install 'newsanalysis[parquet]'"
        ) from None


def _prepare_folder(folder: Path, overwrite: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise OutputExistsError("exists and is not a folder", source=str(folder))
    if folder.is_dir() and any(p.name not in HOUSEKEEPING for p in folder.iterdir()):
        if not overwrite:
            raise OutputExistsError(
                "folder exists and is not empty; pass overwrite=True to replace its tables, "
                "or resume=True to finish an interrupted run",
                source=str(folder),
            )
        for name in [MANIFEST, *schema.SCHEMAS]:  # the manifest first: a half-cleared folder never says finished
            target = folder / name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
    for name in schema.SCHEMAS:
        (folder / name).mkdir(parents=True, exist_ok=True)
    mark_output_folder(folder)


def _only_ours(folder: Path) -> bool:
    """Whether ``folder`` holds nothing but what a run leaves before its manifest (marker, lock, empty tables)."""
    if not folder.is_dir():
        return True
    for p in folder.iterdir():
        if p.name in HOUSEKEEPING or p.name == OUTPUT_MARKER or (p.name.startswith(".") and p.name.endswith(".tmp")):
            continue
        if p.name in schema.SCHEMAS and p.is_dir() and not p.is_symlink() and not any(p.iterdir()):
            continue
        return False
    return True


def _start_run(folder: Path, source, chunk_size: int, overwrite: bool, resume: bool) -> tuple[dict, int]:
    """The manifest of the run into ``folder`` and the chunks already written (resume)."""
    old = read_manifest(folder) if resume and not overwrite else None
    inputs = describe_source(source)
    if old is not None and old.get("writer") == "analyze_to":
        if old.get("inputs") != inputs and not (isinstance(inputs, str) and inputs.startswith("an iterable")):
            raise NewsAnalysisError(
                f"holds a run of other inputs ({old.get('inputs')!r}); resume with the same source, "
                "or pass overwrite=True to start again",
                source=str(folder),
            )
        if old.get("status") == "finished":
            return old, int(old.get("chunks_done", 0))
        done = int(old.get("chunks_done", 0))
        remove_temporaries(folder)
        for name in schema.SCHEMAS:  # parts of a chunk the manifest does not list were not all written
            (folder / name).mkdir(exist_ok=True)
            for part in (folder / name).glob("part-*.parquet"):
                if not part.stem[5:].isdigit() or int(part.stem[5:]) >= done:
                    part.unlink()
        mark_output_folder(folder)
        old["resumed"] = int(old.get("resumed", 0)) + 1
        old["status"] = "running"
        return write_manifest(folder, old), done
    # a run killed before its first manifest left only our marker and empty table folders: start it again
    _prepare_folder(folder, overwrite or (resume and _only_ours(folder)))
    manifest = new_manifest("analyze_to", inputs=inputs, options={"chunk_size": chunk_size})
    manifest.update(chunks_done=0, items_done=0, resumed=0)
    manifest["tables"] = {name: {"rows": 0, "files": [name]} for name in schema.SCHEMAS}
    return write_manifest(folder, manifest), 0


def analyze_to(source, folder: str | Path, *, chunk_size: int = DEFAULT_WRITE_CHUNK_SIZE, n_jobs: int = 1,
               progress: bool = True, overwrite: bool = False, resume: bool = False, follow_links: bool = False,
               dayfirst: bool | None = None, drop_duplicates: bool = False) -> ParquetTables:
    """Analyse a corpus and write its tables to Parquet, chunk by chunk.

    Only a few chunks are in memory at any time, so a corpus larger than
    memory can be analysed. Each table is a folder of part files
    (``folder/sentences/part-00000.parquet``, ...), one part per chunk that
    has rows for it, numbered by chunk.

    Every part is written under a temporary name and renamed into place, and
    ``newsanalysis-manifest.json`` records the chunks written so far; it says
    ``"finished"`` only once the whole run is written. While the run writes,
    the folder is locked: a second run into it gets
    :class:`~newsanalysis.OutputBusyError`. Read the folder back with
    :func:`newsanalysis.read_output`, which refuses a run that did not finish.

    Parameters
    ----------
    source : str, Article, pathlib.Path, DataFrame or iterable of these
        As for :func:`analyze` (a str that names an existing file or folder
        is that path); a generator is consumed as the run goes.
    folder : str or pathlib.Path
        Output folder (created). The tables go to ``articles/``,
        ``sentences/``, ``quotes/``, ``speakers/`` and ``errors/`` in it.
    chunk_size : int
        Articles per chunk, and so per part file.
    n_jobs : int
        Worker processes (1: in this process; -1: one per core).
    progress : bool
        Show a progress bar on runs of more than a few articles.
    overwrite : bool
        Replace the tables of a non-empty ``folder`` (otherwise
        :class:`~newsanalysis.OutputExistsError`).
    resume : bool
        Finish the interrupted run in ``folder`` (killed, out of disk): the
        chunks its manifest lists are kept, the others analysed, and the
        tables are the same as those of an uninterrupted run. The source must
        be the same, in the same order (paths are checked; a generator cannot
        be); the chunk size of the first run is used. A finished folder is
        left as it is; an empty or missing one starts a new run.
    follow_links, dayfirst, drop_duplicates : bool
        As for :func:`analyze` (a resumed run must be given the same).

    Returns
    -------
    ParquetTables
        The table folders and their row counts; ``.load()`` reads them back.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> out = analyze_to(["“Yes,” Ann Lee said.", "It rained."], tempfile.mkdtemp(), progress=False)
    >>> out.rows["articles"], out.rows["quotes"]
    (2, 1)
    >>> pd.read_parquet(out.paths["quotes"])["text"].tolist()
    ['Yes,']
    """
    _require_pyarrow()
    _check_options(n_jobs, chunk_size)
    source = str_as_path(source)
    folder = Path(folder)
    with OutputLock(folder, create=True):
        manifest, done = _start_run(folder, source, chunk_size, overwrite, resume)
        paths = {name: folder / name for name in schema.SCHEMAS}
        out = ParquetTables(folder, paths, {name: int(manifest["tables"][name]["rows"]) for name in paths})
        if manifest["status"] == "finished":
            return out
        chunk_size = int(manifest["options"].get("chunk_size", chunk_size))
        chunks = iter_tables(source, n_jobs=n_jobs, progress=progress, chunk_size=chunk_size, skip_chunks=done,
                             follow_links=follow_links, dayfirst=dayfirst, drop_duplicates=drop_duplicates)
        _write_chunks(folder, chunks, done, paths, out, manifest)
        write_manifest(folder, manifest, finished=True)
    return out


def _write_chunks(folder: Path, chunks, done: int, paths: dict[str, Path], out: ParquetTables, manifest: dict) -> None:
    """Write each chunk's tables as parts numbered from ``done``, and the manifest after each chunk.

    The rows written are counted in ``out`` and ``manifest``; a table with no rows at the end gets one empty part.
    """
    for number, tables in enumerate(chunks, start=done):
        for name, df in tables.items():
            if len(df):
                _write_part(df, paths[name], number)
                out.rows[name] += len(df)
                manifest["tables"][name]["rows"] = out.rows[name]
        manifest["chunks_done"] = number + 1
        manifest["items_done"] += len(tables["articles"]) + int((tables["errors"]["kind"] == "error").sum())
        write_manifest(folder, manifest)  # the chunk is complete only once the manifest lists it
    for name, path in paths.items():
        if not any(path.glob("part-*.parquet")):  # an empty table still has one (empty) part
            _write_part(schema.empty_frame(schema.SCHEMAS[name]), path, 0)


def _write_part(df: pd.DataFrame, folder: Path, number: int) -> None:
    write_parquet(df, folder / f"part-{number:05d}.parquet")
