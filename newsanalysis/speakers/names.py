"""Capitalised runs read as names: a run split into title and name, and whether it is a person,
a place or a body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import organisations as _orgs
from .words import (
    _AGENT_HEADS,
    _BODY_WORDS,
    _GROUP_HEADS,
    _LEADING,
    _NOT_PERSON,
    _NOT_PERSON_NOUNS,
    _OFFICE,
    _ORG_HEADS,
    _ORG_NAMES,
    _PARTY_WORDS,
    _PERSON_NOUNS,
    _PLACE_DOTTED,
    _PLACE_WORDS,
    _PORTFOLIOS,
    _ROLE_HEADS,
    _ROMAN,
    _TITLE_WORDS,
    _given_names,
    _norm,
)


@lru_cache(maxsize=65536)
def _split_run(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Title words and name words of a capitalised run (cached: runs repeat)."""
    words = run.split()
    lead = 0
    while lead < len(words) and (
        _norm(words[lead]) in _LEADING
        or (lead == 0 and words[0] in ("Said", "Says"))  # "Said Ellis:" opens with the cue
        or (words[lead] in _PLACE_DOTTED and lead + 1 < len(words))  # "U.S. Trump" (after "... in the U.S.")
        or (_norm(words[lead]).endswith("ly") and _norm(words[lead]) not in _given_names())  # "Suddenly"
        or (
            lead + 1 < len(words)
            and _norm(words[lead]) not in _TITLE_WORDS  # ("Representative")
            and _orgs.common_word_kind(words[lead], _given_names()) is not None  # "Despite", "Both", "Electing"
        )
    ):
        lead += 1
    words = words[lead:]  # (pop(0) in a loop was quadratic in a run of thousands of initials)
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("’s", "'s", "s’", "s'")):
            # "Fox News’ Sean Hannity", "Trump’s Indiana": the name is what the possessive owns (but a place's
            # possessive is a title's qualifier: "Ukraine’s President Volodymyr Zelensky")
            own = _norm(words[i].rstrip("’'"))
            if own not in _orgs.place_names() and _orgs.organisation_kind(words[i]) != "place":
                words = words[i + 1 :]
            break
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    elif words and len(words[-1].rstrip("’'")) > 1 and words[-1].endswith(("’", "'")):
        # "Bernie Sanders’ campaign" (a possessive after s), "Hillary Clinton''" and "‘Crooked Hillary’"
        # (the closing mark of a quote): no name ends with an apostrophe
        words[-1] = words[-1].rstrip("’'")
    k = -1
    for i, w in enumerate(words[:-1]):  # the last word is a name even when it could be a title ("Peter T. King")
        if _norm(w) in _TITLE_WORDS or (i and words[i - 1] == "of" and _norm(w) in _PORTFOLIOS):
            k = i
    if k == -1 and len(words) == 1 and _norm(words[0]) in _TITLE_WORDS:
        k = 0  # a title alone ("Senator")
    title, name = words[: k + 1], words[k + 1 :]
    if title and not any(_norm(w) in _OFFICE for w in title):
        title, name = [], words
        while len(name) > 1 and (_norm(name[0]) in _TITLE_WORDS or _norm(name[0]) in _PORTFOLIOS):
            name = name[1:]  # "State Hillary Clinton" (of "secretary of State Hillary Clinton"), "Former Trump"
    return tuple(title), tuple(name)


@lru_cache(maxsize=65536)
def _is_place(name: tuple[str, ...]) -> bool:
    """Whether a run of capitalised words names a place, a body, a law or a headline, not a person."""
    if len([w for w in name if w[:1].isupper()]) > 4:
        return True  # a headline in title case
    if " ".join(_norm(w) for w in name) in _orgs.place_names():
        return True
    # an acronym (NAACP, FBI) makes a body; an initial with its period (J.) does not
    return (
        any(_norm(w) in _NOT_PERSON or _norm(w) in _BODY_WORDS for w in name)
        or any(len(w.rstrip(".")) > 1 and w.isupper() and "." not in w.rstrip(".") and w not in _ROMAN for w in name)
        or _orgs.organisation_kind(" ".join(name)) is not None  # the gazetteer, "X Institution", "N. Korea"
    )  # (initials such as J.M. and generations such as III are no acronym)


@lru_cache(maxsize=65536)
def _looks_personal(title: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a run names a person though a word of it names places or bodies (``Dr. Helen Park``).

    It does with a title of office or an honorific before it, or when its
    first word is a given name of the census lists and it has two or three
    words (``Helen Park``, not ``Washington Post Company``).
    """
    if any(_norm(w) in _OFFICE and _norm(w) not in _PARTY_WORDS for w in title):
        return True  # (not "Republican" of "Republican National Convention")
    if not 2 <= len(name) <= 3 or any(len(w.rstrip(".")) > 1 and w.isupper() for w in name):
        return False
    if " ".join(_norm(w) for w in name) in _orgs.place_names() or _norm(name[-1]) in _ORG_NAMES:
        return False
    if _orgs.organisation_kind(" ".join(name)) not in (None, "place"):
        return False  # "Laura Ingraham Show", "Harvey Milk Foundation": a body named for a person
    last = _norm(name[-1])
    return (
        _norm(name[0]) in _given_names()
        and last not in _ORG_HEADS
        and last not in _PLACE_WORDS
        and last not in _GROUP_HEADS  # "Virginia Democrats"
    )


def _person_noun(word: str) -> bool:
    """Whether a description's head names a person (``author``, ``spokeswoman``; not ``hearing``, ``letter``)."""
    w = _norm(word)
    if w in _NOT_PERSON_NOUNS:
        return False
    return (
        w in _TITLE_WORDS
        or w in _ROLE_HEADS
        or w in _AGENT_HEADS
        or w in _PERSON_NOUNS
        or w.endswith(("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ess", "crat"))
    )


def _titled_body(title: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a title and a name are together a body's name: ``General Electric``, ``Justice Department``."""
    return (
        bool(title)
        and len(name) == 1  # (not "National Republican Senatorial Committee Chairman Roger Wicker")
        and _orgs.organisation_kind(" ".join(title + name), acronyms=False) not in (None, "place")
    )


def _person_after_body(name: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
    """Where a person's name starts at the end of a run taken for a body, and the role before it.

    ``White House Counsel W. Neil Eggleston`` -> Neil Eggleston's start and no role (``Counsel`` names no
    person by its form), ``Maricopa County Recorder Helen Purcell`` -> ``Recorder``: a given name of the
    census lists, then one or two capitalised words (initials aside) that name no body or place.
    """
    given = _given_names()
    for k in range(len(name) - 2, 0, -1):
        if _norm(name[k]) not in given or not name[k][1:].islower():
            continue
        rest = [w for w in name[k:] if not re.fullmatch(r"[A-Z]\.", w)]
        if not 2 <= len(rest) <= 3 or any(_is_place((w,)) or _norm(w) in _ORG_HEADS or _norm(w) in _PLACE_WORDS
                                          or _norm(w) in _GROUP_HEADS for w in rest):
            return None
        j = k
        while j > 0 and re.fullmatch(r"[A-Z]\.", name[j - 1]):
            j -= 1  # "W. Neil Eggleston"
        before = name[j - 1] if j else ""
        role = (before,) if before and (_norm(before) in _TITLE_WORDS or _person_noun(before)) else ()
        return j, role
    return None
