"""The one exception family of newsanalysis.

Every error that a user can cause (a missing file, an unreadable encoding, a
binary file, an option that makes no sense) is raised as a
:class:`NewsAnalysisError`, whose message names the input and the problem in
plain words.
"""

from __future__ import annotations

__all__ = [
    "ArticleReadError",
    "InputTooLargeError",
    "MissingDependencyError",
    "NewsAnalysisError",
    "OutputBusyError",
    "OutputExistsError",
]


class NewsAnalysisError(Exception):
    """Base class of every error newsanalysis raises on purpose.

    Parameters
    ----------
    message : str
        What went wrong, in plain words.
    source : str, optional
        The input the error is about (a path or an article id). When given, the
        message is prefixed with it.

    Examples
    --------
    >>> err = NewsAnalysisError("file is empty", source="data/a.txt")
    >>> str(err)
    'data/a.txt: file is empty'
    >>> err.problem
    'file is empty'
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.problem = message
        super().__init__(f"{source}: {message}" if source else message)

    def __reduce__(self):  # keep source/problem across process boundaries
        return (_rebuild, (type(self), self.problem, self.source))


def _rebuild(cls, message, source):
    return cls(message, source=source)


class ArticleReadError(NewsAnalysisError):
    """An input could not be read as an article (missing, empty, binary, bad encoding)."""


class InputTooLargeError(ArticleReadError):
    """An input is larger than the configured limit (see :mod:`newsanalysis.load`)."""


class MissingDependencyError(NewsAnalysisError, ImportError):
    """An optional feature was used without its extra installed."""


class OutputExistsError(NewsAnalysisError, FileExistsError):
    """An output folder exists and would be overwritten without ``force=True``."""


class OutputBusyError(NewsAnalysisError):
    """Another run is writing into the same output folder (see :class:`newsanalysis.output.OutputLock`)."""
