"""The ``newsanalysis`` command: a thin layer over :func:`~newsanalysis.analyze` and the report.

::

    newsanalysis report PATH... --out DIR [--formats png,svg,pdf] [--title TEXT] [--jobs N]
                        [--force | --resume] [--chunk-size N] [--follow-links] [--drop-duplicates]
                        [--formula-safe]
    newsanalysis quotes FILE

Errors are one line on stderr with a non-zero exit code (1: the input or the
output was refused; 2: the command line was wrong; 130: interrupted; 143:
terminated by SIGTERM). Text from articles (quotes, ids, file names in
warnings) is printed with control characters escaped.

``report`` holds a lock on DIR from its first check to its last file, saves
its analysis chunk by chunk in ``DIR/chunks`` (with pyarrow) until the report
is written, and ``--resume`` finishes a run that was killed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
import warnings
from pathlib import Path

from . import __version__
from .errors import NewsAnalysisError, printable

__all__ = ["main"]

_PROG = "newsanalysis"


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (no usage block, no traceback)."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_PROG,
        description="Who is quoted in the news, how often, saying what, in what tone. "
        "Articles in; tables, charts and an HTML report out.",
        epilog="Examples:\n"
        "  newsanalysis report data/articles --out reports/demo\n"
        "  newsanalysis report a.txt b.txt more.jsonl --out out --formats png,svg,pdf --jobs 2\n"
        "  newsanalysis report data/articles --out reports/bridge --title 'Harbor bridge coverage'\n"
        "  newsanalysis quotes data/articles/2025-05-20-trump-putin-call.txt\n\n"
        "Exit codes: 0 done, 1 input or output refused, 2 bad command line, 130 interrupted, 143 terminated.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    _add_report_command(sub)
    _add_quotes_command(sub)
    return parser


def _add_report_command(sub) -> None:
    """The ``report`` command and its options."""
    rep = sub.add_parser(
        "report",
        help="analyse articles and write tables, charts and report.html into a folder",
        description="Analyse articles and write into DIR: tables/ (articles, sentences, quotes, statements, "
        "speakers, people, sources and errors, as CSV, and as Parquet too when pyarrow is installed), charts/ (every chart in each format asked for) and "
        "a self-contained report.html (charts inline, the most quoted people, every statement by person with "
        "its article and sentence, methods and limits, the inputs that failed and why). Nothing is written "
        "outside DIR.",
    )
    rep.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=Path,
        help="article files (.txt, .md), folders of them (read recursively), or CSV/JSONL tables of "
        "articles (a 'text' column; optional id, title, date, source)",
    )
    rep.add_argument("--out", "-o", required=True, type=Path, metavar="DIR", help="report folder (created)")
    rep.add_argument(
        "--formats",
        default="png",
        metavar="LIST",
        help="chart files to write, comma-separated, among png, svg, pdf (default: %(default)s; SVG and PDF, "
        "for editing and print, take several times longer to write)",
    )
    rep.add_argument("--title", default="newsanalysis report", metavar="TEXT",
                     help="title of report.html (default: %(default)r)")
    rep.add_argument("--jobs", "-j", type=_positive_int, default=1, metavar="N",
                     help="worker processes for the analysis (default: %(default)s)")
    rep.add_argument("--force", action="store_true",
                     help="write into DIR even if it is not empty (same-named files are replaced)")
    rep.add_argument("--resume", action="store_true",
                     help="finish the interrupted run in DIR (killed, out of disk): the chunks it wrote are kept, "
                     "the rest analysed; give the same PATHs (needs pyarrow)")
    rep.add_argument("--chunk-size", type=_positive_int, default=None, metavar="N",
                     help="articles analysed and saved together; a resumed run redoes at most one chunk "
                     "(default: 200)")
    rep.add_argument("--follow-links", action="store_true",
                     help="in folders, follow symbolic links that lead out of the folder or to a folder "
                     "(by default each is listed as a failed input)")
    rep.add_argument("--drop-duplicates", action="store_true",
                     help="leave out each article that repeats an earlier one (same outlet, date and title, or the "
                     "same text: one story in two downloads); each is listed as a warning (by default repeats are "
                     "analysed and flagged in articles.duplicate_of)")
    rep.add_argument("--formula-safe", action="store_true",
                     help="put ' before CSV cells starting with = + - @ so spreadsheets show them as text")
    rep.add_argument("--dpi", type=_positive_int, default=200, help="resolution of PNG charts (default: %(default)s)")
    rep.add_argument("--max-article-charts", type=_positive_int, default=12, metavar="N",
                     help="draw per-article charts for at most N articles, the most quoted (default: %(default)s)")
    rep.add_argument("--aliases", type=Path, metavar="CSV",
                     help="merge map for people: a CSV of two columns, a form as written and the name to count "
                     "it under (header 'alias,person' optional), e.g. 'Donald J. Trump,Donald Trump'")
    order = rep.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="dayfirst", action="store_const", const=True, default=None,
                       help="read numeric dates day first: 04/03/2025 is 4 March 2025 (by default a numeric date "
                       "that reads both ways is refused as ambiguous: its article is analysed without a date, "
                       "with a warning)")
    order.add_argument("--monthfirst", dest="dayfirst", action="store_const", const=False,
                       help="read numeric dates month first: 04/03/2025 is April 3, 2025")
    rep.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")


def _add_quotes_command(sub) -> None:
    """The ``quotes`` command and its options."""
    quo = sub.add_parser(
        "quotes",
        help="print the quotes of an article in the terminal",
        description="Print the quotes found in FILE: speaker, kind (direct, partial, indirect, mention), "
        "tone (VADER compound) and text. FILE is one article, or a CSV/JSONL table of articles.",
    )
    quo.add_argument("file", metavar="FILE", type=Path, help="an article file or a CSV/JSONL table of articles")
    quo.add_argument("--speech-only", action="store_true",
                     help="leave out 'mention' rows (scare quotes, titles: nobody's speech)")


def _check_inputs(paths: list[Path]) -> None:
    for p in paths:
        if not p.exists():
            raise NewsAnalysisError("no such file or folder", source=str(p))


def _report(args) -> int:
    from .outfolder import OutputLock
    from .persons import read_aliases
    from .plot import parse_formats

    _check_inputs(args.paths)
    check_out_of_inputs(args.out, args.paths)
    aliases = read_aliases(args.aliases) if args.aliases is not None else None
    formats = parse_formats(args.formats)
    # one path is passed as such: analyze counts a list's items (folders) for its progress bar
    source = args.paths[0] if len(args.paths) == 1 else args.paths
    with OutputLock(args.out, create=True):  # one writer, from the check of --out to the last file
        return _report_locked(args, source, formats, aliases)


def _report_locked(args, source, formats, aliases=None) -> int:
    from .corpus import DEFAULT_CHUNK_SIZE, analyze, analyze_to
    from .output import (
        MANIFEST,
        describe_source,
        mark_output_folder,
        new_manifest,
        read_manifest,
        read_output,
        write_manifest,
    )
    from .persons import link_people
    from .report import check_out, write_report

    chunks = args.out / "chunks"  # the analysis, saved chunk by chunk until the report is written
    done = read_manifest(args.out)
    if args.resume and done and done.get("writer") == "cli-report" and done.get("status") == "finished":
        shutil.rmtree(chunks, ignore_errors=True)
        if not args.quiet:
            print(f"{_safe(args.out)}: the report is already complete; nothing to resume")
        return 0
    resuming = args.resume and (chunks / MANIFEST).is_file()
    if not resuming and not args.force and (chunks / MANIFEST).is_file():
        raise NewsAnalysisError("holds an interrupted run; finish it with --resume, or start again with --force",
                                source=str(args.out))
    # killed before its first chunk was saved: the report's own running manifest is there, nothing else to keep
    started = args.resume and done is not None and done.get("writer") in ("cli-report", "write_report")
    if not resuming and not started:
        check_out(args.out, force=args.force)  # fail before the (possibly long) analysis
        mark_output_folder(args.out)
        write_manifest(args.out, new_manifest("cli-report", inputs=describe_source(source),
                                              options={"jobs": args.jobs, "formats": list(formats)}))
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        if args.resume:
            raise NewsAnalysisError("--resume needs pyarrow: pip install 'newsanalysis[parquet]'") from None
        result = analyze(source, n_jobs=args.jobs, progress=not args.quiet, follow_links=args.follow_links,
                         aliases=aliases, dayfirst=args.dayfirst, drop_duplicates=args.drop_duplicates)
    else:
        analyze_to(source, chunks, chunk_size=args.chunk_size or DEFAULT_CHUNK_SIZE, n_jobs=args.jobs,
                   progress=not args.quiet, overwrite=not resuming, resume=resuming,
                   follow_links=args.follow_links, dayfirst=args.dayfirst, drop_duplicates=args.drop_duplicates)
        result = read_output(chunks)  # people linked across the run
        if aliases:
            result.quotes, result.speakers = link_people(result.quotes, result.speakers, aliases=aliases)
            result.aliases = dict(aliases)
    page = write_report(result, args.out, formats=formats, force=True, dpi=args.dpi,
                        max_article_charts=args.max_article_charts, title=args.title,
                        formula_safe=args.formula_safe, progress=not args.quiet)
    manifest = read_manifest(args.out) or {}
    manifest.update(writer="cli-report", inputs=describe_source(source))
    manifest.setdefault("options", {}).update(jobs=args.jobs, formats=list(formats), resumed=resuming)
    write_manifest(args.out, manifest, finished=True)
    shutil.rmtree(chunks, ignore_errors=True)
    warned = int((result.errors["kind"] == "warning").sum())
    n_ok, n_failed = len(result.articles), len(result.errors) - warned
    if not args.quiet:
        print(f"{n_ok} article(s) analysed, {n_failed} failed; report: {_safe(page)}")
    if n_failed:
        print(f"{_PROG}: warning: {n_failed} input(s) could not be analysed; they are listed in {page.name}",
              file=sys.stderr)
    left_out = int(((result.errors["kind"] == "warning")
                    & ~result.errors["article_id"].isin(result.articles["article_id"])).sum())
    warned -= left_out
    if warned:
        print(f"{_PROG}: warning: {warned} article(s) analysed with a warning (e.g. a date that cannot be read); "
              f"they are listed in {page.name}", file=sys.stderr)
    if left_out:
        print(f"{_PROG}: {left_out} article(s) left out as repeats of another (--drop-duplicates); "
              f"they are listed in {page.name}", file=sys.stderr)
    if n_ok == 0:
        print(f"{_PROG}: error: no input could be analysed", file=sys.stderr)
        return 1
    return 0


def _quotes(args) -> int:
    from .corpus import analyze

    _check_inputs([args.file])
    if args.file.is_dir():
        raise NewsAnalysisError("is a folder; give one article file (or use 'newsanalysis report')",
                                source=str(args.file))
    result = analyze(args.file, progress=False)
    if result.articles.empty and not result.errors.empty:
        raise NewsAnalysisError(str(result.errors["error"].iloc[0]), source=str(args.file))
    quotes = result.quotes
    if args.speech_only:
        quotes = quotes[quotes["kind"] != "mention"]
    print(format_quotes(quotes, width=shutil.get_terminal_size((100, 24)).columns))
    for row in result.errors.itertuples(index=False):
        print(f"{_PROG}: warning: {_safe(row.article_id)}: {_safe(row.error)}", file=sys.stderr)
    return 0


def _safe(value: object) -> str:
    """``value`` with control characters escaped (see :func:`newsanalysis.errors.printable`)."""
    return printable(value)


def check_out_of_inputs(out: Path, paths: list[Path]) -> None:
    """Refuse an output folder that would overwrite or hide inputs.

    ``--out`` may not be an input folder or file, may not hold an input, and
    may be a folder inside an input folder only when it is new, empty or an
    earlier newsanalysis output (folder runs skip it by its marker): a
    subfolder holding other files would have them overwritten and hidden.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> check_out_of_inputs(d / "report", [d])
    >>> check_out_of_inputs(d, [d])
    Traceback (most recent call last):
    ...
    newsanalysis.errors.NewsAnalysisError: ...: --out is the input folder ...
    """
    target = Path(out).resolve()
    for p in paths:
        src = Path(p).resolve()
        if target == src:
            kind = "folder" if src.is_dir() else "file"
            raise NewsAnalysisError(
                f"--out is the input {kind} {p}; the report would overwrite inputs and hide them from "
                "later folder runs; choose another folder (a new subfolder is fine)",
                source=str(out),
            )
        if src.is_relative_to(target):
            raise NewsAnalysisError(f"--out holds the input {p}; choose a folder that holds no input",
                                    source=str(out))
        if src.is_dir() and target.is_relative_to(src) and target.is_dir() and _holds_inputs(target):
            raise NewsAnalysisError(
                f"--out is a folder inside the input folder {p} and holds files that are not a newsanalysis "
                "output; the report would overwrite them and hide them from later runs; choose a new folder",
                source=str(out),
            )


def _holds_inputs(folder: Path) -> bool:
    """Whether ``folder`` holds files that are not newsanalysis output (it has no output marker)."""
    from .outfolder import HOUSEKEEPING, MANIFEST, OUTPUT_MARKER

    if (folder / OUTPUT_MARKER).exists() or (folder / MANIFEST).exists():
        return False
    return any(p.name not in HOUSEKEEPING for p in folder.iterdir())


def format_quotes(quotes, *, width: int = 100) -> str:
    """The quotes table as readable terminal text: one block per article, quote text wrapped.

    Examples
    --------
    >>> import newsanalysis as na
    >>> print(format_quotes(na.quotes("“We will win,” Ann said. Bo said that taxes fall."), width=60))
    text-...: 2 statements in 2 rows
      #  Speaker  Kind      Tone  Quote
      1  Ann      direct   +0.59  “We will win,”
      2  Bo       indirect +0.00  taxes fall
    """
    if quotes.empty:
        return "No quotes found."
    blocks = []
    for aid, q in quotes.groupby("article_id", sort=False):
        speakers = q["speaker"].astype("string").fillna("—").tolist()
        speakers = [s if len(s) <= 24 else s[:23] + "…" for s in speakers]
        w_n, w_s = len(str(len(q))), max(7, *map(len, speakers))
        head = f"{'#':>{w_n + 2}}  {'Speaker':<{w_s}}  {'Kind':<8} {'Tone':>5}  Quote"
        indent = " " * (w_n + 2 + 2 + w_s + 2 + 8 + 1 + 5 + 2)
        n = int(q["statement"].dropna().nunique()) if "statement" in q.columns else len(q)
        # statements, as every count of the package counts them; the rows below are the table's rows
        lines = [f"{aid}: {n} statement{'s' if n != 1 else ''} in {len(q)} row{'s' if len(q) != 1 else ''}", head]
        for i, (row, who) in enumerate(zip(q.itertuples(index=False), speakers), start=1):
            prefix = f"{i:>{w_n + 2}}  {who:<{w_s}}  {row.kind:<8} {row.compound:+.2f}  "
            text = " ".join(str(row.text).split())
            if row.kind != "indirect":  # reported speech is not in quotation marks
                text = f"“{text}”"
            wrapped = textwrap.wrap(text, width=max(20, width - len(indent))) or [""]
            lines.append(prefix + wrapped[0])
            lines += [indent + part for part in wrapped[1:]]
        blocks.append("\n".join(lines))
    return _safe_lines("\n\n".join(blocks))


def _safe_lines(text: str) -> str:
    return "\n".join(_safe(line) for line in text.split("\n"))


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Examples
    --------
    >>> main(["quotes", "no/such/file.txt"])
    1
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a one-line usage error
        return int(exc.code or 0)
    previous = _install_signals()
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            return _report(args) if args.command == "report" else _quotes(args)
    except NewsAnalysisError as exc:
        print(f"{_PROG}: error: {_safe(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"{_PROG}: error: {_safe(where)}{_safe(exc.strerror or exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        code = 143 if isinstance(exc, _Terminated) else 130
        print(f"{_PROG}: interrupted; the output folder is consistent (see --resume)", file=sys.stderr)
        return code
    except Exception as exc:  # a bug: still one line, and say so
        print(f"{_PROG}: internal error: {type(exc).__name__}: {_safe(exc)} (please report this)", file=sys.stderr)
        return 1
    finally:
        _restore_signals(previous)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"{_PROG}: warning: {_safe(message)}", file=sys.stderr)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that locks are released and the run stops cleanly."""


def _on_sigterm(signum, frame):
    raise _Terminated()


def _install_signals():
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _on_sigterm)


def _restore_signals(previous) -> None:
    import signal

    if previous is not None:
        signal.signal(signal.SIGTERM, previous)
