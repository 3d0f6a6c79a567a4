"""The cue lexicon and the quotation marks, read from package data on first use.

``data/cues.tsv`` holds one row per reporting word form with its lemma and
one column per behaviour; ``data/quote_marks.tsv`` the double quotation
marks and their roles. Nothing is read at import: the first access to one of
the names below (``lexicon.CUES``, ``lexicon.SAY``, ...) reads both files
and sets them all.

Names (sets of lemmas unless said otherwise):

* ``CUES``: form -> lemma, for every single-word form;
* ``PHRASES``: the lemmas of two words (``call for``, ``point to``), read when the word after a cue's
  form is the second word;
* ``INVERTIBLE``: forms that can stand before their source (``"...," said X``);
* ``BELIEF``, ``CLAUSE``, ``NEEDS_THAT``, ``BARE_BELIEF``, ``SAY``, ``ASK``,
  ``DEMAND``, ``COMMIT``, ``ADDRESSED``, ``NAMING``, ``ANNOUNCE``,
  ``RELATIVE_CUES``, ``INTENT``, ``OBJECT_CUES``: one per behaviour column (see the file's header);
* ``SPEECH_FORMS``, ``BELIEF_FORMS``, ``BARE_FORMS``: the forms of speech
  lemmas, of belief lemmas, and of ``BARE_BELIEF`` lemmas;
* ``OPENERS``, ``CLOSERS``: opening and closing marks (strings of characters);
  ``MARK_AS``: mark -> the mark it stands for (``''`` -> ``"``); ``LONG_MARKS``: marks of
  more than one character;
  ``DMARK``, ``DMARK_CHARS``: patterns finding every mark, and every mark of
  one character (faster, for a text without a mark of two).

Examples
--------
>>> from newsanalysis.attribution import lexicon
>>> lexicon.CUES["told"], "said" in lexicon.INVERTIBLE, "urge" in lexicon.DEMAND
('tell', True, True)
>>> sorted(lexicon.PHRASES)
['call for', 'call on']
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_COLUMNS = {
    "clause": "CLAUSE",
    "needs_that": "NEEDS_THAT",
    "bare_belief": "BARE_BELIEF",
    "say": "SAY",
    "ask": "ASK",
    "demand": "DEMAND",
    "commit": "COMMIT",
    "addressed": "ADDRESSED",
    "naming": "NAMING",
    "announce": "ANNOUNCE",
    "relative": "RELATIVE_CUES",
    "intent": "INTENT",
    "object": "OBJECT_CUES",
}
_NAMES = frozenset(
    [*_COLUMNS.values(), "CUES", "PHRASES", "INVERTIBLE", "BELIEF", "SPEECH_FORMS", "BELIEF_FORMS", "BARE_FORMS",
     "OPENERS", "CLOSERS", "MARK_AS", "LONG_MARKS", "DMARK", "DMARK_CHARS"]
)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsanalysis").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return lines[1:]  # past the header


def read_cues() -> dict[str, object]:
    """Read ``data/cues.tsv`` into the cue sets (see the module docstring).

    Raises ValueError when two forms of one lemma disagree on a behaviour.

    Examples
    --------
    >>> sets = read_cues()
    >>> sorted(sets["COMMIT"])
    ['agree', 'pledge', 'promise', 'vow']
    """
    cues: dict[str, str] = {}
    invertible: set[str] = set()
    flags: dict[str, tuple[str, ...]] = {}
    sets: dict[str, set[str]] = {v: set() for v in _COLUMNS.values()}
    belief: set[str] = set()
    cols = list(_COLUMNS)
    for row in _rows("cues.tsv"):
        form, lemma, reports, inv, *marks = row
        if len(marks) != len(cols):
            raise ValueError(f"cues.tsv: {len(row)} columns in the row of {form!r}")
        lemma_flags = (reports, *marks)
        if flags.setdefault(lemma, lemma_flags) != lemma_flags:
            raise ValueError(f"cues.tsv: the forms of {lemma!r} disagree ({form!r})")
        if " " not in form:
            cues[form] = lemma
        if inv == "x":
            invertible.add(form)
        if reports == "belief":
            belief.add(lemma)
        for col, mark in zip(cols, marks):
            if mark == "x":
                sets[_COLUMNS[col]].add(lemma)
    out: dict[str, object] = {name: frozenset(s) for name, s in sets.items()}
    out["CUES"] = cues
    out["PHRASES"] = frozenset(flags) - frozenset(cues.values())  # lemmas of two words: "call for", "point to"
    out["INVERTIBLE"] = frozenset(invertible)
    out["BELIEF"] = frozenset(belief)
    out["SPEECH_FORMS"] = frozenset(w for w, lemma in cues.items() if lemma not in belief)
    out["BELIEF_FORMS"] = frozenset(w for w, lemma in cues.items() if lemma in belief)
    out["BARE_FORMS"] = frozenset(w for w, lemma in cues.items() if lemma in out["BARE_BELIEF"])
    return out


_WORDS = re.compile(r"[a-z’']+")


@lru_cache(maxsize=4096)
def cue_type(cue: str | None) -> str | None:
    """What a cue reports: ``speech``, ``belief``, ``stance``, ``intention``, ``demand`` or ``naming``.

    None for no cue; :func:`quote_cue_type` gives the ``cue_type`` column from it.

    Read from the cue's lemma in ``data/cues.tsv``: a stance towards an object (``criticized``, ``endorsed``),
    an intention or commitment and its infinitive (``declined to``, ``vowed to``), a demand (``urged``,
    ``called for``), a naming (``called him ...``, ``described ... as``), a belief or finding (``believes``,
    ``polls show``); any other cue, and a cue outside the lexicon (``:`` of a transcript, ``fumed``), is
    speech.

    Examples
    --------
    >>> [cue_type(c) for c in ("said", "endorsed", "declined", "called for", "called", "believes", ":", None)]
    ['speech', 'stance', 'intention', 'demand', 'naming', 'belief', 'speech', None]
    """
    if cue is None:
        return None
    g = _loaded()
    words = _WORDS.findall(cue.lower())
    cues = g["CUES"]
    lemma = None
    for j, w in enumerate(words):
        if w in cues:
            lemma = cues[w]
            if j + 1 < len(words) and f"{lemma} {words[j + 1]}" in g["PHRASES"]:
                lemma = f"{lemma} {words[j + 1]}"  # "called for": a demand, not a naming
            break
    if lemma is None:
        return "speech"
    if lemma in g["OBJECT_CUES"]:
        return "stance"
    if lemma in g["INTENT"] or lemma in g["COMMIT"]:
        return "intention"
    if lemma in g["DEMAND"]:
        return "demand"
    if lemma in g["NAMING"]:
        return "naming"
    if lemma in g["BELIEF"]:
        return "belief"
    return "speech"


def quote_cue_type(cue: str | None, kind: str | None, text: str = "") -> str | None:
    """The ``cue_type`` of a quotes row of ``kind`` whose content is ``text``.

    Words in quotation marks (``direct``, ``partial``) are ``speech`` whatever their cue
    (``“Act now,” Lee urged.``); a ``mention`` has none. A reported clause takes :func:`cue_type`, except that
    an intention or a demand needs its infinitive (``declined to comment``, ``urged Congress to act``; ``agreed
    that ...`` and ``accused Kim of lying`` are speech).

    Parameters
    ----------
    cue : str or None
        The ``cue`` column.
    kind : str or None
        The ``kind`` column.
    text : str
        The ``text`` column (the content).

    Returns
    -------
    str or None
        One of :data:`newsanalysis.schema.CUE_TYPES`, or None.

    Examples
    --------
    >>> quote_cue_type("urged", "direct", "Act now,"), quote_cue_type("urged", "indirect", "Congress to act")
    ('speech', 'demand')
    >>> quote_cue_type("agreed", "indirect", "the plan was flawed"), quote_cue_type("said", "mention", "x")
    ('speech', None)
    """
    if kind == "mention":
        return None
    if kind in ("direct", "partial"):
        return "speech"
    t = cue_type(cue)
    low = f" {text.lower()} "
    if t == "intention" and not low.startswith(" to "):
        return "speech"
    if t == "demand" and " to " not in low and not (cue or "").lower().endswith((" for", " on")):
        return "speech"
    return t


def _loaded() -> dict[str, object]:
    """The module's globals, with the data files read."""
    g = globals()
    if "CUES" not in g:
        __getattr__("CUES")
    return g


def read_marks() -> dict[str, object]:
    """Read ``data/quote_marks.tsv`` into ``OPENERS``, ``CLOSERS``, ``MARK_AS`` and the mark patterns.

    Examples
    --------
    >>> m = read_marks()
    >>> m["MARK_AS"]["''"], "”" in m["CLOSERS"], bool(m["DMARK_CHARS"].match("«"))
    ('"', True, True)
    """
    openers, closers, singles, longer = [], [], [], []
    mark_as: dict[str, str] = {}
    for mark, role, as_ in _rows("quote_marks.tsv"):
        if role == "open":
            openers.append(mark)
        elif role == "close":
            closers.append(mark)
        elif role != "either":
            raise ValueError(f"quote_marks.tsv: unknown role {role!r}")
        if as_ != mark:
            mark_as[mark] = as_
        (singles if len(mark) == 1 else longer).append(mark)
    chars = "[" + "".join(re.escape(m) for m in singles) + "]"
    return {
        "OPENERS": "".join(openers),
        "CLOSERS": "".join(closers),
        "MARK_AS": mark_as,
        "LONG_MARKS": tuple(longer),
        "DMARK": re.compile("|".join([*(re.escape(m) for m in longer), chars])),
        "DMARK_CHARS": re.compile(chars),
    }


def __getattr__(name: str):
    if name in _NAMES:
        globals().update(read_cues())
        globals().update(read_marks())
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
