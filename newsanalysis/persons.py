"""People: one person across a whole run, however the articles name them.

Within an article, :mod:`newsanalysis.speakers` resolves every mention to a
source and gives each named person their fullest name there (the ``person``
column: no titles, honorifics, roles or affiliations). This module links those
names across the articles of a run, so that a person is one row of every count:

1. **Your merge map first.** ``aliases={"Donald J. Trump": "Donald Trump"}``
   (or a two-column CSV, :func:`read_aliases`) maps a form, as the ``person``
   or ``speaker`` column writes it, to the name you want; rules never undo it.
2. **Middle initials.** ``Elijah E. Cummings`` and ``Elijah Cummings`` are one
   person when the run writes that first and last name with at most one
   pattern of middle initials (``George H. W. Bush`` and ``George W. Bush``
   stay two).
3. **A surname alone** (``Alvarez``, from an article that only says ``Mayor
   Alvarez``) is linked to the one full name of the run that ends with it;
   when two people share the surname (``Ruth Alvarez``, ``Mark Alvarez``) it
   is left as written, and a surname whose title says another gender (``Mr.
   Alvarez``, ``Ruth Alvarez``) is not linked.

The canonical name of a group is its most frequent full form (ties: the
shorter, then the first in order). Organisations and unnamed sources are
never people: they are counted apart by :func:`sources`.

Tables made by :func:`newsanalysis.analyze`, ``DaskResult.compute()`` and
``Output.load()`` are already linked. Tables read back from parts (Dask
partitions, ``analyze_to`` folders read piecewise) carry the article-level
names; :func:`link_people` links them, and :func:`people` and :func:`sources`
link what they are given before counting.
"""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import schema
from .errors import NewsAnalysisError
from .speakers import HONORIFICS, fit_descriptions, given_name_gender, is_honorific

__all__ = ["link_people", "people", "read_aliases", "sources"]



@lru_cache(maxsize=65536)
def _clean_str(name: str) -> str | None:
    s = " ".join(unicodedata.normalize("NFC", name).split())
    for suffix in ("’s", "'s"):
        s = s.removesuffix(suffix)
    return s.strip(" ,;:") or None


def _clean(name: object) -> str | None:
    """A name in NFC with single spaces and no possessive, or None for a missing one."""
    if name is None or (not isinstance(name, str) and pd.isna(name)):
        return None
    return _clean_str(str(name))


def _is_initial(word: str) -> bool:
    w = word.rstrip(".")
    return len(w) == 1 and w.isalpha()


def _canonical_map(counts: Counter, aliases: Mapping[str, str] | None) -> dict[str, str]:
    """Map every full name of ``counts`` (name -> frequency) to its canonical name in the run.

    Rules 1 and 2 of the module docstring (``aliases`` holds cleaned forms, :func:`_clean`); a
    surname alone maps to itself here (see :func:`_link_surname`).
    """
    user = dict(aliases or {})
    out: dict[str, str] = {}
    for name in counts:
        out[name] = user.get(name, name)
    # 2. middle initials: group full names by (first, last)
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    for name in counts:
        words = name.split()
        if len(words) < 2:
            continue
        middle = " ".join(w.rstrip(".").upper() for w in words[1:-1] if _is_initial(w))
        rest = [w for w in words[1:-1] if not _is_initial(w)]
        if rest:
            continue  # a middle name written out: "John Paul Jones" is left as it is
        key = (words[0].lower(), words[-1].lower())
        groups.setdefault(key, {}).setdefault(middle, []).append(name)
    for forms in groups.values():
        patterns = [m for m in forms if m]
        if len(patterns) > 1:
            continue  # George H. W. Bush and George W. Bush
        names = [n for ns in forms.values() for n in ns]
        best = sorted(names, key=lambda n: (n not in user, -counts[n], len(n), n))[0]
        for n in names:
            out[n] = user.get(n, user.get(best, best))
    return out


def _link_surname(
    name: str, said: str | None, offices: set[str], by_last: Mapping[str, set[str]], evidence: Mapping[str, tuple]
) -> str:
    """The one full name of the run a surname alone can mean in its article, or the surname itself.

    ``said``: the gender the surname's own article gives it (``f``, ``m`` or None); ``offices``:
    the office words of its title there; ``evidence``: full name -> (gender, office words) over
    the run.
    """
    cands = []
    for full in sorted(by_last.get(name.lower(), ())):
        known = evidence.get(full, (None, set()))[0] or given_name_gender(full.split()[0])
        if not (said and known and said != known):  # "Mr. Alvarez" is not Ruth Alvarez
            cands.append(full)
    if len(cands) > 1 and offices:
        # "Chief Davis" is the Davis whose title holds "chief", not the council member
        cands = [full for full in cands if offices & evidence.get(full, (None, set()))[1]] or cands
    return cands[0] if len(cands) == 1 else name


def link_people(
    quotes: pd.DataFrame, speakers: pd.DataFrame, *, aliases: Mapping[str, str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The quotes and speakers tables with ``person`` linked across the run.

    Does not modify its inputs. See the module docstring for the rules.

    Parameters
    ----------
    quotes, speakers : pandas.DataFrame
        Tables of one run (all of it: a surname is linked to the one full
        name the tables hold).
    aliases : mapping of str to str, optional
        Your merge map: a form (as ``person`` or ``speaker`` writes it) to the
        name to count it under.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        Copies of ``quotes`` and ``speakers``.

    Examples
    --------
    >>> import newsanalysis as na
    >>> r = na.analyze(["“Yes,” Mayor Ruth Alvarez said.", "“No,” Mayor Alvarez said."])
    >>> sorted(r.quotes["person"])
    ['Ruth Alvarez', 'Ruth Alvarez']
    >>> q, s = link_people(r.quotes, r.speakers, aliases={"Ruth Alvarez": "R. Alvarez"})
    >>> sorted(q["person"])
    ['R. Alvarez', 'R. Alvarez']
    """
    q = quotes.copy()
    s = speakers.copy()
    for df in (q, s):
        if "person" not in df.columns:
            raise NewsAnalysisError("link_people() needs tables with a person column (newsanalysis >= 0.3)")
    forms_q = [_clean(v) for v in q["person"].tolist()]
    forms_s = [_clean(v) for v in s["person"].tolist()]
    counts: Counter = Counter(f for f in forms_q if f)
    counts.update(f for f in forms_s if f)
    user = {_clean(k): _clean(v) for k, v in (aliases or {}).items() if _clean(k) and _clean(v)}
    if user:
        # a merge map may name the fullest form in an article (speaker) rather than the person form
        extra = {}
        for df, forms in ((q, forms_q), (s, forms_s)):
            for f, sp in zip(forms, df["speaker"].tolist() if "speaker" in df.columns else [None] * len(df)):
                sp = _clean(sp)
                if f and f not in user and sp in user:
                    extra[f] = user[sp]
        user.update(extra)
    mapping = _canonical_map(counts, user)
    # what each article says of each form: its gender and the office words of its title
    aids_s = s["article_id"].astype(str).tolist() if "article_id" in s.columns else [""] * len(s)
    genders_s = s["gender"].tolist() if "gender" in s.columns else [None] * len(s)
    titles_s = s["title"].tolist() if "title" in s.columns else [None] * len(s)
    local: dict[tuple[str, str], tuple] = {}  # (article, form) -> (gender, offices[, "ambiguous"])
    evidence: dict[str, tuple[str | None, set[str]]] = {}  # canonical full name -> (gender, offices)
    for aid, f, g, t in zip(aids_s, forms_s, genders_s, titles_s):
        if not f:
            continue
        g = g[:1] if isinstance(g, str) else None
        offices = _office_words(t) if isinstance(t, str) else set()
        if (aid, f) in local and local[(aid, f)] != (g, offices):
            # two people of one article written alike ("Chief Davis" and "Ms. Davis"): the quotes table
            # cannot tell their statements apart, so neither is linked
            local[(aid, f)] = (None, set(), "ambiguous")
        else:
            local[(aid, f)] = (g, offices)
        target = mapping.get(f, f)
        if " " in target:
            old_g, old_o = evidence.get(target, (None, set()))
            evidence[target] = (old_g or g, old_o | offices)
    by_last: dict[str, set[str]] = {}
    for target in mapping.values():
        if " " in target:
            by_last.setdefault(target.split()[-1].lower(), set()).add(target)

    memo: dict[tuple[str, str | None], str | None] = {}

    def person_of(aid: str, f: str | None) -> str | None:
        if not f:
            return None
        if " " in f or f in user:
            return mapping.get(f, f)
        key = (aid, f)
        if key not in memo:
            said, offices, *ambiguous = local.get(key, (None, set()))
            memo[key] = f if ambiguous else _link_surname(f, said, offices, by_last, evidence)
        return memo[key]

    aids_q = q["article_id"].astype(str).tolist() if "article_id" in q.columns else [""] * len(q)
    q["person"] = pd.array([person_of(a, f) for a, f in zip(aids_q, forms_q)], dtype="string")
    if "affiliation" in q.columns:
        # whom a source speaks for, named as the run names that person ("Hillary Rodham Clinton" -> its canonical form)
        affs = [_clean(v) for v in q["affiliation"].tolist()]
        q["affiliation"] = pd.array([mapping.get(f, f) if f and " " in f else f for f in affs], dtype="string")
    s["person"] = pd.array([person_of(a, f) for a, f in zip(aids_s, forms_s)], dtype="string")
    # a description given to someone by salience alone stays theirs only where the run's evidence fits it
    return fit_descriptions(q, s), s


def read_aliases(path: str | Path) -> dict[str, str]:
    """Read a merge map from a CSV file of two columns: the form, then the name to count it under.

    A header row (``alias,person``) is optional; blank lines and lines
    starting with ``#`` are skipped.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "aliases.csv"
    >>> _ = p.write_text("alias,person\\nDonald J. Trump,Donald Trump\\n", encoding="utf-8")
    >>> read_aliases(p)
    {'Donald J. Trump': 'Donald Trump'}
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsAnalysisError(f"{path}: cannot read the aliases file: {exc}") from None
    out: dict[str, str] = {}
    for n, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise NewsAnalysisError(f"{path}, line {n}: expected two columns, a form and the name to count it under")
        if n == 1 and [c.strip().lower() for c in row[:2]] == ["alias", "person"]:
            continue
        out[row[0].strip()] = row[1].strip()
    return out


@lru_cache(maxsize=16384)
def _office_words(title: str) -> frozenset[str]:
    """The words of a title that name an office (``Police Chief``: chief), in lower case."""
    words = {w.lower().rstrip(".") for w in title.split()}
    return frozenset(w for w in words if w not in HONORIFICS and w not in ("former", "deputy", "acting", "the", "of"))


def _statement_rows(quotes: pd.DataFrame) -> pd.DataFrame:
    from .tables import statements

    return statements(quotes) if len(quotes) else quotes.iloc[0:0].assign(rows=pd.Series(dtype="int64"))


def _dates(articles: pd.DataFrame | None) -> dict:
    if articles is None or "date" not in articles.columns:
        return {}
    return dict(zip(articles["article_id"], articles["date"]))


def _aliases_of(rows: pd.DataFrame) -> str:
    seen: dict[str, None] = {}
    for sp, al in zip(rows.get("speaker", []), rows.get("aliases", [])):
        for form in [sp, *(str(al).split(schema.ALIAS_SEP) if isinstance(al, str) else [])]:
            form = _clean(form)
            if form:
                seen.setdefault(form, None)
    return schema.ALIAS_SEP.join(seen)


def people(
    quotes: pd.DataFrame,
    speakers: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    aliases: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """One row a named person across the run: how often and where they are quoted.

    Built from the other tables (linked with :func:`link_people` first), so it
    works the same for an in-process run, Dask output and an ``analyze_to``
    folder read back. Organisations and unnamed sources are not people: see
    :func:`sources`. Does not modify its inputs.

    Parameters
    ----------
    quotes, speakers : pandas.DataFrame
        The quotes and speakers tables of a run.
    articles : pandas.DataFrame, optional
        The articles table, for ``first_date``.
    aliases : mapping of str to str, optional
        A merge map (see :func:`link_people`).

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`newsanalysis.schema.PEOPLE`: ``person``, ``title``
        (their most frequent role, honorifics such as Mr. left out),
        ``articles`` (articles where they are quoted), ``statements``,
        ``quoted`` (``statements > 0``; the other rows are people only
        mentioned), ``mentions``, ``first_date`` (the earliest date of an article naming
        them), ``mean_compound`` (mean tone of their statements),
        ``aliases`` (every form seen, joined by ``; ``), ``gender``
        (``female``, ``male`` or ``unknown``) and ``gender_evidence``
        (``article``: Mr./Ms., a gendered title or he/she resolved to them in
        the articles; ``given name``: the 1990 US Census given-name
        statistics, used only when the articles say nothing; ``articles
        disagree``; missing when unknown). Most quoted first.

    Examples
    --------
    >>> import newsanalysis as na
    >>> r = na.analyze(["“Yes,” Councillor Ruth Alvarez said. The ministry said no.",
    ...                 "“Soon,” Ruth Alvarez said. “Never,” Mr. Okafor said."])
    >>> t = na.people(r.quotes, r.speakers, r.articles)
    >>> t[["person", "title", "articles", "statements"]].values.tolist()
    [['Ruth Alvarez', 'Councillor', 2, 2], ['Okafor', <NA>, 1, 1]]
    """
    q, s = link_people(quotes, speakers, aliases=aliases)
    dates = _dates(articles)
    st = _statement_rows(q)
    st = st[st["person"].notna()]
    sp = s[s["person"].notna()]
    rows = []
    for person, g in sp.groupby("person", sort=False):
        said = st[st["person"] == person]
        titles = [t for t in g["title"].dropna().tolist() if not is_honorific(t)]
        days = [dates.get(a) for a in g["article_id"]]
        days = [d for d in days if d is not None and not pd.isna(d)]
        gender, evidence = _gender(person, g)
        rows.append({
            "person": person,
            "gender": gender,
            "gender_evidence": evidence,
            "title": Counter(titles).most_common(1)[0][0] if titles else None,
            "articles": said["article_id"].nunique(),
            "statements": len(said),
            "quoted": len(said) > 0,
            "mentions": int(g["mentions"].sum()),
            "first_date": min(days) if days else None,
            "mean_compound": float(said["compound"].mean()) if len(said) else float("nan"),
            "aliases": _aliases_of(g),
        })
    frame = schema.to_frame({c: [r[c] for r in rows] for c in schema.PEOPLE}, schema.PEOPLE)
    return frame.sort_values(["statements", "mentions", "person"], ascending=[False, False, True],
                             kind="stable").reset_index(drop=True)


def _gender(person: str, rows: pd.DataFrame) -> tuple[str, str | None]:
    """(gender, evidence) of a person: the articles' own evidence first, then the given name, else unknown."""
    said = Counter(g for g in rows["gender"].dropna().astype(str)) if "gender" in rows.columns else Counter()
    if said:
        (top, n), *rest = said.most_common()
        if not rest or n > rest[0][1]:
            return top, "article"
        return "unknown", "articles disagree"
    words = person.split()
    guess = given_name_gender(words[0]) if len(words) > 1 else None
    if guess is not None:
        return {"f": "female", "m": "male"}[guess], "given name"
    return "unknown", None



def sources(quotes: pd.DataFrame, speakers: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row an organisation or unnamed source across the run (never ranked as people).

    Sources are grouped by ``source_kind`` and by the source as the quotes
    table writes it, without case (``the ministry`` and ``The Ministry`` are
    one). Does not modify its inputs.

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`newsanalysis.schema.SOURCES`, most quoted first.

    Examples
    --------
    >>> import newsanalysis as na
    >>> r = na.analyze("“No,” the ministry said. “Yes,” officials said. “Later,” the Ministry said.")
    >>> na.sources(r.quotes)[["source", "kind", "statements"]].values.tolist()
    [['ministry', 'organisation', 2], ['officials', 'unnamed', 1]]
    """
    if "source_kind" not in quotes.columns:
        raise NewsAnalysisError("sources() needs a quotes table with a source_kind column (newsanalysis >= 0.3)")
    st = _statement_rows(quotes)
    st = st[st["source_kind"].isin(["organisation", "unnamed"]) & st["speaker"].notna()]
    st = st.assign(_key=st["speaker"].astype(str).str.lower())
    rows = []
    for (kind, _), g in st.groupby(["source_kind", "_key"], sort=False):
        forms = Counter(g["speaker"].astype(str))
        seen = dict.fromkeys(_clean(m) for m in g["speaker_mention"].dropna().astype(str))
        rows.append({
            "source": forms.most_common(1)[0][0],
            "kind": kind,
            "articles": g["article_id"].nunique(),
            "statements": len(g),
            "mean_compound": float(g["compound"].mean()),
            "aliases": schema.ALIAS_SEP.join(m for m in seen if m),
        })
    frame = schema.to_frame({c: [r[c] for r in rows] for c in schema.SOURCES}, schema.SOURCES)
    return frame.sort_values(["statements", "source"], ascending=[False, True], kind="stable").reset_index(drop=True)
