"""Output folders: atomic writes, one writer at a time, a manifest written last, and reading them back.

Every folder newsanalysis writes tables into (:func:`~newsanalysis.analyze_to`,
:meth:`AnalysisResult.to_csv <newsanalysis.tables.AnalysisResult.to_csv>`,
``to_parquet``, :func:`~newsanalysis.write_report`, ``newsanalysis report``)
follows the same rules:

* **atomic files**: each file is written under a temporary name in the same
  folder (``.name.<pid>.tmp``) and renamed into place, so a reader never sees a
  half-written table, and a symlink at the target is replaced, never written
  through;
* **one writer**: the writer holds ``.newsanalysis-lock`` (the pid, host, start
  time and command of the run, and an ``flock`` on it, which the kernel drops
  when the process dies, so a lock left by a killed run is detected as stale and
  taken over); a second run gets :class:`~newsanalysis.errors.OutputBusyError`
  naming the folder and the other run;
* **a manifest written last**: ``newsanalysis-manifest.json`` says what ran
  (writer, version, inputs, options), the rows of each table and its files, the
  number of articles and errors, and ``"status"``: ``"running"`` while the run
  writes, ``"finished"`` once every file is in place. :func:`read_output` reads
  a folder back and refuses (or warns on) a folder whose run did not finish;
* **the output marker** ``.newsanalysis-output`` tells folder runs not to read
  the folder as articles (so a report may live inside the folder it analyses).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import socket
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import NewsAnalysisError, OutputBusyError, OutputExistsError

if TYPE_CHECKING:  # pandas is imported where tables are written or read: reading articles stays light
    import pandas as pd

    from .tables import AnalysisResult

__all__ = [
    "LOCK_FILE",
    "MANIFEST",
    "OUTPUT_MARKER",
    "OutputLock",
    "atomic_write",
    "mark_output_folder",
    "read_manifest",
    "read_output",
    "write_manifest",
]

#: Marker file left in every folder newsanalysis writes; folder runs skip such folders.
OUTPUT_MARKER = ".newsanalysis-output"
#: The manifest of an output folder, written when a run starts and rewritten when it finishes.
MANIFEST = "newsanalysis-manifest.json"
#: The lock file of a folder being written.
LOCK_FILE = ".newsanalysis-lock"
#: Files of ours that do not make an output folder "not empty".
HOUSEKEEPING = frozenset({LOCK_FILE})
MANIFEST_FORMAT = 1


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


# -- atomic files ------------------------------------------------------------------------------------


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system lets a folder be opened (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(target: str | Path, write: Callable[[Path], object], *, durable: bool = True) -> Path:
    """Write ``target`` through ``write(temporary_path)``, then rename the temporary file into place.

    The temporary file sits in the same folder (``.name.<pid>.tmp``) so that
    the rename is atomic: ``target`` holds either its old content or the whole
    new content, never a part. A symlink at ``target`` is replaced, not
    followed. On any error (a full disk, a signal) the temporary file is
    removed and the error raised.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = atomic_write(p, lambda tmp: tmp.write_text("hello"))
    >>> p.read_text(), sorted(x.name for x in p.parent.iterdir())
    ('hello', ['a.txt'])
    """
    target = Path(target)
    tmp = _temp_name(target)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # a leftover of a killed run of the same pid (or a planted link): never written through
    try:
        write(tmp)
        if durable:
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        _fsync_dir(target.parent)
    return target


def write_text(target: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``target`` atomically."""
    return atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def remove_temporaries(folder: Path) -> None:
    """Remove the temporary files (``.*.tmp``) a killed run left in ``folder`` and its subfolders."""
    for p in Path(folder).rglob(".*.tmp"):
        with contextlib.suppress(OSError):
            p.unlink()


def mark_output_folder(folder: str | Path) -> None:
    """Leave the :data:`OUTPUT_MARKER` in ``folder`` (an output of newsanalysis).

    Written like every other output file (a temporary file renamed into place),
    so a symlink planted at the marker's name is replaced, not written through.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from newsanalysis.load import iter_inputs
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> mark_output_folder(d)
    >>> _ = (d / "sentences.csv").write_text("text\\nnot an article\\n")
    >>> list(iter_inputs(d))
    [LoadFailure(article_id='...', path='...', error='folder contains no files')]
    """
    path = Path(folder) / OUTPUT_MARKER
    if path.is_file() and not path.is_symlink():
        return  # already marked
    write_text(path, "This folder was written by newsanalysis; folder runs do not read it as articles.\n")


# -- CSV cells a spreadsheet would run ---------------------------------------------------------------

#: First characters that make a spreadsheet read a cell as a formula (and ``'``, so that the escape reverses).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def escape_formula_cells(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells that start like a formula get a leading ``'``.

    Spreadsheets (Excel, LibreOffice, Google Sheets) run a CSV cell starting
    with ``=``, ``+``, ``-`` or ``@`` as a formula, so a crafted article could
    make a cell of ``quotes.csv`` fetch a URL or run a command when opened. A
    leading ``'`` makes the cell plain text there. Cells that start with
    ``'`` get one more, so :func:`unescape_formula_cells` restores every cell.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["=1+1", "-5% growth", "fine", "'quoted"], "n": [1, 2, 3, 4]})
    >>> escape_formula_cells(df)["text"].tolist()
    ["'=1+1", "'-5% growth", 'fine', "''quoted"]
    >>> unescape_formula_cells(escape_formula_cells(df)).equals(df)
    True
    """
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            s = out[col]
            hit = s.astype("string").str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
            if hit.any():
                out.loc[hit, col] = "'" + s[hit].astype(str)
    return out


def unescape_formula_cells(df: pd.DataFrame) -> pd.DataFrame:
    """Undo :func:`escape_formula_cells`: drop the leading ``'`` of the text cells that have one."""
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            s = out[col]
            hit = s.astype("string").str.startswith("'").fillna(False).astype(bool)
            if hit.any():
                out.loc[hit, col] = s[hit].astype(str).str[1:]
    return out


def write_csv(df: pd.DataFrame, path: str | Path, *, formula_safe: bool = False, bom: bool = False) -> Path:
    """Write ``df`` as CSV atomically; ``formula_safe`` escapes cells a spreadsheet would run.

    ``bom`` writes UTF-8 with a byte-order mark, which Excel needs to read the file as UTF-8 (without
    it, Excel on Windows shows “ as â€œ).
    """
    frame = escape_formula_cells(df) if formula_safe else df
    encoding = "utf-8-sig" if bom else "utf-8"
    return atomic_write(path, lambda tmp: frame.to_csv(tmp, index=False, encoding=encoding))


def write_parquet(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as Parquet atomically."""
    return atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False))


def check_not_over_inputs(folder: str | Path, tables: dict[str, pd.DataFrame]) -> None:
    """Refuse to write into a folder that holds an input of these tables (it would be overwritten or hidden).

    The inputs are the ``path`` values of the ``articles`` and ``errors``
    tables (a table row's ``#3`` suffix removed). A folder inside an input
    folder is fine: folder runs skip it by its marker.

    Examples
    --------
    >>> import pandas as pd
    >>> check_not_over_inputs("/data/report", {"articles": pd.DataFrame({"path": ["/data/a.txt"]})})
    >>> check_not_over_inputs("/data", {"articles": pd.DataFrame({"path": ["/data/a.txt"]})})
    Traceback (most recent call last):
    ...
    newsanalysis.errors.NewsAnalysisError: /data: the output folder holds the input /data/a.txt; ...
    """
    import re
    from functools import lru_cache

    target = os.path.realpath(folder)
    prefix = target.rstrip(os.sep) + os.sep
    real_dir = lru_cache(maxsize=None)(os.path.realpath)  # one call per folder of inputs, not per input
    for name in ("articles", "errors"):
        df = tables.get(name)
        if df is None or "path" not in df.columns:
            continue
        for path in df["path"].dropna().unique():
            plain = os.path.abspath(re.sub(r"#(?:line)?\d+$", "", str(path)))
            real = os.path.join(real_dir(os.path.dirname(plain)), os.path.basename(plain))
            if real == target or real.startswith(prefix):
                raise NewsAnalysisError(
                    f"the output folder holds the input {path}; writing here would overwrite it or hide it from "
                    "later folder runs; choose another folder",
                    source=str(folder),
                )


def write_tables(folder: str | Path, tables: dict[str, pd.DataFrame], writer: str, suffix: str, *,
                 formula_safe: bool = False, bom: bool = False) -> list[Path]:
    """Write each table as ``<name><suffix>`` into ``folder``, locked, atomically, manifest last."""
    folder = Path(folder)
    check_not_over_inputs(folder, tables)
    options = {"formula_safe": formula_safe, "bom": bom} if suffix == ".csv" else {}
    with writing(folder, writer, options=options) as manifest:
        paths = []
        for name, df in tables.items():
            path = folder / f"{name}{suffix}"
            if suffix == ".csv":
                write_csv(df, path, formula_safe=formula_safe, bom=bom)
            else:
                write_parquet(df, path)
            manifest["tables"][name] = {"rows": len(df), "files": [path.name]}
            paths.append(path)
        write_manifest(folder, manifest, finished=True)
    return paths


# -- the lock ----------------------------------------------------------------------------------------

try:
    import fcntl as _fcntl
except ImportError:  # pragma: no cover - Windows: pid checks only
    _fcntl = None

_HELD: dict[str, list] = {}  # real path of a locked folder -> [OutputLock, depth] (re-entrant per process)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def _command() -> str:
    return " ".join(sys.argv)[:300] or "python"


class OutputLock:
    """One writer per output folder: a context manager holding ``folder/.newsanalysis-lock``.

    The lock file holds the pid, host, start time and command of the run, and
    is ``flock``-ed while held: when the writer dies (even by SIGKILL) the
    kernel drops the lock, and the next run takes the stale file over. Nested
    use in one process (the CLI holds the lock across analysis and report) is
    re-entrant.

    Parameters
    ----------
    folder : str or pathlib.Path
        The output folder (created with ``create=True``).
    create : bool
        Create the folder (and its parents) when missing; a folder created here
        and left empty is removed again on release.

    Raises
    ------
    OutputBusyError
        When another run holds the lock; the message names the folder and that
        run (pid, host, start time, command).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> with OutputLock(d, create=True):
    ...     (d / LOCK_FILE).exists()
    True
    >>> d.exists()  # created for the run, left empty: removed
    False
    """

    def __init__(self, folder: str | Path, *, create: bool = False) -> None:
        self.folder = Path(folder)
        self.create = create
        self._fd: int | None = None
        self._created: Path | None = None
        self.stale: dict | None = None  # the lock of a dead run this one took over

    @property
    def path(self) -> Path:
        return self.folder / LOCK_FILE

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def _key(self) -> str:
        return os.path.realpath(self.folder)

    def acquire(self) -> None:
        folder = self.folder
        if folder.exists() and not folder.is_dir():
            raise OutputExistsError("exists and is not a folder", source=str(folder))
        if not folder.exists():
            if not self.create:
                raise NewsAnalysisError("no such folder", source=str(folder))
            top = folder
            while not top.parent.exists():
                top = top.parent
            folder.mkdir(parents=True, exist_ok=True)
            self._created = top
        held = _HELD.get(self._key())
        if held is not None:
            held[1] += 1
            self._fd = -1  # re-entrant use: the outer lock owns the file
            return
        for _ in range(20):
            if self._try_acquire():
                _HELD[self._key()] = [self, 1]
                if self.stale:
                    warnings.warn(f"{folder}: took over the lock of a run that is gone (pid "
                                  f"{self.stale.get('pid', '?')}, started {self.stale.get('started', '?')}); "
                                  "its output may be partial", UserWarning, stacklevel=3)
                return
        raise OutputBusyError(  # pragma: no cover - the lock file kept changing under us
            "the lock file keeps changing; is another run starting and stopping?", source=str(folder)
        )

    def _try_acquire(self) -> bool:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        if _fcntl is None:  # pragma: no cover - no flock: exclusive creation, pid check for stale locks
            return self._try_exclusive()
        try:
            fd = os.open(self.path, flags, 0o644)
        except OSError as exc:
            raise NewsAnalysisError(f"cannot create the lock file {LOCK_FILE} ({exc.strerror or exc})",
                                    source=str(self.folder)) from None
        for attempt in range(5):
            try:
                _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if attempt < 4:  # is_locked() probes hold the lock for an instant: not a writer
                    time.sleep(0.05)
                    continue
                info = _read_lock_info(fd)
                os.close(fd)
                raise OutputBusyError(_busy_message(info), source=str(self.folder)) from None
        # the holder may have released (unlinked) the file between our open and our flock
        try:
            same = os.fstat(fd).st_ino == os.stat(self.path, follow_symlinks=False).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            os.close(fd)
            return False
        old = _read_lock_info(fd)
        if old:
            self.stale = old
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(_lock_info()).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd
        return True

    def _try_exclusive(self) -> bool:  # pragma: no cover - only where fcntl is missing
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags, 0o644)
        except FileExistsError:
            try:
                info = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                info = {}
            if info.get("host") == socket.gethostname() and not _pid_alive(int(info.get("pid", -1))):
                self.stale = info
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                return False
            raise OutputBusyError(_busy_message(info), source=str(self.folder)) from None
        os.write(fd, json.dumps(_lock_info()).encode("utf-8"))
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        key = self._key()
        held = _HELD.get(key)
        if self._fd == -1:  # inner, re-entrant use
            if held is not None:
                held[1] -= 1
            self._fd = None
            return
        if held is not None and held[0] is self:
            del _HELD[key]
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None
        if self._created is not None:  # a folder made for a run that wrote nothing: leave no trace
            with contextlib.suppress(OSError):
                for d in [self.folder, *self.folder.parents]:
                    d.rmdir()
                    if d == self._created:
                        break


def _lock_info() -> dict:
    return {"pid": os.getpid(), "host": socket.gethostname(), "started": _now(), "command": _command()}


def _read_lock_info(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 10_000)
        info = json.loads(data.decode("utf-8")) if data.strip() else {}
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def _busy_message(info: dict) -> str:
    who = (f"pid {info.get('pid', '?')} on {info.get('host', '?')}, started {info.get('started', '?')}: "
           f"{info.get('command', '?')}")
    return (f"another newsanalysis run is writing into this folder ({who}); wait for it to finish or "
            "choose another output folder")


def is_locked(folder: str | Path) -> dict | None:
    """The lock information of the run writing ``folder``, or None when no live run holds it.

    Examples
    --------
    >>> import tempfile
    >>> is_locked(tempfile.mkdtemp()) is None
    True
    """
    path = Path(folder) / LOCK_FILE
    if not path.is_file():
        return None
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        if _fcntl is None:  # pragma: no cover
            info = _read_lock_info(fd)
            return info if _pid_alive(int(info.get("pid", -1))) else None
        try:
            _fcntl.flock(fd, _fcntl.LOCK_SH | _fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_lock_info(fd) or {"pid": "?"}
        return None
    finally:
        os.close(fd)


# -- the manifest ------------------------------------------------------------------------------------


def describe_source(source) -> object:
    """A JSON-able description of a run's inputs, for the manifest (paths resolved, texts hashed)."""
    import hashlib

    from .load import Article

    if isinstance(source, Path):
        return str(source.resolve())
    if isinstance(source, str):
        return "text sha1:" + hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    if isinstance(source, Article):
        return f"article {source.id}"
    if type(source).__name__ == "DataFrame" and hasattr(source, "columns"):
        return f"DataFrame of {len(source)} rows"
    if isinstance(source, (list, tuple)):
        if len(source) > 1000:
            return f"list of {len(source)} inputs"
        return [describe_source(s) for s in source]
    return f"an iterable ({type(source).__name__})"


def new_manifest(writer: str, *, inputs: object = None, options: dict | None = None) -> dict:
    """The manifest of a run that starts now (status ``running``)."""
    return {
        "format": MANIFEST_FORMAT,
        "writer": writer,
        "newsanalysis": __version__,
        "status": "running",
        "started": _now(),
        "updated": _now(),
        "finished": None,
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "command": _command(),
        "inputs": inputs,
        "options": options or {},
        "tables": {},
        "articles": 0,
        "errors": 0,
    }


def write_manifest(folder: str | Path, manifest: dict, *, finished: bool = False) -> dict:
    """Write ``manifest`` into ``folder`` atomically (``finished=True`` marks the run complete).

    The counts of articles and errors are taken from ``manifest["tables"]``.

    Examples
    --------
    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> m = new_manifest("example", inputs=["a.txt"])
    >>> m["tables"]["articles"] = {"rows": 1, "files": ["articles.csv"]}
    >>> _ = write_manifest(d, m)
    >>> read_manifest(d)["status"]
    'running'
    >>> _ = write_manifest(d, m, finished=True)
    >>> {k: read_manifest(d)[k] for k in ("status", "articles", "errors", "inputs")}
    {'status': 'finished', 'articles': 1, 'errors': 0, 'inputs': ['a.txt']}
    """
    manifest["updated"] = _now()
    if finished:
        manifest["status"] = "finished"
        manifest["finished"] = manifest["updated"]
    tables = manifest.get("tables", {})
    manifest["articles"] = tables.get("articles", {}).get("rows", 0)
    manifest["errors"] = tables.get("errors", {}).get("rows", 0)
    write_text(Path(folder) / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def read_manifest(folder: str | Path) -> dict | None:
    """The manifest of an output folder, or None when it has none (or it cannot be read).

    Examples
    --------
    >>> import tempfile
    >>> read_manifest(tempfile.mkdtemp()) is None
    True
    """
    path = Path(folder) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


# -- reading an output folder back -------------------------------------------------------------------


def read_csv_table(path: str | Path, name: str, *, unescape_formulas: bool = False) -> pd.DataFrame:
    """Read a table that newsanalysis wrote as CSV back with the dtypes of its schema.

    Only empty cells are missing values (a sentence ``NA`` stays text). With
    ``unescape_formulas`` the ``'`` that ``formula_safe`` CSV export put before
    a cell is removed again.
    """
    import pandas as pd

    from . import schema

    cols = schema.SCHEMAS[name]
    dtypes = {c: t for c, t in cols.items() if not t.startswith("datetime")}
    df = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
    if unescape_formulas:
        df = unescape_formula_cells(df)
    for c, t in cols.items():
        if t.startswith("datetime") and c in df.columns:
            df[c] = pd.to_datetime(df[c]).astype(t)
    return df


def _read_table(folder: Path, name: str, entry: dict, unescape: bool) -> pd.DataFrame:
    files = [folder / f for f in entry.get("files", [])]
    parquet = [f for f in files if f.suffix == ".parquet" or f.is_dir()]
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        parquet = []
    if parquet:
        import pandas as pd

        return pd.read_parquet(parquet[0])
    csvs = [f for f in files if f.suffix == ".csv"]
    if not csvs:
        raise NewsAnalysisError(f"the manifest lists no readable file for table {name!r}", source=str(folder))
    return read_csv_table(csvs[0], name, unescape_formulas=unescape)


def read_output(folder: str | Path, *, partial: str = "raise") -> AnalysisResult:
    """Read back the tables of a folder newsanalysis wrote, after checking that its run finished.

    Works on the folders of :func:`~newsanalysis.analyze_to` (Parquet parts),
    :meth:`AnalysisResult.to_csv <newsanalysis.tables.AnalysisResult.to_csv>`,
    ``to_parquet``, :func:`~newsanalysis.write_report` and
    ``newsanalysis report`` (its ``tables/``). The folder's manifest says which
    files hold each table and how many rows each has; both are checked.

    Parameters
    ----------
    folder : str or pathlib.Path
        The output folder.
    partial : {"raise", "warn"}
        What to do with a folder whose run did not finish (killed, disk full,
        still running), has no manifest (written by newsanalysis before 0.3,
        or not by newsanalysis), or whose tables do not have the rows the
        manifest lists: raise :class:`~newsanalysis.NewsAnalysisError`
        (default), or warn and read what is there.

    Returns
    -------
    AnalysisResult
        The five tables, with the dtypes of :mod:`newsanalysis.schema`.

    Examples
    --------
    >>> import tempfile
    >>> import newsanalysis as na
    >>> folder = tempfile.mkdtemp()
    >>> _ = na.analyze("“We won,” Ann said.").to_csv(folder)
    >>> na.read_output(folder)
    AnalysisResult(1 articles, 1 sentences, 1 statements, 1 people quoted, 0 other sources, 0 errors)
    >>> import pathlib, json
    >>> m = pathlib.Path(folder) / "newsanalysis-manifest.json"
    >>> _ = m.write_text(json.dumps({**json.loads(m.read_text()), "status": "running"}))
    >>> na.read_output(folder)
    Traceback (most recent call last):
    ...
    newsanalysis.errors.NewsAnalysisError: ...: the run that wrote this folder did not finish: ...
    """
    from . import schema
    from .tables import AnalysisResult

    if partial not in ("raise", "warn"):
        raise NewsAnalysisError(f"partial must be 'raise' or 'warn', not {partial!r}")
    folder = Path(folder)
    if not folder.is_dir():
        raise NewsAnalysisError("no such folder", source=str(folder))
    problems: list[str] = []
    manifest = read_manifest(folder)
    if manifest is None:
        problems.append(f"it has no {MANIFEST}, so nothing says its run finished (written by an older "
                        "version, interrupted before it started, or not by newsanalysis)")
        manifest = {"tables": _guess_tables(folder)}
    elif manifest.get("status") != "finished":
        busy = is_locked(folder)
        state = (f"it is still being written by pid {busy.get('pid')}" if busy else
                 "it was stopped (killed, out of disk, or failed)")
        cli = manifest.get("writer") == "cli-report" or (folder / "chunks" / MANIFEST).is_file()
        hint = ("; finish it with analyze_to(..., resume=True)" if manifest.get("writer") == "analyze_to"
                else "; finish it with newsanalysis report --resume" if cli else "; write it again")
        problems.append(f"the run that wrote this folder did not finish: {state}{hint}")
    unescape = bool(manifest.get("options", {}).get("formula_safe"))
    frames = {}
    for name in schema.SCHEMAS:
        entry = manifest.get("tables", {}).get(name)
        if entry is None:
            problems.append(f"table {name!r} is missing")
            frames[name] = schema.empty_frame(schema.SCHEMAS[name])
            continue
        try:
            df = _read_table(folder, name, entry, unescape)
        except (OSError, ValueError) as exc:
            if partial == "raise" and not problems:
                raise NewsAnalysisError(f"table {name!r} cannot be read ({exc})", source=str(folder)) from None
            problems.append(f"table {name!r} cannot be read ({exc})")
            df = schema.empty_frame(schema.SCHEMAS[name])
        if "rows" in entry and len(df) != entry["rows"]:
            problems.append(f"table {name!r} has {len(df)} rows, the manifest lists {entry['rows']}")
        frames[name] = df
    if problems:
        message = "; ".join(problems)
        if partial == "raise":
            raise NewsAnalysisError(message, source=str(folder))
        warnings.warn(f"{folder}: {message}", stacklevel=2)
    q = frames["quotes"]
    if "cue_type" not in q.columns and {"cue", "kind", "text"} <= set(q.columns):
        # written before 0.4.0: what each cue reports is read from the cue, as the pipeline does
        from .attribution.lexicon import quote_cue_type

        def _s(v: object) -> str | None:
            return v if isinstance(v, str) else None

        types = [
            quote_cue_type(_s(c), _s(k), _s(t) or "")
            for c, k, t in zip(q["cue"].astype(object), q["kind"].astype(object), q["text"].astype(object))
        ]
        q.insert(q.columns.get_loc("cue") + 1, "cue_type", types)
        q["cue_type"] = q["cue_type"].astype("string")
    if "affiliation" not in q.columns and "source_kind" in q.columns:
        # written before 0.5.0: no source was read as speaking for someone
        import pandas as pd

        q.insert(q.columns.get_loc("source_kind") + 1, "affiliation", pd.array([None] * len(q), dtype="string"))
    if "rule" not in q.columns and "cue_type" in q.columns:
        # written before 0.5.1: which rule attributed a quote was not recorded
        import pandas as pd

        q.insert(q.columns.get_loc("cue_type") + 1, "rule", pd.array([None] * len(q), dtype="string"))
    a = frames["articles"]
    if "quote_style" not in a.columns and "n_sentences" in a.columns:
        # written before 0.5.0: the quotation style was not read (single marks were never quotes)
        import pandas as pd

        a["quote_style"] = pd.array([None] * len(a), dtype="string")
    sents = frames["sentences"]
    if "reported" not in sents.columns and "in_quote" in sents.columns:
        # written before 0.5.0: reported speech was not located in sentences (unknown, so missing)
        import pandas as pd

        sents["reported"] = pd.array([None] * len(sents), dtype="float64")
        sents["reported_speaker"] = pd.array([None] * len(sents), dtype="string")
    if "person" in frames["quotes"].columns and "person" in frames["speakers"].columns:
        from .persons import link_people

        # parts (analyze_to) name people within each article: link them across the run, as analyze() does
        frames["quotes"], frames["speakers"] = link_people(frames["quotes"], frames["speakers"])
    return AnalysisResult(**frames)


def _guess_tables(folder: Path) -> dict:
    """Table files of a folder without a manifest (as written before manifests existed)."""
    from . import schema

    found = {}
    for name in schema.SCHEMAS:
        for candidate in (folder / name, folder / f"{name}.parquet", folder / f"{name}.csv",
                          folder / "tables" / f"{name}.parquet", folder / "tables" / f"{name}.csv"):
            if candidate.exists():
                found[name] = {"files": [candidate.relative_to(folder).as_posix()]}
                break
    return found


@contextlib.contextmanager
def writing(folder: Path, writer: str, *, inputs: object = None, options: dict | None = None) -> Iterator[dict]:
    """Lock ``folder``, mark it, start its manifest; on a clean exit the caller marks it finished."""
    with OutputLock(folder, create=True):
        mark_output_folder(folder)
        manifest = write_manifest(folder, new_manifest(writer, inputs=inputs, options=options))
        yield manifest
