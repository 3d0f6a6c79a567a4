"""Indirect speech: a cue with a source and a reported clause, one rule per pattern.

The clause is after the cue (``Trump noted that ...``, ``Putin added Moscow
is ...``; belief verbs with *that* or a subject: ``polls show Clinton
leads``), before it when the attribution closes the sentence (``..., a
source said.``, ``..., according to the poll.``), around it (``The truth, the
senator said, was ...``), or a relative clause around it (``a charity that
prosecutors said was ...``). Demands, commitments and namings report their
object: ``urged Congress to act``, ``called for a ban``, ``accused X of
...``, ``told him to leave``, ``vowed to fight``, ``announced a new tariff``,
``called him “a disaster”``, ``described the plan as ...``. Its span runs to
the sentence end (a quote ending in a period ends it too), a semicolon, a
following participle cue, another attribution, or the reporter's own clause
(``, and he ...``, ``, compared with ...``); a clause with quoted fragments is
kept as well (PolNeAR's *mixed*), alongside its ``partial`` rows.

Frame rules (``demand`` ... ``relative_clause``, then ``as_x_said``,
``parenthetical`` and ``closing_attribution``) return whether they dealt with
the frame; clause-start rules (``that_clause`` ... ``subject_pronoun``) return
where the clause after the cue starts, and the first that finds one wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from . import lexicon as lx
from .frames import Frame, phrase_forward, speaker_of
from .quote import Quote
from .rules import rule
from .tokens import END_PUNCT, B, E, P, Q, Stream, W, sentence_start
from .words import (
    APOS,
    AUX,
    BREAK,
    CLAUSE_START,
    CLAUSE_STOPS,
    COORD,
    DASHES,
    DETS,
    MAX_CLAUSE,
    NOUN_BEFORE,
    OBJECT,
    PLACE_PREP,
    PP_OPEN,
    PREP,
    PRONOUNS,
    RELATIVE,
    SUBJECT,
    TIME,
    TIME_LEAD,
    WH,
)

__all__ = ["Clauses", "find_indirect"]

#: Words that end an object phrase ("endorsed Cruz [at] a rally", "praised him [when] ...").
_OBJECT_STOPS = frozenset(
    """at during after before when while because since until unless though although whereas despite amid""".split()
)
#: Words of time that, before a subject pronoun, open the reporter's clause after a naming ("... after she attacked").
_OCCASION = frozenset("after before when while until since".split())
#: Finite verbs that, after an infinitive's object with no clause opener between, are the sentence's own verb.
_FINITE_AFTER = frozenset("may might could would will can should must is was are were".split())
#: Verbs that, after a comma closing a relative clause, are the main clause's ("Lee, who said ..., has ...").
_MAIN_VERBS = frozenset("has have had does did remains remained spoke told said says".split())
#: Words that open a condition or a time before a reported clause ("said if elected, he would ...").
_CONDITION = frozenset("if unless once when whenever although though because".split())
#: Prepositions after which "that" points at something ("to that conclusion"), not opening a clause.
_PREPOSITIONS = frozenset("to of in on at for with about by from into like than over under after before".split())
#: Marks that may follow a "that" opening a clause ("said that, in her view, ...", "said that—if elected—he").
_AFTER_THAT = frozenset(", — –".split())
#: Finite cues that, after a comma, open a second report of the same source ("..., said he was unaware").
_SECOND_REPORT = frozenset("said says told tells added adds".split())
#: Words before an amount ("about half", "more than 40", "nearly a third").
_ABOUT = frozenset("about nearly almost roughly around more less fewer over under only just some".split())
_AMOUNTS = frozenset("half a one two three four five six seven eight nine ten dozen than".split())
#: A possessive word ("the channel's head of music").
_APOS_S = re.compile(r"[’']s$")
#: The ones told after "tell" that a reported clause may follow ("told reporters (that) ...").
_TOLD = OBJECT - {"you"}


@lru_cache(maxsize=1)
def _not_speech() -> frozenset[str]:
    """Lemmas of belief, stance, naming and intention cues."""
    return lx.BELIEF | lx.OBJECT_CUES | lx.NAMING | lx.INTENT


class Clauses:
    """The reported clauses of one text: the stream, its frames, and the spans emitted so far."""

    def __init__(
        self, st: Stream, frames: list[Frame], qkind: dict[int, str], paras: list[tuple[int, int]],
        on: frozenset[str] = frozenset(), reporting: frozenset[int] | set[int] = frozenset(),
    ):
        self.rule: str | None = None  # the rule trying now: the Quotes it emits carry its name
        self.st = st
        self.on = on
        self.reporting = reporting  # cue tokens of frames that a direct quote before them is attributed to
        self.kind, self.low, self.sent = st.kind, st.low, st.sent
        self.n = len(st.kind)
        self.qkind = qkind
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.cue_tokens = {f.cue_i for f in frames}
        self.out: list[Quote] = []
        self.taken: dict[int, list[tuple[int, int]]] = {}  # sentence -> spans emitted
        # first tokens of frames that make a clause an attribution of its own ("According to X, Y said ...");
        # a belief, stance, naming or intention in it is what the outer source reports ("Most voters view
        # her unfavorably, according to a new poll")
        not_speech = _not_speech()
        self.first_of = {g.first for g in frames if g.lemma not in not_speech}
        # first tokens of frames, where a report ends ("..., Cruz explained, ..."); not a passive ("the rule,
        # endorsed by the board, takes effect" goes on)
        low = st.low
        self.frame_first = {g.first for g in frames if not (g.first == g.cue_i and low[g.cue_i + 1 : g.cue_i + 2] == ["by"])}
        #: cues whose source stands before them ("three-quarters said"), for ``stop_at_next_report``
        self.sourced_cues = {g.cue_i for g in frames if g.first < g.cue_i} if "stop_at_next_report" in on else set()
        self.ends_sentence = [k for k in sorted(st.qi) if self.quote_ends_sentence(k)]  # quote tokens, in order

    def quote_ends_sentence(self, k: int) -> bool:
        """Whether token ``k`` is a quote ending in end punctuation before a capitalised word."""
        st, kind = self.st, self.kind
        return (
            kind[k] == Q
            and k + 1 < self.n
            and kind[k + 1] == W
            and st.text[st.start[k + 1]].isupper()
            and st.text[st.start[k] : st.end[k]].rstrip("”’\"' )")[-1:] in END_PUNCT
        )

    def clause_end(self, i: int) -> int:
        """Last token of the clause starting at ``i`` (before the sentence end or a new cue)."""
        kind, low, sent, n = self.kind, self.low, self.sent, self.n
        cue_tokens, frame_first = self.cue_tokens, self.frame_first
        k = i
        limit = i + MAX_CLAUSE
        while k + 1 < n and k < limit and kind[k + 1] not in (E, B) and sent[k + 1] == sent[i]:
            nx = low[k + 1]
            if nx in CLAUSE_STOPS and k + 2 < n:
                if nx == ";":
                    break  # another clause, or another attribution: "...; 46 percent said ..."
                if nx == "," and (k + 2) in cue_tokens and (
                    low[k + 2].endswith("ing") or (k > i and low[k + 2] in _SECOND_REPORT)
                ):
                    break  # "..., adding ...", "..., said he was unaware ...": another report (not "the plan,
                    # announced on Monday, would fail")
                if (
                    nx == ","
                    and k > i
                    and low[k + 2] in ("who", "which")
                    and self.kind[k] == W
                    and self.st.text[self.st.start[k]].isupper()
                ):
                    break  # "... away from Mr. Sanders, who also held a rally ...": the reporter's aside
                if nx == "," and k > i and low[k + 2] == "which" and self.trailing_relative(k + 2):
                    break  # "... about the book, Jared Diamond's best seller, which explored ...": the reporter's
                if k > i:
                    nn = low[k + 2]
                    if nx == "," and (nn == "compared" or (k + 2) in frame_first):
                        # "52 percent said Trump would be better, compared with ...",
                        # "..., Cruz explained, recalling ...": the report ends
                        break
                    if nx in COORD and ((k + 2) in cue_tokens or nn in lx.SPEECH_FORMS):
                        break  # "... and urged that ...": a second attribution of the same source
                    if nn in COORD and nx in (",", "—", "–") and self.new_clause(k + 2):
                        break  # "..., and he railed against ...": the reporter's clause, not the report
                    if self.sourced_cues and stop_at_next_report(self, k + 1 if nx in COORD else k + 2):
                        break
            elif nx == ";":
                break
            if kind[k] == Q and self.quote_ends_sentence(k):
                break  # '... “was inappropriate.” He writes ...': the quote closed the sentence
            if k + 1 in cue_tokens and k + 1 > i and nx.endswith("ing"):
                break
            k += 1
        return self.last_word(k, i)

    def last_word(self, k: int, a: int) -> int:
        """``k``, or the last token before it, back to ``a``, that is no punctuation (the end of a report)."""
        while k > a and self.kind[k] == P:
            k -= 1
        return k

    def before_main_clause(self, a: int, b: int, f: Frame) -> int:
        """The last token of a report whose source is a relative pronoun, before the main clause resumes.

        ``Lee, who said the plan was a failure, will retire next year``: the report of *who said* ends at the
        comma before *will retire*, the verb of the sentence's subject.
        """
        spk, low, kind = f.spk, self.low, self.kind
        if spk is None or low[spk[0]] not in ("who", "which") or spk[0] >= f.cue_i:
            return b
        for x in range(a + 1, b):
            if low[x] == "," and kind[x + 1] == W and (low[x + 1] in _FINITE_AFTER or low[x + 1] in _MAIN_VERBS):
                return self.last_word(x - 1, a)
        return b

    def trailing_relative(self, j: int) -> bool:
        """Whether the relative clause opened by ``which`` at ``j`` describes in the past and runs to the sentence end.

        ``..., which explored ... and discussed ...``: a clause in the past after a comma that the sentence
        never leaves is the reporter's description of the last noun, not the source's words (``the wall,
        which would cost billions, would be paid ...`` goes back to the report; ``which he said ...`` has a
        source of its own).
        """
        kind, low, sent = self.kind, self.low, self.sent
        if j + 1 >= self.n or kind[j + 1] != W or not low[j + 1].endswith("ed"):
            return False
        k = j + 1
        while k + 1 < self.n and kind[k + 1] not in (E, B) and sent[k + 1] == sent[j]:
            k += 1
            if low[k] in (",", ";", ":", "—", "–") or kind[k] == Q or k in self.cue_tokens:
                return False
        return True

    def object_end(self, i: int) -> int:
        """Last token of the object phrase starting at ``i``: ``defended [his call to raise the wage] at a rally``.

        The phrase runs within the clause (:meth:`clause_end`) and stops before a semicolon, a colon, a
        bracket, a comma before a participle or a determiner (``, saying ...``, ``, a month before ...``), a
        time word (``last week``, ``on Monday``; not a month or a year: ``in March`` stays), a word of
        occasion (``at``, ``during``, ``when``, ``because``: ``_OBJECT_STOPS``), another cue, or
        ``and``/``but`` before a verb in *-ed*; it does not end on a determiner or a preposition. Relative
        clauses, ``as`` and ``for`` complements stay in it, as PolNeAR's annotators keep them (``praised Lee
        for his work``).
        """
        kind, low, n = self.kind, self.low, self.n
        last = self.clause_end(i)
        k = i
        while k < last:
            j = k + 1
            w = low[j]
            if w in (";", ":", "(") or (w == "," and j + 1 < n and (low[j + 1].endswith("ing") or low[j + 1] in DETS)):
                break  # "..., saying ...", "..., a month before the vote"
            if w in DASHES and j + 1 < n and low[j + 1] in DETS and w not in low[j + 1 : last + 1]:
                break  # "... “suburbs of St. Petersburg” — a metaphor for ...": the reporter's comment (an aside
                # closed by a second dash stays: "Sargent Shriver — a member of the Kennedy clan — to replace")
            if kind[j] == W and (w in _OBJECT_STOPS or self.is_time(j) or j in self.cue_tokens):
                break
            if w in ("and", "but") and j + 1 < n and (low[j + 1] in _OBJECT_STOPS or low[j + 1].endswith("ed")):
                break
            k = j
        while k > i and (kind[k] == P or low[k] in DETS or low[k] in _PREPOSITIONS):
            k -= 1  # no dangling word: "welcomed its first baby [of] the year"
        return k

    def naming_end(self, i: int) -> int:
        """Last token of a naming's complement from ``i`` (``as a “disgrace”``): the clause, up to a word of
        occasion that opens a clause of its own (``after she attacked ...``: the reporter's, not the naming)."""
        last = self.clause_end(i)
        low, kind = self.low, self.kind
        for j in range(i + 1, last):
            if kind[j] == W and low[j] in _OCCASION and low[j + 1] in SUBJECT:
                return self.last_word(j - 1, i)
        return last

    def before_comment(self, a: int, b: int) -> int:
        """``b``, or the token before a closing ``, a ...`` with no verb of its own (``asked the candidates to
        ..., a request not always honored``): the reporter's comment on an infinitive's report."""
        low = self.low
        for j in range(a + 2, b):
            if low[j] == "," and low[j + 1] in ("a", "an") and not self.st.text[self.st.start[j - 1]].isupper():
                # (not a name's apposition: "to depose Clinton, along with Clarence Finney, a State Department
                # official ...")
                rest = low[j + 2 : b + 1]
                if any(w in RELATIVE or w in _FINITE_AFTER or w in ("to", ",") for w in rest):
                    return b  # "..., a plan that would ...": more than a noun phrase
                return self.last_word(j - 1, a)
        return b

    def new_clause(self, j: int) -> bool:
        """Whether a conjunction at ``j`` opens a clause of its own (a subject after it)."""
        if j + 1 >= self.n:
            return False
        st = self.st
        w = APOS.split(self.low[j + 1])[0]
        return self.kind[j + 1] == W and (
            w in CLAUSE_START
            or w in PRONOUNS
            or st.text[st.start[j + 1]].isupper()
            or w[:1].isdigit()
            or (w in _ABOUT and j + 2 < self.n and (self.low[j + 2][:1].isdigit() or self.low[j + 2] in _AMOUNTS))
        )

    def is_time(self, k: int) -> bool:
        """Whether token ``k`` is a time word ("Monday", "this week"; not "this" opening a clause)."""
        low = self.low
        w = low[k]
        if w in TIME_LEAD:
            return k + 1 < self.n and low[k + 1] in TIME and low[k + 1] not in TIME_LEAD
        return w in TIME

    def past_time(self, k: int) -> int:
        """The first token from ``k`` on that is no time word ("said [Monday] she will ...")."""
        while k < self.n and self.kind[k] == W and self.is_time(k):
            k += 1
        return k

    def emit(self, a: int, b: int, f: Frame, inner: bool = False, min_words: int = 2, nest: bool = False) -> None:
        """Add tokens ``a`` to ``b`` as a reported clause of ``f``, unless it is none or overlaps one.

        ``nest``: the clause may hold whole reports already found (a closing attribution of a sentence
        that reports someone else: ``X had told officials that ..., but ..., the source added``), when
        it goes on past them with words of its own (three or more).
        """
        kind, low, st, qkind = self.kind, self.low, self.st, self.qkind
        if b < a or b - a > MAX_CLAUSE:
            return  # no clause; or a run-on "sentence" no reader would take as one report
        quoted = [x for x in range(a, b + 1) if kind[x] == Q]
        direct = [x for x in quoted if qkind.get(x) == "direct"]
        if direct and not inner:
            # a direct quote inside the clause ends it: "said it was too early but added, “...”"
            b = direct[0] - 1
            while b >= a and (kind[b] == P or low[b] in COORD or low[b] in lx.SPEECH_FORMS):
                b -= 1
            direct = []
        b = self.before_main_clause(a, b, f)
        if direct or sum(1 for x in range(a, b + 1) if kind[x] == W or kind[x] == Q) < min_words:
            return
        opens_attribution = inner and (a in self.first_of or a + 1 in self.first_of)
        while a < b and kind[a] == P:
            a += 1
        s, e = st.start[a], st.end[b]
        if kind[b] == Q:
            e = st.end[b]
        pi = bisect_right(self.para_starts, s) - 1
        if pi >= 0 and e > self.paras[pi][1]:
            return  # a quote of several paragraphs inside: a report never crosses a paragraph
        spans = self.taken.setdefault(self.sent[a], [])  # disjoint, sorted: only neighbours can overlap
        k = bisect_left(spans, (s, e))
        inside = 0
        if nest:
            while k + inside < len(spans) and spans[k + inside][0] >= s and spans[k + inside][1] <= e:
                inside += 1
        if (k > 0 and spans[k - 1][1] > s) or (k + inside < len(spans) and spans[k + inside][0] < e):
            return
        if opens_attribution and not inside:
            return  # the clause is itself an attribution ("According to X, Y said ..."), and holds no report
        if inside and sum(1 for x in range(a, b + 1) if kind[x] == W and st.start[x] >= spans[k + inside - 1][1]) < 3:
            return  # "Ann Lee said that taxes will fall, her spokesman added": nothing of the source's own
        spk = speaker_of(st, f)
        if spk is None:
            return
        spans[k : k + inside] = [(s, e)]
        self.out.append(Quote(s, e, "indirect", f.cue, spk[0], spk[1], spk[2], rule=self.rule))


# --------------------------------------------------------------------------
# where a clause ends


@rule("indirect")
def stop_at_next_report(cx: Clauses, c: int) -> bool:
    """``... they were worried and a third of them said ...``: a conjunction at ``c`` followed, within
    seven words, by the cue of another source ends the reported clause before it."""
    low, kind, n = cx.low, cx.kind, cx.n
    if c >= n or low[c] not in COORD:
        return False
    for x in range(c + 1, min(n, c + 8)):
        if x in cx.sourced_cues:
            return x > c + 1
        if kind[x] != W:
            return False
    return False


# --------------------------------------------------------------------------
# frame rules: True when the frame is dealt with


@rule("indirect")
def quote_is_the_report(cx: Clauses, f: Frame) -> bool:
    """``“We won,” he told cheering supporters in Nashua.``: a cue right after a direct quote reports that
    quote, so the words after it are no reported clause (unless *that* opens one: ``“...” he said that``)."""
    if f.cue_i not in cx.reporting:
        return False
    after = max(f.cue_i, f.last) + 1
    return not (after < cx.n and cx.low[after] == "that")


@rule("indirect")
def demand(cx: Clauses, f: Frame) -> bool:
    """``urged conservatives to obey``, ``called for Trump to drop out``: what is demanded.

    ``urged that ...`` goes on to the clause rules.
    """
    i, n, kind, low = f.cue_i, cx.n, cx.kind, cx.low
    if f.lemma not in lx.DEMAND or f.last != i:
        return False
    k = i + 2 if " " in f.lemma else i + 1  # past the particle of "called for"
    if k < n and kind[k] == W and low[k] not in BREAK | {"that"} and cx.sent[k] == cx.sent[i]:
        cx.emit(k, cx.clause_end(k), f)
    return f.lemma != "urge" or k >= n or low[k] != "that"


@rule("indirect")
def naming_what(cx: Clauses, f: Frame) -> bool:
    """``what he calls the “Washington cartel”``: *what*, a naming cue, a quoted fragment."""
    i, n, kind, low = f.cue_i, cx.n, cx.kind, cx.low
    if not (f.lemma in lx.NAMING and f.first > 0 and low[f.first - 1] == "what" and f.last == i):
        return False
    k = i + 1
    while k < n and k - i <= 4 and kind[k] == W:
        k += 1
    if k < n and kind[k] == Q and cx.qkind.get(k) == "partial":
        cx.emit(f.first - 1, k, f)
    return True


@rule("indirect")
def naming(cx: Clauses, f: Frame) -> bool:
    """``called the front-runner “ISIS' best recruiter”``, ``described the plan as a gift``: the naming.

    Also ``described a set of email practices that ...`` and ``called him a political opportunist``.
    """
    i, n, kind, low, st = f.cue_i, cx.n, cx.kind, cx.low, cx.st
    if not (f.lemma in lx.NAMING and f.last == i and i + 1 < n and kind[i + 1] == W):
        return False
    w1 = low[i + 1]
    if w1 in BREAK and w1 != "it":
        return True
    k = i + 1
    while k < n and k - i <= 8 and kind[k] == W and low[k] != "as":
        k += 1
    if k < n and (
        (kind[k] == Q and cx.qkind.get(k) == "partial") or (low[k] == "as" and k + 1 < n and kind[k + 1] != E)
    ):
        cx.emit(i + 1, k if kind[k] == Q else cx.naming_end(k), f)
    elif f.lemma == "describe" and (
        w1 in DETS or w1 in OBJECT or w1 == "it" or st.text[st.start[i + 1]].isupper()
    ):
        cx.emit(i + 1, cx.clause_end(i + 1), f)
    elif f.lemma == "call" and w1 in ("him", "her", "them", "it") and i + 2 < n and low[i + 2] in ("a", "an", "the"):
        cx.emit(i + 1, cx.clause_end(i + 1), f)
    return True


@rule("indirect")
def intention(cx: Clauses, f: Frame) -> bool:
    """``declined to say whether ...``, ``refused to endorse him``: an intention or refusal and its infinitive."""
    i, n, kind, low = f.cue_i, cx.n, cx.kind, cx.low
    if f.lemma not in lx.INTENT:
        return False
    if f.last == i and i + 2 < n and low[i + 1] == "to" and kind[i + 2] == W and low[i + 2] not in DETS:
        end = cx.clause_end(i + 1)
        for j in range(i + 3, end + 1):
            w = low[j]
            if kind[j] != W or w in WH or w in RELATIVE or w in SUBJECT or w in CLAUSE_STOPS:
                break  # a clause of its own may have its verb: "declined to say whether he would run"
            if w in _FINITE_AFTER:
                end = j - 1  # "the reasons that Trump refuses to release his returns [may be that ...]": the
                break  # sentence's own verb, after the infinitive's object
        cx.emit(i + 1, end, f)
    return True


@rule("indirect")
def stance_object(cx: Clauses, f: Frame) -> bool:
    """``Cruz criticized Clinton's track record``, ``railed against the deal``: a stance and its object."""
    i, n, kind, low = f.cue_i, cx.n, cx.kind, cx.low
    if f.lemma not in lx.OBJECT_CUES:
        return False
    if f.spk is not None and f.spk[0] == f.spk[1] and low[f.spk[0]] in ("who", "which", "that"):
        return True  # "Graham, who has endorsed Cruz, said ...": a description of the source, not a report
    k = i + 2 if " " in f.lemma else i + 1  # past the particle of "pointed to", "voted against"
    if k < n and low[k] in ("against", "on"):
        k += 1
    if f.last == i and k < n and kind[k] == W and low[k] not in BREAK:
        obj = phrase_forward(cx.st, k)
        if obj is not None:
            cx.emit(k, cx.object_end(k), f, min_words=1)
    return True


@rule("indirect")
def according_to(cx: Clauses, f: Frame) -> bool:
    """``According to X, ...``, ``..., according to X.``, ``About 10 p.m., according to X, the ...``."""
    if f.lemma != "according":
        return False
    i, n, kind, low, sent = f.cue_i, cx.n, cx.kind, cx.low, cx.sent
    ss = sentence_start(cx.st, i)
    lead = ss
    while lead < i and low[lead] in ("but", "and", "so", "yet", ",", "still", "however"):
        lead += 1
    if i == lead or low[i - 1] in (":", ";"):  # "According to X, ...", "But, according to X, ..."
        k = f.last + 1
        while k < n and k - f.last < 16 and kind[k] == W:
            k += 1
        if k < n and low[k] == ",":
            cx.emit(k + 1, cx.clause_end(k + 1), f, inner=True)
    elif i > ss:
        k = f.last + 1
        if low[i - 1] == "," and k + 1 < n and low[k] == "," and kind[k + 1] == W and sent[k] == sent[i]:
            cx.emit(ss, cx.clause_end(k + 1), f, inner=True)  # "About 10 p.m., according to X, the ..."
        else:
            cx.emit(ss, i - 2 if low[i - 1] == "," else i - 1, f, inner=True)
    return True


@rule("indirect")
def relative_clause(cx: Clauses, f: Frame) -> bool:
    """``independents, which Democrats say could be aiding Sanders``: the relative clause around the cue."""
    i, n, kind, low = f.cue_i, cx.n, cx.kind, cx.low
    if (
        f.first > 0
        and low[f.first - 1] in RELATIVE
        and f.lemma in lx.RELATIVE_CUES
        and f.last == i
        and i + 1 < n
        and kind[i + 1] == W
        and low[i + 1] != "that"
        and APOS.split(low[i + 1])[0] not in CLAUSE_START
    ):
        cx.emit(f.first - 1, cx.clause_end(i + 1), f)
        return True
    return False


# --------------------------------------------------------------------------
# clause-start rules: where the clause after the cue starts, or None


@rule("indirect")
def that_clause(cx: Clauses, f: Frame) -> int | None:
    """``X said that ...``: the clause after a ``that`` within eight words of the cue.

    Twelve when a place, time or medium follows the cue (``said in an interview with The Associated Press
    last week that ...``); a phrase between dashes is passed over (``said — on Twitter, as it happens —
    that``).
    """
    i, n, kind, low, sent = f.cue_i, cx.n, cx.kind, cx.low, cx.sent
    k = max(i, f.last) + 1
    hops = 0
    # twelve words past a place, time or medium ("in an interview with ... last week"), else eight
    limit = 12 if k < n and low[k] in PP_OPEN else 8
    while k < n and hops < limit and sent[k] == sent[i]:
        if kind[k] == P and low[k] in DASHES:
            close = next((j for j in range(k + 1, min(n, k + 14)) if low[j] == low[k]), None)
            if close is None:
                break
            k = close + 1  # past the aside between the dashes
            continue
        if kind[k] not in (W, Q):
            break
        if low[k] == "that":
            if low[k - 1] not in _PREPOSITIONS and k + 1 < n and (kind[k + 1] in (W, Q) or low[k + 1] in _AFTER_THAT):
                return k + 1
            # a demonstrative: "said she would not jump to that conclusion", "said that."
        if low[k] in COORD or (k in cx.cue_tokens and k > i):
            break  # "said taxes will fall but added that ...": the "that" of another cue
        k += 1
        hops += 1
    return None


@rule("indirect")
def wh_clause(cx: Clauses, f: Frame) -> int | None:
    """``asked whether ...``, ``questioned what ...``: a question cue and a wh-word."""
    i = f.cue_i
    if i + 1 < cx.n and cx.low[i + 1] in WH and f.lemma in lx.ASK:
        return i + 1
    return None


@rule("indirect")
def commitment(cx: Clauses, f: Frame) -> int | None:
    """``promised to release a report``, ``vowed to fight``: a commitment and its infinitive."""
    i, n, kind, low = f.cue_i, cx.n, cx.kind, cx.low
    if f.lemma in lx.COMMIT and f.last == i and i + 2 < n and low[i + 1] == "to":
        if kind[i + 2] == W and low[i + 2] not in DETS:
            return i + 1
    return None


@rule("indirect")
def addressed(cx: Clauses, f: Frame) -> int | None:
    """``told Jeb Bush to quiet down``, ``asked workers if they planned to attend``: the one addressed, then
    an infinitive or a question."""
    i, n, kind, low, st = f.cue_i, cx.n, cx.kind, cx.low, cx.st
    if not (f.lemma in lx.ADDRESSED and f.last == i and i + 1 < n and kind[i + 1] == W):
        return None
    k = i + 1
    if low[k] in OBJECT or st.text[st.start[k]].isupper():
        while k + 1 < n and kind[k + 1] == W and st.text[st.start[k + 1]].isupper():
            k += 1
        k += 1
        if low[i + 1] == "her" and k < n and low[k] != "to" and kind[k] == W and low[k] not in BREAK:
            obj = phrase_forward(st, k)  # "told her aides to leave": "her" is a determiner
            k = obj[1] + 1 if obj is not None else k
    elif low[k] in DETS or low[k] not in BREAK | NOUN_BEFORE | {"with", "about"}:
        obj = phrase_forward(st, k)
        k = obj[1] + 1 if obj is not None else n
    if k < n and low[k] == "to" and k + 1 < n and kind[k + 1] == W and k - i <= 8:
        return i + 1
    if k < n and low[k] in WH and f.lemma in lx.ASK and k - i <= 8:
        return k
    return None


@rule("indirect")
def announcement(cx: Clauses, f: Frame) -> int | None:
    """``announced a new tariff on Chinese steel``, ``confirmed his resignation``: what is made known."""
    i = f.cue_i
    if f.lemma in lx.ANNOUNCE and f.last == i and i + 1 < cx.n and cx.kind[i + 1] == W:
        w1 = cx.low[i + 1]
        if w1 in DETS and w1 not in ("that", "this", "these", "those"):
            return i + 1
    return None


@rule("indirect")
def bare_belief(cx: Clauses, f: Frame) -> int | None:
    """``polls show Clinton leads``, ``I think we will win``: a belief cue and a clause with a subject."""
    i, st = f.cue_i, cx.st
    if f.lemma in lx.BARE_BELIEF and f.last == i and i + 1 < cx.n and cx.kind[i + 1] == W:
        base = APOS.split(cx.low[i + 1])[0]
        if base in PRONOUNS or base in CLAUSE_START or st.text[st.start[i + 1]].isupper():
            return i + 1
    return None


@rule("indirect")
def condition_first(cx: Clauses, f: Frame) -> int | None:
    """``Cruz said if elected he would ...``: a clause opening with a condition or a time, after a speech cue.

    The condition is part of what was said (``said when the vote comes, they will ...``); the clause needs a
    main clause after the condition (a comma or a subject), so ``said when asked`` reports nothing.
    """
    i, n, kind, low = f.cue_i, cx.n, cx.kind, cx.low
    if f.lemma not in lx.SAY or f.last != i:
        return None
    k = cx.past_time(i + 1)
    if not (k + 1 < n and low[k] in _CONDITION and kind[k + 1] == W and cx.sent[k] == cx.sent[i]):
        return None
    # a main clause must follow the condition: after a comma, or a subject ("if elected he would");
    # "said when asked" reports nothing
    end = cx.clause_end(k)
    for j in range(k + 2, end + 1):
        if (low[j] == "," and j < end) or APOS.split(low[j])[0] in SUBJECT:
            return k
    return None


@rule("indirect")
def bare_clause(cx: Clauses, f: Frame) -> int | None:
    """``Putin added Moscow is ready``, ``told reporters taxes will fall``: a clause with no *that*.

    Only for cues that do not need *that*; past the one told and time words.
    """
    i, n, kind, low, st = f.cue_i, cx.n, cx.kind, cx.low, cx.st
    if f.lemma in lx.NEEDS_THAT or f.last != i:
        return None
    k = i + 1
    if f.lemma == "tell" and k < n and kind[k] == W and (low[k] in _TOLD or st.text[st.start[k]].isupper()):
        while k + 1 < n and kind[k + 1] == W and st.text[st.start[k + 1]].isupper():
            k += 1
        of_place = False
        if k + 2 < n and low[k + 1] == "of" and st.text[st.start[k + 2]].isupper():
            of_place = True  # "told The Star-Ledger of Newark ...", if a clause with a subject follows
            k += 2
            while k + 1 < n and kind[k + 1] == W and st.text[st.start[k + 1]].isupper():
                k += 1
        k += 1
        if of_place:
            j = cx.past_time(k)
            if not (j < n and kind[j] == W and APOS.split(low[j])[0] in CLAUSE_START | PRONOUNS):
                return None  # "told Congress of Russian interference": what was told, no clause
    elif f.lemma == "tell" and k < n and low[k] in DETS:
        # "told the court (in his filing)": the one told, then a clause with a subject or none
        obj = phrase_forward(st, k)
        if obj is not None:
            k = obj[1] + 1
            if k < n and kind[k] == W and APOS.split(low[k])[0] not in CLAUSE_START | PRONOUNS:
                k = n  # no reported clause after the object
    k = cx.past_time(k)
    base = APOS.split(low[k])[0] if k < n else ""
    if base in _ABOUT and k + 1 < n and (low[k + 1][:1].isdigit() or low[k + 1] in _AMOUNTS):
        return k  # a quantity opens the clause: "said about half of the loss ...", "said more than 40 ..."
    if k < n and kind[k] == W and (
        base in CLAUSE_START
        or st.text[st.start[k]].isupper()
        or low[k][:1].isdigit()
        or (
            f.lemma in lx.SAY
            and base not in BREAK
            and base not in PREP
            and not (f.lemma == "tell" and base in PLACE_PREP)
        )
    ) or (k < n and kind[k] == Q and f.lemma in lx.SAY):
        return None if _main_clause_resumes(cx, f, k) else k
    return None


def _main_clause_resumes(cx: Clauses, f: Frame, k: int) -> bool:
    """Whether the cue of ``f`` sits in a relative clause whose end, a comma and the main verb, comes after ``k``.

    ``Cruz, a graduate who has argued a number of cases before the court, will do an excellent job``: what
    was argued is no clause (its "verb" is the main clause's), and the sentence goes back to Cruz.
    """
    spk = f.spk
    if spk is None or cx.low[spk[0]] not in ("who", "which"):
        return False
    low, kind = cx.low, cx.kind
    j = k
    while j + 1 < cx.n and j - k < 30 and kind[j] in (W, P) and cx.sent[j] == cx.sent[k]:
        if low[j] == "," and kind[j + 1] == W and low[j + 1] in _FINITE_AFTER:
            return True
        if kind[j] == W and j > k and (low[j] in _FINITE_AFTER or low[j] in lx.CUES):
            return False  # the clause has a verb of its own before any comma
        j += 1
    return False


@rule("indirect")
def subject_pronoun(cx: Clauses, f: Frame) -> int | None:
    """``announced Sunday she will resign``, ``said in a statement Thursday they pulled it``: a subject
    pronoun opens a clause after any cue, past time words or a place phrase."""
    i, n, kind, low = f.cue_i, cx.n, cx.kind, cx.low
    if f.last != i or (f.lemma in lx.BELIEF and f.lemma not in lx.BARE_BELIEF):
        return None
    k = cx.past_time(i + 1)
    if k < n and low[k] in PP_OPEN:
        j = k + 1
        while j < n and j - k <= 8 and kind[j] == W and low[j] not in SUBJECT and (
            low[j] not in BREAK or low[j] in PP_OPEN
        ):
            j += 1
        k = j
    if k < n and low[k] in SUBJECT:
        return k
    return None


_STARTS = (
    that_clause, wh_clause, commitment, addressed, announcement, bare_belief, condition_first, bare_clause,
    subject_pronoun,
)


# --------------------------------------------------------------------------
# rules for a clause before or around the cue


@rule("indirect")
def as_x_said(cx: Clauses, f: Frame) -> bool:
    """``As X said, ...``: the clause after the comma."""
    low, kind, n = cx.low, cx.kind, cx.n
    first = f.first
    ss = sentence_start(cx.st, first)
    if not (first == ss + 1 and low[ss] == "as"):
        return False
    k = max(f.cue_i, f.last) + 1
    while k < n and kind[k] == W and k - f.cue_i <= 3:
        k += 1
    if k < n and low[k] == ",":
        cx.emit(k + 1, cx.clause_end(k + 1), f)
    return True


def _before(cx: Clauses, f: Frame) -> tuple[int, int, bool] | None:
    """For a frame after a comma: ``(a, k, q_comma)``, the clause start, the token after the frame, and
    whether the comma closed a quoted fragment; None when no clause can stand before the frame."""
    low, kind, n, st, qkind = cx.low, cx.kind, cx.n, cx.st, cx.qkind
    first = f.first
    q_comma = (
        first > 0
        and kind[first - 1] == Q
        and qkind.get(first - 1) == "partial"
        and st.text[st.start[first - 1] : st.end[first - 1]].rstrip("”’\"' ")[-1:] == ","
    )  # "The new plan is a “welcome tack,” the senator said."
    if not (first > 0 and (kind[first - 1] == P and low[first - 1] == "," or q_comma)):
        return None
    ss = sentence_start(st, first)
    a = ss
    # after the last quote before the comma that ends a sentence of its own:
    # '“... inappropriate.” Taxes will fall, a source said.' (a bisect: a scan was quadratic)
    x = bisect_right(cx.ends_sentence, first - 2) - 1
    if x >= 0 and cx.ends_sentence[x] >= ss:
        a = cx.ends_sentence[x] + 1
    if kind[a] == W and low[a] == "according":
        return None
    k = max(f.cue_i, f.last) + 1
    while k < n and kind[k] == W and k - f.cue_i <= 3 and (low[k] in AUX or cx.is_time(k)):
        k += 1
    return a, k, q_comma


@rule("indirect")
def parenthetical(cx: Clauses, f: Frame) -> bool:
    """``The truth, the senator said then, was that ...``: the whole sentence around the attribution."""
    found = _before(cx, f)
    if found is None:
        return False
    a, k, _ = found
    if _apposition_after(cx, f, k):
        return False  # "..., said Howard Rubel, a senior analyst at Jefferies.": the source's apposition
    for c in range(f.first - 3, a, -1):
        if cx.low[c] in ("but", "and", "yet") and cx.low[c - 1] == "," and cx.new_clause(c):
            a = c + 1  # "China had resisted such deals, but the pollution had become so bad, Obama noted, that
            break  # ...": the clause the attribution stands in, not the one before it
    if k + 1 < cx.n and cx.low[k] == "," and (cx.kind[k + 1] == W or cx.qkind.get(k + 1) == "partial") and (
        cx.sent[k + 1] == cx.sent[f.first]
    ):
        cx.emit(a, cx.clause_end(k + 1), f, inner=True)
        return True
    return False


@rule("indirect")
def closing_attribution(cx: Clauses, f: Frame) -> bool:
    """``Taxes will fall, a source said (in a statement).``: the clause before an attribution that closes its
    sentence (not a cue with an object: ``In the race, Sanders maintained his lead.``)."""
    found = _before(cx, f)
    if found is None:
        return False
    a, k, q_comma = found
    low, kind, n = cx.low, cx.kind, cx.n
    if (
        k < n
        and kind[k] == W
        and f.lemma != "tell"
        and f.last == f.cue_i
        and low[k] not in BREAK
        and low[k] not in PREP
    ):
        return True
    if _apposition_after(cx, f, k):
        k = cx.clause_end(k + 1) + 1  # past the apposition: "..., said Ed Lee, an economist at UCLA."
        while k < n and kind[k] == P and low[k] not in (";", ":"):
            k += 1
    while k < n and kind[k] in (W, P) and low[k] not in ("that", ":") and k - f.cue_i < 12:
        k += 1
    if k >= n or kind[k] in (E, B):
        # a sentence that reports someone else, closed by its own source ("X had told officials that ..., but
        # ..., the source added"): the source's report holds the other (PolNeAR nests them so)
        cx.emit(a, f.first - 1 if q_comma else f.first - 2, f, inner=True, nest=_a_source(cx.st, f))
    return True


#: Lower-case first words of a source that names someone: a determiner or possessive, a pronoun, a group.
_SOURCE_LEADS = frozenset(
    "the a an his her their its our my those some many several most two three four few both he she they we "
    "people police staff".split()
)


def _a_source(st: Stream, f: Frame) -> bool:
    """Whether the source of ``f`` reads as someone (a name, a description, a group), not as a misread.

    A name or a capitalised body, a phrase led by a determiner, a possessive or a pronoun (``the source``,
    ``his brother``, ``she``), or a plural (``officials``, ``records``): a source that may hold another
    report. Not ``this year``, ``drawing a sharp`` (of "..., drawing a sharp reply"), ``you``, or
    ``horrible`` (of "the awful, horrible report").
    """
    spk = speaker_of(st, f)
    words = spk[0].split() if spk is not None else []
    if not words:
        return False
    w = words[0]
    if w[:1].isupper():
        return w.lower() not in ("this", "that", "these", "it", "you", "who", "which")
    return w in _SOURCE_LEADS or (len(words) == 1 and w.endswith("s") and not w.endswith(("ss", "ous")))


def _apposition_after(cx: Clauses, f: Frame, k: int) -> bool:
    """Whether token ``k`` is the comma before an apposition of an inverted source (``said Ed Lee, an
    economist``, ``said Ed Lee, who ...``), not the rest of the reported sentence (``said Lee, was ...``)."""
    if f.last <= f.cue_i or k + 1 >= cx.n or cx.low[k] != "," or cx.kind[k + 1] != W:
        return False
    w = cx.low[k + 1]
    return w in ("a", "an", "the", "who", "whose", "which") or _APOS_S.search(w) is not None


def find_indirect(
    st: Stream, frames: list[Frame], qkind: dict[int, str], paras: list[tuple[int, int]], on: frozenset[str],
    reporting: set[int] | frozenset[int] = frozenset(),
) -> list[Quote]:
    """Reported clauses of the cues: ``X said (that) ...``, ``..., X said``, ``according to X``.

    ``on`` holds the names of the rules to use; ``reporting`` the cue tokens of the frames that a direct
    quote right before them is attributed to.

    Examples
    --------
    >>> from newsanalysis.attribution import find_quotes
    >>> t = "Lee said that taxes will fall. Prices will rise, a source said."
    >>> [t[q.start:q.end] for q in find_quotes(t, [(0, len(t), 0)])]
    ['taxes will fall', 'Prices will rise']
    """
    cx = Clauses(st, frames, qkind, paras, on, reporting)
    n, sent = cx.n, cx.sent
    head = [r for r in (quote_is_the_report, demand, naming_what, naming, intention, stance_object) if r.__name__ in on]
    starts = [r for r in _STARTS if r.__name__ in on]
    use_according, use_relative = "according_to" in on, "relative_clause" in on
    use_as, use_paren, use_closing = "as_x_said" in on, "parenthetical" in on, "closing_attribution" in on
    for f in frames:
        if _tried(cx, f, head):  # cx.rule names the rule trying, for the Quote it emits (``quotes.rule``)
            continue
        if f.lemma == "according":
            if use_according:
                _tried(cx, f, (according_to,))
            continue
        if f.lemma not in lx.CLAUSE and f.lemma != "urge":
            continue
        if use_relative and _tried(cx, f, (relative_clause,)):
            continue
        # after the cue: "X said (that) ..."
        start = None
        for r in starts:
            start = r(cx, f)
            if start is not None:
                cx.rule = r.__name__
                break
        if start is not None and start < n and sent[start] == sent[f.cue_i]:
            end = cx.clause_end(start)
            if cx.rule in ("addressed", "commitment"):
                end = cx.before_comment(start, end)
            cx.emit(start, end, f)
            continue
        if use_as and _tried(cx, f, (as_x_said,)):
            continue
        # before the cue: "The truth, the senator said, was ..." / "..., a source said."
        if use_paren and _tried(cx, f, (parenthetical,)):
            continue
        if use_closing:
            _tried(cx, f, (closing_attribution,))
    return cx.out


def _tried(cx: Clauses, f: Frame, rules) -> bool:
    """Try ``rules`` on the frame in order, each named in ``cx.rule`` while it runs; whether one took it."""
    for r in rules:
        cx.rule = r.__name__
        if r(cx, f):
            return True
    return False
