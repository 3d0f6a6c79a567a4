"""The token stream: the words and punctuation of a text outside its quotes, each quote one token.

A sentence with no cue word that touches no quote cannot hold an
attribution; it becomes a single sentence-end token instead of its words
(about half of a news text, and most of the cost).

Examples
--------
>>> t = "“Yes,” Lee said. It rained."
>>> st = build_stream(t, [(0, len(t))], [(0, 0, 5, 6)])
>>> [(k, w) for k, w in zip(st.kind, st.low)]  # the quote (Q), two words (W), ends (E), the break (B)
[(4, ''), (0, 'lee'), (0, 'said'), (2, '.'), (2, '.'), (3, '')]
"""

from __future__ import annotations

import re
from itertools import accumulate, compress, repeat

from . import lexicon as lx
from .words import ABBREVIATIONS

__all__ = ["B", "E", "END_PUNCT", "IS_BREAK", "P", "Q", "TOKEN", "W", "Stream", "build_stream", "sentence_start"]

# A word (a number, an acronym, a word with inner apostrophes or hyphens), or one other non-space
# character (a sentence end: one of END_PUNCT; else punctuation). No groups: findall gives the tokens.
# It is r"\d+(?:[.,:]\d+)+|(?:[A-Za-z]\.){2,}|[^\W_][\w’'&\-]*|[^\w\s]" written for the regex engine:
# the branches for an ASCII letter first (an acronym, else a word; no backtracking into the word), then
# a number, then any other word, with the same choice at every position.
TOKEN = re.compile(r"[A-Za-z](?:\.(?:[A-Za-z]\.)+|[\w’'&\-]*+)|\d+(?:[.,:]\d+)+|[^\W_][\w’'&\-]*+|[^\w\s]")
END_PUNCT = frozenset(".!?…")

#: The kinds of token (``Stream.kind``): ``W`` a word (or a number), ``P`` punctuation that does not end a
#: sentence (``,`` ``:`` ``—`` ``(``), ``E`` a sentence end (one of :data:`END_PUNCT`, or a whole sentence
#: that cannot hold an attribution, skipped), ``B`` a paragraph break, ``Q`` a quote (its marks and content,
#: one token; ``Stream.qi`` gives its marks).
W, P, E, B, Q = range(5)
#: 1 for the kinds after which a new sentence starts.
ENDS_SENTENCE = {E: 1, B: 1}
IS_BREAK = {B: 1}


class Stream:
    """Tokens outside quotes: parallel lists of kind, start, end, lower word, sentence."""

    __slots__ = ("kind", "start", "end", "low", "sent", "first", "qi", "text")

    def __init__(self, text: str):
        self.text = text
        self.kind: list[int] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.low: list[str] = []
        self.sent: list[int] = []  # filled by finish()
        self.first: list[int] = []  # sentence -> index of its first token
        self.qi: dict[int, int] = {}  # token index of a quote -> index of its marks

    def add(self, kind: int, s: int, e: int, low: str, qi: int = -1) -> None:
        if kind == Q:
            self.qi[len(self.kind)] = qi
        self.kind.append(kind)
        self.start.append(s)
        self.end.append(e)
        self.low.append(low)

    def words(self, a: int, b: int) -> None:
        text = self.text
        kinds, starts, ends, lows = self.kind, self.start, self.end, self.low
        find, pos = text.find, a
        # Tokens come back as strings (no match objects: the hot loop); each starts where it is next
        # found, since only whitespace and "_" lie between tokens and no token starts with either.
        for tok in TOKEN.findall(text, a, b):
            s = find(tok, pos)
            e = pos = s + len(tok)
            if tok[0].isalnum():  # the pattern's word alternatives start with [^\W_], i.e. isalnum()
                kinds.append(W)
                lows.append(tok.lower())
            elif (
                tok == "."
                and kinds
                and kinds[-1] == W
                and ends[-1] == s
                and (
                    lows[-1] in ABBREVIATIONS
                    or (len(lows[-1]) == 1 and text[s - 1].isupper())
                    or text[e : e + 1] == ","  # "R-Fla., said": no sentence ends in ".,"
                    or (text[e : e + 1] == ")" and "-" in lows[-1])  # "(D-Ill.) said"
                    or (text[e + 1 : e + 2] == "." and text[e : e + 1].isalpha() and text[e + 2 : e + 3] in (")", ","))
                    # "(D-N.Y.)", "R-S.C.,": inside a label, before its bracket or comma
                )
            ):
                ends[-1] = e  # "Sen." "J." keep their period
                continue
            else:
                kinds.append(E if tok in END_PUNCT else P)
                lows.append(tok)
            starts.append(s)
            ends.append(e)

    def finish(self) -> Stream:
        """Number the sentences: a new one starts after each sentence end or paragraph break."""
        ends = [0]
        ends.extend(map(ENDS_SENTENCE.get, self.kind[:-1], repeat(0)))
        self.sent = list(accumulate(ends))
        self.first = [0]
        self.first.extend(compress(range(1, len(ends)), ends[1:]))
        return self


def build_stream(text: str, paras: list[tuple[int, int]], marks: list[tuple[int, int, int, int]]) -> Stream:
    """The token stream of ``text`` outside the quotes.

    A sentence with no cue word that does not touch a quote cannot hold an
    attribution; it becomes a single sentence end instead of its tokens
    (about half of a news text, and most of the cost).
    """
    st = Stream(text)
    qi = 0
    pos = 0

    def region(a: int, b: int, after_quote: bool, before_quote: bool) -> None:
        if b <= a:
            return
        cuts = [a]
        for m in _CUT.finditer(text, a, b):
            w = text[max(a, m.start() - 8) : m.start()].rsplit(None, 1)[-1:]
            if w and (w[0].lower().lstrip("(") in ABBREVIATIONS or len(w[0]) == 1):
                continue  # "Sen. Ted Cruz", "Harry S. Truman"
            cuts.append(m.end())
        cuts.append(b)
        last = len(cuts) - 2
        for j in range(last + 1):
            x, y = cuts[j], cuts[j + 1]
            if (j == 0 and after_quote) or (j == last and before_quote) or _has_cue(text, x, y):
                st.words(x, y)
            elif y > x:
                st.add(E, y, y, ".")  # an unremarkable sentence

    for ps, pe in paras:
        start = max(ps, pos)
        if start >= pe and pos > ps:
            continue  # wholly inside a quote of several paragraphs
        after = start > ps
        while qi < len(marks) and marks[qi][0] < pe:
            o, _, _, c = marks[qi]
            if o >= start:
                region(start, o, after, True)
                st.add(Q, o, c, "", qi)
                start = c
                after = True
            qi += 1
            if start > pe:
                break
        if start < pe:
            region(start, pe, after, False)
        if start <= pe:
            st.add(B, pe, pe, "")
        pos = start
    return st.finish()


_CUT = re.compile(r"[.!?…][)\]]?\s+(?=[(\[]?[A-Z0-9])")
_LETTERS = re.compile(r"[a-z]+")


def _has_cue(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` may hold an attribution (a belief verb needs a *that*)."""
    words = _LETTERS.findall(text[a:b].lower())  # a list: isdisjoint stops at the first cue
    return (
        not lx.SPEECH_FORMS.isdisjoint(words)
        or not lx.BARE_FORMS.isdisjoint(words)
        or ("that" in words and not lx.BELIEF_FORMS.isdisjoint(words))
    )



def sentence_start(st: Stream, i: int) -> int:
    """Index of the first token of the sentence of token ``i``."""
    return st.first[st.sent[i]]

