"""Quotes in marks: each is classified (direct, partial, mention) and given its cue frame.

A quote is ``direct`` when the marks hold a whole statement (nothing but an
attribution around them), ``partial`` when they hold a fragment of a
reported sentence that has a cue, ``mention`` when they hold words that are
nobody's speech (scare quotes, titles, nicknames). A direct quote takes its
attribution from the cue right after it (a frame of the stream, or a name
and a long apposition, a long source, any verb in -s or -ed), else the cue
right before it, else the quote next to it in the paragraph, else a
colon-ended attribution or the speaker of the previous paragraph; a
transcript turn (:mod:`.marks`) is its label's. Each of these is a rule
below.

The rules are ordered sieves: each quote's surroundings are read once into
a :class:`Context`; the rules of a group have one form (``(sc, cx) -> Frame
| None`` for those that find a frame, ``(sc, cx) -> bool`` for vetoes,
edges and mentions), check their own preconditions, and are held in tuples
(:data:`AFTER`, :data:`AFTER_VETOES`, :data:`AFTER_LAST`, :data:`BEFORE`,
:data:`LEFT_OPEN`, :data:`MENTION_BEFORE_WORD`, :data:`SPLIT`,
:data:`FRAGMENT`, :data:`MENTION_FORM`, then :data:`FALLBACKS` over a
:class:`Fallback`) in the order they are tried, which is the order they are
registered in; one loop (:func:`_first`) applies a group, and the name of
the rule that found the frame becomes ``quotes.rule``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate, repeat
from typing import Any

from . import lexicon as lx
from .frames import Frame, bisect_frames, phrase_back, phrase_forward, speaker_of
from .marks import NOT_SPEAKER, inner_span, turn_label
from .quote import Quote
from .rules import rule
from .tokens import END_PUNCT, IS_BREAK, B, E, P, Q, Stream, W, sentence_start
from .words import AUX, BREAK, CLAUSE_START, DETS, LEAD_WORDS, MENTION_BEFORE, PRONOUNS, TIME

__all__ = ["Context", "Fallback", "Scene", "attribute_marked"]

_END_STRIP = "”’\"' )"


@dataclass(slots=True)
class Scene:
    """What the rules of quotes in marks look at: the stream, its frames and their indexes."""

    st: Stream
    marks: list[tuple[int, int, int, int]]
    frames: list[Frame]
    on: frozenset[str]
    frame_at_first: dict[int, Frame]
    frame_at_cue: dict[int, Frame]
    frames_by_sent: dict[int, list[Frame]]
    reach: int
    para_of: list[int]

    @classmethod
    def build(cls, st: Stream, marks: list[tuple[int, int, int, int]], frames: list[Frame],
              on: frozenset[str]) -> Scene:
        """Index ``frames`` by first token, cue token and sentence."""
        frame_at_first: dict[int, Frame] = {}
        frame_at_cue: dict[int, Frame] = {}
        frames_by_sent: dict[int, list[Frame]] = {}
        sent = st.sent
        for f in frames:
            frame_at_first.setdefault(f.first, f)
            frame_at_cue.setdefault(f.cue_i, f)
            frames_by_sent.setdefault(sent[f.cue_i], []).append(f)
        reach = max((f.last - f.cue_i for f in frames), default=0)  # how far after its cue a frame ends
        # the paragraph of each token: the paragraph breaks before it
        n = len(st.kind)
        para_of = [0]
        para_of.extend(accumulate(map(IS_BREAK.get, st.kind[:-1], repeat(0))))
        del para_of[n:]
        return cls(st, marks, frames, on, frame_at_first, frame_at_cue, frames_by_sent, reach, para_of)


_DASHES = ("―", "—", "–")


@dataclass(slots=True)
class Context:
    """One quote in marks as its rules see it: its token, its content, what stands around it.

    The groups of rules fill ``post``, ``pre``, ``left_open`` and
    ``fragment`` in turn; a rule reads what the groups before it found.
    """

    t: int  # the quote's token
    cs: int  # the content's span in the text
    ce: int
    content: str
    prev: int | None  # the token before the quote
    nxt: int | None  # the token after the quote
    after: int | None  # the token after the quote and an optional comma (not a dash: see ``dash``)
    dash: int | None  # that token when it is a dash with a token after it (an epigraph's)
    open_end: bool  # the content ends open: in a comma, ``?`` or ``!``
    closed_end: bool  # the content ends its sentence
    last_post: tuple[int, Frame] | None  # the last quote attributed to the frame right after it, and that frame
    post: Frame | None = None  # the frame right after (the groups fill these)
    pre: Frame | None = None  # the frame right before
    left_open: bool = False  # nothing of its sentence before the quote
    fragment: Frame | None = None  # the cue of a quote that is no whole statement

    @classmethod
    def of(cls, sc: Scene, t: int, cs: int, ce: int, last_post: tuple[int, Frame] | None) -> Context:
        """The context of the quote at token ``t`` whose content spans ``cs:ce``."""
        kind, low, n = sc.st.kind, sc.st.low, len(sc.st.kind)
        content = sc.st.text[cs:ce]
        prev = t - 1 if t > 0 else None
        nxt = t + 1 if t + 1 < n else None
        k = nxt
        if k is not None and kind[k] == P and low[k] == ",":
            k += 1
        if k is not None and k >= n:
            k = None
        dash = k is not None and kind[k] == P and low[k] in _DASHES and k + 1 < n
        end = content.rstrip(_END_STRIP)[-1:]
        return cls(t, cs, ce, content, prev, nxt, None if dash else k, k if dash else None,
                   end in (",", "?", "!"), end in END_PUNCT, last_post)


# --------------------------------------------------------------------------
# the frame right after a quote


@rule("direct")
def epigraph_dash(sc: Scene, cx: Context) -> Frame | None:
    """``“...” ― Jane Doe``: a dash and a capitalised name closing the sentence (an epigraph)."""
    if cx.dash is None:
        return None
    st, k = sc.st, cx.dash
    kind, low, n = st.kind, st.low, len(st.kind)
    phrase = phrase_forward(st, k + 1)
    if phrase is not None and st.text[st.start[phrase[0]]].isupper() and (
        phrase[1] + 1 >= n or kind[phrase[1] + 1] in (E, B) or low[phrase[1] + 1] == ","
    ):
        return Frame(k, low[k], "dash", k, phrase[1], phrase)
    return None


@rule("direct")
def cue_after(sc: Scene, cx: Context) -> Frame | None:
    """``“...,” Trump said`` / ``“...,” said Trump``: the frame that starts right after the quote."""
    return None if cx.after is None else sc.frame_at_first.get(cx.after)


@rule("direct")
def name_then_cue(sc: Scene, cx: Context) -> Frame | None:
    """``“...,” Scott Pruitt, the attorney general of Oklahoma, said``: a name, an apposition, its cue."""
    st, k = sc.st, cx.after
    low, n = st.low, len(st.kind)
    if k is not None and st.kind[k] == W and st.text[st.start[k]].isupper():
        name = phrase_forward(st, k)
        if name is not None and name[1] + 2 < n and low[name[1] + 1] == ",":
            g = sc.frame_at_first.get(name[1] + 2)
            if g is not None and g.first < g.cue_i:
                return Frame(g.cue_i, g.cue, g.lemma, k, g.last, name)
    return None


@rule("direct")
def apposition_then_cue(sc: Scene, cx: Context) -> Frame | None:
    """``“...,” Ann Lee, director of ... and a professor at ..., said``: a name, a long apposition, its cue.

    The apposition runs to a comma and an invertible cue (``said``,
    ``told``, ``added``, ...) at most 30 tokens on, within its sentence
    (the frames of the stream take an apposition of up to 14 words). Only
    after a quote that ends open (after one that ends its sentence, the
    words are the next sentence's subject).
    """
    st, k = sc.st, cx.after
    kind, low, n = st.kind, st.low, len(st.kind)
    if k is None or not cx.open_end or kind[k] != W or not st.text[st.start[k]].isupper():
        return None
    name = phrase_forward(st, k)
    if name is None or name[1] + 2 >= n or low[name[1] + 1] != ",":
        return None
    for x in range(name[1] + 2, min(n - 1, name[1] + 32)):
        if kind[x] not in (W, P, Q):  # a quoted nickname or name may stand in it: Rosalind "Roz" Quinn
            break
        if low[x] == "," and kind[x + 1] == W and low[x + 1] in lx.INVERTIBLE:
            c = x + 1
            return Frame(c, st.text[st.start[c] : st.end[c]], lx.CUES[low[c]], k, c, name)
    return None


#: Verbs in -s or -ed that, after a quote and its subject, state or have rather than say.
_NOT_SPEECH_VERBS = frozenset(
    """was has does goes gets seems looks needs wants appears remains means makes takes stands lives works
    used based called named aged including followed""".split()
)
#: Words that may follow the verb of an attribution: a preposition, a particle, a time word.
_AFTER_VERB = frozenset(
    "in on at to during after before while with from as and but again back out up later then once".split()
) | TIME


#: Irregular past forms that report speech with a particle: "he went on", "Lee shot back", "she cut in".
_IRREGULAR_SPEECH = frozenset("went shot broke cut spoke".split())


def _speech_like(st: Stream, i: int) -> bool:
    """Whether token ``i`` is a lower-case verb in -s or -ed (or one of a few past forms and a particle) that
    may report speech."""
    w = st.low[i]
    if w in _IRREGULAR_SPEECH:
        return i + 1 < len(st.kind) and st.low[i + 1] in ("on", "back", "in", "up")
    return (
        st.kind[i] == W
        and len(w) > 3
        and w.isalpha()
        and w.endswith(("ed", "s"))
        and not w.endswith("ss")
        and st.text[st.start[i]].islower()
        and w not in _NOT_SPEECH_VERBS
    )


def _ends_clause(st: Stream, i: int) -> bool:
    return i >= len(st.kind) or st.kind[i] in (E, B) or st.low[i] in (",", ";", "—", "–") or st.low[i] in _AFTER_VERB


#: Words that open a clause inside a run of words: the run is no noun phrase.
_CLAUSE_WORDS = frozenset(
    """who whom whose which that when where while because although though if is are was were be been being
    has have had will would can could should do does did not also""".split()
)


@rule("direct")
def long_source(sc: Scene, cx: Context) -> Frame | None:
    """``“...,” the Florida senator and Republican presidential candidate said``: a long source, then its cue.

    From the token after the quote, up to 14 words with no clause in them (no
    relative pronoun, verb or comma) and then an invertible cue (``said``,
    ``told``, ``wrote``, ...): the words are the source (the frames of the
    stream keep the last seven). Only after a quote that ends open.
    """
    st, k = sc.st, cx.after
    kind, low, text, n = st.kind, st.low, st.text, len(st.kind)
    if k is None or not cx.open_end or kind[k] != W or not (low[k] in DETS or text[st.start[k]].isupper()):
        return None
    for x in range(k + 1, min(n, k + 15)):
        if low[x] in lx.INVERTIBLE and kind[x] == W and x - k >= 2:
            f = sc.frame_at_cue.get(x)
            if f is not None and f.first == k:
                return None  # the frame reads the whole source: cue_after's
            last = x - 1
            while last > k and low[last] in AUX:
                last -= 1
            return Frame(x, text[st.start[x] : st.end[x]], lx.CUES[low[x]], k, x, (k, last))
        if not (kind[x] == W or low[x] in ("(", ")", "-")) or low[x] in _CLAUSE_WORDS or low[x] in lx.CUES:
            return None
    return None


@rule("direct")
def verb_after(sc: Scene, cx: Context) -> Frame | None:
    """``“...,” Quinn charged.``, ``“...,” he mocks.``, ``“...,” declares Ann Lee, 27``: any verb in -s or -ed.

    After a quote ending in a comma (or ``?``/``!``), a subject and a verb in
    -s or -ed that ends its clause (a period, a comma, a preposition or a
    time word follows), or such a verb and then a capitalised subject, report
    the quote even when the verb is no cue of the lexicon (``barked``,
    ``fumed``, ``surmised``).
    """
    st, k = sc.st, cx.after
    kind, n = st.kind, len(st.kind)
    if k is None or not cx.open_end or kind[k] != W:
        return None
    if _speech_like(st, k):  # inverted: "declares Ann Lee, 27, ..."
        phrase = phrase_forward(st, k + 1)
        if phrase is not None and st.text[st.start[phrase[0]]].isupper() and (
            phrase[1] + 1 >= n or kind[phrase[1] + 1] in (E, B) or st.low[phrase[1] + 1] == ","
        ):
            return Frame(k, st.text[st.start[k] : st.end[k]], st.low[k], k, phrase[1], phrase)
        return None
    phrase = phrase_forward(st, k)
    if phrase is None or not (st.low[k] in PRONOUNS or st.low[k] in DETS or st.text[st.start[k]].isupper()):
        return None
    # the verb ends the noun phrase, or the phrase ran on into it ("the guard barked at them"); a word
    # right after a determiner is a noun ("“...,” the words on their banners")
    for v in range(k + 1, min(n, phrase[1] + 2)):
        if st.low[v - 1] in DETS:
            continue
        if _speech_like(st, v) and _ends_clause(st, v + 1):
            e = st.end[v + 1] if st.low[v] in _IRREGULAR_SPEECH else st.end[v]  # "went on", "shot back"
            return Frame(v, st.text[st.start[v] : e], st.low[v], k, v, (k, v - 1))
    return None


@rule("direct")
def new_statement(sc: Scene, cx: Context, post: Frame) -> bool:
    """Whether the cue after a quote opens a statement of its own, and so is not the quote's.

    ``“...” Lee said that taxes will fall``; ``“...,” Cruz told reporters.
    “... campaign.” Ohio Gov. John Kasich said he would ...`` (the quote goes
    on with Cruz; Kasich's cue opens a new statement). (Not after an epigraph's dash.)
    """
    if cx.after is None:
        return False
    st, last_post = sc.st, cx.last_post
    low, n = st.low, len(st.kind)
    after = max(post.cue_i, post.last) + 1
    if after < n and low[after] == "that":
        return True
    return (
        after < n
        and st.kind[after] == W
        and low[after] in CLAUSE_START
        and post.first < post.cue_i
        and cx.closed_end
        and last_post is not None
        and sc.para_of[last_post[0]] == sc.para_of[cx.t]
    )


# --------------------------------------------------------------------------
# headlines: a quote and a colon


#: Words that open a paragraph and a colon without naming a source: tags, kickers, labels of a Q&A.
_NOT_LABEL = NOT_SPEAKER | frozenset("q a poll polls watch listen exclusive live breaking comment".split())


def _label_before(sc: Scene, prev: int) -> tuple[int, int] | None:
    """The source named from the paragraph start up to the colon at ``prev``, else None.

    A name or a role (``Ana Lopez:``, ``Mayor:``: no verb) anywhere; in the
    headline or the standfirst (the first two paragraphs) also the subject of
    a clause, up to its verb (``Players’ union threatens strike:``, ``Warren
    Hammers Wells Fargo CEO:``). In the body, a clause before a colon (``And
    Mr. Christie gloated:``, ``She went on:``) is left to the cues.
    """
    st = sc.st
    lo = prev - 1
    while lo > 0 and st.kind[lo - 1] != B:
        lo -= 1
    if prev - lo < 1 or prev - lo > 6 or any(st.kind[x] != W for x in range(lo, prev)):
        return None
    if not st.text[st.start[lo]].isupper() or (prev - lo == 1 and len(st.low[lo]) == 1):
        return None
    if st.low[lo].rstrip(":") in _NOT_LABEL or st.low[lo] in _NOT_SUBJECT:
        return None
    words = range(lo, prev)
    head = _in_head(st, lo)
    verbs = [x for x in words if _verbish(st, x)]
    if not verbs and head and prev - lo >= 3:
        # a verb of a sentence-case headline taking an object: "Sarah Silverman heckles fans:" (in title
        # case, "Trump Addresses Munich Attack:", a verb cannot be told from a name: left to the cues)
        verbs = [x for x in range(lo + 1, prev - 1) if _verb_form(st.low[x]) and st.text[st.start[x]].islower()]
        if not verbs and any(st.text[st.start[x]].islower() for x in words if st.low[x] not in _PARTICLES):
            return None
    if not verbs:
        cut = next((x for x in range(lo + 1, prev) if st.low[x] in _PREPOSITIONS), prev)
        if all(st.text[st.start[x]].isupper() or st.low[x] in _PARTICLES for x in range(lo, cut)):
            return lo, cut - 1  # a name or a role ("CNN President On Trump:": up to the preposition)
        return None
    if not head or verbs[0] == lo:
        return None
    return lo, verbs[0] - 1


#: Words that open a clause, not a name: a pronoun or a connective ("She went on:", "And Mr. Christie gloated:").
_NOT_SUBJECT = frozenset(
    "i he she it we they you this that these those there here here’s here's and but so as then yet or when "
    "while after before".split()
)
#: Prepositions that end a name or a role in a headline ("CNN President On Trump:").
_PREPOSITIONS = frozenset("on about over after at in to for with against from".split())
#: Lower-case words inside a name or a role: "Secretary of State", "Charles de Gaulle".
_PARTICLES = frozenset("of the de da di del van von der la le bin al".split())


def _in_head(st: Stream, x: int) -> bool:
    """Whether token ``x`` is in the first two paragraphs (a headline and its standfirst)."""
    breaks = 0
    for k in range(x):
        if st.kind[k] == B:
            breaks += 1
            if breaks > 1:
                return False
    return True


def _verb_form(w: str) -> bool:
    """A word of a headline in the form of a verb (``heckles``, ``addresses``, ``warned``)."""
    return w.isalpha() and len(w) > 3 and w.endswith(("s", "ed")) and not w.endswith(("ss", "us", "is"))


#: Verbs of headlines that are no reporting cue: "Cork councillors defy minister", "Warren hammers CEO"
#: (the bare forms of attack, back, hit, face are nouns of headlines as often: "Munich Attack").
_HEADLINE_VERBS = frozenset(
    """defy defies attacks backs hits hammer hammers threaten threatens rip rips slam slams blast blasts
    reject rejects vow vows fights faces takes tell tells""".split()  # not attack, back, hit: nouns as often
)


def _verbish(st: Stream, x: int) -> bool:
    return st.low[x] in lx.CUES or st.low[x] in _HEADLINE_VERBS


@rule("direct")
def headline_colon(sc: Scene, cx: Context) -> Frame | None:
    """``Mayor: ‘We will not move’`` / ``‘We will not move’: mayor defies council``: a headline's speaker.

    A quote after a colon whose paragraph opens with a short noun phrase
    (at most six capitalised-first words, no cue, no tag such as
    ``UPDATE:`` or ``Q:``) is that phrase's (``Ana Lopez: ‘We will
    rebuild’``, in a headline or in the body) when it ends its sentence. A quote that opens a short
    paragraph (a headline or a standfirst: at most 15 words after it and no
    sentence end but the last) and is followed by a colon is the statement
    of the noun phrase after the colon, up to its verb (``‘We will not
    move’: mayor defies council``), or of the name after the colon when a
    topic or nothing follows it (``‘Will not tolerate injustice’: Rahul
    Gandhi on Manipur``).

    This function reads the colon after the quote (a frame right after it);
    :func:`_colon_label`, tried under the same name among the frames right
    before, the colon before it.
    """
    st, t, nxt = sc.st, cx.t, cx.nxt
    kind, n = st.kind, len(st.kind)
    if nxt is None or kind[nxt] != P or st.low[nxt] != ":" or not (t == 0 or kind[t - 1] == B):
        return None
    end = nxt + 1
    while end < n and kind[end] != B:
        end += 1
    rest = range(nxt + 1, end)
    if not rest or len(rest) > 15 or any(kind[x] == E for x in rest if x != end - 1) or kind[nxt + 1] != W:
        return None
    last = nxt + 1
    while last + 1 < end and kind[last + 1] == W and not _verbish(st, last + 1) and last - nxt < 5:
        last += 1
    if last + 1 < end and _verbish(st, last + 1):
        return Frame(nxt, ":", "say", nxt, last, (nxt + 1, last))
    # no verb: a name, then a topic or nothing ("‘Will not tolerate injustice’: Rahul Gandhi on Manipur")
    last = nxt
    while (
        last + 1 < end and kind[last + 1] == W and st.text[st.start[last + 1]].isupper() and last - nxt < 4
        and st.low[last + 1] not in _PREPOSITIONS
    ):
        last += 1
    if last == nxt or st.low[nxt + 1] in ("the", "a", "an") or (last + 1 < end and st.low[last + 1] not in _PREPOSITIONS and kind[last + 1] != E):
        return None  # "‘Ugly’: the week in review" names no source
    if last - nxt == 1 and st.low[last] in _NOT_LABEL:
        return None  # "‘Ugly’: Analysis"
    return Frame(nxt, ":", "say", nxt, last, (nxt + 1, last))


def _colon_label(sc: Scene, cx: Context) -> Frame | None:
    """``Mayor: ‘We will not move’``: the label before a colon and a quote that ends its sentence
    (:func:`headline_colon`'s form before the quote)."""
    st, t, prev = sc.st, cx.t, cx.prev
    if not _punct_before(sc, cx, (":",)):
        return None
    if t + 1 < len(st.kind) and st.kind[t + 1] not in (E, B):
        return None  # words go on after the quote: "Sanders: ‘Of Course’ Clinton Is Qualified"
    label = _label_before(sc, prev)
    if label is None:
        return None
    return Frame(prev, ":", "say", label[0], prev, label)


# --------------------------------------------------------------------------
# the frame right before a quote


@rule("direct")
def cue_before(sc: Scene, cx: Context) -> Frame | None:
    """``Trump said: “...”``, ``Trump told reporters, “...”``: a frame ending at most 6 words before the mark.

    A capitalised quote after such a frame and a colon is a whole statement
    even when the sentence goes on (``the utility said: “...,” adding that ...``).
    A belief frame (``polls show``, ``Lee thinks``) reports no quote: its
    report needs *that*. A quote in lower case after a frame and a comma, in
    a sentence that began before the frame, goes on that sentence (``The
    square was quiet, he added, “but the shops will open soon.”``): a fragment.
    """
    if not _punct_before(sc, cx, (",", ":", "—", "–")):
        return None
    st, t, prev = sc.st, cx.t, cx.prev
    kind, low = st.kind, st.low
    j = prev - 1
    fs = sc.frames_by_sent.get(st.sent[prev], ())
    # the latest frame before the quote that ends at most 6 tokens before the mark; frames are in
    # cue order and end at most ``reach`` tokens after their cue, so earlier ones cannot qualify
    for k in range(bisect_frames(fs, t) - 1, -1, -1):
        f = fs[k]
        if f.cue_i + sc.reach < j - 6:
            break
        if f.last <= j and j - f.last <= 6:
            if all(kind[x] == W and low[x] != "that" for x in range(f.last + 1, j + 1)):
                return None if f.lemma in lx.BELIEF else f
            break
    return None


@rule("direct")
def put_it(sc: Scene, cx: Context) -> Frame | None:
    """``As the mayor's aide puts it, “...”``: *put it* (then at most six words) and a comma before the quote.

    The source is the noun phrase before *put*; the quote is whole (direct)
    even when it opens in lower case (``as The New Yorker put it, “the
    operator.”``).
    """
    if not _punct_before(sc, cx, (",",)):
        return None
    st, prev = sc.st, cx.prev
    kind, low = st.kind, st.low
    lo = sentence_start(st, prev)
    j = prev - 1
    while j > lo and prev - j <= 8 and kind[j] == W and not (low[j] == "it" and low[j - 1] in _PUT):
        j -= 1
    if not (j > lo and low[j] == "it" and low[j - 1] in _PUT and kind[j - 1] == W):
        return None
    k = j - 2
    while k > lo and kind[k] == W and (low[k] in AUX or (low[k].endswith("ly") and low[k].isalpha())):
        k -= 1  # "recently put it"
    if k > lo and low[k] == ",":  # "Tom Berg, a lawyer at ..., put it": the name before the apposition
        a = k - 1
        while a > lo and k - a <= 20 and kind[a] == W:
            a -= 1
        k = a - 1 if low[a] == "," else lo - 1
    phrase = phrase_back(st, k, lo)
    if phrase is None:
        return None
    c = j - 1
    return Frame(c, st.text[st.start[c] : st.end[j]], "put", phrase[0], prev - 1, phrase)


_PUT = frozenset(["put", "puts", "putting"])


def _punct_before(sc: Scene, cx: Context, marks: tuple[str, ...]) -> bool:
    """Whether the token before the quote is punctuation, one of ``marks``."""
    return cx.prev is not None and sc.st.kind[cx.prev] == P and sc.st.low[cx.prev] in marks


#: What :func:`participle_lead` finds for a cue word whose source it cannot read: the quote is whole (its
#: left edge open) and takes its source from the fallbacks.
CUE_WITHOUT_SOURCE = Frame(-1, "", "", -1, -1, None)


@rule("direct")
def participle_lead(sc: Scene, cx: Context) -> Frame | None:
    """``..., telling reporters, “...”``: a cue word at most four words before the comma, without a source.

    For a capitalised quote after a comma. Returns its frame when a quote
    before it in its sentence has an attribution (``“A,” Lee sings, before asking them, “B?”``:
    *asking*, with Lee as source, is the second quote's cue). With no cue
    word, a subject and a verb in -s or -ed right before the comma stand for
    one (``Quinn cracked, “...”``). A cue word whose source it cannot read
    gives :data:`CUE_WITHOUT_SOURCE`.
    """
    if not (_punct_before(sc, cx, (",",)) and cx.content[:1].isupper()):
        return None
    st, t, prev, last_post = sc.st, cx.t, cx.prev, cx.last_post
    kind, low = st.kind, st.low
    j = prev - 1
    while j >= 0 and prev - j <= 4 and kind[j] == W and low[j] not in lx.CUES:
        j -= 1
    if not (j >= 0 and kind[j] == W and low[j] in lx.CUES):
        # no cue word: a subject and a verb in -s or -ed right before the comma ("Quinn cracked, “...”")
        v = prev - 1
        lo = sentence_start(st, prev)
        if v - 1 >= lo and _speech_like(st, v) and low[v] not in _IRREGULAR_SPEECH:
            phrase = phrase_back(st, v - 1, lo)
            # the subject opens the sentence or follows an opening phrase ("At the debate, Quinn cracked"),
            # not a subordinator ("After Lee resigned, “...”" is no attribution)
            opens = phrase is not None and (
                phrase[0] == lo or low[phrase[0] - 1] == "," or (phrase[0] == lo + 1 and low[lo] in LEAD_WORDS)
            )
            if opens and (low[phrase[0]] in PRONOUNS or st.text[st.start[phrase[0]]].isupper()):
                return Frame(v, st.text[st.start[v] : st.end[v]], low[v], phrase[0], v, phrase)
        return None
    if lx.CUES[low[j]] in lx.BELIEF and not low[j].endswith("ing"):
        return None  # "Lee's show, “Straight Talk.”": a belief word reports no quote
    cue = st.text[st.start[j] : st.end[j]]
    if last_post is not None and st.sent[last_post[0]] == st.sent[t] and last_post[1].cue_i < j:
        f = last_post[1]
        return Frame(j, cue, lx.CUES[low[j]], j, j, f.spk, f.spk_span)
    if not low[j].endswith("ing"):
        # a finite cue whose source the frames could not read: "the 50-year-old father of two replied, “...”"
        lo = sentence_start(st, j)
        a = j
        while a - 1 >= lo and j - a < 8 and kind[a - 1] == W and (low[a - 1] not in BREAK or low[a - 1] in ("of", "for")):
            a -= 1
        while a < j and low[a] in ("of", "for", "and"):
            a += 1
        if a < j and (low[a] in DETS or st.text[st.start[a]].isupper()):
            return Frame(j, cue, lx.CUES[low[j]], a, j, (a, j - 1))
    return CUE_WITHOUT_SOURCE


@rule("direct")
def cue_word_before(sc: Scene, cx: Context) -> Frame | None:
    """``Trump said “We will win.”``: a cue word right before the mark (the quote capitalised).

    After a *say* cue (``said``, ``says``, ``saying``, ``added``, ...) a quote in
    lower case is whole too when it ends the sentence: ``Lee said “there is
    no better man.”`` (the marks hold the whole reported clause). A belief
    word (``show``, ``find``) reports nothing without *that*, and a naming
    cue before a title names it: ``the reality show “Home Base.”``, ``a
    culture called “The Old Way.”`` are mentions.
    """
    st, prev, content = sc.st, cx.prev, cx.content
    if prev is None or st.kind[prev] != W or not lx.CUES.get(st.low[prev]):
        return None
    lemma = lx.CUES[st.low[prev]]
    if not (content[:1].isupper() or (
        lemma in lx.SAY and (cx.nxt is None or st.kind[cx.nxt] in (E, B) or cx.closed_end)
    )):
        return None
    if lemma in lx.BELIEF or (lemma in lx.NAMING and _title_case(content)):
        return None  # "the cooking show “Home Base.”", "a culture called “The Quinn Way.”": a name, not speech
    return sc.frame_at_cue.get(prev)  # the first frame of that cue (a scan of the sentence was quadratic)


@rule("direct")
def lead_adverb(sc: Scene, cx: Context) -> bool:
    """``Then “No,” Lee said.``, ``But, “We won,” she said.``: only a sentence adverb before the quote.

    For a capitalised quote with a frame right after it.
    """
    if cx.post is None or not cx.content[:1].isupper():
        return False
    st, t = sc.st, cx.t
    ss = sentence_start(st, t)
    if t - ss > 3:
        return False  # (tested first: a long run-on sentence made this quadratic)
    lead = [st.low[x] for x in range(ss, t) if st.low[x] != ","]
    return 0 < len(lead) <= 2 and all(w in LEAD_WORDS for w in lead)


@rule("direct")
def mention_word(sc: Scene, cx: Context) -> bool:
    """``the so-called “experts”``, ``dubbed “the wall”``: marked words after such a word are a mention."""
    before_word = _word_before(sc, cx)
    return before_word in MENTION_BEFORE or before_word == "known as"


def _word_before(sc: Scene, cx: Context) -> str:
    """The word right before the quote (``known as`` as one), else ``""``."""
    st, prev = sc.st, cx.prev
    before_word = st.low[prev] if prev is not None and st.kind[prev] == W else ""
    if before_word == "as" and prev > 0 and st.low[prev - 1] == "known":
        before_word = "known as"
    return before_word


@rule("direct")
def split_quote(sc: Scene, cx: Context) -> Frame | None:
    """``“The risk,” said Leamer, an economist at UCLA, “is that ...”``: the second half of a split quote."""
    kind, low = sc.st.kind, sc.st.low
    t, prev, last_post = cx.t, cx.prev, cx.last_post
    if (
        last_post is not None
        and prev is not None
        and low[prev] == ","
        and 0 < t - last_post[1].last <= 16
        and all(kind[x] in (W, P) for x in range(last_post[1].last + 1, t))
    ):
        return last_post[1]
    return None


# --------------------------------------------------------------------------
# fragments and mentions


@rule("direct")
def fragment_cue(sc: Scene, cx: Context) -> Frame | None:
    """``Trump called the plan “a disaster.”``: a fragment takes the nearest cue of its sentence.

    Not the cue of the next sentence: ``... “to cover gender identity.” Cruz says he ...``.
    """
    st, t, nxt = sc.st, cx.t, cx.nxt
    fs = sc.frames_by_sent.get(st.sent[t], ())
    k = bisect_frames(fs, t)
    f = fs[k - 1] if k > 0 else (fs[k] if k < len(fs) else None)
    if (
        k == 0
        and f is not None
        and nxt is not None
        and st.kind[nxt] == W
        and st.text[st.start[nxt]].isupper()
        and cx.closed_end
    ):
        return None
    return f


@rule("direct")
def speaker_continues(sc: Scene, cx: Context) -> Frame | None:
    """``“We won,” Lee said. “A new day.”``: a quote opening a sentence goes on with the speaker before it."""
    last_post = cx.last_post
    if cx.left_open and last_post is not None and sc.para_of[last_post[0]] == sc.para_of[cx.t]:
        return last_post[1]
    return None


def _title_case(s: str) -> bool:
    words = [w for w in re.split(r"[\s\-]+", s.strip(" ,.!?;:")) if w]
    if not words or len(words) > 7 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 or not w[:1].isalpha() for w in words)


@rule("direct")
def title_case(sc: Scene, cx: Context) -> bool:
    """``his book “The Art of the Deal”``: a fragment in Title Case (at most 7 words) is a mention.

    Not when its cue is the frame right after it.
    """
    return cx.fragment is not None and cx.fragment is not cx.post and _title_case(cx.content)


# --------------------------------------------------------------------------
# direct quotes with no cue of their own


@dataclass(slots=True)
class Fallback:
    """A direct quote with no frame of its own as the fallback rules see it: its neighbours, the frames so far."""

    t: int  # the quote's token
    before: int | None  # the direct quote before it
    after: int | None  # the direct quote after it
    direct_frame: dict[int, Frame | None]  # direct quote -> its frame (the fallbacks fill it in order)
    para_frames: dict[int, list[Frame]]  # paragraph -> its frames
    last_speaker: dict[int, Frame]  # paragraph -> its last attribution so far
    last_direct: dict[int, int]  # paragraph -> its last direct quote so far


@rule("direct")
def neighbour_before(sc: Scene, fx: Fallback) -> Frame | None:
    """``“We won,” he said. “We won big.”``: the attribution of the direct quote before, in its paragraph."""
    t, prev_t, direct_frame = fx.t, fx.before, fx.direct_frame
    if prev_t is not None and sc.para_of[prev_t] == sc.para_of[t]:
        return direct_frame.get(prev_t)
    return None


@rule("direct")
def neighbour_after(sc: Scene, fx: Fallback) -> Frame | None:
    """``“Yes.” “We won,” he said.``: the attribution of the next direct quote, with only marks between."""
    kind = sc.st.kind
    t, next_t, direct_frame = fx.t, fx.after, fx.direct_frame
    if next_t is not None and sc.para_of[next_t] == sc.para_of[t]:
        if all(kind[x] in (Q, E, P) for x in range(t + 1, next_t)):
            return direct_frame.get(next_t)
    return None


@rule("direct")
def paragraph_cue(sc: Scene, fx: Fallback) -> Frame | None:
    """``..., he added. “We won.”``: the last attribution before it in its paragraph, at most 2 sentences back."""
    sent, t = sc.st.sent, fx.t
    pf = fx.para_frames.get(sc.para_of[t])
    if not pf:
        return None
    k = bisect_frames(pf, t) - 1
    while k >= 0 and (pf[k].last >= t or pf[k].spk is None) and sent[t] - sent[pf[k].cue_i] <= 2:
        k -= 1
    if k >= 0 and pf[k].last < t and pf[k].spk is not None and sent[t] - sent[pf[k].cue_i] <= 2:
        return pf[k]
    return None


@rule("direct")
def colon_lead(sc: Scene, fx: Fallback) -> Frame | None:
    """``Caddell continued:`` then the quote (in the paragraph or the next): the last frame before the colon."""
    j = _colon_before(sc, fx.t)
    if j is None:
        return None
    cands = [g for g in sc.frames_by_sent.get(sc.st.sent[j], ()) if g.last < j]
    return cands[-1] if cands else None


@rule("direct")
def previous_paragraph(sc: Scene, fx: Fallback) -> Frame | None:
    """A paragraph that opens with a quote continues the speaker of the previous paragraph.

    Not after a colon (that is :func:`colon_lead`'s).
    """
    t, last_speaker, last_direct, direct_frame = fx.t, fx.last_speaker, fx.last_direct, fx.direct_frame
    p = sc.para_of[t]
    if _colon_before(sc, t) is not None or not (t == 0 or sc.st.kind[t - 1] == B) or p - 1 not in last_speaker:
        return None
    f = last_speaker[p - 1]
    prev_q = last_direct.get(p - 1)
    if prev_q is not None and direct_frame.get(prev_q) is not None:
        f = direct_frame[prev_q]
    return f


def _colon_before(sc: Scene, t: int) -> int | None:
    """The colon that ends the text before quote ``t``, in its paragraph or the one before, else None."""
    kind, low, para_of = sc.st.kind, sc.st.low, sc.para_of
    j = t - 1
    while j >= 0 and kind[j] in (B, E) and para_of[j] >= para_of[t] - 1:
        j -= 1
    if j >= 0 and kind[j] == P and low[j] == ":" and para_of[j] >= para_of[t] - 1:
        return j
    return None


# --------------------------------------------------------------------------
# the sieves: each group's rules in the order they are tried (a rule checks its own precondition)

#: A group of rules: ``(name, rule)`` pairs in the order of trial (a name may stand twice: ``headline_colon``).
Group = tuple[tuple[str, Callable[..., Any]], ...]


#: The frame right after a quote: ``(sc, cx) -> Frame | None``, the first found wins.
AFTER: Group = (
    ("epigraph_dash", epigraph_dash),
    ("cue_after", cue_after),
    ("name_then_cue", name_then_cue),
    ("apposition_then_cue", apposition_then_cue),
    ("long_source", long_source),
    ("verb_after", verb_after),
)
#: Vetoes of the frame found right after: ``(sc, cx, post) -> bool``.
AFTER_VETOES: Group = (("new_statement", new_statement),)
#: The frame right after when there is none (or it was vetoed): a headline's colon.
AFTER_LAST: Group = (("headline_colon", headline_colon),)
#: The frame right before a quote: ``(sc, cx) -> Frame | None``.
BEFORE: Group = (
    ("cue_before", cue_before),
    ("put_it", put_it),
    ("headline_colon", _colon_label),
    ("participle_lead", participle_lead),
    ("cue_word_before", cue_word_before),
)
#: The left edge: what may open a quote's sentence besides its frame, ``(sc, cx) -> bool``.
LEFT_OPEN: Group = (("lead_adverb", lead_adverb),)
#: The second half of a split quote (direct, with the first half's frame).
SPLIT: Group = (("split_quote", split_quote),)
#: A quote's cue when it is no whole statement: ``(sc, cx) -> Frame | None``.
FRAGMENT: Group = (("fragment_cue", fragment_cue), ("speaker_continues", speaker_continues))
#: Marked words that are nobody's speech by the word before them (no whole statement then): ``(sc, cx) -> bool``.
MENTION_BEFORE_WORD: Group = (("mention_word", mention_word),)
#: A fragment in the form of a name or a title: a mention, ``(sc, cx) -> bool``.
MENTION_FORM: Group = (("title_case", title_case),)
#: Direct quotes with no frame of their own: ``(sc, fx) -> Frame | None``.
FALLBACKS: Group = (
    ("neighbour_before", neighbour_before),
    ("neighbour_after", neighbour_after),
    ("paragraph_cue", paragraph_cue),
    ("colon_lead", colon_lead),
    ("previous_paragraph", previous_paragraph),
)


def _first(group: Group, sc: Scene, *args: object) -> tuple[Frame | None, str | None]:
    """The first frame a rule of ``group`` that is on finds, and the rule's name; else ``(None, None)``."""
    for name, r in group:
        if name in sc.on:
            f = r(sc, *args)
            if f is not None:
                return f, name
    return None, None


def _any(group: Group, sc: Scene, *args: object) -> str | None:
    """The name of the first rule of ``group`` that is on and holds, else None."""
    return next((name for name, r in group if name in sc.on and r(sc, *args)), None)


def _edges(sc: Scene, cx: Context) -> bool:
    """Fill ``cx.left_open`` (nothing of its sentence before the quote); whether its right edge is closed."""
    st = sc.st
    kind, low, prev, nxt = st.kind, st.low, cx.prev, cx.nxt
    cx.left_open = (
        cx.left_open  # participle_lead's cue word without a source
        or prev is None
        or kind[prev] in (E, B, Q)
        or low[prev] == "("
        or cx.pre is not None
        or _punct_before(sc, cx, (":",))
        or (cx.post is not None and low[prev] in ("—", "–", "-"))  # "- ''I love it,'' he said, ''...'' - and"
        or _any(LEFT_OPEN, sc, cx) is not None
    )
    right_closed = nxt is None or kind[nxt] in (E, B, Q) or cx.post is not None or cx.closed_end
    if nxt is not None and kind[nxt] == P and low[nxt] in (",", ";") and cx.post is None:
        right_closed = False
    if not right_closed and cx.pre is not None and low[prev] == ":" and cx.content[:1].isupper():
        right_closed = True
    return right_closed


def _frames_of(sc: Scene, cx: Context) -> tuple[str | None, str | None]:
    """Fill ``cx.post`` and ``cx.pre`` (the frames right after and right before); their rules' names."""
    st = sc.st
    post, post_rule = _first(AFTER, sc, cx)
    if post is not None and _any(AFTER_VETOES, sc, cx, post) is not None:
        post = None
    if post is None:
        post, post_rule = _first(AFTER_LAST, sc, cx)
    cx.post = post
    pre, pre_rule = _first(BEFORE, sc, cx)
    if pre is CUE_WITHOUT_SOURCE:
        pre = None
        cx.left_open = True
    elif (
        pre is not None and _punct_before(sc, cx, (",",)) and cx.content[:1].islower() and pre.lemma != "put"
        and pre.first > sentence_start(st, cx.t)
    ):
        pre = None  # "The square was quiet, he added, “but the shops will open.”": the sentence goes on
    cx.pre = pre  # through the attribution into the quote, a fragment of it
    return post_rule, pre_rule


def _read(sc: Scene, cx: Context) -> tuple[str, Frame | None, str | None, bool]:
    """The kind of the quote of ``cx``, its frame, the rule that found the frame, and whether that is the
    frame right after a direct quote (which goes on to the next quotes: ``cx.last_post``)."""
    post_rule, pre_rule = _frames_of(sc, cx)
    right_closed = _edges(sc, cx)
    is_mention = _any(MENTION_BEFORE_WORD, sc, cx) is not None
    if cx.left_open and right_closed and not (is_mention and _word_before(sc, cx) != "known as"):
        if cx.pre is not None and cx.post is not None and cx.closed_end:
            cx.post = None  # "Lee said: “We won.” Kim said ...": the quote closed Lee's sentence
        if cx.post is not None:
            return "direct", cx.post, post_rule, True
        return "direct", cx.pre, pre_rule if cx.pre is not None else None, False
    f, f_rule = _first(SPLIT, sc, cx)
    if f is not None:
        return "direct", f, f_rule, False
    cx.fragment, f_rule = _first(FRAGMENT, sc, cx)
    if cx.fragment is None or is_mention:
        return "mention", None, "mention_word" if is_mention else None, False
    if _any(MENTION_FORM, sc, cx) is not None:
        return "mention", None, "title_case", False
    return "partial", cx.fragment, f_rule, False


def _with_speaker(st: Stream, q: Quote, f: Frame) -> Quote:
    """``q`` with the cue and the source mention of ``f``."""
    q.cue = f.cue
    spk = speaker_of(st, f)
    if spk:
        q.speaker_mention, q.speaker_start, q.speaker_end = spk
    return q


def attribute_marked(sc: Scene) -> tuple[list[Quote], dict[int, str], set[int]]:
    """The quotes in marks of ``sc`` as Quote rows, the kind of each quote token, and the cue tokens of the
    frames right after a direct quote that it is attributed to (``“...,” he said``).

    Each quote is read by the groups of rules above in turn (:func:`_read`);
    a direct quote with no frame then takes one from :data:`FALLBACKS`.
    ``Quote.rule`` names the rule whose frame attributes it.

    Examples
    --------
    >>> from newsanalysis.attribution import find_quotes
    >>> t = "“We will win,” Lee said. “And big.”"
    >>> [(q.kind, q.speaker_mention) for q in find_quotes(t, [(0, len(t), 0)])]
    [('direct', 'Lee'), ('direct', 'Lee')]
    """
    st, marks, text = sc.st, sc.marks, sc.st.text
    out: list[Quote] = []
    direct_frame: dict[int, Frame | None] = {}
    qkind: dict[int, str] = {}
    reporting: set[int] = set()
    why: dict[int, str] = {}  # quote token -> the rule whose frame attributes it (``quotes.rule``)
    last_post: tuple[int, Frame] | None = None
    for t in list(st.qi):  # the quote tokens, in order (added in token order)
        _, o, c, _ = marks[st.qi[t]]
        cs, ce = inner_span(text, o, c)
        if ce <= cs:
            qkind[t] = ""
            continue
        label = turn_label(text, marks[st.qi[t]][0], o)
        if label is not None:  # a transcript turn ("HOLM: ..."): the label is its speaker
            qkind[t] = "direct"
            direct_frame[t] = Frame(t, ":", "say", t, t, None, label)
            why[t] = "transcript_turn"
            continue
        cx = Context.of(sc, t, cs, ce, last_post)
        qkind[t], f, name, reports = _read(sc, cx)
        if qkind[t] == "direct":
            direct_frame[t] = f
            if f is not None:
                why[t] = name
            if reports:
                last_post = (t, f)
                reporting.add(f.cue_i)
        elif qkind[t] == "mention":
            out.append(Quote(cs, ce, "mention", rule=name))
        else:
            out.append(_with_speaker(st, Quote(cs, ce, "partial", rule=name), f))
    out.extend(_fallbacks(sc, qkind, direct_frame, why))
    return out, qkind, reporting


def _fallbacks(sc: Scene, qkind: dict[int, str], direct_frame: dict[int, Frame | None],
               why: dict[int, str]) -> list[Quote]:
    """The direct quotes as Quote rows, in order, those with no frame of their own given one by
    :data:`FALLBACKS` (neighbours, the paragraph's cue, a colon, the previous paragraph)."""
    st, para_of = sc.st, sc.para_of
    last_speaker: dict[int, Frame] = {}  # paragraph -> last attributed frame
    para_frames: dict[int, list[Frame]] = {}
    for f in sc.frames:
        last_speaker[para_of[f.cue_i]] = f
        para_frames.setdefault(para_of[f.cue_i], []).append(f)
    direct = [t for t in st.qi if qkind.get(t) == "direct"]
    last_direct: dict[int, int] = {}  # paragraph -> its last direct quote so far
    out = []
    for idx, t in enumerate(direct):
        f, rule_of = direct_frame.get(t), why.get(t)
        if f is None:
            fx = Fallback(t, direct[idx - 1] if idx > 0 else None, direct[idx + 1] if idx + 1 < len(direct) else None,
                          direct_frame, para_frames, last_speaker, last_direct)
            f, rule_of = _first(FALLBACKS, sc, fx)
        direct_frame[t] = f
        last_direct[para_of[t]] = t
        _, o, c, _ = sc.marks[st.qi[t]]
        cs, ce = inner_span(st.text, o, c)
        q = Quote(cs, ce, "direct")
        if f is not None:
            last_speaker[para_of[t]] = f
            q.rule = rule_of
            _with_speaker(st, q, f)
        out.append(q)
    return out


# --------------------------------------------------------------------------
# headlines that repeat the body

_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: Contractions as the words they stand for, so that ``We Are Going`` repeats ``we’re going``.
_CONTRACTED = {"n't": "not", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
_NOT_STEM = {"ca": "can", "wo": "will", "sha": "shall"}


def _words(text: str) -> list[str]:
    """The words of ``text`` in lower case, contractions spelled out (``don’t`` is ``do not``)."""
    out = []
    for w in _WORD.findall(text):
        w = w.replace("’", "'").lower()
        for short, full in _CONTRACTED.items():
            if w.endswith(short) and len(w) > len(short):
                stem = w[: -len(short)]
                out.extend((_NOT_STEM.get(stem, stem) if short == "n't" else stem, full))
                break
        else:
            out.append(w)
    return out


def _repeats(head: list[str], body: list[str]) -> bool:
    """Whether the words ``head`` are in ``body`` in order, with at most one word of ``body`` between two of them."""
    n = len(head)
    for i, w in enumerate(body):
        if w != head[0]:
            continue
        j, k = i + 1, 1
        while k < n and j < len(body):
            if body[j] == head[k]:
                j += 1
            elif j + 1 < len(body) and body[j + 1] == head[k]:
                j += 2  # a word the headline dropped: "I’m like the worst thing" for "I’m the Worst Thing"
            else:
                break
            k += 1
        if k == n:
            return True
    return False


#: A first paragraph of more words is no headline.
_HEADLINE_WORDS = 25


def _headline_case(words: list[str]) -> bool:
    """Whether every word of four letters or more is capitalised, and there are three such (a headline's case)."""
    long = [w.strip("‘’'\"“”.,:;!?()") for w in words]
    long = [w for w in long if sum(c.isalpha() for c in w) >= 4]
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


@rule("direct")
def headline_excerpt(text: str, quotes: list[Quote], head_end: int) -> None:
    """``Warren: ‘You Should Be Criminally Investigated’`` over ``“..., you should be criminally investigated,” Warren told``.

    A direct quote in the headline (the first paragraph, ending at
    ``head_end``, of an article with more; at most 25 words) in a headline's
    form (after or before a colon, or with no cue, or in a paragraph in title
    case: ``“We won,” Lee said.`` opening a text is no headline) whose words, in order and in any
    case, are in the body (at most one word of the body's between two of
    them: headlines drop fillers; contractions spelled out: ``We Are Going``
    repeats ``we’re going``) is ``partial``: the headline excerpts words the
    body gives in full, where they are counted. It keeps its source; a
    headline quote with none (``A lesson from Loretta Lynch: ‘Be the voice
    that people hear’``) takes the source of the body's quote it repeats,
    and stays ``direct`` when the body repeats it outside a quote with a
    source. A headline quote the body does not repeat (``‘We will not
    move’: mayor defies council`` over a report of the council's meeting)
    stays ``direct``. Applied to the quotes found, after every other rule.
    """
    words = text[:head_end].split()
    if len(words) > _HEADLINE_WORDS:
        return
    title_case = _headline_case(words)
    heads = [q for q in quotes if q.kind == "direct" and q.end <= head_end and (title_case or q.cue in (None, ":"))]
    if not heads:
        return
    body = _words(text[head_end:])
    sourced = [(b, _words(text[b.start : b.end])) for b in quotes
               if b.start >= head_end and b.kind in ("direct", "partial") and b.speaker_start is not None]
    for q in heads:
        words = _words(text[q.start : q.end])
        if not words or not _repeats(words, body):
            continue
        if q.speaker_start is None:
            given = next((b for b, bw in sourced if _repeats(words, bw)), None)
            if given is None:
                continue
            q.cue, q.speaker_mention, q.speaker_start, q.speaker_end = (
                given.cue, given.speaker_mention, given.speaker_start, given.speaker_end)
            q.rule = "headline_excerpt"  # (``quotes.rule``: the rule whose source it takes)
        q.kind = "partial"
