"""Reading an output folder back: :func:`read_output`, above the tables and the people.

The folder protocol itself (atomic files, the lock, the manifest, the output
marker) is :mod:`newsanalysis.outfolder`, which imports nothing of the
pipeline; its names are importable from here too, as before.
"""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import pandas as pd

from . import schema
from .attribution.lexicon import quote_cue_type
from .errors import NewsAnalysisError
from .load import Article
from .outfolder import (
    HOUSEKEEPING,
    LOCK_FILE,
    MANIFEST,
    MANIFEST_FORMAT,
    OUTPUT_MARKER,
    OutputLock,
    atomic_write,
    check_not_over_inputs,
    escape_formula_cells,
    is_locked,
    mark_output_folder,
    new_manifest,
    read_manifest,
    remove_temporaries,
    unescape_formula_cells,
    write_csv,
    write_manifest,
    write_parquet,
    write_tables,
    write_text,
    writing,
)
from .persons import link_people
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

# the protocol's other names, importable from here as they were before it had a module of its own
_PROTOCOL = (HOUSEKEEPING, MANIFEST_FORMAT, check_not_over_inputs, escape_formula_cells, is_locked, new_manifest,
             remove_temporaries, unescape_formula_cells, write_csv, write_parquet, write_tables, write_text, writing)


def describe_source(source) -> object:
    """A JSON-able description of a run's inputs, for the manifest (paths resolved, texts hashed)."""
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




# -- reading an output folder back -------------------------------------------------------------------


def read_csv_table(path: str | Path, name: str, *, unescape_formulas: bool = False) -> pd.DataFrame:
    """Read a table that newsanalysis wrote as CSV back with the dtypes of its schema.

    Only empty cells are missing values (a sentence ``NA`` stays text). With
    ``unescape_formulas`` the ``'`` that ``formula_safe`` CSV export put before
    a cell is removed again.
    """
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
    if partial not in ("raise", "warn"):
        raise NewsAnalysisError(f"partial must be 'raise' or 'warn', not {partial!r}")
    folder = Path(folder)
    if not folder.is_dir():
        raise NewsAnalysisError("no such folder", source=str(folder))
    problems: list[str] = []
    manifest = _checked_manifest(folder, problems)
    frames = _read_tables(folder, manifest, partial, problems)
    if problems:
        message = "; ".join(problems)
        if partial == "raise":
            raise NewsAnalysisError(message, source=str(folder))
        warnings.warn(f"{folder}: {message}", stacklevel=2)
    _add_later_columns(frames)
    if "person" in frames["quotes"].columns and "person" in frames["speakers"].columns:
        # parts (analyze_to) name people within each article: link them across the run, as analyze() does
        frames["quotes"], frames["speakers"] = link_people(frames["quotes"], frames["speakers"])
    return AnalysisResult(**frames)


def _checked_manifest(folder: Path, problems: list[str]) -> dict:
    """The folder's manifest (guessed when there is none); appends to ``problems`` why its run may not have finished."""
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
    return manifest


def _read_tables(folder: Path, manifest: dict, partial: str, problems: list[str]) -> dict[str, pd.DataFrame]:
    """Each table the manifest lists, checked against its rows; a missing or unreadable one is empty.

    Appends what is wrong to ``problems``; raises at once when a table cannot be read, ``partial`` is
    ``"raise"`` and nothing was wrong before.
    """
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
    return frames


def _add_later_columns(frames: dict[str, pd.DataFrame]) -> None:
    """In place: the columns added in later versions, to the tables of a folder written before them."""
    q = frames["quotes"]
    if "cue_type" not in q.columns and {"cue", "kind", "text"} <= set(q.columns):
        # written before 0.4.0: what each cue reports is read from the cue, as the pipeline does
        def _s(v: object) -> str | None:
            return v if isinstance(v, str) else None

        types = [
            quote_cue_type(_s(c), _s(k), _s(t) or "")
            for c, k, t in zip(q["cue"].astype(object), q["kind"].astype(object), q["text"].astype(object))
        ]
        q.insert(q.columns.get_loc("cue") + 1, "cue_type", types)
        q["cue_type"] = q["cue_type"].astype("string")
    # columns added later, empty in a folder written before them, each in its place (after the column named):
    # affiliation (0.5.0: no source was read as speaking for someone), rule and speaker_rule (0.5.1: which rule
    # attributed a quote, which step resolved its speaker, were not recorded)
    for column, after in (("affiliation", "source_kind"), ("rule", "cue_type"), ("speaker_rule", "rule")):
        if column not in q.columns and after in q.columns:
            q.insert(q.columns.get_loc(after) + 1, column, pd.array([None] * len(q), dtype="string"))
    a = frames["articles"]
    if "quote_style" not in a.columns and "n_sentences" in a.columns:
        # written before 0.5.0: the quotation style was not read (single marks were never quotes)
        a["quote_style"] = pd.array([None] * len(a), dtype="string")
    sents = frames["sentences"]
    if "reported" not in sents.columns and "in_quote" in sents.columns:
        # written before 0.5.0: reported speech was not located in sentences (unknown, so missing)
        sents["reported"] = pd.array([None] * len(sents), dtype="float64")
        sents["reported_speaker"] = pd.array([None] * len(sents), dtype="string")


def _guess_tables(folder: Path) -> dict:
    """Table files of a folder without a manifest (as written before manifests existed)."""
    found = {}
    for name in schema.SCHEMAS:
        for candidate in (folder / name, folder / f"{name}.parquet", folder / f"{name}.csv",
                          folder / "tables" / f"{name}.parquet", folder / "tables" / f"{name}.csv"):
            if candidate.exists():
                found[name] = {"files": [candidate.relative_to(folder).as_posix()]}
                break
    return found


