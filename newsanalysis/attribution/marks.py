"""Quotation marks paired within paragraphs: which spans of a text are quoted.

Marks are paired by type within a paragraph: an opening mark (``“ „ ‟ «``)
opens and a closing one (``” »``) closes; a straight ``"`` (or the archive
form ``''``) opens when no quote is open and closes otherwise (the roles are
data: ``data/quote_marks.tsv``). A mark of the other type inside an open
quote is a nested quote and stays part of the content; single marks are
never paired. A quote never runs past its paragraph, unless it is left open
and the next paragraph opens with a mark of the same style (a quotation of
several paragraphs); an unclosed quote that opens a paragraph ends with it.
Two rules (see :data:`newsanalysis.attribution.RULES`) read more: a closing
mark where none can close opens a quote (``closer_opens``), and the turns
of a transcript are quotes of their own (``transcript_turn``). A stray mark
is dropped; nothing raises.

Examples
--------
>>> t = "He said “yes.” Then “no."
>>> [t[o + 1 : c] for o, _, c, _ in pair_marks(t, [(0, len(t))])]
['yes.']
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .rules import RULES, rule

__all__ = ["closer_opens", "inner_span", "pair_marks", "paragraphs", "transcript_turn", "turn_label"]

def paragraphs(sentences: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph, in order, from ``(start, end, paragraph)`` sentence spans."""
    paras: dict[int, list[int]] = {}
    for s, e, p in sentences:
        span = paras.get(p)
        if span is None:
            paras[p] = [s, e]
        else:
            span[0] = min(span[0], s)
            span[1] = max(span[1], e)
    return [tuple(v) for _, v in sorted(paras.items())]


def _opener_like(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/:"


@rule("direct")
def closer_opens(text: str, i: int, pe: int) -> bool:
    """``”We won.”`` opening a paragraph: a closing mark where none can close, before a word, opens a quote.

    A closing-form mark with no quote open, at the start of a paragraph or
    after a space, and followed by a word (or an ellipsis: ``” … he said``) is
    an opening mark typed as a closing one.
    """
    return _opener_like(text, i) and i + 1 < pe and (text[i + 1].isalnum() or text.startswith(("…", " …"), i + 1))


# A speaker label: one to four ALL-CAPS words (``HOLM``, ``SEN. LEE``) or one to three
# capitalised ones (``Chris Matthews``), then a colon and a space.
_CAPS = r"[A-Z][A-Z.'’\-]*[A-Z.]"
_TITLE = r"[A-Z][a-z][\w.'’\-]*"
_LABEL = re.compile(rf"(?:{_CAPS}(?: {_CAPS}){{0,3}}|{_TITLE}(?: {_TITLE}){{0,2}}):[ \t\u00a0]")
#: Labels of a tag, not of a speaker ("UPDATE: ...", "Editor's note: ...").
_NOT_SPEAKER = frozenset(
    "update updated note editor's editor’s correction breaking watch video photo photos source sources related "
    "read more also live analysis opinion exclusive warning".split()
)


#: A quote closing on a comma, ? or ! with words after it: a quote and its attribution, not a turn.
_CLOSED_BEFORE_ATTRIBUTION = re.compile(r"[,?!](?:”|''|\")[ \t\u00a0]+\w")


@rule("direct")
def transcript_turn(text: str, ps: int, pe: int) -> int | None:
    """``"HOLM: Good evening ...`` then ``"KIM: Well, ...``: a paragraph opening with a mark and a speaker label.

    In a text with two or more such paragraphs (a transcript), each is a
    turn: a direct quote of the label's speaker, from after the colon to the
    end of the turn (its closing mark, else the last paragraph before the next
    turn). A paragraph whose quote closes on a comma (or ``?``, ``!``) with
    words after the mark is a quote and its attribution, not a turn
    (``"Look: we will win," Obama said.``). Returns the offset of the label's
    colon, or None.

    Examples
    --------
    >>> t = '"LEE: We won.'
    >>> t[transcript_turn(t, 0, len(t))]
    ':'
    """
    j = ps
    while j < pe and text[j] in "\"“”'":
        j += 1
    if j == ps or j - ps > 2:
        return None
    m = _LABEL.match(text, j, pe)
    if m is None or m.group().split()[0].lower().rstrip(":") in _NOT_SPEAKER:
        return None
    if _CLOSED_BEFORE_ATTRIBUTION.search(text, m.end(), pe):
        return None  # the quote closes on a comma and its attribution follows: '"Look: we will win," Obama said.'
    return m.end() - 2


def turn_label(text: str, open_start: int, open_last: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the speaker label of a transcript turn whose opening runs to its colon, else None."""
    if text[open_last] != ":":
        return None
    s = open_start
    while s < open_last and text[s] in "\"“”'":
        s += 1
    return s, open_last


def pair_marks(
    text: str, paras: list[tuple[int, int]], on: frozenset[str] | None = None
) -> list[tuple[int, int, int, int]]:
    """Quotes as ``(open_start, open_last, close_start, close_end)`` offsets of their marks.

    The content runs from ``open_last + 1`` to ``close_start``; an unclosed
    quote paragraph ends at the paragraph end (``close_start == close_end``).
    ``on`` names the rules to use (default all). A closing ``'''`` is a
    single mark closing a nested quote, then the archive form ``''``: the
    content keeps the single mark.
    """
    if on is None:
        on = frozenset(RULES)
    closer_opening = "closer_opens" in on
    turns: dict[int, int] = {}  # paragraph start -> the colon of its speaker label
    if "transcript_turn" in on:
        for ps, pe in paras:
            if pe > ps and text[ps] in "\"“”'":
                colon = transcript_turn(text, ps, pe)
                if colon is not None:
                    turns[ps] = colon
        if len(turns) < 2:
            turns = {}
    spans: list[tuple[int, int, int, int]] = []
    carry: tuple[tuple[int, int], str] | None = None
    marks = lx.DMARK if any(m in text for m in lx.LONG_MARKS) else lx.DMARK_CHARS
    mark_as = lx.MARK_AS
    for pi, (ps, pe) in enumerate(paras):
        open_pos, open_ch = carry if carry else (None, "")
        open_pos: tuple[int, int] | None
        depth = 0
        continued = carry is not None
        carry = None
        for m in marks.finditer(text, ps, pe):
            i = m.start()
            ch = m.group()
            if ch in mark_as:  # an archive form: '' for "
                ch = mark_as[ch]
                if open_pos is None and not _opener_like(text, i):
                    continue
            if continued:
                continued = False
                if i == ps:  # the opening mark of a continued paragraph
                    continue
            if open_pos is None:
                if ch in lx.CLOSERS and closer_opening and closer_opens(text, i, pe):
                    pass  # a closing mark typed for an opening one
                elif ch in lx.CLOSERS or (ch == '"' and not _opener_like(text, i)):
                    continue  # stray closing mark
                open_pos, open_ch, depth = (i, turns.get(i, m.end() - 1)), ch, 0
            elif ch in lx.OPENERS and open_ch == ch and not _opener_like(text, i):
                if depth:
                    depth -= 1
                else:  # an opening mark typed for a closing one: “... neighborhood.“
                    spans.append((*open_pos, i, m.end()))
                    open_pos = None
            elif ch in lx.OPENERS:
                if open_ch == ch:  # the earlier mark was stray: start again here
                    open_pos, depth = (i, m.end() - 1), 0
                else:
                    depth += 1
            elif ch == '"' and open_ch != '"' and _opener_like(text, i) and not (
                i + 1 < pe and text[i + 1].isspace()
            ):
                depth += 1  # a straight quote nested in a curly one
            elif depth:
                depth -= 1
            elif m.end() - i == 2 and text.startswith("'", m.end()):
                # a single mark closing a nested quote, then the archive form '' closing this one: ...'''
                spans.append((*open_pos, i + 1, m.end() + 1))
                open_pos = None
            else:
                spans.append((*open_pos, i, m.end()))
                open_pos = None
        if open_pos is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            # the next paragraph continues the quote if it opens with a mark of the same style
            if nxt in turns:
                spans.append((*open_pos, pe, pe))  # a transcript turn ends where the next one starts
            elif nxt is not None and (
                text[nxt] == open_ch
                or (text[nxt] in lx.OPENERS and open_ch in lx.OPENERS)
                or any(text.startswith(m, nxt) for m, as_ in mark_as.items() if as_ == open_ch)
            ):
                carry = (open_pos, open_ch)
            elif open_pos[0] == ps:
                spans.append((*open_pos, pe, pe))  # unclosed quote paragraph
    return spans



def inner_span(text: str, o: int, c: int) -> tuple[int, int]:
    """The span between an opening mark at ``o`` and its closing mark at ``c``, without surrounding space."""
    cs, ce = o + 1, c
    while cs < ce and text[cs].isspace():
        cs += 1
    while ce > cs and text[ce - 1].isspace():
        ce -= 1
    return cs, ce
