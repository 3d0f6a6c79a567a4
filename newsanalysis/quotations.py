"""Quotes: direct, partial and indirect quotations with their cue and speaker mention.

The method is a set of rules over quotation marks and a small token stream,
after the quotation-attribution literature (Pareti's PARC and Newell et al.'s
PolNeAR: an attribution is a *source*, a *cue* and a *content*):

1. **Marks are paired by type** within a paragraph: curly ``“`` opens and
   ``”`` closes; a straight ``"`` opens when no quote is open and closes
   otherwise. A mark of the other type inside an open quote is a nested
   quote and stays part of the content (single marks ``‘ ’`` are never
   paired, so apostrophes and nested single quotes cannot break a quote).
   A quote never runs past its paragraph, unless it is left open and the
   next paragraph opens with a mark (the news convention for a quotation of
   several paragraphs). A stray mark is dropped; nothing raises.
2. **The text outside the marks** becomes a token stream in which each quote
   is one token. Cue verbs (*said*, *told*, *added*, *according to*, ...)
   are found there, each with its source: the noun phrase before it
   (``Trump said``, ``the US president also added``, ``Trump, in separate
   statements, told``), after it (``said Sen. Ted Cruz``, ``described by
   Putin``, ``according to the Kremlin``), or, for a participle (``adding``),
   the source of the clause it hangs on.
3. **Each quote is classified**: ``direct`` when the marks hold a whole
   statement (nothing but an attribution around them), ``partial`` when they
   hold a fragment of a reported sentence that has a cue, ``mention`` when
   they hold words that are nobody's speech (scare quotes, titles,
   nicknames: a fragment with no cue in its sentence, a Title-Case name, or
   words after *so-called*, *dubbed*, *titled* ...).
4. **A direct quote takes its attribution** from the cue right after it,
   else the cue right before it, else the quote next to it in the paragraph,
   else a colon-ended attribution (``Caddell continued:``) or the speaker
   of the previous paragraph (a quote paragraph continues its speaker).
5. **Indirect speech** is a cue with a source and a reported clause: after
   the cue (``Trump noted that ...``, ``Putin added Moscow is ...``), or
   before it (``..., a source said.``, ``..., according to the poll.``).
   Its span is the clause; a clause with quoted fragments is kept as well
   (PolNeAR's *mixed*), alongside its ``partial`` rows.

Speakers are left as mentions here (``speaker_mention`` and its offsets);
:func:`newsanalysis.speakers.attribute` resolves them to people. Rules are
compiled once at import; the work is linear in the text.

Not handled: quotations in single marks at top level (British style), quotes
whose attribution is only in a later paragraph, and attributions whose cue
is a noun phrase (``in a statement``, ``in an interview with ...``) with no
verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes"]


@dataclass(slots=True)
class Quote:
    """One quotation found in a text.

    Attributes
    ----------
    start, end : int
        Offsets of the quoted text; for ``direct`` and ``partial`` quotes
        they exclude the quotation marks.
    kind : str
        ``direct``, ``partial``, ``indirect`` or ``mention``.
    cue : str or None
        The reporting verb as written (``said``, ``adding``, ``according to``).
    speaker_mention : str or None
        The mention of the source the attribution rests on (a name, a
        pronoun, a description), as written.
    speaker_start, speaker_end : int or None
        Offsets of ``speaker_mention``.
    speaker : str or None
        The resolved speaker (filled by :func:`newsanalysis.speakers.attribute`).
    """

    start: int
    end: int
    kind: str
    cue: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None


# --------------------------------------------------------------------------
# word lists

def _forms(spec: str) -> dict[str, str]:
    """``"say said says saying; ..."`` -> {form: form} for every listed form."""
    out = {}
    for group in spec.split(";"):
        for form in group.split():
            out[form] = group.split()[0]
    return out


#: Reporting verbs (all forms) -> lemma.
_CUES = _forms(
    "say said says saying; tell told tells telling; add added adds adding; write wrote writes writing;"
    "state stated states stating; stress stressed stresses stressing; claim claimed claims claiming;"
    "note noted notes noting; explain explained explains explaining; argue argued argues arguing;"
    "insist insisted insists insisting; tweet tweeted tweets tweeting;"
    "acknowledge acknowledged acknowledges acknowledging; ask asked asks asking;"
    "reply replied replies replying; respond responded responds responding;"
    "continue continued continues; declare declared declares declaring;"
    "announce announced announces announcing; warn warned warns warning;"
    "recall recalled recalls recalling; admit admitted admits admitting;"
    "suggest suggested suggests suggesting; conclude concluded concludes concluding;"
    "predict predicted predicts predicting; promise promised promises promising;"
    "vow vowed vows vowing; pledge pledged pledges pledging; urge urged urges urging;"
    "describe described describes describing; call called calls calling;"
    "reiterate reiterated reiterates reiterating; report reported reports reporting;"
    "confirm confirmed confirms confirming; deny denied denies denying; joke joked jokes joking;"
    "quip quipped quips quipping; complain complained complains complaining;"
    "concede conceded concedes conceding; observe observed observes; remark remarked remarks;"
    "emphasize emphasized emphasizes emphasizing emphasised emphasises emphasising;"
    "contend contended contends contending; maintain maintained maintains maintaining;"
    "boast boasted boasts boasting; counter countered counters countering; shout shouted shouts;"
    "post posted; agree agreed agrees; testify testified testifies testifying;"
    "allege alleged alleges alleging; caution cautioned cautions cautioning;"
    "indicate indicated indicates indicating; reveal revealed reveals revealing;"
    "assert asserted asserts asserting; repeat repeated repeats; mention mentioned mentions;"
    "speculate speculated speculates; proclaim proclaimed proclaims; retort retorted;"
    "lament lamented laments; tout touted touts; wonder wondered wonders; muse mused;"
    "believe believed believes; think thinks thought; hope hoped hopes; fear feared fears;"
    "learn learned learnt; write written; predict; estimate estimated estimates;"
    "according"
)
#: Cues that can stand after their source inverted: ``"...," said Caddell``.
_INVERTIBLE = frozenset(
    "said says added adds asked asks wrote writes continued explained noted recalled replied declared "
    "insisted argued stated tweeted warned admitted concluded joked quipped observed remarked "
    "countered responded told conceded stressed".split()
)
#: Lemmas that report beliefs: they make indirect speech only with ``that``.
_BELIEF = frozenset("believe think hope fear learn".split())
#: Lemmas that introduce a reported clause (``X said (that) ...``).
_CLAUSE = frozenset(
    "say tell add write state stress claim note explain argue insist tweet acknowledge declare announce "
    "warn recall admit suggest conclude predict promise vow pledge reiterate report confirm complain "
    "concede observe remark emphasize contend maintain boast testify allege caution indicate reveal "
    "assert repeat speculate proclaim believe think hope fear learn estimate agree respond reply".split()
)
_PRONOUNS = frozenset("he she they it we i you who".split())
_DETS = frozenset(
    "the a an another his her their its this these those some many most several one two three our".split()
)
#: Words that end a noun phrase when scanning for a source.
_BREAK = frozenset(
    """that which whom whose what where when why how and but or nor if while as because since although
    though so than is are was were be been being am has have had will would can could should shall may
    might must do does did not no to in on at by from after before during into about over under through
    also then there here just even yet still now however meanwhile again later earlier only""".split()
) | frozenset(_CUES) | _PRONOUNS
#: Words that may stand between a source and its cue (``Trump has also said``).
_AUX = frozenset(
    "has have had also again later then previously once would will could may might can did does do "
    "just even still further recently first last separately since often never always already has".split()
)
#: Abbreviations whose period does not end a sentence.
_ABBREV = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr inc corp co ltd vs no prof rev pres sec "
    "adm maj cmdr supt det atty hon messrs mt ft jan feb mar apr aug sept sep oct nov dec".split()
)
_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later "
    "recently on last this week month year morning evening night afternoon".split()
)
#: Words right before marks that make the marked words a mention, not speech.
_MENTION_BEFORE = frozenset(
    "so-called dubbed nicknamed titled entitled word term phrase slogan hashtag motto headline "
    "label moniker".split()
)
_CLAUSE_START = _DETS | frozenset("he she they it we i you there all no every each both".split())

_OPENERS = "“„‟«"
_CLOSERS = "”»"
_DMARK = re.compile(r"[“”„‟«»\"]")
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_][\w’'&\-]*|[^\w\s]")
_END_PUNCT = frozenset(".!?…")

# token kinds
_W, _P, _E, _B, _Q = range(5)


# --------------------------------------------------------------------------
# step 1: pair the marks


def _paragraphs(sentences: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
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
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/"


def _pair_marks(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans ``(open_mark, close_mark)`` of the quotes; ``close_mark`` may be a paragraph end."""
    spans: list[tuple[int, int]] = []
    carry: tuple[int, str] | None = None
    for pi, (ps, pe) in enumerate(paras):
        open_pos, open_ch = carry if carry else (None, "")
        depth = 0
        continued = carry is not None
        carry = None
        for m in _DMARK.finditer(text, ps, pe):
            i = m.start()
            ch = text[i]
            if continued:
                continued = False
                if i == ps:  # the opening mark of a continued paragraph
                    continue
            if open_pos is None:
                if ch in _CLOSERS or (ch == '"' and not _opener_like(text, i)):
                    continue  # stray closing mark
                open_pos, open_ch, depth = i, ch, 0
            elif ch in _OPENERS:
                if open_ch == ch:  # the earlier mark was stray: start again here
                    open_pos, depth = i, 0
                else:
                    depth += 1
            elif ch == '"' and open_ch != '"' and _opener_like(text, i) and not (
                i + 1 < pe and text[i + 1].isspace()
            ):
                depth += 1  # a straight quote nested in a curly one
            elif depth:
                depth -= 1
            else:
                spans.append((open_pos, i))
                open_pos = None
        if open_pos is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None and text[nxt] in _OPENERS + '"':
                carry = (open_pos, open_ch)
            elif open_pos == ps:
                spans.append((open_pos, pe))  # unclosed quote paragraph
    return spans


# --------------------------------------------------------------------------
# step 2: the token stream outside the marks


class _Stream:
    """Tokens outside quotes: parallel lists of kind, start, end, lower word, sentence."""

    __slots__ = ("kind", "start", "end", "low", "sent", "qi", "text")

    def __init__(self, text: str):
        self.text = text
        self.kind: list[int] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.low: list[str] = []
        self.sent: list[int] = []
        self.qi: list[int] = []

    def add(self, kind: int, s: int, e: int, low: str, qi: int = -1) -> None:
        sent = self.sent[-1] if self.sent else 0
        if self.kind and self.kind[-1] in (_E, _B):
            sent += 1
        self.kind.append(kind)
        self.start.append(s)
        self.end.append(e)
        self.low.append(low)
        self.sent.append(sent)
        self.qi.append(qi)

    def words(self, a: int, b: int) -> None:
        # ``add`` inlined (this loop runs once per token of every article)
        text = self.text
        kinds, starts, ends, lows, sents, qis = self.kind, self.start, self.end, self.low, self.sent, self.qi
        sent = sents[-1] if sents else 0
        last = kinds[-1] if kinds else None
        for m in _TOKEN.finditer(text, a, b):
            s, e = m.span()
            tok = m.group()
            c = tok[0]
            if c.isalnum():
                kind, low = _W, tok.lower()
            elif c == "." and last == _W and ends[-1] == s and (
                lows[-1] in _ABBREV or (len(lows[-1]) == 1 and text[s - 1].isupper())
            ):
                ends[-1] = e  # "Sen." "J." keep their period
                continue
            elif c in _END_PUNCT:
                kind, low = _E, tok
            else:
                kind, low = _P, tok
            if last == _E or last == _B:
                sent += 1
            kinds.append(kind)
            starts.append(s)
            ends.append(e)
            lows.append(low)
            sents.append(sent)
            qis.append(-1)
            last = kind


def _stream(text: str, paras: list[tuple[int, int]], marks: list[tuple[int, int]]) -> _Stream:
    st = _Stream(text)
    qi = 0
    pos = 0
    for ps, pe in paras:
        start = max(ps, pos)
        if start >= pe and pos > ps:
            continue  # wholly inside a quote of several paragraphs
        while qi < len(marks) and marks[qi][0] < pe:
            o, c = marks[qi]
            if o >= start:
                st.words(start, o)
                st.add(_Q, o, min(c + 1, len(text)), "", qi)
                start = c + 1
            qi += 1
            if start > pe:
                break
        if start < pe:
            st.words(start, pe)
        if start <= pe:
            st.add(_B, pe, pe, "")
        pos = start
    return st


# --------------------------------------------------------------------------
# step 3: cues and their sources


@dataclass(slots=True)
class _Frame:
    cue_i: int  # token index of the cue
    cue: str
    lemma: str
    first: int  # first token index of the frame (source or cue)
    last: int  # last token index of the frame (cue, or source when inverted)
    spk: tuple[int, int] | None  # token range of the source mention (inclusive)
    spk_span: tuple[int, int] | None = None  # character span (for inherited sources)


def _is_np_word(st: _Stream, j: int) -> bool:
    return st.kind[j] == _W and st.low[j] not in _BREAK


def _np_back(st: _Stream, j: int, lo: int) -> tuple[int, int] | None:
    """Noun phrase ending at token ``j`` (scanning back no further than ``lo``)."""
    if j >= lo and st.kind[j] == _P and st.low[j] == ")":
        # a parenthesis after the name: "Sen. Richard Durbin (D-Ill.) said"
        k = j - 1
        while k >= lo and j - k < 8 and st.low[k] != "(":
            k -= 1
        if k > lo and st.low[k] == "(":
            j = k - 1
    if j < lo or st.kind[j] != _W:
        return None
    if st.low[j] in _PRONOUNS:
        return (j, j)
    if st.low[j] in _BREAK or st.low[j] in _DETS:
        return None
    k = j
    while k - 1 >= lo and j - k < 7 and _is_np_word(st, k - 1):
        k -= 1
    while k < j and st.low[k] in ("of", "for", "with", "and"):
        k += 1
    return (k, j)


def _np_forward(st: _Stream, i: int) -> tuple[int, int] | None:
    """Noun phrase starting at token ``i``."""
    n = len(st.kind)
    if i >= n or st.kind[i] != _W:
        return None
    if st.low[i] in _PRONOUNS:
        return (i, i)
    if st.low[i] in _BREAK and st.low[i] not in _DETS:
        return None
    k = i
    while k + 1 < n and k - i < 7 and (_is_np_word(st, k + 1) or st.low[k + 1] in ("of", "for")):
        k += 1
    while k > i and st.low[k] in ("of", "for"):
        k -= 1
    return (i, k)


def _sentence_start(st: _Stream, i: int) -> int:
    s = st.sent[i]
    while i > 0 and st.sent[i - 1] == s:
        i -= 1
    return i


def _find_frames(st: _Stream) -> list[_Frame]:
    frames: list[_Frame] = []
    low, kind = st.low, st.kind
    n = len(kind)
    last_in_sent: dict[int, _Frame] = {}
    for i in range(n):
        if kind[i] != _W:
            continue
        w = low[i]
        lemma = _CUES.get(w)
        if lemma is None:
            continue
        lo = _sentence_start(st, i)
        cue = st.text[st.start[i] : st.end[i]]
        if lemma == "according":
            if i + 1 < n and low[i + 1] == "to":
                np = _np_forward(st, i + 2)
                if np:
                    f = _Frame(i, "according to", "according", i, np[1], np)
                    frames.append(f)
                    last_in_sent[st.sent[i]] = f
            continue
        if lemma == "learn" and not (i > lo and low[i - 1] in ("has", "have", "had")):
            continue
        if lemma == "call" and i + 1 < n and low[i + 1] in ("for", "on", "off", "up", "in"):
            continue
        # passive: "described by Putin as", "asked by reporters"
        if i + 1 < n and low[i + 1] == "by":
            np = _np_forward(st, i + 2)
            if np:
                f = _Frame(i, cue, lemma, i, np[1], np)
                frames.append(f)
                last_in_sent[st.sent[i]] = f
                continue
        # participle: "adding", "saying" take the source of their clause
        if w.endswith("ing"):
            prev = last_in_sent.get(st.sent[i])
            if prev is not None and prev.spk is not None:
                f = _Frame(i, cue, lemma, i, i, prev.spk, prev.spk_span)
                frames.append(f)
                last_in_sent[st.sent[i]] = f
                continue
            # no cue before it: the subject of the sentence ("Ryan's campaign shrugged it off, telling ...")
            k = lo
            while k < i and kind[k] == _W and low[k] in ("but", "and", "so", "yet", "then"):
                k += 1
            subj = _np_forward(st, k) if k < i and (low[k] in _DETS or st.text[st.start[k]].isupper()) else None
            if subj is not None and subj[1] < i:
                f = _Frame(i, cue, lemma, i, i, subj)
                frames.append(f)
                last_in_sent[st.sent[i]] = f
            continue
        j = i - 1
        while j >= lo and kind[j] == _W and (low[j] in _AUX or (low[j].endswith("ly") and low[j].isalpha())):
            j -= 1
        np = _np_back(st, j, lo)
        if np is None and j >= lo and kind[j] == _P and st.low[j] == ",":
            # parenthetical or apposition: "Trump, in separate statements, told"
            k = j - 1
            while k >= lo and j - k < 14 and kind[k] == _W:
                k -= 1
            if k >= lo and kind[k] == _P and low[k] == "," and k - 1 >= lo:
                cand = _np_back(st, k - 1, lo)
                if cand and (cand[0] == lo or kind[cand[0] - 1] in (_P, _Q, _E, _B)):
                    np = cand
        if np is not None:
            f = _Frame(i, cue, lemma, np[0], i, np)
        elif w in _INVERTIBLE and (j < lo or kind[j] in (_P, _Q)):
            inv = _np_forward(st, i + 1)
            if inv is None:
                continue
            f = _Frame(i, cue, lemma, i, inv[1], inv)
        else:
            continue
        frames.append(f)
        last_in_sent[st.sent[i]] = f
    return frames


# --------------------------------------------------------------------------
# step 4: classify the quotes and attribute them


def _title_case(s: str) -> bool:
    words = [w for w in re.split(r"[\s\-]+", s.strip(" ,.!?;:")) if w]
    if not words or len(words) > 7 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 or not w[:1].isalpha() for w in words)


def _speaker(st: _Stream, f: _Frame) -> tuple[str, int, int] | None:
    if f.spk_span is not None:
        s, e = f.spk_span
    elif f.spk is not None:
        s, e = st.start[f.spk[0]], st.end[f.spk[1]]
        if st.text[e - 1] == "." and st.low[f.spk[1]].rstrip(".") not in _ABBREV and e - s > 2:
            e -= 1
    else:
        return None
    return st.text[s:e], s, e


def find_quotes(text: str, sentences: list[tuple[int, int, int]]) -> list[Quote]:
    """Find the quotations of ``text``, each with its cue and speaker mention.

    Parameters
    ----------
    text : str
        The article body.
    sentences : list of (int, int, int)
        ``(start, end, paragraph)`` spans from
        :func:`newsanalysis.segment.sentence_spans`; only their paragraphs
        are used (quotes are bounded by paragraphs, not by sentences).

    Returns
    -------
    list of Quote
        In text order; ``speaker`` is left None (see
        :func:`newsanalysis.speakers.attribute`).

    Examples
    --------
    >>> from newsanalysis.segment import sentence_spans
    >>> t = "“We will win,” he said, “and we will win big.” Lee said that taxes will fall."
    >>> for q in find_quotes(t, sentence_spans(t)):
    ...     print(q.kind, repr(t[q.start:q.end]), q.cue, q.speaker_mention)
    direct 'We will win,' said he
    direct 'and we will win big.' said he
    indirect 'taxes will fall' said Lee
    >>> [q.kind for q in find_quotes('The so-called "experts" agreed.', [(0, 31, 0)])]
    ['mention']
    """
    if not text or not sentences:
        return []
    paras = _paragraphs(sentences)
    marks = _pair_marks(text, paras)
    st = _stream(text, paras, marks)
    frames = _find_frames(st)
    kind, low, sent = st.kind, st.low, st.sent
    n = len(kind)

    frame_at_first: dict[int, _Frame] = {}
    frames_by_sent: dict[int, list[_Frame]] = {}
    for f in frames:
        frame_at_first.setdefault(f.first, f)
        frames_by_sent.setdefault(sent[f.cue_i], []).append(f)

    qtok = [i for i in range(n) if kind[i] == _Q]
    out: list[Quote] = []
    direct_frame: dict[int, _Frame | None] = {}
    qkind: dict[int, str] = {}
    para_of: list[int] = []
    p = 0
    for i in range(n):
        para_of.append(p)
        if kind[i] == _B:
            p += 1

    for t in qtok:
        o, c = marks[st.qi[t]]
        cs, ce = o + 1, c
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        if ce <= cs:
            qkind[t] = ""
            continue
        content = text[cs:ce]
        prev = t - 1 if t > 0 else None
        nxt = t + 1 if t + 1 < n else None
        # frame right after: "...,” Trump said" / "...,” said Trump"
        post = None
        k = nxt
        if k is not None and kind[k] == _P and low[k] == ",":
            k += 1
        if k is not None and k < n:
            post = frame_at_first.get(k)
        # frame right before: "Trump said: “...” / Trump told reporters, “...”"
        pre = None
        left_open = prev is None or kind[prev] in (_E, _B, _Q)
        if prev is not None and kind[prev] == _P and low[prev] in (",", ":", "—", "–"):
            j = prev - 1
            for f in reversed(frames_by_sent.get(sent[prev], ())):
                if f.last <= j and j - f.last <= 6 and f.cue_i < t:
                    if all(kind[x] == _W and low[x] != "that" for x in range(f.last + 1, j + 1)):
                        pre = f
                    break
            if low[prev] == ":" or pre is not None:
                left_open = True
            elif low[prev] == "," and content[:1].isupper():
                # "..., telling reporters, “...”": a cue just before, even without a source
                j = prev - 1
                while j >= 0 and prev - j <= 4 and kind[j] == _W and low[j] not in _CUES:
                    j -= 1
                left_open = j >= 0 and kind[j] == _W and low[j] in _CUES
        elif prev is not None and kind[prev] == _W and _CUES.get(low[prev]) and content[:1].isupper():
            pre = next((f for f in frames_by_sent.get(sent[prev], ()) if f.cue_i == prev), None)
            left_open = pre is not None
        right_closed = nxt is None or kind[nxt] in (_E, _B, _Q) or post is not None
        if not right_closed and content.rstrip("”’\"' )")[-1:] in _END_PUNCT:
            right_closed = True
        if nxt is not None and kind[nxt] == _P and low[nxt] in (",", ";") and post is None:
            right_closed = False
        before_word = low[prev] if prev is not None and kind[prev] == _W else ""
        if before_word == "as" and prev > 0 and low[prev - 1] == "known":
            before_word = "known as"
        if left_open and right_closed and before_word not in _MENTION_BEFORE:
            qkind[t] = "direct"
            direct_frame[t] = post or pre
            continue
        # a fragment: the nearest cue of its sentence
        fs = frames_by_sent.get(sent[t], ())
        before = [f for f in fs if f.cue_i < t]
        after = [f for f in fs if f.cue_i > t]
        f = before[-1] if before else (after[0] if after else None)
        if (
            f is None
            or before_word in _MENTION_BEFORE
            or before_word == "known as"
            or (_title_case(content) and f is not post)
        ):
            qkind[t] = "mention"
            out.append(Quote(cs, ce, "mention"))
            continue
        qkind[t] = "partial"
        q = Quote(cs, ce, "partial", cue=f.cue)
        spk = _speaker(st, f)
        if spk:
            q.speaker_mention, q.speaker_start, q.speaker_end = spk
        out.append(q)

    # direct quotes without a cue of their own: neighbours, colon, previous paragraph
    last_speaker: dict[int, _Frame] = {}  # paragraph -> last attributed frame
    for f in frames:
        last_speaker[para_of[f.cue_i]] = f
    direct = [t for t in qtok if qkind.get(t) == "direct"]
    for idx, t in enumerate(direct):
        f = direct_frame.get(t)
        if f is None and idx > 0 and para_of[direct[idx - 1]] == para_of[t]:
            f = direct_frame.get(direct[idx - 1])
        if f is None and idx + 1 < len(direct) and para_of[direct[idx + 1]] == para_of[t]:
            nt = direct[idx + 1]
            if all(kind[x] in (_Q, _E, _P) for x in range(t + 1, nt)):
                f = direct_frame.get(nt)
        if f is None:
            # a colon-ended attribution before it in the paragraph, or the previous paragraph
            j = t - 1
            while j >= 0 and kind[j] in (_B, _E) and para_of[j] >= para_of[t] - 1:
                j -= 1
            if j >= 0 and kind[j] == _P and low[j] == ":" and para_of[j] >= para_of[t] - 1:
                cands = [g for g in frames if g.last < j and sent[g.cue_i] == sent[j]]
                f = cands[-1] if cands else None
            elif (t == 0 or kind[t - 1] == _B) and para_of[t] - 1 in last_speaker:
                f = last_speaker[para_of[t] - 1]
                prev_q = [x for x in direct if para_of[x] == para_of[t] - 1]
                if prev_q and direct_frame.get(prev_q[-1]) is not None:
                    f = direct_frame[prev_q[-1]]
        direct_frame[t] = f
        if f is not None:
            last_speaker[para_of[t]] = f
        o, c = marks[st.qi[t]]
        cs, ce = o + 1, c
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        q = Quote(cs, ce, "direct")
        if f is not None:
            q.cue = f.cue
            spk = _speaker(st, f)
            if spk:
                q.speaker_mention, q.speaker_start, q.speaker_end = spk
        out.append(q)

    out.extend(_indirect(st, frames, qkind))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _indirect(st: _Stream, frames: list[_Frame], qkind: dict[int, str]) -> list[Quote]:
    """Reported clauses of the cues: ``X said (that) ...``, ``..., X said``, ``according to X``."""
    kind, low, sent, text = st.kind, st.low, st.sent, st.text
    n = len(kind)
    cue_tokens = {f.cue_i for f in frames}
    out: list[Quote] = []
    taken: list[tuple[int, int]] = []

    def clause_end(i: int) -> int:
        """Last token of the clause starting at ``i`` (before the sentence end or a new cue)."""
        k = i
        while k + 1 < n and kind[k + 1] not in (_E, _B) and sent[k + 1] == sent[i]:
            if k + 2 < n and low[k + 1] == "," and (k + 2) in cue_tokens and low[k + 2].endswith("ing"):
                break
            if k + 1 in cue_tokens and low[k + 1].endswith("ing") and k + 1 > i:
                break
            k += 1
        while k > i and kind[k] == _P:
            k -= 1
        return k

    def emit(a: int, b: int, f: _Frame) -> None:
        if b < a:
            return
        words = sum(1 for x in range(a, b + 1) if kind[x] == _W)
        quoted = [x for x in range(a, b + 1) if kind[x] == _Q]
        if words < 3 or any(qkind.get(x) == "direct" for x in quoted):
            return
        if any(x in cue_tokens and x not in (f.cue_i,) and not low[x].endswith("ing") for x in range(a, b + 1)):
            # another cue inside: that cue's own frame reports the clause
            inner = [x for x in range(a, b + 1) if x in cue_tokens]
            if any(not low[x].endswith("ing") for x in inner):
                return
        s, e = st.start[a], st.end[b]
        if kind[b] == _Q:
            e = st.end[b]
        for ts, te in taken:
            if s < te and ts < e:
                return
        spk = _speaker(st, f)
        if spk is None:
            return
        taken.append((s, e))
        out.append(Quote(s, e, "indirect", f.cue, spk[0], spk[1], spk[2]))

    for f in frames:
        if f.lemma not in _CLAUSE and f.lemma != "according":
            continue
        i = f.cue_i
        if f.lemma == "according":
            ss = _sentence_start(st, i)
            if i == ss or (i == ss + 1 and kind[ss] == _W):  # "According to X, ..."
                k = f.last + 1
                if k < n and low[k] == ",":
                    emit(k + 1, clause_end(k + 1), f)
            elif i > ss and low[i - 1] == ",":
                emit(ss, i - 2, f)
            continue
        # after the cue: "X said (that) ..."
        k = max(i, f.last) + 1
        hops = 0
        start = None
        while k < n and hops < 8 and kind[k] == _W and sent[k] == sent[i]:
            if low[k] == "that":
                start = k + 1
                break
            k += 1
            hops += 1
        if start is None and f.lemma not in _BELIEF and f.last == i:
            k = i + 1
            if f.lemma == "tell" and k < n and kind[k] == _W and (
                low[k] in ("reporters", "him", "her", "them", "me", "us", "journalists")
                or st.text[st.start[k]].isupper()
            ):
                while k + 1 < n and kind[k + 1] == _W and st.text[st.start[k + 1]].isupper():
                    k += 1
                k += 1
            while k < n and kind[k] == _W and low[k] in _TIME:
                k += 1
            if k < n and kind[k] == _W and (low[k] in _CLAUSE_START or st.text[st.start[k]].isupper()):
                start = k
        if start is not None and start < n and sent[start] == sent[i]:
            emit(start, clause_end(start), f)
            continue
        # before the cue: "..., a source said."
        first = f.first
        if first > 0 and kind[first - 1] == _P and low[first - 1] == ",":
            ss = _sentence_start(st, first)
            a = ss
            if kind[a] == _W and low[a] == "according":
                continue
            emit(a, first - 2, f)
    return out
