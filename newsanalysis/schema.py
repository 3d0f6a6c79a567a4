"""Column names and dtypes of every table newsanalysis returns.

The schemas are the package's contract: every stage, test, plot and export
uses these definitions, and nothing else spells a column name's dtype.
Text columns use pandas' nullable ``"string"`` dtype, counts and offsets
``"int64"`` (``"Int64"`` where a value may be missing), scores ``"float64"``.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

__all__ = [
    "ARTICLES",
    "ERRORS",
    "PEOPLE",
    "CUE_TYPES",
    "QUOTES",
    "QUOTE_KINDS",
    "QUOTE_REUSE",
    "QUOTE_REUSE_MEMBERS",
    "SCHEMAS",
    "SENTENCES",
    "SOURCES",
    "SPEAKERS",
    "TONE",
    "empty_frame",
    "to_frame",
]

#: The four VADER scores, in the order vaderSentiment returns them.
TONE: tuple[str, ...] = ("neg", "neu", "pos", "compound")

#: Kinds of quotation; ``mention`` rows are marked words that are nobody's
#: speech (scare quotes, titles) and are left out of every count.
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect", "mention")

#: What a quotes row reports (``quotes.cue_type``): words said or written (every quote in marks), a belief or
#: finding, a stance towards something ("criticized the plan"), an intention ("declined to comment"), a demand
#: ("urged Congress to act"), a naming ("called it a disaster"); see
#: :func:`newsanalysis.attribution.lexicon.quote_cue_type`.
CUE_TYPES: tuple[str, ...] = ("speech", "belief", "stance", "intention", "demand", "naming")

_S, _I, _NI, _F = "string", "int64", "Int64", "float64"

ARTICLES: dict[str, str] = {
    "article_id": _S,
    "title": _S,
    "date": "datetime64[ns]",
    "source": _S,
    "path": _S,
    "encoding": _S,
    "byline": _S,
    "section": _S,
    "length_words": _NI,
    "export": _S,
    "duplicate_of": _S,
    "n_sentences": _I,
    "n_statements": _I,
    "quote_style": _S,
}

SENTENCES: dict[str, str] = {
    "article_id": _S,
    "paragraph": _I,
    "sentence": _I,
    "start": _I,
    "end": _I,
    "text": _S,
    **{c: _F for c in TONE},
    "in_quote": _F,
    "speaker": _S,
    "reported": _F,
    "reported_speaker": _S,
}

QUOTES: dict[str, str] = {
    "article_id": _S,
    "quote": _I,
    "statement": _NI,
    "start": _I,
    "end": _I,
    "text": _S,
    "kind": _S,
    "speaker": _S,
    "person": _S,
    "source_kind": _S,
    "affiliation": _S,
    "speaker_mention": _S,
    "speaker_start": _NI,
    "speaker_end": _NI,
    "cue": _S,
    "cue_type": _S,
    "rule": _S,
    "speaker_rule": _S,
    "sentence": _I,
    **{c: _F for c in TONE},
}

SPEAKERS: dict[str, str] = {
    "article_id": _S,
    "speaker": _S,
    "person": _S,
    "kind": _S,
    "gender": _S,
    "title": _S,
    "roles": _S,
    "aliases": _S,
    "mentions": _I,
    "statements": _I,
    "first_mention": _I,
    "mean_compound": _F,
}

#: One row a person across a run (:func:`newsanalysis.people`); built from the other tables.
PEOPLE: dict[str, str] = {
    "person": _S,
    "title": _S,
    "articles": _I,
    "statements": _I,
    "quoted": "bool",
    "mentions": _I,
    "first_date": "datetime64[ns]",
    "mean_compound": _F,
    "aliases": _S,
    "gender": _S,
    "gender_evidence": _S,
}

#: One row an organisation or unnamed source across a run (:func:`newsanalysis.sources`).
SOURCES: dict[str, str] = {
    "source": _S,
    "kind": _S,
    "articles": _I,
    "statements": _I,
    "mean_compound": _F,
    "aliases": _S,
}

#: One row a cluster of the same quoted words across articles (:func:`newsanalysis.quote_reuse`, first table).
QUOTE_REUSE: dict[str, str] = {
    "cluster": _I,
    "words": _S,
    "text": _S,
    "person": _S,
    "n_people": _I,
    "n_statements": _I,
    "n_articles": _I,
    "n_outlets": _I,
    "first_date": "datetime64[ns]",
    "first_outlet": _S,
    "first_article": _S,
    "outlets": _S,
}

#: One row a statement of a cluster (:func:`newsanalysis.quote_reuse`, second table).
QUOTE_REUSE_MEMBERS: dict[str, str] = {
    "cluster": _I,
    "article_id": _S,
    "statement": _NI,
    "date": "datetime64[ns]",
    "source": _S,
    "person": _S,
    "speaker": _S,
    "kind": _S,
    "text": _S,
}

#: ``kind`` is ``error`` (the input was not analysed) or ``warning`` (it was, without what the row names).
ERRORS: dict[str, str] = {
    "article_id": _S,
    "path": _S,
    "error": _S,
    "kind": _S,
}

SCHEMAS: dict[str, dict[str, str]] = {
    "articles": ARTICLES,
    "sentences": SENTENCES,
    "quotes": QUOTES,
    "speakers": SPEAKERS,
    "errors": ERRORS,
}

#: Separator of the ``aliases`` column of the speakers table.
ALIAS_SEP = "; "


def empty_frame(schema: Mapping[str, str]) -> pd.DataFrame:
    """Return an empty DataFrame with the columns and dtypes of ``schema``.

    Examples
    --------
    >>> empty_frame(ERRORS).dtypes.astype(str).to_dict()
    {'article_id': 'string', 'path': 'string', 'error': 'string', 'kind': 'string'}
    """
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in schema.items()})


def to_frame(columns: Mapping[str, list], schema: Mapping[str, str]) -> pd.DataFrame:
    """Build a DataFrame from column lists and cast it to ``schema``.

    Parameters
    ----------
    columns : mapping of str to list
        One list per column; every column of ``schema`` must be present.
    schema : mapping of str to str
        Column name to dtype, e.g. :data:`QUOTES`.

    Examples
    --------
    >>> df = to_frame({"article_id": ["a"], "path": [None], "error": ["empty"], "kind": ["error"]}, ERRORS)
    >>> df.loc[0, "error"], df["path"].isna().item()
    ('empty', True)
    """
    data = {}
    for name, dtype in schema.items():
        data[name] = _column(columns[name], dtype)
    return pd.DataFrame(data, columns=list(schema), copy=False)


def _column(values: list, dtype: str):
    """One column as an array of ``dtype`` (fast paths for the common dtypes)."""
    if dtype in (_I, _F):
        try:
            return np.array(values, dtype=dtype)
        except (TypeError, ValueError):  # e.g. a None in an int column: let pandas say so
            return pd.Series(values, dtype=object).astype(dtype).array
    if dtype in (_S, _NI):
        return pd.array(values, dtype=dtype)
    if dtype.startswith("datetime"):
        return pd.to_datetime(pd.Series(values, dtype=object), errors="coerce").astype(dtype).array
    return pd.Series(values, dtype=object).astype(dtype).array
