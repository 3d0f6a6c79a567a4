"""One colour per person: the run's most quoted people in the colour-blind-safe Okabe-Ito palette.

:func:`person_colors` ranks the people of a run by their number of
statements (ties by name) and gives the eight most quoted the eight colours
of :data:`OKABE_ITO`, in that order; everyone else is grey (:data:`GREY`).
Every chart of :mod:`newsanalysis.plot`, :func:`newsanalysis.show` and the
report take their colours from it, so a person has one colour in all of
them. This module does not import matplotlib (``na.show`` stays light).
"""

from __future__ import annotations

import pandas as pd

from .speech import SPEECH_KINDS

__all__ = ["COLOR_NOTE", "GREY", "OKABE_ITO", "person_colors"]

#: The Okabe-Ito palette (colour-blind safe), ordered for use on white:
#: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
#: The colour of everyone beyond the palette, and of the catch-all rows ("Other speakers").
GREY = "#8C8C8C"
#: What the colours mean, as the legends state it.
COLOR_NOTE = "Colours: the 8 most quoted of the run, in rank order; grey: others"


def _counts(quotes: pd.DataFrame, who: str) -> pd.Series:
    """Statements per person (or speaker), as every count of the package counts them."""
    q = quotes[quotes["kind"].isin(SPEECH_KINDS)] if "kind" in quotes.columns else quotes
    col = "person" if who == "person" and "person" in q.columns else "speaker"
    q = q[q[col].notna()]
    if "statement" in q.columns and "article_id" in q.columns:  # rows of one statement count once
        q = q[q["statement"].isna() | ~q.duplicated(["article_id", "statement"])]
    return q[col].astype(str).value_counts()


def ranked(quotes: pd.DataFrame, who: str = "person") -> list[str]:
    """The run's people (or speakers), most statements first, ties by name.

    Examples
    --------
    >>> import pandas as pd
    >>> q = pd.DataFrame({"kind": ["direct"] * 3, "person": ["Bob", "Ann", "Bob"]})
    >>> ranked(q)
    ['Bob', 'Ann']
    """
    counts = _counts(quotes, who)
    return sorted(counts.index, key=lambda n: (-counts[n], n))


def person_colors(quotes: pd.DataFrame, *, who: str = "person", n: int = len(OKABE_ITO)) -> dict[str, str]:
    """The colour of each person of a run: the ``n`` most quoted in palette order, the others grey.

    Pass the quotes table of the whole run (not of one article): the ranking
    is the run's, so a chart of one article colours its people as the
    corpus charts do. Every chart function takes the result as
    ``palette=``.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The quotes table (``kind`` and ``person``, or ``speaker``).
    who : {"person", "speaker"}
        Rank named people (linked across the run) or sources as written.
    n : int
        How many get a colour of their own (at most 8, the palette's size).

    Returns
    -------
    dict of str to str
        Every person (or speaker) quoted in the run, most quoted first, to a
        hex colour.

    Examples
    --------
    >>> import newsanalysis as na
    >>> q = na.analyze("“Yes,” Ann Lee said. “No,” Bob Hart said. “Go,” Ann Lee said.").quotes
    >>> na.person_colors(q)
    {'Ann Lee': '#0072B2', 'Bob Hart': '#E69F00'}
    """
    n = max(0, min(int(n), len(OKABE_ITO)))
    return {name: OKABE_ITO[i] if i < n else GREY for i, name in enumerate(ranked(quotes, who))}
