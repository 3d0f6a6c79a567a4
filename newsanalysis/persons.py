"""People: one person across a whole run, however the articles name them.

Within an article, :mod:`newsanalysis.speakers` resolves every mention to a
source and gives each named person their fullest name there (the ``person``
column: no titles, honorifics, roles or affiliations). This module links those
names across the articles of a run, so that a person is one row of every count:

1. **Your merge map first.** ``aliases={"Donald J. Trump": "Donald Trump"}``
   (or a two-column CSV, :func:`read_aliases`) maps a form, as the ``person``
   or ``speaker`` column writes it, to the name you want; rules never undo it.
2. **One full name, one person.** Full names of one surname (and suffix) are
   one person when their given names are the same or one is a common English
   short form of the other (``Tim Sloan`` and ``Timothy J. Sloan``, ``Ben`` and
   ``Benjamin``: ``data/short_given_names.tsv``), their middle initials or
   names do not differ (``Hillary Rodham Clinton`` is ``Hillary Clinton``;
   ``George H. W. Bush`` and ``George W. Bush`` stay two, and ``George Bush``
   beside both is left alone) and the articles do not give them two genders
   (``Pat Moran``, he, is not ``Patricia Moran``). A short form that fits two
   people is left alone. A surname starts at its particle (``Bill de
   Blasio``); initials for a given name go to the one name with those
   initials (``W. Bush``); words a headline or a cut clause runs into a name
   are no part of it (``Rival Hillary Clinton``, ``Glenn Beck Blasts
   Drudge``); a double surname alone goes to the one full name ending with it
   (``Wasserman Schultz``).
3. **Jr. is another person** (``Donald Trump Jr.``, ``Donald Trump``) unless
   the two never share an article and their most frequent titles agree
   (``Joseph R. Biden Jr.`` and ``Joe Biden``, both Vice President).
4. **A surname alone** (``Obama``, ``President Obama``, ``Mr. Trump``) goes, by
   the evidence of its own article, to the run's person of that surname whose
   gender fits (``Mr.``, ``he``: not Michelle Obama), then whose titles in the
   run hold its office (``President``), then who is named in the same article;
   else to the only one, or to the one with :data:`DOMINANT` (3) times the
   articles of the next. Two people of the surname in its own article that
   this cannot tell apart, or people of the run of like weight, leave it as
   written (``Ruth Alvarez``, ``Mark Alvarez`` and a lone ``Alvarez``).

The canonical name of a person is the most frequent form written without
middle names or initials (``Harry Reid`` for ``Harry M. Reid``; ``Ben Rhodes``
for ``Benjamin J. Rhodes``), else the most frequent form without its middle
initials (``Harry M. Reid`` alone is ``Harry Reid``); where two people would
then share a name, each keeps its initials. Organisations and unnamed sources
are never people: they are counted apart by :func:`sources`.

Tables made by :func:`newsanalysis.analyze`, ``DaskResult.compute()`` and
``Output.load()`` are already linked. Tables read back from parts (Dask
partitions, ``analyze_to`` folders read piecewise) carry the article-level
names; :func:`link_people` links them, and :func:`people` and :func:`sources`
link what they are given before counting.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import schema
from .errors import NewsAnalysisError
from .speakers import HONORIFICS, fit_descriptions, given_name_gender, is_honorific
from .speakers.descriptions import _Profiles
from .speakers.phrase import DESCRIPTION_LEADS
from .speakers.words import _given_names
from .speech import SPEECH_KINDS as _SPEECH
from .speech import top_level as _top_level

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


_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: Particles that start a surname ("Bill de Blasio", "Chris Van Hollen"; "De Blasio" alone is a surname).
_PARTICLES = frozenset("de da di del della der den du van von le la dos das".split())
#: Title words that can lead a name in the person column ("Pres. Obama", "Former Obama").
_LEAD_TITLES = HONORIFICS | frozenset(
    "dr pres president former sen senator gov governor rep sec secretary gen judge justice mayor sir dame lord rev "
    "chancellor premier minister".split()
)
#: Abbreviated office words, as the full word (office words are compared after this).
_OFFICE_ABBREV = {"pres": "president", "sen": "senator", "gov": "governor", "rep": "representative",
                  "sec": "secretary", "gen": "general", "atty": "attorney", "lt": "lieutenant"}
_NOT_OFFICE = HONORIFICS | frozenset("former deputy acting the of and then now late ex".split())
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]\.?|[A-Z]{2,3}")
#: A lone surname goes to the run's dominant full name of that surname when it has this many times the
#: articles of the next (with no evidence in its own article to choose by).
DOMINANT = 3.0


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    """A word in lower-case ASCII for comparing (``Peña``: pena; ``France’s``: france's, not frances)."""
    w = unicodedata.normalize("NFKD", word.replace("’", "'")).encode("ascii", "ignore").decode() or word
    return w.lower().strip(".,")


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, frozenset[str]]:
    """Short form of a given name -> the full given names it is short for (package data)."""
    text = files("newsanalysis").joinpath("data/short_given_names.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("short\t") or not line.strip():
            continue
        short, full = line.split("\t")
        out[short.strip()] = frozenset(f.strip() for f in full.split(","))
    return out


@lru_cache(maxsize=65536)
def _roots(given: str) -> frozenset[str]:
    """The given name and the full names it may be short for (``Ben``: ben, benjamin)."""
    g = _norm(given)
    return frozenset({g}) | _short_forms().get(g, frozenset())


def _is_given_name(word: str) -> bool:
    w = _norm(word)
    return w in _given_names() or w in _short_forms()


class _Name(NamedTuple):
    """A person form read into its parts (``Sen. Harry M. Reid Jr.``)."""

    given: str | None  # None: a surname alone ("Obama", "De Blasio")
    middles: tuple[str, ...]
    surname: str
    suffix: str | None
    titles: tuple[str, ...]  # office words of leading title words ("Pres." -> president)
    initials: bool  # the given name is initials ("W. Bush", "G.K. Butterfield")
    key: tuple[str, str]  # (surname, suffix) in lower case: the people one form can be


    @property
    def pattern(self) -> str:
        """The letters of the middle names and initials ("Harry M. Reid": M; "George H. W. Bush": HW)."""
        out = []
        for w in self.middles:
            letters = w.replace(".", "")
            out.append(letters if _INITIALS.fullmatch(w) else letters[:1])
        return "".join(out).upper()

    @property
    def full_middle(self) -> bool:
        return any(not _INITIALS.fullmatch(w) for w in self.middles)

    def shown(self, keep_initials: bool = False) -> str:
        """The name without its titles, and without its middle initials unless told (middle names kept)."""
        mid = [w for w in self.middles if keep_initials or not _INITIALS.fullmatch(w)]
        return " ".join(w for w in (self.given, *mid, self.surname, self.suffix) if w)


@lru_cache(maxsize=65536)
def _parse(form: str) -> _Name:
    words = form.split()
    titles: list[str] = []
    while len(words) > 1 and _norm(words[0]) in _LEAD_TITLES:
        w = _norm(words.pop(0))
        if w not in _NOT_OFFICE:
            titles.append(_OFFICE_ABBREV.get(w, w))
    suffix = None
    if len(words) > 1 and _norm(words[-1]) in _SUFFIXES:
        suffix = words.pop()
        words[-1] = words[-1].rstrip(",")
    start = len(words) - 1
    for i in range(len(words) - 1):
        if _norm(words[i]) in _PARTICLES:  # "Bill de Blasio"; "De Blasio", "de Blasio" alone
            start = i
            break
    surname = " ".join(words[start:])
    key = (" ".join(_norm(w) for w in surname.split()), _norm(suffix or ""))
    if start == 0:  # "Obama", "De Blasio"
        return _Name(None, (), surname, suffix, tuple(titles), False, key)
    given = words[0]
    return _Name(given, tuple(words[1:start]), surname, suffix, tuple(titles), bool(_INITIALS.fullmatch(given)), key)


@lru_cache(maxsize=16384)
def _office_words(title: str) -> frozenset[str]:
    """The words of a title that name an office (``Police Chief``: chief), in lower case."""
    words = {_norm(w) for w in title.split()}
    return frozenset(_OFFICE_ABBREV.get(w, w) for w in words if w and w not in _NOT_OFFICE)


class _Form:
    """What the run says of one person form: where, how often, with which gender and titles."""

    __slots__ = ("form", "name", "articles", "statements", "genders", "titles", "offices", "aside")

    def __init__(self, form: str) -> None:
        self.form = form
        self.name = _parse(form)
        self.articles: set[str] = set()
        self.statements = 0
        self.genders: dict[str, int] = {}  # plain dicts: a run has thousands of forms
        self.titles: dict[str, int] = {}
        self.offices: dict[str, int] = {}
        self.aside = False  # initials for a given name, or a word before it: never the canonical form

    def gender(self) -> str | None:
        if self.genders:
            (top, n), *rest = Counter(self.genders).most_common()
            if not rest or n > rest[0][1]:
                return top
            return None
        return given_name_gender(self.name.given) if self.name.given and not self.name.initials else None


class _Person:
    """The forms of one person of the run."""

    def __init__(self, first: _Form) -> None:
        self.forms = [first]
        self.canonical = first.form

    def weight(self) -> int:
        return sum(len(f.articles) for f in self.forms)

    def gender(self) -> str | None:
        said = Counter()
        for f in self.forms:
            said.update(f.genders)
        if said:
            (top, n), *rest = said.most_common()
            return top if not rest or n > 2 * rest[0][1] else None
        for f in sorted(self.forms, key=lambda f: -len(f.articles)):
            if f.name.given and not f.name.initials:
                return given_name_gender(f.name.given)
        return None

    def office(self, words: frozenset[str]) -> int:
        """Rows of the run whose title holds one of ``words`` for this person."""
        return sum(n for f in self.forms for w, n in f.offices.items() if w in words)

    def top_title(self) -> frozenset[str]:
        titles = Counter()
        for f in self.forms:
            titles.update(f.titles)
        return _office_words(titles.most_common(1)[0][0]) if titles else frozenset()

    def articles(self) -> set[str]:
        return set().union(*(f.articles for f in self.forms))


def _compatible(a: _Form, b: _Form) -> bool:
    """Whether two full-name forms of one surname can be one person."""
    na_, nb = a.name, b.name
    if na_.key != nb.key or not (_roots(na_.given) & _roots(nb.given)):
        return False
    pa, pb = na_.pattern, nb.pattern
    if pa and pb and pa != pb:
        return False  # George H. W. Bush and George W. Bush
    ga, gb = a.gender(), b.gender()
    return not (ga and gb and ga != gb)  # Chris Smith (he) and Christine Smith


def _cluster(forms: list[_Form]) -> list[_Person]:
    """The people of the full-name forms of one (surname, suffix).

    Forms join, most specific first (a middle name or initial, then a full given name, then a short
    form), the one person all of whose forms they fit; a form that fits two people ("George Bush"
    beside "George W. Bush" and "George H. W. Bush") is a person of its own.
    """
    short = _short_forms()

    def stage(f: _Form) -> int:
        return 0 if f.name.pattern else 1 if _norm(f.name.given) not in short else 2

    people: list[_Person] = []
    for f in sorted(forms, key=lambda f: (stage(f), -len(f.articles), -f.statements, f.form)):
        fits = [p for p in people if all(_compatible(f, g) for g in p.forms)]
        if len(fits) == 1:
            fits[0].forms.append(f)
        else:
            people.append(_Person(f))
    return people


def _link_junior(people: list[_Person], co: Callable[[_Person, _Person], bool]) -> dict[int, _Person]:
    """A "Jr." person who is the plain name's person: the same given name, never in one article with them,
    and the same most frequent title ("Joseph R. Biden Jr." and "Joe Biden", both Vice President).

    ``Donald Trump Jr.`` stays apart from ``Donald Trump``: they share articles, or their titles differ.
    """
    out = {}
    plain: dict[str, list[_Person]] = {}
    for p in people:
        if not p.forms[0].name.suffix:
            plain.setdefault(p.forms[0].name.key[0], []).append(p)
    for p in people:
        n = p.forms[0].name
        if _norm(n.suffix or "") != "jr":
            continue
        title = p.top_title()
        fits = [q for q in plain.get(n.key[0], ())
                if all(_roots(n.given) & _roots(f.name.given) for f in q.forms if f.name.given)
                and title and q.top_title() == title and not co(p, q)]
        if len(fits) == 1:
            out[id(p)] = fits[0]
    return out


def _inner_person(rec: _Form, person_of_form: Mapping[str, _Person]) -> _Person | None:
    """The person of the run whose full name a longer form holds, with words around it that are no name.

    A headline or a cut clause runs words into a name ("Rival Hillary Clinton", "Glenn Beck Blasts
    Drudge", "Fox News’ Sean Hannity"); a given name, initial or suffix among those words makes it
    another name ("Debbie Wasserman Schultz", "Brent Bozell III"), never linked.
    """
    words = rec.form.split()
    for size in range(len(words) - 1, 1, -1):
        for i in range(len(words) - size + 1):
            inner = " ".join(words[i:i + size])
            host = person_of_form.get(inner)
            if host is None or host.forms[0].name.given is None:
                continue
            n = _parse(inner)
            rest = words[:i] + words[i + size:]
            if (n.given and not n.initials
                    and not any(_is_given_name(w) or _INITIALS.fullmatch(w) or _norm(w) in _SUFFIXES
                                or _norm(w) in _PARTICLES for w in rest)):
                return host
    return None


def _shown_name(person: _Person, user: Mapping[str, str], keep_initials: bool = False) -> str:
    """The canonical name: yours, else the most frequent form written without middle names or initials,
    else the most frequent form without its middle initials (with them where ``keep_initials``)."""
    for f in sorted(person.forms, key=lambda f: (-len(f.articles), -f.statements, f.form)):
        if f.form in user:
            return user[f.form]
    ranked = sorted(person.forms, key=lambda f: (f.aside, bool(f.name.middles), -len(f.articles), -f.statements,
                                                 len(f.form), f.form.isascii(), f.form))
    if keep_initials:
        ranked = sorted(person.forms, key=lambda f: (f.aside, not f.name.pattern, -len(f.articles), -f.statements,
                                                     f.form))
        return ranked[0].name.shown(keep_initials=True)
    return ranked[0].name.shown()


def link_people(
    quotes: pd.DataFrame, speakers: pd.DataFrame, *, aliases: Mapping[str, str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The quotes and speakers tables with ``person`` linked across the run.

    Does not modify its inputs. See the module docstring for the rules.

    Parameters
    ----------
    quotes, speakers : pandas.DataFrame
        Tables of one run (all of it: a surname is linked to the full names
        the tables hold).
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
    user = _merge_map(aliases, ((q, forms_q), (s, forms_s)))
    aids_s = s["article_id"].astype(str).tolist() if "article_id" in s.columns else [""] * len(s)
    aids_q = q["article_id"].astype(str).tolist() if "article_id" in q.columns else [""] * len(q)
    info, local, in_article = _run_evidence(s, aids_s, forms_s, aids_q, forms_q)
    person_of_form, people_all = _full_name_people(info)
    by_surname = _name_people(people_all, user)

    # 3. a surname alone, by the evidence of its own article
    memo: dict[tuple[str, str], str] = {}

    def lone(aid: str, f: str) -> str:
        key = (aid, f)
        if key in memo:
            return memo[key]
        said, offices, *ambiguous = local.get(key, (None, frozenset()))
        memo[key] = f if ambiguous else _link_surname(
            info[f].name, said, offices, by_surname, {person_of_form[x] for x in in_article.get(aid, ())
                                                      if x in person_of_form}) or f
        return memo[key]

    def person_of(aid: str, f: str | None) -> str | None:
        if not f:
            return None
        if f in user:
            return user[f]
        p = person_of_form.get(f)
        if p is not None:
            return p.canonical
        return lone(aid, f)

    q["person"] = pd.array([person_of(a, f) for a, f in zip(aids_q, forms_q)], dtype="string")
    if "affiliation" in q.columns:
        # whom a source speaks for, named as the run names that person ("Hillary Rodham Clinton" -> its canonical form)
        affs = [_clean(v) for v in q["affiliation"].tolist()]
        q["affiliation"] = pd.array([person_of_form[f].canonical if f in person_of_form else f for f in affs],
                                    dtype="string")
    s["person"] = pd.array([person_of(a, f) for a, f in zip(aids_s, forms_s)], dtype="string")
    # a description given to someone by salience alone stays theirs only where the run's evidence fits it
    return fit_descriptions(q, s), s


def _merge_map(aliases: Mapping[str, str] | None, tables: Iterable[tuple[pd.DataFrame, list]]) -> dict[str, str]:
    """Your merge map, cleaned, plus each person form whose article's fullest form (``speaker``) it names.

    ``tables`` holds (table, its cleaned person forms) pairs.
    """
    user = {_clean(k): _clean(v) for k, v in (aliases or {}).items() if _clean(k) and _clean(v)}
    if user:
        # a merge map may name the fullest form in an article (speaker) rather than the person form
        extra = {}
        for df, forms in tables:
            for f, sp in zip(forms, df["speaker"].tolist() if "speaker" in df.columns else [None] * len(df)):
                sp = _clean(sp)
                if f and f not in user and sp in user:
                    extra[f] = user[sp]
        user.update(extra)
    return user


def _run_evidence(
    s: pd.DataFrame, aids_s: list[str], forms_s: list, aids_q: list[str], forms_q: list,
) -> tuple[dict[str, _Form], dict[tuple[str, str], tuple], dict[str, set[str]]]:
    """Step 1: what the run says of each form, and of each (article, form).

    Returns (form -> its record, (article, form) -> (gender, offices[, "ambiguous"]), article -> its forms).
    """
    genders_s = s["gender"].tolist() if "gender" in s.columns else [None] * len(s)
    titles_s = s["title"].tolist() if "title" in s.columns else [None] * len(s)
    said_s = s["statements"].tolist() if "statements" in s.columns else [0] * len(s)
    info: dict[str, _Form] = {}
    local: dict[tuple[str, str], tuple] = {}  # (article, form) -> (gender, offices[, "ambiguous"])
    in_article: dict[str, set[str]] = {}  # article -> its forms
    for aid, f, g, t, n in zip(aids_s, forms_s, genders_s, titles_s, said_s):
        if not f:
            continue
        rec = info.get(f) or info.setdefault(f, _Form(f))
        g = g[:1] if isinstance(g, str) else None
        offices = _office_words(t) if isinstance(t, str) and not is_honorific(t) else frozenset()
        offices = offices | frozenset(rec.name.titles)
        rec.articles.add(aid)
        rec.statements += int(n) if isinstance(n, (int, float)) and n == n else 0
        if g:
            rec.genders[g] = rec.genders.get(g, 0) + 1
        if isinstance(t, str) and not is_honorific(t):
            rec.titles[t] = rec.titles.get(t, 0) + 1
        for w in offices:
            rec.offices[w] = rec.offices.get(w, 0) + 1
        in_article.setdefault(aid, set()).add(f)
        if (aid, f) in local and local[(aid, f)][:2] != (g, offices):
            # two people of one article written alike ("Chief Davis" and "Ms. Davis"): the quotes table
            # cannot tell their statements apart, so neither is linked
            local[(aid, f)] = (None, frozenset(), "ambiguous")
        else:
            local[(aid, f)] = (g, offices)
    for aid, f in zip(aids_q, forms_q):
        if f and f not in info:
            info[f] = _Form(f)
            info[f].articles.add(aid)
            in_article.setdefault(aid, set()).add(f)
    return info, local, in_article


def _sort_full_names(
    info: Mapping[str, _Form],
) -> tuple[dict[tuple[str, str], list[_Form]], list[_Form], dict[str, list[str]]]:
    """Step 2a: forms with a given name by (surname, suffix); those to place later; double surnames alone.

    Returns (key -> its forms, forms with initials for a given name or a word before the given name,
    a double surname alone such as "Wasserman Schultz" -> the forms it may belong to).
    """
    groups: dict[tuple[str, str], list[_Form]] = {}
    later: list[_Form] = []  # initials for a given name, or a word before the given name
    tails: dict[str, list[str]] = {}  # "wasserman schultz" -> the forms with a given name before it
    for rec in info.values():
        n = rec.name
        if n.given and not n.initials and _is_given_name(n.given):
            words = [*n.middles, *n.surname.split()]
            if len(words) >= 2:
                tails.setdefault(" ".join(_norm(w) for w in words[-2:]), []).append(rec.form)
    compound: dict[str, list[str]] = {}  # "Wasserman Schultz" alone -> its hosts
    for rec in info.values():
        n = rec.name
        if n.given is None:
            continue
        if not n.middles and not n.initials and not _is_given_name(n.given):
            hosts = tails.get(f"{_norm(n.given)} {' '.join(_norm(w) for w in n.surname.split())}")
            if hosts:
                compound[rec.form] = hosts
                continue
        if n.initials or (n.middles and not _is_given_name(n.given) and _is_given_name(n.middles[0])):
            rec.aside = True
            later.append(rec)
        else:
            groups.setdefault(n.key, []).append(rec)
    return groups, later, compound


def _full_name_people(info: Mapping[str, _Form]) -> tuple[dict[str, _Person], list[_Person]]:
    """Step 2: full names into people, by (surname, suffix). Returns (form -> person, the people)."""
    groups, later, compound = _sort_full_names(info)
    person_of_form: dict[str, _Person] = {}
    people_all: list[_Person] = []
    for forms in groups.values():
        for p in _cluster(forms):
            people_all.append(p)
            for f in p.forms:
                person_of_form[f.form] = p
    _place_later(later, groups, person_of_form, people_all)
    for form, hosts in compound.items():  # a double surname alone: "Wasserman Schultz", "Peña Nieto"
        rec = info[form]
        fits = list({id(person_of_form[h]): person_of_form[h] for h in hosts if h in person_of_form}.values())
        if len(fits) == 1:
            rec.aside = True
            fits[0].forms.append(rec)
            person_of_form[form] = fits[0]
        else:
            p = _Person(rec)
            people_all.append(p)
            person_of_form[form] = p
    for p in [p for p in people_all if len(p.forms) == 1 and len(p.forms[0].form.split()) > 2]:
        host = _inner_person(p.forms[0], person_of_form)
        if host is not None and host is not p:  # "Rival Hillary Clinton", "Glenn Beck Blasts Drudge"
            p.forms[0].aside = True
            host.forms.append(p.forms[0])
            person_of_form[p.forms[0].form] = host
            people_all.remove(p)

    def together(a: _Person, b: _Person) -> bool:
        return bool(a.articles() & b.articles())

    for junior, senior in _link_junior(people_all, together).items():
        p = next(p for p in people_all if id(p) == junior)
        senior.forms.extend(p.forms)
        for f in p.forms:
            person_of_form[f.form] = senior
        people_all.remove(p)
    return person_of_form, people_all


def _place_later(
    later: list[_Form], groups: dict[tuple[str, str], list[_Form]], person_of_form: dict[str, _Person],
    people_all: list[_Person],
) -> None:
    """Step 2b: each form with initials or a word before its given name joins the one person it fits, else
    becomes a person of its own (updates ``groups``, ``person_of_form`` and ``people_all``)."""
    for rec in sorted(later, key=lambda f: (-len(f.articles), f.form)):
        n = rec.name
        fits = []
        if n.initials:  # "W. Bush": the Bush whose initials these are
            letters = n.given.replace(".", "").upper() + n.pattern
            fits = [p for p in {id(p): p for p in (person_of_form[f.form] for f in groups.get(n.key, ()))}.values()
                    if any(letters in (f.name.pattern, _norm(f.name.given)[:1].upper() + f.name.pattern,
                                       _norm(f.name.given)[:1].upper())
                           for f in p.forms)]
        else:  # "State Hillary Clinton": the Hillary Clinton of the run
            inner = _Form(" ".join((*n.middles, n.surname, *(n.suffix,) * bool(n.suffix))))
            inner.genders = rec.genders
            cands = {id(p): p for p in (person_of_form[f.form] for f in groups.get(n.key, ()))}.values()
            fits = [p for p in cands if all(_compatible(inner, g) for g in p.forms)]
        if len(fits) == 1:
            fits[0].forms.append(rec)
            person_of_form[rec.form] = fits[0]
        else:
            p = _Person(rec)
            people_all.append(p)
            person_of_form[rec.form] = p
            groups.setdefault(n.key, []).append(rec)


def _name_people(people_all: list[_Person], user: Mapping[str, str]) -> dict[str, list[_Person]]:
    """Give each person its canonical name (with initials where two would be written alike); the people by
    surname."""
    shown: dict[str, list[_Person]] = {}
    for p in people_all:
        p.canonical = _shown_name(p, user)
        shown.setdefault(p.canonical, []).append(p)
    for same in shown.values():
        if len(same) > 1:  # George H. W. Bush and George W. Bush are not both "George Bush"
            for p in same:
                if not any(f.form in user for f in p.forms):
                    p.canonical = _shown_name(p, user, keep_initials=True)
    by_surname: dict[str, list[_Person]] = {}
    for p in people_all:
        by_surname.setdefault(p.forms[0].name.key[0], []).append(p)
    return by_surname


def _link_surname(
    name: _Name, said: str | None, offices: frozenset[str], by_surname: Mapping[str, list[_Person]],
    here: set[_Person],
) -> str | None:
    """The canonical name a surname alone means in its article, or None to leave it as written.

    ``said``: the gender its own article gives it (``f``, ``m`` or None); ``offices``: the office words
    of its title there; ``here``: the people of its article. In order: the run's people of that surname
    whose gender fits; of those, the ones whose titles in the run hold the office ("President Obama":
    not Michelle Obama); then the one named in the same article; else the only one, or the one
    with :data:`DOMINANT` times the articles of the next. Two people of the surname in its own
    article that the evidence cannot tell apart leave it as written.
    """
    if not name.surname.split()[-1][:1].isupper() or _INITIALS.fullmatch(name.surname):
        return None  # "star", "C.": no surname
    given = _is_given_name(name.surname)  # "Hillary" alone is not the surname of "Crooked Hillary"
    cands = [p for p in by_surname.get(name.key[0], ())
             if not (said and p.gender() and p.gender() != said)
             and not (given and not _is_given_name(p.canonical.split()[0]))]
    # "Bernie Sanders" and "Carol Sanders" before "Both Sanders" or "Top Sanders": a form without a known
    # given name counts only where it outweighs those with one ("Barack", not in the census lists, stays)
    known = max((p.weight() for p in cands if _is_given_name(p.canonical.split()[0])), default=0)
    cands = [p for p in cands if _is_given_name(p.canonical.split()[0]) or p.weight() >= known]
    if len(cands) > 1 and offices:
        scored = sorted(((p.office(offices), p) for p in cands), key=lambda t: -t[0])
        if scored[0][0] > 0:
            if len(scored) == 1 or scored[0][0] >= 2 * scored[1][0]:
                cands = [scored[0][1]]
            else:
                cands = [p for n, p in scored if n > 0]
    local = [p for p in cands if p in here]
    if local:
        return local[0].canonical if len(local) == 1 else None
    if len(cands) == 1:
        return cands[0].canonical
    if len(cands) > 1:
        ranked = sorted(cands, key=lambda p: -p.weight())
        if ranked[0].weight() >= DOMINANT * ranked[1].weight():
            return ranked[0].canonical
    return None


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


def _value(v: object) -> object:
    """None for a missing value (``pd.NA``, NaN), else the value."""
    return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v


def _column(df: pd.DataFrame, name: str) -> list:
    """A column as a list, None for a missing value."""
    if name not in df.columns:
        return [None] * len(df)
    values = df[name].tolist()
    if df[name].dtype == "string":  # str or pd.NA
        return [v if v.__class__ is str else None for v in values]
    return [_value(v) for v in values]


class _Said(NamedTuple):
    """What people and sources count of one statement (the fields :func:`newsanalysis.statements` gives it)."""

    article: object
    person: str | None
    kind: str | None
    speaker: str | None
    mention: str | None
    compound: float


def _statements_said(quotes: pd.DataFrame) -> list[_Said]:
    """One :class:`_Said` a statement of ``quotes``, in one pass over its columns.

    The same statements as :func:`newsanalysis.statements`: the speech rows sharing ``statement`` in
    an article (a row without one is its own); the person, source kind, speaker and mention of its
    first row; the mean compound of its rows that are not inside another of its rows.
    """
    kinds = quotes["kind"].tolist() if "kind" in quotes.columns else []
    keep = [i for i, k in enumerate(kinds) if k in _SPEECH]
    cols = {name: _column(quotes, name) for name in
            ("article_id", "statement", "start", "end", "person", "source_kind", "speaker", "speaker_mention",
             "compound")}
    groups: dict[tuple, list[int]] = {}
    for i in keep:
        k = cols["statement"][i]
        groups.setdefault((cols["article_id"][i], k) if k is not None else ("row", i), []).append(i)
    starts, ends, compounds = cols["start"], cols["end"], cols["compound"]
    out = []
    for rows in groups.values():
        if len(rows) > 1:
            rows.sort(key=lambda i: (starts[i], -ends[i]))
            spans = [(starts[i], ends[i]) for i in rows]
            top = [rows[j] for j in _top_level(spans)]
        else:
            top = rows
        tone = [compounds[i] for i in top]
        first = rows[0]
        out.append(_Said(cols["article_id"][first], cols["person"][first], cols["source_kind"][first],
                         cols["speaker"][first], cols["speaker_mention"][first],
                         sum(tone) / len(tone) if all(t is not None for t in tone) else float("nan")))
    return out


def _dates(articles: pd.DataFrame | None) -> dict:
    if articles is None or "date" not in articles.columns:
        return {}
    return dict(zip(articles["article_id"], articles["date"]))


def _mean(total: float, n: int) -> float:
    return total / n if n else float("nan")


def _said_by_person(q: pd.DataFrame) -> dict[str, list]:
    """Person -> [statements, articles, sum of compound, statements with a compound], from linked quotes."""
    said: dict[str, list] = {}
    for stmt in _statements_said(q):
        if stmt.person is None:
            continue
        acc = said.get(stmt.person)
        if acc is None:
            acc = said[stmt.person] = [0, set(), 0.0, 0]
        acc[0] += 1
        acc[1].add(stmt.article)
        if stmt.compound == stmt.compound:
            acc[2] += stmt.compound
            acc[3] += 1
    return said


def _seen_by_person(s: pd.DataFrame, dates: Mapping) -> dict[str, list]:
    """Person -> [titles, genders, mentions, days, forms], from the linked speakers table."""
    seen: dict[str, list] = {}
    for person, aid, title, gender, mentions, speaker, forms in zip(
        _column(s, "person"), _column(s, "article_id"), _column(s, "title"), _column(s, "gender"),
        _column(s, "mentions"), _column(s, "speaker"), _column(s, "aliases"),
    ):
        if person is None:
            continue
        acc = seen.get(person)
        if acc is None:
            acc = seen[person] = [Counter(), Counter(), 0, [], {}]
        if title is not None and not is_honorific(str(title)):
            acc[0][title] += 1
        if gender is not None:
            acc[1][str(gender)] += 1
        acc[2] += int(mentions or 0)
        day = _value(dates.get(aid))
        if day is not None:
            acc[3].append(day)
        for form in [speaker, *(str(forms).split(schema.ALIAS_SEP) if forms is not None else [])]:
            form = _clean(form)
            if form:
                acc[4].setdefault(form, None)
    return seen


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
    :func:`sources`. Does not modify its inputs. One pass over each table:
    its time grows with the rows, not with people times rows.

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
    said = _said_by_person(q)
    seen = _seen_by_person(s, _dates(articles))
    run = _Profiles(s) if "roles" in s.columns else None
    rows = []
    for person, (titles, genders, mentions, days, forms) in seen.items():
        n, arts, total, n_tone = said.get(person, (0, (), 0.0, 0))
        gender, evidence = _gender(person, genders)
        forms = _fitting_forms(person, forms, run, gender)
        rows.append({
            "person": person,
            "gender": gender,
            "gender_evidence": evidence,
            "title": titles.most_common(1)[0][0] if titles else None,
            "articles": len(arts),
            "statements": n,
            "quoted": n > 0,
            "mentions": mentions,
            "first_date": min(days) if days else None,
            "mean_compound": _mean(total, n_tone),
            "aliases": schema.ALIAS_SEP.join(forms),
        })
    frame = schema.to_frame({c: [r[c] for r in rows] for c in schema.PEOPLE}, schema.PEOPLE)
    return frame.sort_values(["statements", "mentions", "person"], ascending=[False, False, True],
                             kind="stable").reset_index(drop=True)


#: Pronouns of one gender, which are no alias of a person known to be of the other.
_OTHER_GENDER = {"male": frozenset(["she", "her", "hers"]), "female": frozenset(["he", "him", "his"])}


def _fitting_forms(person: str, forms: Iterable[str], run: _Profiles | None, gender: str) -> list[str]:
    """The forms of ``person`` a reader can take for them: not a pronoun of the other gender, nor a description
    that what the run writes of them contradicts (a within-article guess: "the German leader" of Donald Trump)."""
    other = _OTHER_GENDER.get(gender, frozenset())
    return [f for f in forms if f.lower() not in other and (
        # (only a form that opens like a description, as read_source reads one, needs the run's profile)
        run is None or f.split(None, 1)[0].lower() not in DESCRIPTION_LEADS or run.fits(person, f)
    )]


def _gender(person: str, said: Counter) -> tuple[str, str | None]:
    """(gender, evidence) of a person: the articles' own evidence first, then the given name, else unknown."""
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
    one). Does not modify its inputs. One pass over the quotes table.

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
    groups: dict[tuple[str, str], list] = {}  # (kind, source) -> [forms, articles, statements, tone, mentions]
    for st in _statements_said(quotes):
        if st.kind not in ("organisation", "unnamed") or st.speaker is None:
            continue
        speaker = str(st.speaker)
        acc = groups.get((st.kind, speaker.lower()))
        if acc is None:
            acc = groups[(st.kind, speaker.lower())] = [Counter(), set(), 0, [], {}]
        acc[0][speaker] += 1
        acc[1].add(st.article)
        acc[2] += 1
        acc[3].append(st.compound)
        if st.mention is not None:
            acc[4].setdefault(_clean(st.mention), None)
    rows = []
    for (kind, _), (forms, arts, n, tone, mentions) in groups.items():
        scored = [t for t in tone if t == t]
        rows.append({
            "source": forms.most_common(1)[0][0],
            "kind": kind,
            "articles": len(arts),
            "statements": n,
            "mean_compound": sum(scored) / len(scored) if scored else float("nan"),
            "aliases": schema.ALIAS_SEP.join(m for m in mentions if m),
        })
    frame = schema.to_frame({c: [r[c] for r in rows] for c in schema.SOURCES}, schema.SOURCES)
    return frame.sort_values(["statements", "source"], ascending=[False, True], kind="stable").reset_index(drop=True)
