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
    "printable",
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


#: Invisible characters that reorder or hide text in a terminal (bidirectional overrides, isolates).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(value: object) -> str:
    r"""``value`` as text a terminal shows as it is: control characters escaped (``\x1b``, ``\u202e``).

    An article can hold escape sequences that clear the screen, retitle the
    window or plant a hyperlink, and bidirectional overrides that reorder what
    is shown; printed raw, the terminal would run them.

    Examples
    --------
    >>> printable("red \x1b[31mtext\x1b]8;;http://x\x07 \u202eevil")
    'red \\x1b[31mtext\\x1b]8;;http://x\\x07 \\u202eevil'
    >>> printable("café “quoted”")
    'café “quoted”'
    """
    text = str(value)
    if text.isprintable():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch == " " or (ch.isprintable() and ch not in _BIDI):
            out.append(ch)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)
