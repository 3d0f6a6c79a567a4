"""Single quotation marks: which ``‘ ’ '`` are quotation marks and which are apostrophes.

British, Irish, Indian and South African papers (and many wire rewrites)
quote in single marks: ``‘We will rebuild,’ she said.`` / ``'We will
rebuild,' she said.``; but the same characters end ``don’t``, ``Trump’s``,
``the ’90s``, ``rock ’n’ roll`` and ``the players’ union``. Each single mark
of a paragraph is read by where it stands (:func:`mark_role`), then the
quotation marks are paired (:func:`pair_single`):

* **between two letters or digits** (``don’t``, ``o’clock``, ``Ma’am``,
  ``O’Brien``, ``1990’s``) it is an apostrophe;
* **at a word start** (after a space, a paragraph start, a bracket, a dash
  or another opening mark) it opens a quote, unless it starts an elided
  year (``’90s``, ``the class of '16``) or an elided word (``’em``,
  ``’til``, ``’n’``, ``’tis``, ``’cause``); a right mark ``’`` opens only
  before a capital letter (``’We won,’ she said``, typed the wrong way round);
* **at a word end** (before a space, punctuation, a paragraph end or another
  closing mark) it closes one: for certain after punctuation or a closing
  mark (``,’`` ``.’`` ``?’`` ``”’``) or a dash (``‘I was going to—’``);
  probably after another letter (``called it ‘a fantasy’ and``); and only
  perhaps after a word in *s* or *in* (``the players’ union``, ``goin’``,
  ``‘It is the Smiths’,’``), a plural possessive or an elision as often as
  a closing mark. Such a mark closes the open quote only when no surer
  closing mark comes before the next opening one (:data:`MAYBE`).

Pairing nests: a quote opened inside an open quote (``‘He said ‘no’ to me,’``)
closes first. A quote left open at the paragraph end goes on into the next
paragraph when that one opens with a single mark (a quotation of several
paragraphs), the same mark as the open quote's; a quote opening its
paragraph or after a colon or comma, whose paragraph ends on a mark that
closed a quote inside it, closes there (the inner quote was left open: ``He
said: ‘They say, ‘Yes, but no.’``); an unclosed quote that opens its
paragraph ends with it; any other unclosed mark is dropped, and the quotes
closed after it are quotes of their own. Straight ``'`` marks in a run of two
(the archive form ``''`` of a double mark) are left to the double marks.

Examples
--------
>>> t = "‘It is the Smiths’,’ he said of the players’ union’s ‘bad idea’."
>>> [t[o + 1 : c] for o, _, c, _ in pair_single(t, [(0, len(t))])]
['It is the Smiths’,', 'bad idea']
"""

from __future__ import annotations

import re

from .rules import RULES, rule

__all__ = ["CLOSE", "MAYBE", "OPEN", "SINGLE_MARKS", "SURE", "archive_form", "elision", "mark_role", "maybe_apostrophe", "pair_single"]

#: The single quotation marks, in the order of ``data/quote_marks.tsv``: ``‘ ’ ' ‛ ‹ ›``.
SINGLE_MARKS = "‘’'‛‹›"
_FIND = re.compile("[‘’'‛‹›]")

#: Roles of a single mark: opens a quote, closes one (sure, probable), closes one or is an apostrophe.
OPEN, SURE, CLOSE, MAYBE = "open", "sure", "close", "maybe"

# what may stand before an opening mark, and after a closing one
_BEFORE_OPEN = frozenset("([{—–―-/“\"«‘'‹‛")
_AFTER_CLOSE = frozenset(".,;:!?…)]}—–―-/”\"»’'›")
_PUNCT_BEFORE_CLOSE = frozenset(".,;:!?…)]”\"»’'›")
_DASHES = frozenset("—–―-")
#: Elided words after an apostrophe at a word start (lower case, or capitalised at a sentence start).
_ELIDED = re.compile(r"(?:(?:em|til|tis|twas|cause|cos|bout)(?![\w’'])|n[’'‘](?!\w))", re.IGNORECASE)
_YEAR = re.compile(r"\d\d(?:s\b|(?!\d))")


@rule("direct")
def elision(text: str, i: int) -> bool:
    """``the ’90s``, ``class of '16``, ``’em``, ``’til``, ``rock ’n’ roll``: a mark at a word start that elides.

    An apostrophe before two digits (an elided year) or before ``em``, ``til``,
    ``tis``, ``twas``, ``cause``, ``cos``, ``bout`` or ``n`` as a whole word
    is no opening quotation mark.

    Examples
    --------
    >>> [elision(t, t.index(m)) for t, m in (("the ’90s", "’"), ("rock ’n’ roll", "’"), ("Lee ‘Nobody", "‘"))]
    [True, True, False]
    """
    return bool(_YEAR.match(text, i + 1) or _ELIDED.match(text, i + 1))


def _word_before(text: str, i: int, lo: int) -> str:
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "’'-"):
        j -= 1
    return text[j:i]


@rule("direct")
def maybe_apostrophe(text: str, i: int, lo: int) -> bool:
    """``the players’ union``, ``goin’``, ``rock ’n’ roll``: a mark at a word end that may be an apostrophe.

    After a word in *s*, *x* or *z* (a plural or classical possessive:
    ``the players’ union``, ``Jesus’``), in *in* (a dropped g: ``nothin’``) or
    after the *n* of ``’n’``, a mark before a space or punctuation closes the
    open quote only when no surer closing mark comes before the next opening
    one (``‘It is the Smiths’,’ he said``: the second mark closes).

    Examples
    --------
    >>> [maybe_apostrophe(t, len(t) - 1, 0) for t in ("the players’", "rock ’n’", "a fantasy’")]
    [True, True, False]
    """
    w = _word_before(text, i, lo).lower()
    if not w:
        return False
    if w.endswith(("s", "x", "z")) or (len(w) > 3 and w.endswith("in")):
        return True
    return w in ("’n", "'n", "‘n", "n") and i - 2 >= lo and text[i - 2] in "’'‘"


_ALL_MARKS = frozenset("‘’'‛‹›“”\"«»„")
#: ``''`` opening a word: the text writes ``''`` for a double mark (the archive form of New York Times texts).
_ARCHIVE_OPEN = re.compile(r"(?:^|(?<=[\s(\[{—–-]))''(?=\w)")


def archive_form(text: str) -> bool:
    """Whether ``text`` writes ``''`` for a double mark: some ``''`` opens a word (``''We won,'' he said``).

    Otherwise ``''`` is two single marks (``'He said, 'No,'' she said``).

    Examples
    --------
    >>> archive_form("''We won,'' he said."), archive_form("'He said 'no,'' Lee said.")
    (True, False)
    """
    return "''" in text and _ARCHIVE_OPEN.search(text) is not None


def mark_role(
    text: str, i: int, ps: int, pe: int, on: frozenset[str] | None = None, archive: bool = True
) -> str | None:
    """The role of the single mark at ``i`` in the paragraph ``[ps, pe)``: OPEN, SURE, CLOSE, MAYBE or None.

    None is an apostrophe or a stray mark (see the module docstring). ``on``
    names the rules to use (:func:`elision`, :func:`maybe_apostrophe`);
    with ``archive`` (see :func:`archive_form`) a straight mark in a run of
    two is part of a double mark.

    Examples
    --------
    >>> t = "‘Don’t,’ he said of the ’90s and the fans’ ‘fury’."
    >>> [(t[max(i - 1, 0) : i + 2], mark_role(t, i, 0, len(t))) for i, c in enumerate(t) if c in SINGLE_MARKS]
    [('‘D', 'open'), ('n’t', None), (',’ ', 'sure'), (' ’9', None), ('s’ ', 'maybe'), (' ‘f', 'open'), ('y’.', 'close')]
    """
    if on is None:
        on = frozenset(RULES)
    ch = text[i]
    if archive and ch == "'" and ((i > ps and text[i - 1] == "'") or (i + 1 < pe and text[i + 1] == "'")):
        return None  # the archive form '' of a double mark
    if ch == "‹":
        return OPEN
    if ch == "›":
        return SURE
    prev = text[i - 1] if i > ps else ""
    nxt = text[i + 1] if i + 1 < pe else ""
    if prev.isalnum() and nxt.isalnum():
        return None  # don’t, o’clock, Ma’am, 1990’s
    open_before = not prev or prev.isspace() or prev in _BEFORE_OPEN
    close_after = not nxt or nxt.isspace() or nxt in _AFTER_CLOSE
    if prev in _ALL_MARKS and nxt in _ALL_MARKS:
        return None
    if prev in _ALL_MARKS:  # another mark before it (‘‘, “‘, ,'’): what follows decides
        open_before = not close_after
    elif nxt in _ALL_MARKS:  # another mark after it (‘“, '", .’”): what precedes decides
        close_after = not open_before
    if open_before and not close_after:
        if "elision" in on and elision(text, i):
            return None
        if ch == "’" and not (nxt.isupper() or nxt == "…" or text.startswith(" …", i + 1)):
            return None  # ’ at a word start elides (’cept); it opens only a capitalised quote or ’ …
        return OPEN
    if close_after and not open_before:
        if prev in _PUNCT_BEFORE_CLOSE:
            return SURE
        if nxt == " " and text.startswith("s ", i + 2):
            return None  # a possessive typed with a space: "America’ s"
        if "maybe_apostrophe" in on and maybe_apostrophe(text, i, ps):
            return MAYBE
        return CLOSE
    if open_before and close_after and i - 1 > ps and prev.isspace():
        if text[i - 2] in _ALL_MARKS and text[i - 2] != ch or text[i - 2] in _PUNCT_BEFORE_CLOSE:
            return SURE  # spaced closing marks: 'the term 'outreach,' ' he said
        if text[i - 2] in _DASHES and i - 2 > ps and not text[i - 3].isspace():
            return SURE  # an interrupted quote: ‘I was going to— ’ she said
    if open_before and close_after and prev in _DASHES and i - 1 > ps and not text[i - 2].isspace():
        return SURE  # an interrupted quote: ‘I was going to—’ she said
    if open_before and close_after and (nxt == "…" or text.startswith(" …", i + 1)):
        return OPEN  # a quote that opens on an ellipsis: ‘… overall, I think’, ’ … he delivered’
    if open_before and close_after and nxt.isspace() and text[i + 2 : i + 3] in ("‘", "'", "“", '"'):
        return OPEN  # spaced opening marks: ' 'Hey
    return None


def pair_single(
    text: str, paras: list[tuple[int, int]], turns: dict[int, int] | None = None,
    on: frozenset[str] | None = None,
) -> list[tuple[int, int, int, int]]:
    """Quotes in single marks as ``(open_start, open_last, close_start, close_end)``, as :func:`.marks.pair_marks`.

    Only the outermost quotes are returned (a quote inside one is part of its
    content); ``turns`` maps the start of a transcript paragraph to the colon
    of its speaker label (the turn's content starts after it and ends where
    the next turn starts); ``on`` names the rules to use (default all).
    """
    turns = turns or {}
    if on is None:
        on = frozenset(RULES)
    archive = archive_form(text)
    spans: list[tuple[int, int, int, int]] = []
    carry: int | None = None
    for pi, (ps, pe) in enumerate(paras):
        roles = [(m.start(), r) for m in _FIND.finditer(text, ps, pe) if (r := mark_role(text, m.start(), ps, pe, on, archive))]
        stack: list[int] = []
        if carry is not None:
            stack.append(carry)
            if roles and roles[0][0] == ps and roles[0][1] == OPEN:
                roles = roles[1:]  # the opening mark of a continued paragraph
        carry = None
        inner_close: int | None = None  # the last closing mark that closed a quote inside an open one
        inside: list[tuple[int, int]] = []  # the quotes closed inside the open quote at the bottom of the stack
        for k, (i, r) in enumerate(roles):
            if r == OPEN:
                stack.append(i)
                continue
            if not stack:
                continue  # an apostrophe or a stray closing mark
            if r == MAYBE:
                nxt = next((r2 for _, r2 in roles[k + 1 :] if r2 != MAYBE), None)
                if nxt in (SURE, CLOSE):
                    continue  # a surer closing mark comes first: this one is an apostrophe
            o = stack.pop()
            if not stack:
                spans.append((o, turns.get(o, o), i, i + 1))
                inside = []
            else:
                inner_close = i
                if len(stack) == 1:
                    inside.append((o, i))
        if stack:
            o = stack[0]
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt in turns:
                spans.append((o, turns.get(o, o), pe, pe))
            elif (
                nxt is not None
                and text[nxt] == (text[o] if text[o] != "’" else "‘")
                and mark_role(text, nxt, nxt, paras[pi + 1][1], on, archive) == OPEN
            ):
                carry = o  # the next paragraph opens with the same mark: one quotation of several paragraphs
            elif inner_close is not None and not text[inner_close + 1 : pe].strip() and (
                o == ps or text[max(ps, o - 2) : o] in (": ", ", ")
            ):
                # the paragraph ends on a mark that closed an inner quote: the inner one was left open and the
                # mark closes the outer one (‘The left says, ‘Yeah, that is true, but he lies.’)
                spans.append((o, turns.get(o, o), inner_close, inner_close + 1))
            elif o == ps:
                spans.append((o, turns.get(o, o), pe, pe))  # an unclosed quote paragraph
            else:  # the open mark was stray: the quotes closed after it are quotes of their own
                spans.extend((a, turns.get(a, a), b, b + 1) for a, b in inside)
    return spans
