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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, repeat

from . import lexicon as lx
from .frames import Frame, bisect_frames, np_back, np_forward, speaker_of
from .marks import NOT_SPEAKER, inner_span, turn_label
from .quote import Quote
from .rules import rule
from .tokens import END_PUNCT, IS_BREAK, B, E, P, Q, Stream, W, sentence_start
from .words import AUX, BREAK, CLAUSE_START, DETS, LEAD_WORDS, MENTION_BEFORE, PRONOUNS, TIME

__all__ = ["Scene", "attribute_marked"]

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


# --------------------------------------------------------------------------
# the frame right after a quote


@rule("direct")
def epigraph_dash(sc: Scene, k: int) -> Frame | None:
    """``“...” ― Jane Doe``: a dash and a capitalised name closing the sentence (an epigraph)."""
    st = sc.st
    kind, low, n = st.kind, st.low, len(st.kind)
    np = np_forward(st, k + 1)
    if np is not None and st.text[st.start[np[0]]].isupper() and (
        np[1] + 1 >= n or kind[np[1] + 1] in (E, B) or low[np[1] + 1] == ","
    ):
        return Frame(k, low[k], "dash", k, np[1], np)
    return None


@rule("direct")
def cue_after(sc: Scene, k: int) -> Frame | None:
    """``“...,” Trump said`` / ``“...,” said Trump``: the frame that starts right after the quote."""
    return sc.frame_at_first.get(k)


@rule("direct")
def name_then_cue(sc: Scene, k: int) -> Frame | None:
    """``“...,” Scott Pruitt, the attorney general of Oklahoma, said``: a name, an apposition, its cue."""
    st = sc.st
    low, n = st.low, len(st.kind)
    if st.kind[k] == W and st.text[st.start[k]].isupper():
        name = np_forward(st, k)
        if name is not None and name[1] + 2 < n and low[name[1] + 1] == ",":
            g = sc.frame_at_first.get(name[1] + 2)
            if g is not None and g.first < g.cue_i:
                return Frame(g.cue_i, g.cue, g.lemma, k, g.last, name)
    return None


@rule("direct")
def apposition_then_cue(sc: Scene, k: int) -> Frame | None:
    """``“...,” Ann Lee, director of ... and a professor at ..., said``: a name, a long apposition, its cue.

    The apposition runs to a comma and an invertible cue (``said``,
    ``told``, ``added``, ...) at most 30 tokens on, within its sentence
    (the frames of the stream take an apposition of up to 14 words).
    """
    st = sc.st
    kind, low, n = st.kind, st.low, len(st.kind)
    if kind[k] != W or not st.text[st.start[k]].isupper():
        return None
    name = np_forward(st, k)
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
def long_source(sc: Scene, k: int) -> Frame | None:
    """``“...,” the Florida senator and Republican presidential candidate said``: a long source, then its cue.

    From the token after the quote, up to 14 words with no clause in them (no
    relative pronoun, verb or comma) and then an invertible cue (``said``,
    ``told``, ``wrote``, ...): the words are the source (the frames of the
    stream keep the last seven).
    """
    st = sc.st
    kind, low, text, n = st.kind, st.low, st.text, len(st.kind)
    if kind[k] != W or not (low[k] in DETS or text[st.start[k]].isupper()):
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
def verb_after(sc: Scene, k: int, content: str) -> Frame | None:
    """``“...,” Quinn charged.``, ``“...,” he mocks.``, ``“...,” declares Ann Lee, 27``: any verb in -s or -ed.

    After a quote ending in a comma (or ``?``/``!``), a subject and a verb in
    -s or -ed that ends its clause (a period, a comma, a preposition or a
    time word follows), or such a verb and then a capitalised subject, report
    the quote even when the verb is no cue of the lexicon (``barked``,
    ``fumed``, ``surmised``).
    """
    if content.rstrip(_END_STRIP)[-1:] not in (",", "?", "!"):
        return None
    st = sc.st
    kind, n = st.kind, len(st.kind)
    if kind[k] != W:
        return None
    if _speech_like(st, k):  # inverted: "declares Ann Lee, 27, ..."
        np = np_forward(st, k + 1)
        if np is not None and st.text[st.start[np[0]]].isupper() and (
            np[1] + 1 >= n or kind[np[1] + 1] in (E, B) or st.low[np[1] + 1] == ","
        ):
            return Frame(k, st.text[st.start[k] : st.end[k]], st.low[k], k, np[1], np)
        return None
    np = np_forward(st, k)
    if np is None or not (st.low[k] in PRONOUNS or st.low[k] in DETS or st.text[st.start[k]].isupper()):
        return None
    # the verb ends the noun phrase, or the phrase ran on into it ("the guard barked at them"); a word
    # right after a determiner is a noun ("“...,” the words on their banners")
    for v in range(k + 1, min(n, np[1] + 2)):
        if st.low[v - 1] in DETS:
            continue
        if _speech_like(st, v) and _ends_clause(st, v + 1):
            e = st.end[v + 1] if st.low[v] in _IRREGULAR_SPEECH else st.end[v]  # "went on", "shot back"
            return Frame(v, st.text[st.start[v] : e], st.low[v], k, v, (k, v - 1))
    return None


@rule("direct")
def new_statement(sc: Scene, t: int, post: Frame, content: str, last_post: tuple[int, Frame] | None) -> bool:
    """Whether the cue after a quote opens a statement of its own, and so is not the quote's.

    ``“...” Lee said that taxes will fall``; ``“...,” Cruz told reporters.
    “... campaign.” Ohio Gov. John Kasich said he would ...`` (the quote goes
    on with Cruz; Kasich's cue opens a new statement).
    """
    st = sc.st
    low, n = st.low, len(st.kind)
    after = max(post.cue_i, post.last) + 1
    if after < n and low[after] == "that":
        return True
    return (
        after < n
        and st.kind[after] == W
        and low[after] in CLAUSE_START
        and post.first < post.cue_i
        and content.rstrip(_END_STRIP)[-1:] in END_PUNCT
        and last_post is not None
        and sc.para_of[last_post[0]] == sc.para_of[t]
    )


# --------------------------------------------------------------------------
# the frame right before a quote


@rule("direct")
def cue_before(sc: Scene, t: int, prev: int) -> Frame | None:
    """``Trump said: “...”``, ``Trump told reporters, “...”``: a frame ending at most 6 words before the mark.

    A capitalised quote after such a frame and a colon is a whole statement
    even when the sentence goes on (``the utility said: “...,” adding that ...``).
    A belief frame (``polls show``, ``Lee thinks``) reports no quote: its
    report needs *that*. A quote in lower case after a frame and a comma, in
    a sentence that began before the frame, goes on that sentence (``The
    square was quiet, he added, “but the shops will open soon.”``): a fragment.
    """
    st = sc.st
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
def put_it(sc: Scene, prev: int) -> Frame | None:
    """``As the mayor's aide puts it, “...”``: *put it* (then at most six words) and a comma before the quote.

    The source is the noun phrase before *put*; the quote is whole (direct)
    even when it opens in lower case (``as The New Yorker put it, “the
    operator.”``).
    """
    st = sc.st
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
    np = np_back(st, k, lo)
    if np is None:
        return None
    c = j - 1
    return Frame(c, st.text[st.start[c] : st.end[j]], "put", np[0], prev - 1, np)


_PUT = frozenset(["put", "puts", "putting"])


@rule("direct")
def participle_lead(sc: Scene, t: int, prev: int, last_post: tuple[int, Frame] | None) -> tuple[bool, Frame | None]:
    """``..., telling reporters, “...”``: a cue word at most four words before the comma, without a source.

    Returns whether there is one, and its frame when a quote before it in its
    sentence has an attribution (``“A,” Lee sings, before asking them, “B?”``:
    *asking*, with Lee as source, is the second quote's cue). With no cue
    word, a subject and a verb in -s or -ed right before the comma stand for
    one (``Quinn cracked, “...”``).
    """
    st = sc.st
    kind, low = st.kind, st.low
    j = prev - 1
    while j >= 0 and prev - j <= 4 and kind[j] == W and low[j] not in lx.CUES:
        j -= 1
    if not (j >= 0 and kind[j] == W and low[j] in lx.CUES):
        # no cue word: a subject and a verb in -s or -ed right before the comma ("Quinn cracked, “...”")
        v = prev - 1
        lo = sentence_start(st, prev)
        if v - 1 >= lo and _speech_like(st, v) and low[v] not in _IRREGULAR_SPEECH:
            np = np_back(st, v - 1, lo)
            # the subject opens the sentence or follows an opening phrase ("At the debate, Quinn cracked"),
            # not a subordinator ("After Lee resigned, “...”" is no attribution)
            opens = np is not None and (
                np[0] == lo or low[np[0] - 1] == "," or (np[0] == lo + 1 and low[lo] in LEAD_WORDS)
            )
            if opens and (low[np[0]] in PRONOUNS or st.text[st.start[np[0]]].isupper()):
                return True, Frame(v, st.text[st.start[v] : st.end[v]], low[v], np[0], v, np)
        return False, None
    if lx.CUES[low[j]] in lx.BELIEF and not low[j].endswith("ing"):
        return False, None  # "Lee's show, “Straight Talk.”": a belief word reports no quote
    cue = st.text[st.start[j] : st.end[j]]
    if last_post is not None and st.sent[last_post[0]] == st.sent[t] and last_post[1].cue_i < j:
        f = last_post[1]
        return True, Frame(j, cue, lx.CUES[low[j]], j, j, f.spk, f.spk_span)
    if not low[j].endswith("ing"):
        # a finite cue whose source the frames could not read: "the 50-year-old father of two replied, “...”"
        lo = sentence_start(st, j)
        a = j
        while a - 1 >= lo and j - a < 8 and kind[a - 1] == W and (low[a - 1] not in BREAK or low[a - 1] in ("of", "for")):
            a -= 1
        while a < j and low[a] in ("of", "for", "and"):
            a += 1
        if a < j and (low[a] in DETS or st.text[st.start[a]].isupper()):
            return True, Frame(j, cue, lx.CUES[low[j]], a, j, (a, j - 1))
    return True, None


@rule("direct")
def cue_word_before(sc: Scene, prev: int, content: str) -> Frame | None:
    """``Trump said “We will win.”``: a cue word right before the mark (the quote capitalised).

    After a *say* cue (``said``, ``says``, ``saying``, ``added``, ...) a quote in
    lower case is whole too when it ends the sentence: ``Lee said “there is
    no better man.”`` (the marks hold the whole reported clause). A belief
    word (``show``, ``find``) reports nothing without *that*, and a naming
    cue before a title names it: ``the reality show “Home Base.”``, ``a
    culture called “The Old Way.”`` are mentions.
    """
    lemma = lx.CUES[sc.st.low[prev]]
    if lemma in lx.BELIEF or (lemma in lx.NAMING and _title_case(content)):
        return None  # "the cooking show “Home Base.”", "a culture called “The Quinn Way.”": a name, not speech
    return sc.frame_at_cue.get(prev)  # the first frame of that cue (a scan of the sentence was quadratic)


@rule("direct")
def lead_adverb(sc: Scene, t: int) -> bool:
    """``Then “No,” Lee said.``, ``But, “We won,” she said.``: only a sentence adverb before the quote."""
    st = sc.st
    ss = sentence_start(st, t)
    if t - ss > 3:
        return False  # (tested first: a long run-on sentence made this quadratic)
    lead = [st.low[x] for x in range(ss, t) if st.low[x] != ","]
    return 0 < len(lead) <= 2 and all(w in LEAD_WORDS for w in lead)


@rule("direct")
def split_quote(sc: Scene, t: int, prev: int, last_post: tuple[int, Frame] | None) -> Frame | None:
    """``“The risk,” said Leamer, an economist at UCLA, “is that ...”``: the second half of a split quote."""
    kind, low = sc.st.kind, sc.st.low
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
def headline_colon(sc: Scene, t: int, prev: int | None, nxt: int | None) -> Frame | None:
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
    """
    st = sc.st
    kind, n = st.kind, len(st.kind)
    if prev is not None and kind[prev] == P and st.low[prev] == ":":
        if t + 1 < n and kind[t + 1] not in (E, B):
            return None  # words go on after the quote: "Sanders: ‘Of Course’ Clinton Is Qualified"
        label = _label_before(sc, prev)
        if label is None:
            return None
        return Frame(prev, ":", "say", label[0], prev, label)
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


# --------------------------------------------------------------------------
# fragments and mentions


@rule("direct")
def fragment_cue(sc: Scene, t: int, nxt: int | None, content: str) -> Frame | None:
    """``Trump called the plan “a disaster.”``: a fragment takes the nearest cue of its sentence.

    Not the cue of the next sentence: ``... “to cover gender identity.” Cruz says he ...``.
    """
    st = sc.st
    fs = sc.frames_by_sent.get(st.sent[t], ())
    k = bisect_frames(fs, t)
    f = fs[k - 1] if k > 0 else (fs[k] if k < len(fs) else None)
    if (
        k == 0
        and f is not None
        and nxt is not None
        and st.kind[nxt] == W
        and st.text[st.start[nxt]].isupper()
        and content.rstrip(_END_STRIP)[-1:] in END_PUNCT
    ):
        return None
    return f


@rule("direct")
def speaker_continues(sc: Scene, t: int, last_post: tuple[int, Frame] | None) -> Frame | None:
    """``“We won,” Lee said. “A new day.”``: a quote opening a sentence goes on with the speaker before it."""
    if last_post is not None and sc.para_of[last_post[0]] == sc.para_of[t]:
        return last_post[1]
    return None


@rule("direct")
def mention_word(before_word: str) -> bool:
    """``the so-called “experts”``, ``dubbed “the wall”``: marked words after such a word are a mention."""
    return before_word in MENTION_BEFORE or before_word == "known as"


def _title_case(s: str) -> bool:
    words = [w for w in re.split(r"[\s\-]+", s.strip(" ,.!?;:")) if w]
    if not words or len(words) > 7 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 or not w[:1].isalpha() for w in words)


@rule("direct")
def title_case(content: str) -> bool:
    """``his book “The Art of the Deal”``: a fragment in Title Case (at most 7 words) is a mention."""
    return _title_case(content)


# --------------------------------------------------------------------------
# direct quotes with no cue of their own


@rule("direct")
def neighbour_before(sc: Scene, t: int, prev_t: int | None, direct_frame: dict[int, Frame | None]) -> Frame | None:
    """``“We won,” he said. “We won big.”``: the attribution of the direct quote before, in its paragraph."""
    if prev_t is not None and sc.para_of[prev_t] == sc.para_of[t]:
        return direct_frame.get(prev_t)
    return None


@rule("direct")
def neighbour_after(sc: Scene, t: int, next_t: int | None, direct_frame: dict[int, Frame | None]) -> Frame | None:
    """``“Yes.” “We won,” he said.``: the attribution of the next direct quote, with only marks between."""
    kind = sc.st.kind
    if next_t is not None and sc.para_of[next_t] == sc.para_of[t]:
        if all(kind[x] in (Q, E, P) for x in range(t + 1, next_t)):
            return direct_frame.get(next_t)
    return None


@rule("direct")
def paragraph_cue(sc: Scene, t: int, para_frames: dict[int, list[Frame]]) -> Frame | None:
    """``..., he added. “We won.”``: the last attribution before it in its paragraph, at most 2 sentences back."""
    sent = sc.st.sent
    pf = para_frames.get(sc.para_of[t])
    if not pf:
        return None
    k = bisect_frames(pf, t) - 1
    while k >= 0 and (pf[k].last >= t or pf[k].spk is None) and sent[t] - sent[pf[k].cue_i] <= 2:
        k -= 1
    if k >= 0 and pf[k].last < t and pf[k].spk is not None and sent[t] - sent[pf[k].cue_i] <= 2:
        return pf[k]
    return None


@rule("direct")
def colon_lead(sc: Scene, j: int) -> Frame | None:
    """``Caddell continued:`` then the quote (in the paragraph or the next): the last frame before the colon."""
    cands = [g for g in sc.frames_by_sent.get(sc.st.sent[j], ()) if g.last < j]
    return cands[-1] if cands else None


@rule("direct")
def previous_paragraph(
    sc: Scene, t: int, last_speaker: dict[int, Frame], last_direct: dict[int, int],
    direct_frame: dict[int, Frame | None],
) -> Frame | None:
    """A paragraph that opens with a quote continues the speaker of the previous paragraph."""
    p = sc.para_of[t]
    f = last_speaker[p - 1]
    prev_q = last_direct.get(p - 1)
    if prev_q is not None and direct_frame.get(prev_q) is not None:
        f = direct_frame[prev_q]
    return f


# --------------------------------------------------------------------------


def attribute_marked(sc: Scene) -> tuple[list[Quote], dict[int, str], set[int]]:
    """The quotes in marks of ``sc`` as Quote rows, the kind of each quote token, and the cue tokens of the
    frames right after a direct quote that it is attributed to (``“...,” he said``).

    Examples
    --------
    >>> from newsanalysis.attribution import find_quotes
    >>> t = "“We will win,” Lee said. “And big.”"
    >>> [(q.kind, q.speaker_mention) for q in find_quotes(t, [(0, len(t), 0)])]
    [('direct', 'Lee'), ('direct', 'Lee')]
    """
    st, marks, on = sc.st, sc.marks, sc.on
    text = st.text
    kind, low = st.kind, st.low
    n = len(kind)
    para_of = sc.para_of
    qtok = list(st.qi)  # the quote tokens, in order (added in token order)
    out: list[Quote] = []
    direct_frame: dict[int, Frame | None] = {}
    qkind: dict[int, str] = {}
    reporting: set[int] = set()
    why: dict[int, str] = {}  # quote token -> the rule whose frame attributes it (``quotes.rule``)

    last_post: tuple[int, Frame] | None = None
    for t in qtok:
        _, o, c, _ = marks[st.qi[t]]
        cs, ce = inner_span(text, o, c)
        if ce <= cs:
            qkind[t] = ""
            continue
        content = text[cs:ce]
        label = turn_label(text, marks[st.qi[t]][0], o)
        if label is not None:  # a transcript turn ("HOLM: ..."): the label is its speaker
            qkind[t] = "direct"
            direct_frame[t] = Frame(t, ":", "say", t, t, None, label)
            why[t] = "transcript_turn"
            continue
        prev = t - 1 if t > 0 else None
        nxt = t + 1 if t + 1 < n else None
        # frame right after: "...,” Trump said" / "...,” said Trump"
        post = post_rule = None
        k = nxt
        if k is not None and kind[k] == P and low[k] == ",":
            k += 1
        if k is not None and k < n and kind[k] == P and low[k] in ("―", "—", "–") and k + 1 < n:
            if "epigraph_dash" in on:
                post, post_rule = epigraph_dash(sc, k), "epigraph_dash"
        elif k is not None and k < n:
            if "cue_after" in on:
                post, post_rule = cue_after(sc, k), "cue_after"
            if post is None and "name_then_cue" in on:
                post, post_rule = name_then_cue(sc, k), "name_then_cue"
            # a long source reports a quote that leaves its sentence open ("“...,” Ann Lee, director of ...,
            # said"); after a quote that ends its sentence, the words are the next sentence's subject
            open_end = content.rstrip(_END_STRIP)[-1:] in (",", "?", "!")
            if post is None and open_end and "apposition_then_cue" in on:
                post, post_rule = apposition_then_cue(sc, k), "apposition_then_cue"
            if post is None and open_end and "long_source" in on:
                post, post_rule = long_source(sc, k), "long_source"
            if post is None and "verb_after" in on:
                post, post_rule = verb_after(sc, k, content), "verb_after"
            if post is not None and "new_statement" in on and new_statement(sc, t, post, content, last_post):
                post = None
        if post is None and nxt is not None and low[nxt] == ":" and "headline_colon" in on:
            post, post_rule = headline_colon(sc, t, None, nxt), "headline_colon"  # "‘We will not move’: mayor ..."
        # frame right before: "Trump said: “...” / Trump told reporters, “...”"
        pre = pre_rule = None
        left_open = prev is None or kind[prev] in (E, B, Q) or low[prev] == "("
        if prev is not None and kind[prev] == P and low[prev] in (",", ":", "—", "–"):
            if "cue_before" in on:
                pre, pre_rule = cue_before(sc, t, prev), "cue_before"
            if pre is None and low[prev] == "," and "put_it" in on:
                pre, pre_rule = put_it(sc, prev), "put_it"
            if pre is None and low[prev] == ":" and "headline_colon" in on:
                pre, pre_rule = headline_colon(sc, t, prev, None), "headline_colon"  # "Mayor: ‘We will not move’"
            if (
                pre is not None
                and low[prev] == ","
                and content[:1].islower()
                and pre.lemma != "put"
                and pre.first > sentence_start(st, t)
            ):
                left_open = False  # "The square was quiet, he added, “but the shops will open.”": the
                pre = None  # sentence goes on through the attribution into the quote, a fragment of it
            elif low[prev] == ":" or pre is not None:
                left_open = True
            elif low[prev] == "," and content[:1].isupper():
                if "participle_lead" in on:
                    left_open, pre = participle_lead(sc, t, prev, last_post)
                    pre_rule = "participle_lead"
                else:
                    left_open = False
        elif prev is not None and kind[prev] == W and lx.CUES.get(low[prev]) and (
            content[:1].isupper()
            or (
                lx.CUES[low[prev]] in lx.SAY
                and (nxt is None or kind[nxt] in (E, B) or content.rstrip(_END_STRIP)[-1:] in END_PUNCT)
            )
        ):
            if "cue_word_before" in on:
                pre, pre_rule = cue_word_before(sc, prev, content), "cue_word_before"
            left_open = pre is not None
        if not left_open and post is not None and prev is not None and low[prev] in ("—", "–", "-"):
            left_open = True  # "... - ''I love the place,'' he said, ''I will never go back'' - and ..."
        if not left_open and post is not None and content[:1].isupper() and prev is not None:
            left_open = "lead_adverb" in on and lead_adverb(sc, t)
        right_closed = nxt is None or kind[nxt] in (E, B, Q) or post is not None
        if not right_closed and content.rstrip(_END_STRIP)[-1:] in END_PUNCT:
            right_closed = True
        if nxt is not None and kind[nxt] == P and low[nxt] in (",", ";") and post is None:
            right_closed = False
        if not right_closed and pre is not None and low[prev] == ":" and content[:1].isupper():
            right_closed = True
        before_word = low[prev] if prev is not None and kind[prev] == W else ""
        if before_word == "as" and prev > 0 and low[prev - 1] == "known":
            before_word = "known as"
        is_mention = "mention_word" in on and mention_word(before_word)
        if left_open and right_closed and not (is_mention and before_word != "known as"):
            qkind[t] = "direct"
            if pre is not None and post is not None and content.rstrip(_END_STRIP)[-1:] in END_PUNCT:
                post = None  # "Lee said: “We won.” Kim said ...": the quote closed Lee's sentence
            direct_frame[t] = post or pre
            if post is not None or pre is not None:
                why[t] = post_rule if post is not None else pre_rule
            if post is not None:
                last_post = (t, post)
                reporting.add(post.cue_i)
            continue
        f = split_quote(sc, t, prev, last_post) if "split_quote" in on else None
        if f is not None:
            qkind[t] = "direct"
            direct_frame[t] = f
            why[t] = "split_quote"
            continue
        # a fragment: the nearest cue of its sentence
        f = fragment_cue(sc, t, nxt, content) if "fragment_cue" in on else None
        f_rule = "fragment_cue"
        if f is None and left_open and "speaker_continues" in on:
            f, f_rule = speaker_continues(sc, t, last_post), "speaker_continues"  # the speaker quoted just before
        if f is None or is_mention or ("title_case" in on and f is not post and title_case(content)):
            qkind[t] = "mention"
            reason = "mention_word" if is_mention else "title_case" if f is not None else None
            out.append(Quote(cs, ce, "mention", rule=reason))
            continue
        qkind[t] = "partial"
        q = Quote(cs, ce, "partial", cue=f.cue, rule=f_rule)
        spk = speaker_of(st, f)
        if spk:
            q.speaker_mention, q.speaker_start, q.speaker_end = spk
        out.append(q)

    # direct quotes without a cue of their own: neighbours, colon, previous paragraph
    last_speaker: dict[int, Frame] = {}  # paragraph -> last attributed frame
    para_frames: dict[int, list[Frame]] = {}
    for f in sc.frames:
        last_speaker[para_of[f.cue_i]] = f
        para_frames.setdefault(para_of[f.cue_i], []).append(f)
    direct = [t for t in qtok if qkind.get(t) == "direct"]
    last_direct: dict[int, int] = {}  # paragraph -> its last direct quote so far
    for idx, t in enumerate(direct):
        f = direct_frame.get(t)
        rule_of = why.get(t)
        if f is None and idx > 0 and "neighbour_before" in on:
            f, rule_of = neighbour_before(sc, t, direct[idx - 1], direct_frame), "neighbour_before"
        if f is None and idx + 1 < len(direct) and "neighbour_after" in on:
            f, rule_of = neighbour_after(sc, t, direct[idx + 1], direct_frame), "neighbour_after"
        if f is None and "paragraph_cue" in on:
            f, rule_of = paragraph_cue(sc, t, para_frames), "paragraph_cue"
        if f is None:
            # a colon-ended attribution before it in the paragraph, or the previous paragraph
            j = t - 1
            while j >= 0 and kind[j] in (B, E) and para_of[j] >= para_of[t] - 1:
                j -= 1
            if j >= 0 and kind[j] == P and low[j] == ":" and para_of[j] >= para_of[t] - 1:
                if "colon_lead" in on:
                    f, rule_of = colon_lead(sc, j), "colon_lead"
            elif (t == 0 or kind[t - 1] == B) and para_of[t] - 1 in last_speaker:
                if "previous_paragraph" in on:
                    f, rule_of = previous_paragraph(sc, t, last_speaker, last_direct, direct_frame), "previous_paragraph"
        direct_frame[t] = f
        last_direct[para_of[t]] = t
        if f is not None:
            last_speaker[para_of[t]] = f
        _, o, c, _ = marks[st.qi[t]]
        cs, ce = inner_span(text, o, c)
        q = Quote(cs, ce, "direct")
        if f is not None:
            q.rule = rule_of
            q.cue = f.cue
            spk = speaker_of(st, f)
            if spk:
                q.speaker_mention, q.speaker_start, q.speaker_end = spk
        out.append(q)
    return out, qkind, reporting

