"""Article metadata: the ``date YYYY-MM-DD`` marker, front matter, and dates a table can hold."""

from __future__ import annotations

import datetime as _dt
import re

from ..errors import ArticleReadError

__all__ = ["FIRST_DATE", "LAST_DATE", "AmbiguousDateError", "check_date", "parse_header"]

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?[ \t]*")
_FRONT_KEY = re.compile(r"(title|date|source)\s*:\s*(.*?)\s*", re.IGNORECASE)


# unambiguous written-out dates seen in news exports, tried after ISO 8601
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y",
                 "%d %b. %Y", "%d. %B %Y", "%Y/%m/%d", "%Y%m%d")
_WEEKDAY = re.compile(r"\A(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
# a time of day after the date: "10:30", "10:30:00 AM", "10:30 a.m. EST", "10:30 +0100", "10:30 GMT"
_TIME = re.compile(r"(?:,|\s+at)?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?\Z",
                   re.IGNORECASE)
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")


class AmbiguousDateError(ArticleReadError):
    """A numeric date whose day and month could be either way round (``04/03/2025``)."""


def _numeric_date(value: str, dayfirst: bool | None, source: str | None) -> _dt.date | None:
    """The date of ``DD/MM/YYYY`` or ``MM/DD/YYYY`` (also with ``.`` or ``-``), or None for another form."""
    m = _NUMERIC.fullmatch(value)
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if dayfirst is None:
        if a == b or (a > 12) != (b > 12):  # 04/04/2025, 23/04/2025, 04/23/2025: one reading only
            dayfirst = a > 12 or a == b
        else:
            months = [_dt.date(2000, m, 1).strftime("%B") for m in (b, a)]
            raise AmbiguousDateError(
                f"date {value!r} is ambiguous: {a} {months[0]} or {months[1]} {b}? say which with "
                "dayfirst=True (31/12/2025, as in most of Europe) or dayfirst=False (12/31/2025, as in the US); "
                "--dayfirst or --monthfirst on the command line",
                source=source,
            )
    day, month = (a, b) if dayfirst else (b, a)
    try:
        return _dt.date(year, month, day)
    except ValueError:
        order = "day first" if dayfirst else "month first"
        raise ArticleReadError(f"date {value!r} is no date read {order}", source=source) from None


def _valid_date(value: str | None, source: str | None, dayfirst: bool | None = None) -> str | None:
    """``YYYY-MM-DD`` of a date written as ISO 8601, RFC 2822, a spelled-out month or numerically.

    A weekday before the date and a time of day after it are allowed
    ("Tuesday, March 4, 2025 10:30 AM EST"). A numeric ``04/03/2025`` (or
    ``04.03.2025``, ``04-03-2025``) is read day first with ``dayfirst=True``,
    month first with ``dayfirst=False``; with ``dayfirst=None`` only a form with
    one reading (``23/04/2025``) is read, and an ambiguous one raises
    :class:`AmbiguousDateError`.

    Examples
    --------
    >>> [_valid_date(v, None) for v in ("2024-05-03T10:00Z", "May 3, 2024", "3 May 2024",
    ...                                 "Fri, 03 May 2024 10:00:00 +0000", "Friday, May 3rd, 2024 at 9:15 a.m. EDT",
    ...                                 "Sept. 3, 2024", "2024-05-03 10:00:00")]
    ['2024-05-03', '2024-05-03', '2024-05-03', '2024-05-03', '2024-05-03', '2024-09-03', '2024-05-03']
    >>> _valid_date("04/03/2025", None, dayfirst=True), _valid_date("04/03/2025", None, dayfirst=False)
    ('2025-03-04', '2025-04-03')
    >>> _valid_date("23/04/2025", None)
    '2025-04-23'
    >>> _valid_date("04/03/2025", "a.csv")
    Traceback (most recent call last):
    ...
    newsanalysis.inputs.headers.AmbiguousDateError: a.csv: date '04/03/2025' is ambiguous: ...
    """
    if not value:
        return None
    value = " ".join(str(value).split())
    try:
        return _in_range(_dt.date.fromisoformat(value[:10]), value, source)
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return _in_range(parsedate_to_datetime(value).date(), value, source)
    except (TypeError, ValueError, IndexError):
        pass
    bare = _TIME.sub("", _WEEKDAY.sub("", value)).strip(" ,")
    bare = _ORDINAL.sub(r"\1", bare)
    bare = re.sub(r"\bSept\b", "Sep", bare, flags=re.IGNORECASE)
    day = _numeric_date(bare, dayfirst, source)
    if day is not None:
        return _in_range(day, value, source)
    for fmt in _DATE_FORMATS:
        try:
            return _in_range(_dt.datetime.strptime(bare, fmt).date(), value, source)
        except ValueError:
            continue
    raise ArticleReadError(
        f"date {value!r} is not a date newsanalysis can read (use YYYY-MM-DD, or e.g. 'May 3, 2024')",
        source=source,
    ) from None


#: First and last day the ``date`` column (``datetime64[ns]``) can hold.
FIRST_DATE = _dt.date(1677, 9, 22)
LAST_DATE = _dt.date(2262, 4, 11)


def _in_range(day: _dt.date, value: str, source: str | None) -> str:
    """``day`` as ``YYYY-MM-DD``, or an :class:`ArticleReadError` when pandas cannot store it.

    Examples
    --------
    >>> _in_range(_dt.date(9999, 12, 31), "9999-12-31", "a.txt")
    Traceback (most recent call last):
    ...
    newsanalysis.errors.ArticleReadError: a.txt: date '9999-12-31' is outside the dates a table can hold ...
    """
    if not FIRST_DATE <= day <= LAST_DATE:
        raise ArticleReadError(
            f"date {value!r} is outside the dates a table can hold ({FIRST_DATE} to {LAST_DATE}); "
            "give the publication date, or none",
            source=source,
        )
    return day.isoformat()


def check_date(value: str | None, *, source: str | None = None, dayfirst: bool | None = None) -> str | None:
    """The ``YYYY-MM-DD`` form of an article date, or an :class:`ArticleReadError` naming ``source``.

    Refuses dates that cannot be read, numeric dates whose day and month
    could be either way round unless ``dayfirst`` says which (see
    :func:`_valid_date` for the forms read), and dates outside
    :data:`FIRST_DATE` .. :data:`LAST_DATE` (pandas' ``datetime64[ns]``
    range), such as a ``9999-12-31`` sentinel or a file named
    ``1492-10-12-voyage.txt``.

    Examples
    --------
    >>> check_date("May 3, 2024")
    '2024-05-03'
    >>> check_date("1492-10-12", source="1492-10-12-voyage.txt")
    Traceback (most recent call last):
    ...
    newsanalysis.errors.ArticleReadError: 1492-10-12-voyage.txt: date '1492-10-12' is outside ...
    """
    return _valid_date(value, source, dayfirst)



def parse_header(text: str, *, source: str | None = None) -> tuple[dict[str, str], int]:
    """Split the optional header off an article's text.

    Returns the header fields (``title``, ``date``, ``source``) and the offset
    where the body starts.

    Examples
    --------
    >>> parse_header(" date 2025-05-20 The two leaders spoke.")
    ({'date': '2025-05-20'}, 17)
    >>> parse_header("title: Talks\\nsource: Wire\\n\\nBody.")
    ({'title': 'Talks', 'source': 'Wire'}, 27)
    >>> parse_header("No header here.")
    ({}, 0)
    """
    m = _DATE_MARKER.match(text)
    if m:
        return {"date": m.group(1)}, m.end()
    # front matter: a few key lines up to the first blank line
    cut = text.find("\n\n", 0, 2000)
    if cut > 0:
        head = text[:cut]
        fields: dict[str, str] = {}
        for line in head.split("\n"):
            km = _FRONT_KEY.fullmatch(line)
            if not km:
                return {}, 0
            fields[km.group(1).lower()] = km.group(2)
        offset = cut + 2
        while offset < len(text) and text[offset] == "\n":
            offset += 1
        return fields, offset
    return {}, 0


