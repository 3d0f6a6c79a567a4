"""newsanalysis: who is quoted in the news, how often, saying what, in what tone.

Articles in, tidy pandas DataFrames of sentences, quotes, speakers and VADER
tone out::

    import newsanalysis as na
    art = na.read_article("data/articles/2025-05-20-trump-putin-call.txt")
    result = na.analyze(art)
    result.sentences, result.quotes, result.speakers

Plotting lives in :mod:`newsanalysis.plot` (imported on first use).

Modules, in the pipeline's order (each imports only modules above it;
``tests/test_layers.py`` holds this list to the package and to its imports):

Beneath the pipeline
    ``errors`` the one exception type and its kinds; ``schema`` the table
    columns; ``compat`` pandas and optional-dependency shims; ``speech`` the
    speech kinds and one row per statement; ``outfolder`` the output-folder
    protocol (marker, atomic writes, lock, manifest); ``colors`` a colour per
    person; ``examples`` the bundled corpus.
1. Loading
    ``inputs`` files, folders, tables and news-database exports read into
    articles; ``load`` the public reading functions.
2. Segmentation
    ``segment`` paragraphs and sentences (Punkt parameters shipped here).
3. Quotes
    ``attribution`` quotes found and attributed by ordered, named rules;
    ``quotations`` the older import path of the quote finder.
4. Speakers
    ``organisations`` outlets, companies and bodies told from people;
    ``speakers`` who each quote's source is, within one article.
5. People
    ``persons`` one row per person across a run.
6. Tone
    ``tone`` VADER scores, asked as little as possible.
7. Tables
    ``tables`` the tables of a run and ``AnalysisResult``.
8. Runs
    ``output`` an output folder read back; ``corpus`` corpus runs, chunked
    output, resume; ``dask`` the same on Dask.
9. Charts and reports
    ``plot`` the charts; ``highlight`` ``na.show`` in a notebook; ``reuse``
    quotes that travelled; ``report`` the HTML report.
10. Command line
    ``cli`` the ``newsanalysis`` command; ``__main__`` ``python -m newsanalysis``.
"""

from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING

__version__ = "0.5.2"

# public name -> module that defines it; imported on first access so that
# ``import newsanalysis`` stays light (no pandas-heavy stages, no matplotlib).
_EXPORTS = {
    "AnalysisResult": "tables",
    "Article": "load",
    "ArticleReadError": "errors",
    "InputTooLargeError": "errors",
    "MissingDependencyError": "errors",
    "NewsAnalysisError": "errors",
    "OutputBusyError": "errors",
    "OutputExistsError": "errors",
    "analyze": "corpus",
    "analyze_to": "corpus",
    "compare_outlets": "tables",
    "example_corpus": "examples",
    "link_people": "persons",
    "people": "persons",
    "person_colors": "colors",
    "read_aliases": "persons",
    "sources": "persons",
    "most_quoted": "report",
    "quotable": "tables",
    "quote_table": "highlight",
    "quote_reuse": "reuse",
    "quotes": "tables",
    "read_article": "load",
    "read_articles": "load",
    "read_output": "output",
    "show": "highlight",
    "split_sentences": "segment",
    "statements": "tables",
    "write_report": "report",
    "text": "load",
}

__all__ = sorted(["__version__", *_EXPORTS])


def __getattr__(name: str):
    if name == "plot":  # the plotting module, imported (with matplotlib) on first use
        return _import_module(".plot", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsanalysis' has no attribute {name!r}")
    value = getattr(_import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS))


if _TYPE_CHECKING:  # pragma: no cover
    from .colors import person_colors
    from .corpus import analyze, analyze_to
    from .errors import (
        ArticleReadError,
        InputTooLargeError,
        MissingDependencyError,
        NewsAnalysisError,
        OutputBusyError,
        OutputExistsError,
    )
    from .examples import example_corpus
    from .highlight import quote_table, show
    from .load import Article, read_article, read_articles, text
    from .output import read_output
    from .persons import link_people, people, read_aliases, sources
    from .report import most_quoted, write_report
    from .reuse import quote_reuse
    from .segment import split_sentences
    from .tables import AnalysisResult, compare_outlets, quotes
