"""Corpus runs: many articles through the pipeline, with every failure accounted for."""

from __future__ import annotations

from .errors import NewsAnalysisError
from .load import LoadFailure, iter_inputs
from .tables import AnalysisResult, article_records, build_tables, error_records, merge_records

__all__ = ["analyze"]


def analyze(source, *, n_jobs: int = 1, progress: bool = True) -> AnalysisResult:
    """Analyse one article or many into tidy tables.

    Parameters
    ----------
    source : str, Article, pathlib.Path, DataFrame or iterable of these
        A ``str`` is always text, never a path; paths come as
        :class:`pathlib.Path` (a file, a folder, a CSV/JSONL table of
        articles) or as Articles from :func:`~newsanalysis.read_article`.
    n_jobs : int
        Worker processes (1: in this process).
    progress : bool
        Show a progress bar on runs of more than a few articles.

    Returns
    -------
    AnalysisResult
        ``.articles``, ``.sentences``, ``.quotes``, ``.speakers`` and
        ``.errors`` (inputs that could not be analysed).

    Examples
    --------
    >>> result = analyze("“Let the process begin!” Trump wrote.")
    >>> result.quotes[["text", "speaker"]].values.tolist()
    [['Let the process begin!', 'Trump']]
    """
    parts = []
    for item in iter_inputs(source):
        if isinstance(item, LoadFailure):
            parts.append(error_records(item.article_id, item.path, item.error))
            continue
        try:
            parts.append(article_records(item))
        except NewsAnalysisError as exc:
            parts.append(error_records(item.id, item.path, exc.problem))
        except Exception as exc:  # a bug on one odd input must not stop a corpus run
            parts.append(error_records(item.id, item.path, f"internal error: {type(exc).__name__}: {exc}"))
    return AnalysisResult(**build_tables(merge_records(parts)))
