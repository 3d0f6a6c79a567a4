"""Reading a source phrase as written, before any lookup: :func:`read_source` and :class:`SourcePhrase`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import organisations as _orgs
from .names import _is_place, _looks_personal, _person_after_body, _split_run, _titled_body
from .words import (
    _AGENT_HEADS,
    _GROUP_HEADS,
    _LEADING,
    _ORG_HEADS,
    _PORTFOLIOS,
    _ROLE_HEADS,
    _ROLE_HEADS_STATE,
    _TITLE_WORDS,
    _given_names,
    _norm,
)


@dataclass(frozen=True, slots=True)
class SourcePhrase:
    """How a quote's source reads as written, before any lookup.

    Attributes
    ----------
    form : str
        ``name`` (``Sen. Ted Cruz``, ``Sam Reyes of the union``),
        ``pronoun`` (``she``, ``they``, ``who``), ``description`` (``the
        former secretary of state``: a person already named, if any),
        ``other`` (``the ministry``, ``a spokesperson``, ``The Post``) or
        ``none`` (``I``, ``you``: nobody the text names).
    words : tuple of str
        The name words, the pronoun, the description's words, or the words
        of an other source.
    title : tuple of str
        Title words before a name (``Sen.``).
    role : str or None
        A lower-case role before a name (``longtime pollster`` of
        ``longtime pollster Pat Caddell``).
    """

    form: str
    words: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    role: str | None = None

#: Words that are never a source on their own (function words, adverbs, verbs a quote stage may take for one).
_NOT_A_SOURCE = frozenset(
    """whether instead speaking particular past both this that these those more most less also then there here
    which what when where why how if so such very just even still yet again later earlier now today
    yesterday tonight telephone phone the a an and or but""".split()
)

#: Words after a name that start its affiliation: "Gov. Mike Pence of Indiana", "Sam Reyes of the
#: farm workers’ union", "Cameron Easley for Morning Consult".
_AFFILIATION = frozenset("of for from at with in".split())
#: The words a description opens with ("the senator", "his campaign manager").
DESCRIPTION_LEADS = frozenset("the his her their its".split())
#: Words between a role and the person or body it works for ("a spokeswoman for", "an aide to").
_RELATION = _AFFILIATION | {"to"}


def _name_in_phrase(words) -> bool:
    """Whether a source ends with a name inside a phrase (``The ad uses footage of Hillary Clinton``)."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return k > 0 and words[k - 1] in ("of", "for", "to", "with", "by", "about", "on", "against", "at", "from", "in")


def _principal(words) -> tuple[int, int] | None:
    """Where the person or body a source speaks for is written in it, as (start, end) word indices, or None.

    ``a spokeswoman for Hillary Clinton``, ``an aide to Clinton``, ``people close to Clinton``,
    ``sources familiar with Trump's thinking``, ``Clinton's campaign``, ``the Clinton campaign``.

    Examples
    --------
    >>> _principal("A spokeswoman for Hillary Clinton".split()), _principal("Trump's campaign".split())
    ((3, 5), (0, 1))
    >>> _principal("the former secretary of state".split()) is None
    True
    """
    words = list(words)
    low = [_norm(w) for w in words]
    for k, w in enumerate(low[:-1]):
        if w in _AGENT_HEADS and words[k][:1].islower() or (w in _AGENT_HEADS and k == 0):
            j = k + 1
            if low[j] in ("close", "familiar", "closest", "loyal", "near") and j + 1 < len(low):
                j += 1
            if low[j] not in ("for", "to", "of", "with", "at") or j + 1 >= len(words):
                continue
            j += 1
            if words[-1][:1].isupper():
                # "a spokesman for Democratic presidential candidate Hillary Clinton": the name that ends it
                e = b = len(words)
                while b > j and (words[b - 1][:1].isupper() or low[b - 1] in ("von", "van", "der", "de")):
                    b -= 1
                return (b, e) if _norm(words[b]) not in _LEADING else None
            while j < len(words) and not words[j][:1].isupper():
                j += 1
            e = j
            while e < len(words) and (words[e][:1].isupper() or (e > j and low[e] in ("von", "van", "der", "de"))):
                e += 1
            if e > j:
                return j, e
    # "Clinton's campaign", "the Clinton campaign", "Trump campaign manager": a name before an agent head
    for k in range(1, len(words)):
        if low[k] in _AGENT_HEADS and words[k][:1].islower():
            e = k
            b = e
            while b > 0 and words[b - 1][:1].isupper() and low[b - 1] not in ("the", "a", "an"):
                b -= 1
            while b < e and (low[b] in _LEADING or low[b] in _GROUP_HEADS):
                b += 1  # "Several Cruz aides": Cruz
            if b == e:
                return None  # "His campaign", "Some advisers"
            possessive = words[e - 1].endswith(("’s", "'s", "’", "'"))
            if not possessive and low[k] != "campaign" and low[e - 1].endswith(("ic", "ese", "ian", "ish", "ch", "an")):
                return None  # "Democratic officials", "Chinese officials", "French officials": no one they speak for
            return b, e
    return None


@lru_cache(maxsize=65536)
def read_source(mention: str) -> SourcePhrase:
    """How a source as written reads, before any lookup (cached: sources repeat).

    Examples
    --------
    >>> read_source("Gov. Mike Pence of Indiana")
    SourcePhrase(form='name', words=('Mike', 'Pence'), title=('Gov.',), role=None)
    >>> read_source("longtime pollster Pat Caddell").role
    'longtime pollster'
    >>> read_source("the former secretary of state").form, read_source("the fire service").form
    ('description', 'other')
    >>> read_source("she"), read_source("I").form
    (SourcePhrase(form='pronoun', words=('she',), title=(), role=None), 'none')
    """
    words = mention.split()
    if not words:
        return SourcePhrase("none")
    if len(words) == 1 and words[0].lower() in ("he", "she", "him", "her", "who", "which", "they"):
        return SourcePhrase("pronoun", (words[0],))
    if len(words) == 1 and words[0].lower() in ("it", "we", "i", "you"):
        return SourcePhrase("none")
    if all(_norm(w) in _NOT_A_SOURCE or w.lower().endswith(("n’t", "n't")) for w in words):
        return SourcePhrase("none")  # a word the quote stage took for a source: "don’t", "whether", "Instead"
    if len(words) == 1:
        common = _orgs.common_word_kind(words[0], _given_names())
        if common is not None:
            # "Despite" (a sentence's first word): nobody; "Six", "Legislative" (of "Legislative leaders"): unnamed
            return SourcePhrase("none") if common == "none" else SourcePhrase("other", (words[0],))
    name_at = _name_before_affiliation(words)
    if name_at is None:
        name_at = _name_before_clause(words)
    if name_at is not None:
        words = words[:name_at]
    head = words[-1]
    if head[:1].isupper() or head.rstrip(".").endswith(("Jr", "Sr")):
        return _read_named(words)
    if words[0].lower() in DESCRIPTION_LEADS and _norm(head) in _ROLE_HEADS_STATE:
        return SourcePhrase("description", tuple(words))
    return SourcePhrase("other", tuple(words))


def _read_named(words: list[str]) -> SourcePhrase:
    """A source whose last word is capitalised: a name, perhaps after a description, or a body.

    "longtime pollster Pat Caddell" is Pat Caddell with a role; "the Justice Department", "A
    spokeswoman for Hillary Clinton", "The Laura Ingraham" (of a show's name) are others.
    """
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or _norm(words[k - 1]) in ("von", "van", "der", "de")):
        k -= 1
        if (
            k >= 2
            and words[k - 1] == "of"
            and _norm(words[k]) in _PORTFOLIOS
            and _norm(words[k - 2]) in _TITLE_WORDS
            and words[k - 2][:1].isupper()
        ):
            k -= 2  # "Secretary of State John F. Kerry": one title
    run = " ".join(words[k:])
    title, name = _split_run(run)
    desc = words[:k]
    if _titled_body(title, name):
        return SourcePhrase("other", tuple(words))  # "General Electric", "the Justice Department", "Republican Party"
    if len(name) == 1 and len(name[0].rstrip(".")) == 1:
        return SourcePhrase("other", tuple(words))  # an initial alone ("Y." of "D-N.Y."): no name
    if desc and (desc[0][:1].islower() or _principal(words) is not None) and desc[-1].lower() in _RELATION:
        # "chief executive of CloudFlare": a role, and a body; "A spokeswoman for Hillary Clinton",
        # "an aide to Clinton": someone who speaks for the person, not the person
        return SourcePhrase("other", tuple(words))
    if desc and desc[0].lower() in ("the", "a", "an"):
        if not title:
            return SourcePhrase("other", tuple(words))  # "the Kremlin", "The New York Post"
    if not name or (_is_place(name) and not _looks_personal(title, name)):
        tail = _person_after_body(name) if name and not (desc and desc[0].lower() in ("the", "a", "an")) else None
        if tail is not None:
            # "Maricopa County Recorder Helen Purcell": the person, and the words before as her role
            return SourcePhrase("name", name[tail[0] :], (), " ".join(name[: tail[0]]))
        return SourcePhrase("other", tuple(words))
    if len(name) == 1 and (
        (not title and _norm(name[0]) in _ORG_HEADS) or _norm(name[0]).split("-")[-1] in _GROUP_HEADS
    ):
        # "Officials said", "Police said" at the start of a sentence; "Democrat Voters" (a headline)
        return SourcePhrase("other", tuple(words))
    if (
        not title
        and words[k] == "The"
        and k + 1 < len(words)
        and not any(w.endswith(("’s", "'s", "s’", "s'")) for w in words[k:-1])  # ("The Post’s Chris Cillizza")
    ):
        return SourcePhrase("other", tuple(words))  # "The Laura Ingraham" (of "on The Laura Ingraham Show")
    role = None
    if desc and any(_norm(w) in _ROLE_HEADS or _norm(w) in _TITLE_WORDS for w in desc):
        role = " ".join(desc).rstrip(",")
    return SourcePhrase("name", name, title, role)


#: Words that start a clause after a name (beside past tenses and adverbs in -ly).
_CLAUSE_WORDS = frozenset(
    """says said tells told sees see calls asks argues claims wants thinks believes has had is was will would
    also then later again once further threw put took gave made went came got ran won lost led met sent
    brought thought kept left held set spent""".split()
)


def _name_before_clause(words: list[str]) -> int | None:
    """Where a name that opens a source ends, when a clause follows it, or None.

    ``Hillary Clinton sternly reprimanded Mr. Trump`` is Hillary Clinton: a
    source that opens with a person's name and goes on in lower case (not
    ``and``, a title or an affiliation) has run past its name.
    """
    if not words or not words[0][:1].isupper() or _norm(words[0]) in _LEADING or _norm(words[0]) in _TITLE_WORDS:
        return None
    j = 0
    while j < len(words) and (words[j][:1].isupper() or (j and _norm(words[j]) in ("von", "van", "der", "de"))):
        j += 1
    if j >= len(words) - 1 or not words[j][:1].islower() or _norm(words[j]) in ("and", "or", "of", "&"):
        return None
    if not (_norm(words[j]).endswith(("ed", "ly")) or _norm(words[j]) in _CLAUSE_WORDS):
        return None  # a noun after the run: "Head teacher Grace O'Neill" is a description with a name in it
    if any(_norm(words[j]) in lex for lex in (_TITLE_WORDS, _ROLE_HEADS, _GROUP_HEADS, _ORG_HEADS)):
        return None  # "Trump campaign manager Kellyanne Conway": a description with a name in it
    if not any(w[:1].isupper() for w in words[j:]):
        return None  # "Democrats in the House": no second name for the clause to have run into
    title, name = _split_run(" ".join(words[:j]))
    if not name or _is_place(name) or (len(name) == 1 and not title and _norm(name[0]) in _GROUP_HEADS):
        return None
    return j


def _name_before_affiliation(words: list[str]) -> int | None:
    """Where a person's name ends before an affiliation (``of Indiana``), or None.

    The name is a capitalised run that names a person (``Gov. Mike Pence``),
    followed by ``of``, ``for``, ``from``, ``at`` or ``with`` and more words.
    """
    i = 0
    while i < len(words) and not words[i][:1].isupper():
        i += 1
    j = i
    while j < len(words) and (words[j][:1].isupper() or (j > i and _norm(words[j]) in ("von", "van", "der", "de"))):
        j += 1
    if j == i or j >= len(words) - 1 or words[j].lower() not in _AFFILIATION:
        return None
    if words[j] == "of" and _norm(words[j - 1]) in _TITLE_WORDS and _norm(words[j + 1]) in _PORTFOLIOS:
        return None  # "Former Secretary of State Madeleine Albright": the title goes on
    if i and words[0].lower() in ("the", "a", "an") and not _split_run(" ".join(words[i:j]))[0]:
        return None  # "the Bank of America"
    title, name = _split_run(" ".join(words[i:j]))
    if not name or (_is_place(name) and not _looks_personal(title, name)):
        return None  # "Secretary of State", "Bank of America"
    return j
