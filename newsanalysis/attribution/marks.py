"""Quotation marks paired within paragraphs: which spans of a text are quoted.

Marks are paired by type within a paragraph: an opening mark (``“ „ ‟ «``)
opens and a closing one (``” »``) closes; a straight ``"`` (or the archive
form ``''``) opens when no quote is open and closes otherwise (the roles are
data: ``data/quote_marks.tsv``). A mark of the other type inside an open
quote is a nested quote and stays part of the content. Single marks
(``‘ ’ '``) are paired apart, telling quotation marks from apostrophes
(:mod:`.singles`), and the article's own marks say which style it quotes in
(:func:`pair_quotes`). A quote never runs past its paragraph, unless it is left open
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
from bisect import bisect_right

from . import lexicon as lx
from .rules import RULES, rule
from .singles import SINGLE_MARKS, pair_single

__all__ = [
    "closer_opens", "inner_span", "pair_marks", "pair_quotes", "paragraphs", "single_quotes", "subhead",
    "transcript_turn",
    "turn_label",
]

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
NOT_SPEAKER = frozenset(
    "update updated note editor's editor’s correction breaking watch video photo photos source sources related "
    "read more also live analysis opinion exclusive warning".split()
)


#: A quote closing on a comma, ? or ! with words after it: a quote and its attribution, not a turn.
_CLOSED_BEFORE_ATTRIBUTION = re.compile(r"[,?!](?:”|''|\")[ \t\u00a0]+\w")


#: The same, for a quote in single marks.
_CLOSED_BEFORE_SINGLE = re.compile(r"[,?!][’'›][ \t\u00a0]+\w")


@rule("direct")
def transcript_turn(
    text: str, ps: int, pe: int, marks: str = "\"“”'", closed: re.Pattern = _CLOSED_BEFORE_ATTRIBUTION
) -> int | None:
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
    while j < pe and text[j] in marks:
        j += 1
    if j == ps or j - ps > 2:
        return None
    m = _LABEL.match(text, j, pe)
    if m is None or m.group().split()[0].lower().rstrip(":") in NOT_SPEAKER:
        return None
    if closed.search(text, m.end(), pe):
        return None  # the quote closes on a comma and its attribution follows: '"Look: we will win," Obama said.'
    return m.end() - 2


def turn_label(text: str, open_start: int, open_last: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the speaker label of a transcript turn whose opening runs to its colon, else None."""
    if text[open_last] != ":":
        return None
    s = open_start
    while s < open_last and text[s] in "\"“”'‘‹":
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
    content keeps the single mark. Quotes in single marks are paired by
    :func:`.singles.pair_single` (see :func:`pair_quotes` for how the two
    styles are told apart).
    """
    return pair_quotes(text, paras, on)[0]


def _turns(text: str, paras: list[tuple[int, int]], marks: str, closed: re.Pattern) -> dict[int, int]:
    """Paragraph start -> the colon of its speaker label, for the paragraphs of a transcript."""
    turns: dict[int, int] = {}
    for ps, pe in paras:
        if pe > ps and text[ps] in marks:
            colon = transcript_turn(text, ps, pe, marks, closed)
            if colon is not None:
                turns[ps] = colon
    return turns if len(turns) >= 2 else {}


def _inside(span: tuple[int, int, int, int], outer: list[tuple[int, int, int, int]]) -> bool:
    """Whether ``span`` lies within one of the (sorted, disjoint) spans ``outer``."""
    k = bisect_right(outer, (span[0], 1 << 62)) - 1
    return k >= 0 and outer[k][0] <= span[0] and span[3] <= outer[k][3] and outer[k] != span


def _crosses(span: tuple[int, int, int, int], outer: list[tuple[int, int, int, int]]) -> bool:
    """Whether ``span`` overlaps one of the (sorted, disjoint) spans ``outer`` without lying in it or holding it."""
    k = bisect_right(outer, (span[3],)) - 1
    while k >= 0 and outer[k][3] > span[0]:
        o = outer[k]
        if not (o[0] <= span[0] and span[3] <= o[3]) and not (span[0] <= o[0] and o[3] <= span[3]):
            return True
        k -= 1
    return False


@rule("direct")
def single_quotes(doubles: list[tuple[int, int, int, int]], singles: list[tuple[int, int, int, int]]) -> str | None:
    """``‘We will rebuild,’ she said.``: quotes in single marks, in an article that quotes in them.

    The article's own marks say its style: ``double`` when every quote in
    single marks lies inside one in double marks (``“He said ‘no’ to me,”``),
    ``single`` when every quote in double marks lies inside one in single
    marks (``‘He said “no” to me,’``: British style) or it has none, ``mixed``
    when each style has quotes of its own (a US article with a headline in
    single marks); None when it quotes nothing. Returns the style.

    Examples
    --------
    >>> t = "‘He said “no”,’ Lee said."
    >>> single_quotes([(9, 9, 12, 13)], [(0, 0, 14, 15)])
    'single'
    """
    if not singles:
        return "double" if doubles else None
    if not doubles:
        return "single"
    d_top = [d for d in doubles if not _inside(d, singles)]
    if not d_top:
        return "single"
    if all(_inside(s, doubles) for s in singles):
        return "double"
    return "mixed"


def pair_quotes(
    text: str, paras: list[tuple[int, int]], on: frozenset[str] | None = None
) -> tuple[list[tuple[int, int, int, int]], str | None]:
    """The quotes of :func:`pair_marks`, and the article's quotation style (``double``, ``single``, ``mixed``).

    Quotes in double marks are paired as the module docstring says, quotes in
    single marks by :func:`.singles.pair_single`; the style is read from how
    the two nest (:func:`single_quotes`). The quotes returned are the
    outermost of both: in a ``double`` article those in double marks, in a
    ``single`` one those in single marks, in a ``mixed`` one both (papers
    that quote in both at top level: ``called it ‘anti-farmer’. “We will
    protest,” said Tikait.``), and where a quote of one style crosses one of
    the other (an apostrophe read as a mark), the quote of the style with
    more quotes of its own wins (double on a tie).

    Examples
    --------
    >>> t = "‘He said “no” to me,’ Lee said. “Yes,” Kim said."
    >>> spans, style = pair_quotes(t, [(0, 31), (32, len(t))])
    >>> [t[o + 1 : c] for o, _, c, _ in spans], style
    (['He said “no” to me,', 'Yes,'], 'mixed')
    """
    if on is None:
        on = frozenset(RULES)
    doubles = _pair_double(text, paras, on)
    if "single_quotes" not in on or not any(c in text for c in SINGLE_MARKS):
        return doubles, ("double" if doubles else None)
    turns = _turns(text, paras, "‘'‹", _CLOSED_BEFORE_SINGLE) if "transcript_turn" in on else {}
    singles = pair_single(text, paras, turns, on)
    style = single_quotes(doubles, singles)
    if style == "double" or style is None:
        return doubles, style
    if style == "single":
        return singles, style
    d_top = [d for d in doubles if not _inside(d, singles)]
    s_top = [s for s in singles if not _inside(s, doubles)]
    if len(s_top) > len(d_top):
        main, other, other_all = s_top, d_top, singles
    else:
        main, other, other_all = d_top, s_top, doubles
    keep = list(main) + [x for x in other if not _crosses(x, other_all)]
    if main is d_top and "interview_answer" in on:
        answers = _answers(text, paras)
        keep = [x for x in keep if not (text[x[0]] in SINGLE_MARKS and _inside(x, answers))]
    keep.sort()
    return keep, style


#: A speaker label of an interview: ``Q:``, ``A:``, ``FALLIN:``, ``Biden:``.
_TURN_LABEL = re.compile(rf"(?:[A-Z]|{_CAPS}(?: {_CAPS}){{0,3}}|{_TITLE}(?: {_TITLE}){{0,2}}):[ \t\u00a0]")


@rule("direct")
def interview_answer(text: str, ps: int, pe: int) -> str | None:
    """``A: No. Look at the populist appeal. ‘We gotta take on Wall Street.’``: a quote inside an answer.

    In an article that quotes in double marks, a quote in single marks is a
    quote inside a quote; so it is inside the turns of an interview printed
    without marks (paragraphs after the headline that open with a speaker
    label, ``Q:``, ``A:``, ``FALLIN:``, each label twice or more): the
    interviewee quoting someone, part of the turn and no statement of its
    own. A turn is its labelled paragraph and the paragraphs up to the next
    label. Returns the label that opens the paragraph from ``ps`` to ``pe``, else None.

    Examples
    --------
    >>> t = "A: No. ‘We will win,’ he says."
    >>> interview_answer(t, 0, len(t)), interview_answer("Update: none.", 0, 13)
    ('A', None)
    """
    m = _TURN_LABEL.match(text, ps, pe)
    if m is None or m.group().split()[0].lower().rstrip(":") in NOT_SPEAKER:
        return None
    return m.group().rstrip(" \t\u00a0:")


def _answers(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """The turns of an interview printed without marks, as spans like the quotes' (see :func:`interview_answer`)."""
    labels = {k: interview_answer(text, ps, pe) for k, (ps, pe) in enumerate(paras) if k}
    counts: dict[str, int] = {}
    for label in labels.values():
        if label is not None:
            counts[label] = counts.get(label, 0) + 1
    turns = [k for k, label in labels.items() if label is not None and counts[label] >= 2]
    out = []
    for a, b in zip(turns, [*turns[1:], None]):
        end = paras[a][1] if b is None else paras[b - 1][1]
        out.append((paras[a][0], paras[a][0], end, end))
    return out


@rule("direct")
def subhead(text: str, paras: list[tuple[int, int]], spans: list[tuple[int, int, int, int]],
            style: str | None) -> set[int]:
    """``'A change warrior.'`` as a paragraph of its own in an article that quotes in double marks: a subhead.

    US papers quote in double marks in the body and in single marks in
    headlines and subheads; in a ``mixed`` article, a paragraph of at most
    ten words that is nothing but a quote in single marks heads a section
    with words quoted in it (a mention, not a statement: the statement is in
    the body). So is, in any article, such a paragraph in headline case
    (every word of four letters or more capitalised: ``'All Bets Are
    Off.'``), and, in a ``mixed`` article, a quote in single marks and in
    capitals (three words or more) that opens a paragraph with more after it:
    a section's title over its text (``‘EUROPEANS ASK IF VIOLENCE IS
    BECOMING FACT OF LIFE’ “In less than two weeks ...”``, as newsletters
    head the stories they quote). Returns the indexes of such spans in ``spans``.

    Examples
    --------
    >>> t = "“We won,” Lee said.\\n'A change warrior.'"
    >>> subhead(t, [(0, 19), (20, len(t))], [(0, 0, 7, 8), (20, 20, 38, 39)], "mixed")
    {1}
    """
    starts = {ps: pe for ps, pe in paras}
    out = set()
    for k, (o, ol, c, ce) in enumerate(spans):
        pe = starts.get(o)
        if pe is None or ce == c:
            continue
        words = text[ol + 1 : c].split()
        if len(words) > 10:
            continue
        headline_style = style == "mixed" and text[o] in SINGLE_MARKS
        if text[ce:pe].strip():
            if headline_style and _capitals(words):
                out.add(k)  # a section's title in capitals, then its text: "‘EUROPEANS ASK IF ...’ “In less ...”"
        elif headline_style or _heading_case(words):
            out.add(k)
    return out


def _capitals(words: list[str]) -> bool:
    """Whether there are three words of letters or more, all in capitals (``EUROPEANS ASK IF VIOLENCE ...``)."""
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    return len(lettered) >= 3 and all(w.isupper() for w in lettered)


def _heading_case(words: list[str]) -> bool:
    """Whether every word of four or more letters is capitalised, and there are two such (``All Bets Are Off.``)."""
    long = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    return len(long) >= 2 and all(w[:1].isupper() for w in long) and not all(w.isupper() for w in long)


def _pair_double(text: str, paras: list[tuple[int, int]], on: frozenset[str]) -> list[tuple[int, int, int, int]]:
    """The quotes in double marks (see :func:`pair_marks`)."""
    closer_opening = "closer_opens" in on
    turns = _turns(text, paras, "\"“”'", _CLOSED_BEFORE_ATTRIBUTION) if "transcript_turn" in on else {}
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
