"""Article metadata: the ``date YYYY-MM-DD`` marker, front matter, and dates a table can hold."""

from __future__ import annotations

import datetime as _dt
import re

from ..errors import ArticleReadError

__all__ = ["FIRST_DATE", "LAST_DATE", "check_date", "parse_header"]

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?[ \t]*")
_FRONT_KEY = re.compile(r"(title|date|source)\s*:\s*(.*?)\s*", re.IGNORECASE)


# unambiguous written-out dates seen in news exports, tried after ISO 8601
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y%m%d")


def _valid_date(value: str | None, source: str | None) -> str | None:
    """``YYYY-MM-DD`` of a date written as ISO 8601, RFC 2822 or a spelled-out month.

    Numeric day/month orders such as ``03/05/2024`` are ambiguous and refused.

    Examples
    --------
    >>> [_valid_date(v, None) for v in ("2024-05-03T10:00Z", "May 3, 2024", "3 May 2024",
    ...                                 "Fri, 03 May 2024 10:00:00 +0000")]
    ['2024-05-03', '2024-05-03', '2024-05-03', '2024-05-03']
    """
    if not value:
        return None
    value = " ".join(str(value).split())
    try:
        return _in_range(_dt.date.fromisoformat(value[:10]), value, source)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return _in_range(_dt.datetime.strptime(value, fmt).date(), value, source)
        except ValueError:
            continue
    try:
        from email.utils import parsedate_to_datetime

        return _in_range(parsedate_to_datetime(value).date(), value, source)
    except (TypeError, ValueError, IndexError):
        pass
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


def check_date(value: str | None, *, source: str | None = None) -> str | None:
    """The ``YYYY-MM-DD`` form of an article date, or an :class:`ArticleReadError` naming ``source``.

    Refuses dates that cannot be read and dates outside :data:`FIRST_DATE` ..
    :data:`LAST_DATE` (pandas' ``datetime64[ns]`` range), such as a
    ``9999-12-31`` sentinel or a file named ``1492-10-12-voyage.txt``.

    Examples
    --------
    >>> check_date("May 3, 2024")
    '2024-05-03'
    >>> check_date("1492-10-12", source="1492-10-12-voyage.txt")
    Traceback (most recent call last):
    ...
    newsanalysis.errors.ArticleReadError: 1492-10-12-voyage.txt: date '1492-10-12' is outside ...
    """
    return _valid_date(value, source)



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


