"""Quotes: direct, partial and indirect quotations with their cue and speaker mention.

The method is a set of rules over quotation marks and a small token stream,
after the quotation-attribution literature (Pareti's PARC and Newell et al.'s
PolNeAR: an attribution is a *source*, a *cue* and a *content*):

1. **Marks are paired by type** within a paragraph: curly ``“`` opens and
   ``”`` closes; a straight ``"`` (or the archive form ``''``) opens when no
   quote is open and closes otherwise. A mark of the other type inside an
   open quote is a nested quote and stays part of the content (single marks
   ``‘ ’`` are never paired, so apostrophes and nested single quotes cannot
   break a quote). A quote never runs past its paragraph, unless it is left
   open and the next paragraph opens with a mark of the same style (the
   news convention for a quotation of several paragraphs); an unclosed
   quote that opens a paragraph ends with it. A stray mark is dropped;
   nothing raises.
2. **The text outside the marks** becomes a token stream in which each quote
   is one token (sentences with no cue word that touch no quote are skipped:
   they cannot hold an attribution). Cue verbs (*said*, *told*, *added*,
   *according to*, ...) are found there, each with its source: the noun
   phrase before it (``Trump said``, ``the US president also added``,
   ``Trump, in separate statements, told``, ``Wilcox, whose ..., said``),
   after it (``said Sen. Ted Cruz``, ``described by Putin``, ``according to
   the Kremlin``), or, for a participle (``adding``), the source of the
   clause it hangs on. A cue word after a determiner is a noun (``the
   report``, ``secretary of state``).
3. **Each quote is classified**: ``direct`` when the marks hold a whole
   statement (nothing but an attribution around them), ``partial`` when they
   hold a fragment of a reported sentence that has a cue, ``mention`` when
   they hold words that are nobody's speech (scare quotes, titles,
   nicknames: a fragment with no cue in its sentence, a Title-Case name, or
   words after *so-called*, *dubbed*, *titled* ...).
4. **A direct quote takes its attribution** from the cue right after it
   (unless that cue takes a clause of its own after a quote that continues
   the paragraph's speaker: ``"..." Kasich said he would ...``), else the
   cue right before it, else the quote next to it in the paragraph,
   else a colon-ended attribution (``Caddell continued:``) or the speaker
   of the previous paragraph (a quote paragraph continues its speaker).
5. **Indirect speech** is a cue with a source and a reported clause: after
   the cue (``Trump noted that ...``, ``Putin added Moscow is ...``; belief
   verbs such as *believe*, *show*, *expect* with *that* or a subject:
   ``polls show Clinton leads``), before it when the attribution closes the
   sentence (``..., a source said.``, ``..., according to the poll.``), or
   around it (``The truth, the senator said, was ...``), or a relative
   clause around it (``a charity that prosecutors said was ...``). Demands,
   commitments and namings report their object: ``urged Congress to act``,
   ``called for a ban``, ``accused X of ...``, ``told him to leave``,
   ``vowed to fight``, ``announced a new tariff``, ``called him “a
   disaster”``, ``described the plan as ...``. Its span is the clause, up
   to the sentence end (a quote ending in a period ends it too), a
   semicolon, a following participle cue, another attribution, or the
   reporter's own clause (``, and he ...``, ``, compared with ...``); a
   clause with quoted fragments is kept as well (PolNeAR's *mixed*),
   alongside its ``partial`` rows.

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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress, repeat

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
    person : str or None
        The named person the source resolved to, without titles (filled by
        :func:`newsanalysis.speakers.attribute`); None for other sources.
    source_kind : str or None
        ``person``, ``organisation`` or ``unnamed`` (filled by
        :func:`newsanalysis.speakers.attribute`); None when no source was found.
    """

    start: int
    end: int
    kind: str
    cue: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None
    person: str | None = None
    source_kind: str | None = None


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
    "show shows showed shown; find found finds; expect expected expects; know knows knew;"
    "feel feels felt; worry worried worries; understand understood understands; realize realized;"
    "recognize recognized recognizes; doubt doubted doubts; question questioned questions;"
    "answer answered answers; interject interjected; chant chanted; read reads;"
    "demand demanded demands; exclaim exclaimed; scoff scoffed; snap snapped; yell yelled; scream screamed;"
    "plead pleaded; beg begged; sneer sneered; recount recounted; reason reasoned; gush gushed;"
    "accuse accused accuses accusing;"
    "according"
)
# "state(s)" is far more often a noun ("his home state", "16 states") than a cue
del _CUES["state"], _CUES["states"]
#: Cues that can stand after their source inverted: ``"...," said Caddell``.
_INVERTIBLE = frozenset(
    "said says added adds asked asks wrote writes continued explained noted recalled replied declared "
    "insisted argued stated tweeted warned admitted concluded joked quipped observed remarked "
    "countered responded told conceded stressed shouted yelled exclaimed".split()
)
#: Lemmas that report beliefs: they make indirect speech only with ``that``.
_BELIEF = frozenset(
    "believe think hope fear learn show find expect know feel worry understand realize recognize doubt "
    "question".split()
)
#: Lemmas that introduce a reported clause (``X said (that) ...``).
_CLAUSE = frozenset(
    "say tell add write state stress claim note explain argue insist tweet acknowledge declare announce "
    "warn recall admit suggest conclude predict promise vow pledge reiterate report confirm complain "
    "concede observe remark emphasize contend maintain boast testify allege caution indicate reveal "
    "assert repeat speculate proclaim believe think hope fear learn estimate agree respond reply "
    "show find expect know feel worry understand realize recognize doubt question ask wonder "
    "joke quip lament muse retort counter recount deny".split()
)
_PRONOUNS = frozenset("he she they it we i you who".split())
_DETS = frozenset(
    "the a an another his her their its this these those some many most several one two three our".split()
)
#: Quantifiers that stand alone as a source ("Some say ...", "Most said ...").
_QUANT = frozenset("some many most several few both all others".split())
#: Words that end a noun phrase when scanning for a source.
_BREAK = frozenset(
    """that which whom whose what where when why how and but or nor if while as because since although
    though so than is are was were be been being am has have had will would can could should shall may
    might must do does did not no to in on at by from after before during into about over under through
    also then there here just even yet still now however meanwhile again later earlier only""".split()
) | _PRONOUNS
#: Words that may stand between a source and its cue (``Trump has also said``).
_AUX = frozenset(
    "has have had also again later then previously once would will could may might can did does do "
    "just even still further recently first last separately since often never always already long".split()
)
#: Abbreviations whose period does not end a sentence.
_ABBREV = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr inc corp co ltd vs no prof rev pres sec del "
    "adm maj cmdr supt det atty hon messrs mt ft jan feb mar apr aug sept sep oct nov dec".split()
)
_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later "
    "recently on last this week month year morning evening night afternoon".split()
)
#: Time words that only make a time phrase with the next one ("this week", "last year", "on Monday").
_TIME_LEAD = frozenset("on last this".split())
#: Words right before marks that make the marked words a mention, not speech.
_MENTION_BEFORE = frozenset(
    "so-called dubbed nicknamed titled entitled word term phrase slogan hashtag motto headline "
    "label moniker".split()
)
#: Sentence adverbs and conjunctions that may stand before a whole quoted statement ("Then “No,” he said.").
_LEAD_WORDS = frozenset("then and but so still later now again finally yet instead meanwhile".split())
#: Words before a cue word that make it a noun or an infinitive.
_NOUN_BEFORE = _DETS | frozenset("of to for".split())
#: Lemmas whose clause must open with *that* (without it they take a noun: "wrote a letter",
#: "promised a veto", "maintained a lead").
_NEEDS_THAT = _BELIEF | frozenset(
    "write maintain declare respond reply agree post read answer indicate reveal mention confirm "
    "announce promise vow pledge warn urge question wonder".split()
)
_SPEECH_FORMS = frozenset(w for w, lemma in _CUES.items() if lemma not in _BELIEF)
_BELIEF_FORMS = frozenset(w for w, lemma in _CUES.items() if lemma in _BELIEF)
#: Belief lemmas whose clause may open without *that* when it opens with a subject ("polls show he leads").
_BARE_BELIEF = frozenset("think believe show hope fear expect know".split())
_BARE_FORMS = frozenset(w for w, lemma in _CUES.items() if lemma in _BARE_BELIEF)
#: Tokens a reported clause may span (a longer "sentence" is a run-on, not a report).
_MAX_CLAUSE = 150
_APOS = re.compile(r"[’']")
#: Cues after which any noun may open the reported clause ("said legalizing it could ...").
_SAY = frozenset("say add tell argue claim note insist state stress explain acknowledge admit warn".split())
_ASK = frozenset("ask wonder explain question know understand".split())
_WH = frozenset("whether if how why what when where who".split())
#: Words before a cue with no source of its own that send it to the sentence's subject ("..., and said").
_SUBJ_LINK = frozenset([",", "and", "but"])
#: Prepositions that open a sentence's leading phrase ("In an interview with X, Trump ...").
_LEAD_PREP = frozenset("in at on during after before with since from by like unlike despite".split())
#: Prepositions that follow a cue without opening a clause ("said of the nominee", "argued for a ban").
_PREP = frozenset("of for with as against toward towards like among amid via".split())
#: Prepositions of place that follow a cue without opening a clause ("told reporters outside City Hall").
_PLACE_PREP = frozenset("outside inside near behind across beside aboard atop".split())
_CLAUSE_START = _DETS | frozenset("he she they it we i you there all no every each both".split())
#: Subject pronouns: after a cue they open its reported clause ("announced Sunday she will resign").
_SUBJECT = frozenset("he she they we i".split())
#: Prepositions of a phrase between a cue and its clause ("said in a statement (on Monday) they ...").
_PP_OPEN = frozenset("in on at during".split())
#: Cues of a demand or an accusation, whose object (and what follows) is the content ("urged Congress to
#: act", "accused the FDIC of covering up the hacks").
_DEMAND = frozenset(["urge", "call for", "call on", "accuse"])
#: Cues whose object noun phrase is what is made known ("announced a new tariff").
_ANNOUNCE = frozenset("announce reveal confirm".split())
#: Cues of a commitment, whose infinitive is the content ("vowed to fight on").
_COMMIT = frozenset("promise vow pledge agree".split())
#: Cues addressed to someone, who may be told or asked to do something ("told him to leave").
_ADDRESSED = frozenset("tell ask warn".split())
_OBJECT = frozenset("him her them me us you reporters journalists".split())
#: Cues that name or describe someone: their object and its quoted or "as" description are the content.
_NAMING = frozenset("call describe".split())
#: Relative pronouns that open a clause whose subject gap is the reported content.
_RELATIVE = frozenset("which that who whom".split())
#: Cues that report the content of such a relative clause ("that prosecutors said was ...").
_RELATIVE_CUES = (_SAY | _BELIEF) - {"tell", "learn", "find", "show"}
#: Conjunctions that, after a comma or dash and before a subject, open the reporter's own clause.
_COORD = frozenset("and but while though although whereas yet".split())
#: Tokens at which a reported clause may end (checked further in ``clause_end``).
_CLAUSE_STOPS = _COORD | frozenset(", — – ;".split())

_OPENERS = "“„‟«"
_CLOSERS = "”»"
_DMARK = re.compile(r"''|[“”„‟«»\"]")  # '' is a double mark in some archives
#: ``_DMARK`` for a text without ``''``: a bare character set, which the regex engine scans for faster.
_DMARK_CHARS = re.compile(r"[“”„‟«»\"]")
# A word (a number, an acronym, a word with inner apostrophes or hyphens), or one other non-space
# character (a sentence end: one of _END_PUNCT; else punctuation). No groups: findall gives the tokens.
# It is r"\d+(?:[.,:]\d+)+|(?:[A-Za-z]\.){2,}|[^\W_][\w’'&\-]*|[^\w\s]" written for the regex engine:
# the branches for an ASCII letter first (an acronym, else a word; no backtracking into the word), then
# a number, then any other word, with the same choice at every position.
_TOKEN = re.compile(r"[A-Za-z](?:\.(?:[A-Za-z]\.)+|[\w’'&\-]*+)|\d+(?:[.,:]\d+)+|[^\W_][\w’'&\-]*+|[^\w\s]")
_END_PUNCT = frozenset(".!?…")

# token kinds
_W, _P, _E, _B, _Q = range(5)
#: 1 for the kinds after which a new sentence starts.
_ENDS_SENTENCE = {_E: 1, _B: 1}
_IS_BREAK = {_B: 1}


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


def _pair_marks(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Quotes as ``(open_start, open_last, close_start, close_end)`` offsets of their marks.

    The content runs from ``open_last + 1`` to ``close_start``; an unclosed
    quote paragraph ends at the paragraph end (``close_start == close_end``).
    """
    spans: list[tuple[int, int, int, int]] = []
    carry: tuple[tuple[int, int], str] | None = None
    marks = _DMARK if "''" in text else _DMARK_CHARS
    for pi, (ps, pe) in enumerate(paras):
        open_pos, open_ch = carry if carry else (None, "")
        open_pos: tuple[int, int] | None
        depth = 0
        continued = carry is not None
        carry = None
        for m in marks.finditer(text, ps, pe):
            i = m.start()
            ch = m.group()
            if ch == "''":
                ch = '"'
                if open_pos is None and not _opener_like(text, i):
                    continue
            if continued:
                continued = False
                if i == ps:  # the opening mark of a continued paragraph
                    continue
            if open_pos is None:
                if ch in _CLOSERS or (ch == '"' and not _opener_like(text, i)):
                    continue  # stray closing mark
                open_pos, open_ch, depth = (i, m.end() - 1), ch, 0
            elif ch in _OPENERS and open_ch == ch and not _opener_like(text, i):
                if depth:
                    depth -= 1
                else:  # an opening mark typed for a closing one: “... neighborhood.“
                    spans.append((*open_pos, i, m.end()))
                    open_pos = None
            elif ch in _OPENERS:
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
            else:
                spans.append((*open_pos, i, m.end()))
                open_pos = None
        if open_pos is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            # the next paragraph continues the quote if it opens with a mark of the same style
            if nxt is not None and (
                text[nxt] == open_ch
                or (text[nxt] in _OPENERS and open_ch in _OPENERS)
                or (open_ch == '"' and text.startswith("''", nxt))
            ):
                carry = (open_pos, open_ch)
            elif open_pos[0] == ps:
                spans.append((*open_pos, pe, pe))  # unclosed quote paragraph
    return spans


# --------------------------------------------------------------------------
# step 2: the token stream outside the marks


class _Stream:
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
        if kind == _Q:
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
        for tok in _TOKEN.findall(text, a, b):
            s = find(tok, pos)
            e = pos = s + len(tok)
            if tok[0].isalnum():  # the pattern's word alternatives start with [^\W_], i.e. isalnum()
                kinds.append(_W)
                lows.append(tok.lower())
            elif (
                tok == "."
                and kinds
                and kinds[-1] == _W
                and ends[-1] == s
                and (
                    lows[-1] in _ABBREV
                    or (len(lows[-1]) == 1 and text[s - 1].isupper())
                    or text[e : e + 1] == ","  # "R-Fla., said": no sentence ends in ".,"
                    or (text[e : e + 1] == ")" and "-" in lows[-1])  # "(D-Ill.) said"
                )
            ):
                ends[-1] = e  # "Sen." "J." keep their period
                continue
            else:
                kinds.append(_E if tok in _END_PUNCT else _P)
                lows.append(tok)
            starts.append(s)
            ends.append(e)

    def finish(self) -> _Stream:
        """Number the sentences: a new one starts after each sentence end or paragraph break."""
        ends = [0]
        ends.extend(map(_ENDS_SENTENCE.get, self.kind[:-1], repeat(0)))
        self.sent = list(accumulate(ends))
        self.first = [0]
        self.first.extend(compress(range(1, len(ends)), ends[1:]))
        return self


def _stream(text: str, paras: list[tuple[int, int]], marks: list[tuple[int, int, int, int]]) -> _Stream:
    """The token stream of ``text`` outside the quotes.

    A sentence with no cue word that does not touch a quote cannot hold an
    attribution; it becomes a single sentence end instead of its tokens
    (about half of a news text, and most of the cost).
    """
    st = _Stream(text)
    qi = 0
    pos = 0

    def region(a: int, b: int, after_quote: bool, before_quote: bool) -> None:
        if b <= a:
            return
        cuts = [a]
        for m in _CUT.finditer(text, a, b):
            w = text[max(a, m.start() - 8) : m.start()].rsplit(None, 1)[-1:]
            if w and (w[0].lower().lstrip("(") in _ABBREV or len(w[0]) == 1):
                continue  # "Sen. Ted Cruz", "Harry S. Truman"
            cuts.append(m.end())
        cuts.append(b)
        last = len(cuts) - 2
        for j in range(last + 1):
            x, y = cuts[j], cuts[j + 1]
            if (j == 0 and after_quote) or (j == last and before_quote) or _has_cue(text, x, y):
                st.words(x, y)
            elif y > x:
                st.add(_E, y, y, ".")  # an unremarkable sentence

    for ps, pe in paras:
        start = max(ps, pos)
        if start >= pe and pos > ps:
            continue  # wholly inside a quote of several paragraphs
        after = start > ps
        while qi < len(marks) and marks[qi][0] < pe:
            o, _, _, c = marks[qi]
            if o >= start:
                region(start, o, after, True)
                st.add(_Q, o, c, "", qi)
                start = c
                after = True
            qi += 1
            if start > pe:
                break
        if start < pe:
            region(start, pe, after, False)
        if start <= pe:
            st.add(_B, pe, pe, "")
        pos = start
    return st.finish()


_PARTY = re.compile(r"[rdi]-[a-z.]+$")  # a party and state label: "R-Fla.", "D-Ill"
_CUT = re.compile(r"[.!?…][)\]]?\s+(?=[(\[]?[A-Z0-9])")
_LETTERS = re.compile(r"[a-z]+")


def _has_cue(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` may hold an attribution (a belief verb needs a *that*)."""
    words = _LETTERS.findall(text[a:b].lower())  # a list: isdisjoint stops at the first cue
    return (
        not _SPEECH_FORMS.isdisjoint(words)
        or not _BARE_FORMS.isdisjoint(words)
        or ("that" in words and not _BELIEF_FORMS.isdisjoint(words))
    )


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
    w = st.low[j]
    if st.kind[j] != _W or w in _BREAK:
        return False
    if w in _CUES:  # a cue word is a noun after a determiner, or a name when capitalised
        return (j > 0 and st.low[j - 1] in _NOUN_BEFORE) or st.text[st.start[j]].isupper()
    return True


def _np_back(st: _Stream, j: int, lo: int) -> tuple[int, int] | None:
    """Noun phrase ending at token ``j`` (scanning back no further than ``lo``)."""
    if j >= lo and st.kind[j] == _P and st.low[j] == ")":
        # a parenthesis after the name: "Sen. Richard Durbin (D-Ill.) said"
        k = j - 1
        while k >= lo and j - k < 8 and st.low[k] != "(":
            k -= 1
        if k > lo and st.low[k] == "(":
            j = k - 1
    if j > lo and st.low[j] == "%" and st.low[j - 1][:1].isdigit():
        return (j - 1, j)  # "42% say"
    if j < lo or st.kind[j] != _W:
        return None
    if st.low[j] in _PRONOUNS:
        return (j, j)
    if st.low[j] in _QUANT and (j == lo or st.kind[j - 1] != _W):
        return (j, j)  # "Some say", "..., most said"
    if not _is_np_word(st, j) or st.low[j] in _DETS:
        return None
    k = j
    while k - 1 >= lo and j - k < 7 and _is_np_word(st, k - 1):
        k -= 1
    if k - 3 >= lo and st.low[k - 1] in ("to", "with") and st.low[k - 2] in ("close", "familiar"):
        # "a source close to him", "people familiar with the talks": the source is before
        head = _np_back(st, k - 3, lo)
        if head is not None and st.low[head[1]] not in _PRONOUNS:
            return (head[0], j)
    while k < j and st.low[k] in ("of", "for", "with", "and"):
        k += 1
    return (k, j)


def _apposition(st: _Stream, c: int) -> tuple[int, int] | None:
    """A name set off by commas from token ``c`` (a comma): ``, Priya Natarajan,``."""
    n = len(st.kind)
    if c >= n or st.low[c] != ",":
        return None
    k = c + 1
    while k < n and k - c <= 5 and st.kind[k] == _W and st.text[st.start[k]].isupper():
        k += 1
    if k - c < 2 or k - c > 5 or k >= n or st.low[k] != "," or st.low[c + 1] in _LEADING_WORDS:
        return None
    head = _APOS.split(st.low[c - 1])[0] if c > 0 else ""
    if head not in _PERSON_NOUNS:
        return None  # "according to an FBI summary, Cheryl Mills, a top aide, sent ...": a subject
    return (c + 1, k - 1)


#: Nouns for people that a name in apposition may follow ("the audit's author, Priya Natarajan,").
_PERSON_NOUNS = frozenset(
    """author director spokesman spokeswoman spokesperson official officer secretary minister president
    chairman chairwoman chair manager adviser advisor aide lawyer attorney economist analyst expert
    professor researcher leader head chief executive founder commissioner mayor governor senator
    representative congressman congresswoman lawmaker member agent friend wife husband son daughter mother
    father brother sister strategist pollster consultant owner editor reporter correspondent judge
    sheriff ambassador envoy coordinator treasurer councilman councilwoman candidate nominee""".split()
)


_LEADING_WORDS = frozenset("the a an in on at but and if as after before he she they we i it".split())


def _np_forward(st: _Stream, i: int) -> tuple[int, int] | None:
    """Noun phrase starting at token ``i``."""
    n = len(st.kind)
    if i >= n or st.kind[i] != _W:
        return None
    if st.low[i] in _PRONOUNS:
        return (i, i)
    if not _is_np_word(st, i) and st.low[i] not in _DETS:
        return None
    k = i
    if k + 2 < n and st.low[k].isdigit() and st.low[k + 1] == "/" and st.low[k + 2].isdigit():
        k += 2  # a date as a modifier: "9/11 widow Terry Strada"
    while k + 1 < n and k - i < 7 and (_is_np_word(st, k + 1) or st.low[k + 1] in ("of", "for")):
        nx = st.low[k + 1]
        if k > i and nx in ("a", "an", "the") and st.low[k] not in ("of", "for"):
            break  # "Natarajan recommended a ...": a new phrase
        if (
            nx.endswith("ed")
            and st.text[st.start[k]].isupper()
            and not st.text[st.start[k + 1]].isupper()
            and st.low[k] not in _DETS
        ):
            break  # a verb after a name
        k += 1
    while k > i and st.low[k] in ("of", "for"):
        k -= 1
    return (i, k)


def _bisect_frames(frames: list[_Frame], t: int) -> int:
    """Index of the first frame whose cue is at or after token ``t`` (frames are in cue order)."""
    lo, hi = 0, len(frames)
    while lo < hi:
        mid = (lo + hi) // 2
        if frames[mid].cue_i < t:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _inner_span(text: str, o: int, c: int) -> tuple[int, int]:
    """The span between an opening mark at ``o`` and its closing mark at ``c``, without surrounding space."""
    cs, ce = o + 1, c
    while cs < ce and text[cs].isspace():
        cs += 1
    while ce > cs and text[ce - 1].isspace():
        ce -= 1
    return cs, ce


def _sentence_start(st: _Stream, i: int) -> int:
    return st.first[st.sent[i]]


def _subject(st: _Stream, lo: int, i: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence that starts at ``lo``, if it ends before ``i``."""
    k = lo
    while k < i and st.kind[k] == _W and st.low[k] in ("but", "and", "so", "yet", "then", "still"):
        k += 1
    if k < i and st.kind[k] == _P:
        k += 1
    if k < i and st.low[k] in _LEAD_PREP:
        # "In an interview with the Journal, Trump doubled down ... and said": past the opening phrase
        c = k + 1
        while c < i and c - k <= 14 and st.kind[c] == _W:
            c += 1
        if c < i and st.low[c] == ",":
            k = c + 1
    if k >= i or st.kind[k] != _W:
        return None
    if not (st.low[k] in _DETS or st.low[k] in _PRONOUNS or st.text[st.start[k]].isupper()):
        return None
    np = _np_forward(st, k)
    return np if np is not None and np[1] < i else None


def _find_frames(st: _Stream) -> list[_Frame]:
    frames: list[_Frame] = []
    low, kind = st.low, st.kind
    n = len(kind)
    last_in_sent: dict[int, _Frame] = {}
    # the cue words (a C loop picks them out: most tokens are not cues)
    for i in compress(range(n), map(_CUES.__contains__, low)):
        if kind[i] != _W:
            continue
        w = low[i]
        lemma = _CUES[w]
        lo = _sentence_start(st, i)
        if (
            w == "post"
            and i > lo
            and kind[i - 1] == _W
            and st.text[st.start[i]].isupper()
            and st.text[st.start[i - 1]].isupper()
            and low[i - 1] not in _PRONOUNS
        ):
            continue  # the last word of a name: "The Washington Post reported", "told The Huffington Post"
        if (
            i > lo
            and low[i - 1] in _NOUN_BEFORE
            and lemma != "according"
            and not (low[i - 1] in _QUANT and (i - 1 == lo or kind[i - 2] != _W))
        ):
            continue  # a noun: "the report", "secretary of state", "The Post" (but "Some say")
        cue = st.text[st.start[i] : st.end[i]]
        if lemma == "according":
            if i + 1 < n and low[i + 1] == "to":
                np = _np_forward(st, i + 2)
                if np:
                    name = _apposition(st, np[1] + 1)
                    if name is not None and not st.text[st.start[np[1]]].isupper():
                        # "according to the city's finance director, Tom Becker, ...": the name
                        np = name
                    f = _Frame(i, "according to", "according", i, np[1], np)
                    frames.append(f)
                    last_in_sent[st.sent[i]] = f
            continue
        if lemma == "learn" and not (i > lo and low[i - 1] in ("has", "have", "had")):
            continue
        if lemma == "call" and i + 1 < n and low[i + 1] in ("for", "on"):
            lemma = "call " + low[i + 1]  # "called for a ban", "called on Congress to act": a demand
            cue = st.text[st.start[i] : st.end[i + 1]]
        elif lemma == "call" and i + 1 < n and low[i + 1] in ("off", "up", "in"):
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
            subj = _subject(st, lo, i)
            if subj is not None:
                f = _Frame(i, cue, lemma, i, i, subj)
                frames.append(f)
                last_in_sent[st.sent[i]] = f
            continue
        j = i - 1
        while j >= lo and kind[j] == _W:
            if low[j] in _AUX or (low[j].endswith("ly") and low[j].isalpha() and not st.text[st.start[j]].isupper()):
                j -= 1
            elif j - 1 >= lo and low[j - 1] in ("in", "on", "since") and (low[j][:1].isdigit() or low[j] in _TIME):
                j -= 2  # "who in 2010 said", "Trump on Monday said"
            else:
                break
        np = _np_back(st, j, lo)
        frame_first = None
        if np is None and j >= lo and kind[j] == _P and st.low[j] == ",":
            # parenthetical or apposition: "Trump, in separate statements, told"
            k = j - 1
            while k >= lo and j - k < 14 and kind[k] == _W:
                k -= 1
            if k >= lo and kind[k] == _P and low[k] == "," and k - 1 >= lo:
                cand = _np_back(st, k - 1, lo)
                if cand and cand[0] == cand[1] and _PARTY.match(low[cand[0]]) and cand[0] - 2 >= lo:
                    if low[cand[0] - 1] == ",":  # "Sen. Marco Rubio, R-Fla., appearing on Fox News, said"
                        k = cand[0] - 1
                        cand = _np_back(st, k - 1, lo)
                if cand and (cand[0] == lo or kind[cand[0] - 1] in (_P, _Q, _E, _B)):
                    np = cand
                    name = _apposition(st, k)
                    if name is not None and name[1] == j - 1 and not st.text[st.start[cand[1]]].isupper():
                        np = name  # "the audit's author, Priya Natarajan, said": the name
                        frame_first = cand[0]
        inv = None
        if np is None and w in _INVERTIBLE and (
            j < lo or kind[j] == _Q or (kind[j] == _P and low[j] == "," and j > lo and kind[j - 1] == _Q)
        ):
            inv = _np_forward(st, i + 1)
        if np is None and inv is None and w in _INVERTIBLE and j >= lo and low[j] == ",":
            cand = _np_forward(st, i + 1)
            if cand is not None and (st.text[st.start[cand[0]]].isupper() or low[cand[0]] in _DETS):
                after = cand[1] + 1
                if after >= len(kind) or kind[after] in (_E, _B) or low[after] == ",":
                    inv = cand
        if np is None and inv is None and j >= lo and low[j] in _SUBJ_LINK:
            # "Wilcox, whose ... program, said" / "Graham called ... and said": the sentence's subject
            np = _subject(st, lo, i)
        if np is not None:
            f = _Frame(i, cue, lemma, np[0] if frame_first is None else frame_first, i, np)
        elif inv is not None:
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
    frame_at_cue: dict[int, _Frame] = {}
    frames_by_sent: dict[int, list[_Frame]] = {}
    for f in frames:
        frame_at_first.setdefault(f.first, f)
        frame_at_cue.setdefault(f.cue_i, f)
        frames_by_sent.setdefault(sent[f.cue_i], []).append(f)
    reach = max((f.last - f.cue_i for f in frames), default=0)  # how far after its cue a frame ends

    qtok = list(st.qi)  # the quote tokens, in order (added in token order)
    # the paragraph of each token: the paragraph breaks before it
    para_of = [0]
    para_of.extend(accumulate(map(_IS_BREAK.get, kind[:-1], repeat(0))))
    del para_of[n:]
    out: list[Quote] = []
    direct_frame: dict[int, _Frame | None] = {}
    qkind: dict[int, str] = {}

    last_post: tuple[int, _Frame] | None = None
    for t in qtok:
        _, o, c, _ = marks[st.qi[t]]
        cs, ce = _inner_span(text, o, c)
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
        if k is not None and k < n and kind[k] == _P and low[k] in ("―", "—", "–") and k + 1 < n:
            np = _np_forward(st, k + 1)
            if np is not None and st.text[st.start[np[0]]].isupper() and (
                np[1] + 1 >= n or kind[np[1] + 1] in (_E, _B) or low[np[1] + 1] == ","
            ):
                post = _Frame(k, low[k], "dash", k, np[1], np)  # an epigraph: “...” ― Jane Doe
        elif k is not None and k < n:
            post = frame_at_first.get(k)
            if post is None and kind[k] == _W and st.text[st.start[k]].isupper():
                # "“...,” Scott Pruitt, the attorney general of Oklahoma, said": the name before
                name = _np_forward(st, k)
                if name is not None and name[1] + 2 < n and low[name[1] + 1] == ",":
                    g = frame_at_first.get(name[1] + 2)
                    if g is not None and g.first < g.cue_i:
                        post = _Frame(g.cue_i, g.cue, g.lemma, k, g.last, name)
            if post is not None:
                after = max(post.cue_i, post.last) + 1
                if after < n and low[after] == "that":
                    post = None  # "“...” Lee said that taxes will fall": a new statement
                elif (
                    after < n
                    and kind[after] == _W
                    and low[after] in _CLAUSE_START
                    and post.first < post.cue_i
                    and content.rstrip("”’\"' )")[-1:] in _END_PUNCT
                    and last_post is not None
                    and para_of[last_post[0]] == para_of[t]
                ):
                    # "“...,” Cruz told reporters. “... campaign.” Ohio Gov. John Kasich said he would ...":
                    # the quote goes on with Cruz; Kasich's cue opens a new statement
                    post = None
        # frame right before: "Trump said: “...” / Trump told reporters, “...”"
        pre = None
        left_open = prev is None or kind[prev] in (_E, _B, _Q)
        if prev is not None and kind[prev] == _P and low[prev] in (",", ":", "—", "–"):
            j = prev - 1
            fs = frames_by_sent.get(sent[prev], ())
            # the latest frame before the quote that ends at most 6 tokens before the mark; frames are in
            # cue order and end at most ``reach`` tokens after their cue, so earlier ones cannot qualify
            for k in range(_bisect_frames(fs, t) - 1, -1, -1):
                f = fs[k]
                if f.cue_i + reach < j - 6:
                    break
                if f.last <= j and j - f.last <= 6:
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
            pre = frame_at_cue.get(prev)  # the first frame of that cue (a scan of the sentence was quadratic)
            left_open = pre is not None
        if not left_open and post is not None and content[:1].isupper() and prev is not None:
            # "Then “No,” Lee said." / "But, “We won,” she said.": only a sentence adverb or conjunction
            # before the quote, which the attribution after it makes a whole statement
            ss = _sentence_start(st, t)
            lead = [low[x] for x in range(ss, t) if low[x] != ","]
            left_open = 0 < len(lead) <= 2 and t - ss <= 3 and all(w in _LEAD_WORDS for w in lead)
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
            last_post = (t, post) if post is not None else last_post
            continue
        if (
            last_post is not None
            and prev is not None
            and low[prev] == ","
            and 0 < t - last_post[1].last <= 16
            and all(kind[x] in (_W, _P) for x in range(last_post[1].last + 1, t))
        ):
            # the second half of a quote split around its attribution:
            # "“The risk,” said Leamer, an economist at UCLA, “is that ...”"
            qkind[t] = "direct"
            direct_frame[t] = last_post[1]
            continue
        # a fragment: the nearest cue of its sentence
        fs = frames_by_sent.get(sent[t], ())
        k = _bisect_frames(fs, t)
        f = fs[k - 1] if k > 0 else (fs[k] if k < len(fs) else None)
        if (
            k == 0
            and f is not None
            and nxt is not None
            and kind[nxt] == _W
            and text[st.start[nxt]].isupper()
            and content.rstrip("”’\"' )")[-1:] in _END_PUNCT
        ):
            f = None  # '... “to cover gender identity.” Cruz says he ...': the cue is of the next sentence
        if f is None and left_open and last_post is not None and para_of[last_post[0]] == para_of[t]:
            f = last_post[1]  # a new sentence of the speaker quoted just before
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
    para_frames: dict[int, list[_Frame]] = {}
    for f in frames:
        last_speaker[para_of[f.cue_i]] = f
        para_frames.setdefault(para_of[f.cue_i], []).append(f)
    direct = [t for t in qtok if qkind.get(t) == "direct"]
    last_direct: dict[int, int] = {}  # paragraph -> its last direct quote so far
    for idx, t in enumerate(direct):
        f = direct_frame.get(t)
        if f is None and idx > 0 and para_of[direct[idx - 1]] == para_of[t]:
            f = direct_frame.get(direct[idx - 1])
        if f is None and idx + 1 < len(direct) and para_of[direct[idx + 1]] == para_of[t]:
            nt = direct[idx + 1]
            if all(kind[x] in (_Q, _E, _P) for x in range(t + 1, nt)):
                f = direct_frame.get(nt)
        if f is None and para_frames.get(para_of[t]):
            # the last attribution before it in its paragraph: "..., he added. “...”"
            pf = para_frames[para_of[t]]
            k = _bisect_frames(pf, t) - 1
            while k >= 0 and (pf[k].last >= t or pf[k].spk is None) and sent[t] - sent[pf[k].cue_i] <= 2:
                k -= 1
            if k >= 0 and pf[k].last < t and pf[k].spk is not None and sent[t] - sent[pf[k].cue_i] <= 2:
                f = pf[k]
        if f is None:
            # a colon-ended attribution before it in the paragraph, or the previous paragraph
            j = t - 1
            while j >= 0 and kind[j] in (_B, _E) and para_of[j] >= para_of[t] - 1:
                j -= 1
            if j >= 0 and kind[j] == _P and low[j] == ":" and para_of[j] >= para_of[t] - 1:
                cands = [g for g in frames_by_sent.get(sent[j], ()) if g.last < j]
                f = cands[-1] if cands else None
            elif (t == 0 or kind[t - 1] == _B) and para_of[t] - 1 in last_speaker:
                f = last_speaker[para_of[t] - 1]
                prev_q = last_direct.get(para_of[t] - 1)
                if prev_q is not None and direct_frame.get(prev_q) is not None:
                    f = direct_frame[prev_q]
        direct_frame[t] = f
        last_direct[para_of[t]] = t
        if f is not None:
            last_speaker[para_of[t]] = f
        _, o, c, _ = marks[st.qi[t]]
        cs, ce = _inner_span(text, o, c)
        q = Quote(cs, ce, "direct")
        if f is not None:
            q.cue = f.cue
            spk = _speaker(st, f)
            if spk:
                q.speaker_mention, q.speaker_start, q.speaker_end = spk
        out.append(q)

    out.extend(_indirect(st, frames, qkind, paras))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _indirect(
    st: _Stream, frames: list[_Frame], qkind: dict[int, str], paras: list[tuple[int, int]]
) -> list[Quote]:
    """Reported clauses of the cues: ``X said (that) ...``, ``..., X said``, ``according to X``."""
    kind, low, sent = st.kind, st.low, st.sent
    para_starts = [p[0] for p in paras]
    n = len(kind)
    cue_tokens = {f.cue_i for f in frames}
    out: list[Quote] = []
    taken: dict[int, list[tuple[int, int]]] = {}  # sentence -> spans emitted

    def quote_ends_sentence(k: int) -> bool:
        """Whether token ``k`` is a quote ending in end punctuation before a capitalised word."""
        return (
            kind[k] == _Q
            and k + 1 < n
            and kind[k + 1] == _W
            and st.text[st.start[k + 1]].isupper()
            and st.text[st.start[k] : st.end[k]].rstrip("”’\"' )")[-1:] in _END_PUNCT
        )

    def clause_end(i: int) -> int:
        """Last token of the clause starting at ``i`` (before the sentence end or a new cue)."""
        k = i
        limit = i + _MAX_CLAUSE
        while k + 1 < n and k < limit and kind[k + 1] not in (_E, _B) and sent[k + 1] == sent[i]:
            nx = low[k + 1]
            if nx in _CLAUSE_STOPS and k + 2 < n:
                if nx == ";":
                    break  # another clause, or another attribution: "...; 46 percent said ..."
                if nx == "," and (k + 2) in cue_tokens and low[k + 2].endswith("ing"):
                    break
                if k > i:
                    nn = low[k + 2]
                    if nx == "," and (nn == "compared" or (k + 2) in frame_first):
                        # "52 percent said Trump would be better, compared with ...",
                        # "..., Cruz explained, recalling ...": the report ends
                        break
                    if nx in _COORD and ((k + 2) in cue_tokens or nn in _SPEECH_FORMS):
                        break  # "... and urged that ...": a second attribution of the same source
                    if nn in _COORD and nx in (",", "—", "–") and new_clause(k + 2):
                        break  # "..., and he railed against ...": the reporter's clause, not the report
            elif nx == ";":
                break
            if kind[k] == _Q and quote_ends_sentence(k):
                break  # '... “was inappropriate.” He writes ...': the quote closed the sentence
            if k + 1 in cue_tokens and k + 1 > i and nx.endswith("ing"):
                break
            k += 1
        while k > i and kind[k] == _P:
            k -= 1
        return k

    first_of = {g.first for g in frames if g.lemma not in _BELIEF}
    frame_first = {g.first for g in frames}
    ends_sentence = [k for k in sorted(st.qi) if quote_ends_sentence(k)]  # quote tokens, in order

    def new_clause(j: int) -> bool:
        """Whether a conjunction at ``j`` opens a clause of its own (a subject after it)."""
        if j + 1 >= n:
            return False
        w = _APOS.split(low[j + 1])[0]
        return kind[j + 1] == _W and (
            w in _CLAUSE_START
            or w in _PRONOUNS
            or st.text[st.start[j + 1]].isupper()
            or w[:1].isdigit()
        )

    def is_time(k: int) -> bool:
        """Whether token ``k`` is a time word ("Monday", "this week"; not "this" opening a clause)."""
        w = low[k]
        if w in _TIME_LEAD:
            return k + 1 < n and low[k + 1] in _TIME and low[k + 1] not in _TIME_LEAD
        return w in _TIME

    def emit(a: int, b: int, f: _Frame, inner: bool = False) -> None:
        if b < a or b - a > _MAX_CLAUSE:
            return  # no clause; or a run-on "sentence" no reader would take as one report
        quoted = [x for x in range(a, b + 1) if kind[x] == _Q]
        direct = [x for x in quoted if qkind.get(x) == "direct"]
        if direct and not inner:
            # a direct quote inside the clause ends it: "said it was too early but added, “...”"
            b = direct[0] - 1
            while b >= a and (kind[b] == _P or low[b] in _COORD or low[b] in _SPEECH_FORMS):
                b -= 1
            direct = []
        if direct or sum(1 for x in range(a, b + 1) if kind[x] == _W) < 2:
            return
        if inner and (a in first_of or a + 1 in first_of):
            return  # the clause is itself an attribution ("According to X, Y said ...")
        while a < b and kind[a] == _P:
            a += 1
        s, e = st.start[a], st.end[b]
        if kind[b] == _Q:
            e = st.end[b]
        pi = bisect_right(para_starts, s) - 1
        if pi >= 0 and e > paras[pi][1]:
            return  # a quote of several paragraphs inside: a report never crosses a paragraph
        spans = taken.setdefault(sent[a], [])  # disjoint, sorted: only neighbours can overlap
        k = bisect_left(spans, (s, e))
        if (k > 0 and spans[k - 1][1] > s) or (k < len(spans) and spans[k][0] < e):
            return
        spk = _speaker(st, f)
        if spk is None:
            return
        spans.insert(k, (s, e))
        out.append(Quote(s, e, "indirect", f.cue, spk[0], spk[1], spk[2]))

    for f in frames:
        i = f.cue_i
        if f.lemma in _DEMAND and f.last == i:
            # "urged conservatives to obey", "called for Trump to drop out": what is demanded
            k = i + 2 if f.lemma.startswith("call ") else i + 1
            if k < n and kind[k] == _W and low[k] not in _BREAK | {"that"} and sent[k] == sent[i]:
                emit(k, clause_end(k), f)
            if f.lemma != "urge" or k >= n or low[k] != "that":
                continue
        if f.lemma in _NAMING and f.first > 0 and low[f.first - 1] == "what" and f.last == i:
            # "what he calls the “Washington cartel”", "what Zimmerman described as a “piece of history”"
            k = i + 1
            while k < n and k - i <= 4 and kind[k] == _W:
                k += 1
            if k < n and kind[k] == _Q and qkind.get(k) == "partial":
                emit(f.first - 1, k, f)
            continue
        if f.lemma in _NAMING and f.last == i and i + 1 < n and kind[i + 1] == _W:
            w1 = low[i + 1]
            if w1 in _BREAK and w1 != "it":
                continue
            # "called the front-runner “ISIS' best recruiter”", "described the plan as a gift"
            k = i + 1
            while k < n and k - i <= 8 and kind[k] == _W and low[k] != "as":
                k += 1
            if k < n and (
                (kind[k] == _Q and qkind.get(k) == "partial") or (low[k] == "as" and k + 1 < n and kind[k + 1] != _E)
            ):
                emit(i + 1, k if kind[k] == _Q else clause_end(k), f)
            elif f.lemma == "describe" and (
                w1 in _DETS or w1 in _OBJECT or w1 == "it" or st.text[st.start[i + 1]].isupper()
            ):
                emit(i + 1, clause_end(i + 1), f)  # "described a set of email practices that ..."
            elif f.lemma == "call" and w1 in ("him", "her", "them", "it") and i + 2 < n and low[i + 2] in (
                "a", "an", "the"
            ):
                emit(i + 1, clause_end(i + 1), f)  # "called him a political opportunist"
            continue
        if f.lemma not in _CLAUSE and f.lemma != "according" and f.lemma != "urge":
            continue
        if f.lemma == "according":
            ss = _sentence_start(st, i)
            lead = ss
            while lead < i and low[lead] in ("but", "and", "so", "yet", ",", "still", "however"):
                lead += 1
            if i == lead or low[i - 1] in (":", ";"):  # "According to X, ...", "But, according to X, ..."
                k = f.last + 1
                while k < n and k - f.last < 16 and kind[k] == _W:
                    k += 1
                if k < n and low[k] == ",":
                    emit(k + 1, clause_end(k + 1), f, inner=True)
            elif i > ss:
                k = f.last + 1
                if low[i - 1] == "," and k + 1 < n and low[k] == "," and kind[k + 1] == _W and sent[k] == sent[i]:
                    emit(ss, clause_end(k + 1), f, inner=True)  # "About 10 p.m., according to X, the ..."
                else:
                    emit(ss, i - 2 if low[i - 1] == "," else i - 1, f, inner=True)
            continue
        if (
            f.first > 0
            and low[f.first - 1] in _RELATIVE
            and f.lemma in _RELATIVE_CUES
            and f.last == i
            and i + 1 < n
            and kind[i + 1] == _W
            and low[i + 1] != "that"
            and _APOS.split(low[i + 1])[0] not in _CLAUSE_START
        ):
            # "... independents, which Democrats say could be aiding Sanders": the relative clause
            emit(f.first - 1, clause_end(i + 1), f)
            continue
        # after the cue: "X said (that) ..."
        k = max(i, f.last) + 1
        hops = 0
        start = None
        while k < n and hops < 8 and kind[k] in (_W, _Q) and sent[k] == sent[i]:
            if low[k] == "that":
                start = k + 1
                break
            if low[k] in _COORD or (k in cue_tokens and k > i):
                break  # "said taxes will fall but added that ...": the "that" of another cue
            k += 1
            hops += 1
        if start is None and i + 1 < n and low[i + 1] in _WH and f.lemma in _ASK:
            start = i + 1  # "asked whether ...", "questioned what ..."
        if start is None and f.lemma in _COMMIT and f.last == i and i + 2 < n and low[i + 1] == "to":
            if kind[i + 2] == _W and low[i + 2] not in _DETS:
                start = i + 1  # "promised to release a report", "vowed to fight"
        if start is None and f.lemma in _ADDRESSED and f.last == i and i + 1 < n and kind[i + 1] == _W:
            # the one addressed, then an infinitive or a question: "told Jeb Bush to quiet down",
            # "asked workers if they planned to attend"
            k = i + 1
            if low[k] in _OBJECT or st.text[st.start[k]].isupper():
                while k + 1 < n and kind[k + 1] == _W and st.text[st.start[k + 1]].isupper():
                    k += 1
                k += 1
                if low[i + 1] == "her" and k < n and low[k] != "to" and kind[k] == _W and low[k] not in _BREAK:
                    obj = _np_forward(st, k)  # "told her aides to leave": "her" is a determiner
                    k = obj[1] + 1 if obj is not None else k
            elif low[k] in _DETS or low[k] not in _BREAK | _NOUN_BEFORE | {"with", "about"}:
                obj = _np_forward(st, k)
                k = obj[1] + 1 if obj is not None else n
            if k < n and low[k] == "to" and k + 1 < n and kind[k + 1] == _W and k - i <= 8:
                start = i + 1
            elif k < n and low[k] in _WH and f.lemma in _ASK and k - i <= 8:
                start = k
        if start is None and f.lemma in _ANNOUNCE and f.last == i and i + 1 < n and kind[i + 1] == _W:
            w1 = low[i + 1]
            if w1 in _DETS and w1 not in ("that", "this", "these", "those"):
                start = i + 1  # "announced a new tariff on Chinese steel", "confirmed his resignation"
        if start is None and f.lemma in _BARE_BELIEF and f.last == i and i + 1 < n and kind[i + 1] == _W:
            base = _APOS.split(low[i + 1])[0]
            if base in _PRONOUNS or base in _CLAUSE_START or st.text[st.start[i + 1]].isupper():
                start = i + 1  # "polls show Clinton leads", "I think we will win"
        if start is None and f.lemma not in _NEEDS_THAT and f.last == i:
            k = i + 1
            if f.lemma == "tell" and k < n and kind[k] == _W and (
                low[k] in ("reporters", "him", "her", "them", "me", "us", "journalists")
                or st.text[st.start[k]].isupper()
            ):
                while k + 1 < n and kind[k + 1] == _W and st.text[st.start[k + 1]].isupper():
                    k += 1
                k += 1
            elif f.lemma == "tell" and k < n and low[k] in _DETS:
                # "told the court (in his filing)": the one told, then a clause with a subject or none
                obj = _np_forward(st, k)
                if obj is not None:
                    k = obj[1] + 1
                    if k < n and kind[k] == _W and _APOS.split(low[k])[0] not in _CLAUSE_START | _PRONOUNS:
                        k = n  # no reported clause after the object
            while k < n and kind[k] == _W and is_time(k):
                k += 1
            base = _APOS.split(low[k])[0] if k < n else ""
            if k < n and kind[k] == _W and (
                base in _CLAUSE_START
                or st.text[st.start[k]].isupper()
                or low[k][:1].isdigit()
                or (
                    f.lemma in _SAY
                    and base not in _BREAK
                    and base not in _PREP
                    and not (f.lemma == "tell" and base in _PLACE_PREP)
                )
            ) or (k < n and kind[k] == _Q and f.lemma in _SAY):
                start = k
        if start is None and f.last == i and (f.lemma not in _BELIEF or f.lemma in _BARE_BELIEF):
            # a subject pronoun opens a clause after any cue, past time words or a place phrase:
            # "announced Sunday she will resign", "said in a statement Thursday they pulled it"
            k = i + 1
            while k < n and kind[k] == _W and is_time(k):
                k += 1
            if k < n and low[k] in _PP_OPEN:
                j = k + 1
                while j < n and j - k <= 8 and kind[j] == _W and low[j] not in _SUBJECT and (
                    low[j] not in _BREAK or low[j] in _PP_OPEN
                ):
                    j += 1
                k = j
            if k < n and low[k] in _SUBJECT:
                start = k
        if start is not None and start < n and sent[start] == sent[i]:
            emit(start, clause_end(start), f)
            continue
        # "As X said, ...": the clause after the comma
        first = f.first
        ss = _sentence_start(st, first)
        if first == ss + 1 and low[ss] == "as":
            k = max(f.cue_i, f.last) + 1
            while k < n and kind[k] == _W and k - f.cue_i <= 3:
                k += 1
            if k < n and low[k] == ",":
                emit(k + 1, clause_end(k + 1), f)
            continue
        # before the cue: "..., a source said."
        q_comma = (
            first > 0
            and kind[first - 1] == _Q
            and qkind.get(first - 1) == "partial"
            and st.text[st.start[first - 1] : st.end[first - 1]].rstrip("”’\"' ")[-1:] == ","
        )  # "The new plan is a “welcome tack,” the senator said."
        if first > 0 and (kind[first - 1] == _P and low[first - 1] == "," or q_comma):
            ss = _sentence_start(st, first)
            a = ss
            # after the last quote before the comma that ends a sentence of its own:
            # '“... inappropriate.” Taxes will fall, a source said.' (a bisect: a scan was quadratic)
            x = bisect_right(ends_sentence, first - 2) - 1
            if x >= 0 and ends_sentence[x] >= ss:
                a = ends_sentence[x] + 1
            if kind[a] == _W and low[a] == "according":
                continue
            k = max(f.cue_i, f.last) + 1
            while k < n and kind[k] == _W and k - f.cue_i <= 3 and (low[k] in _AUX or is_time(k)):
                k += 1
            if (
                k + 1 < n
                and low[k] == ","
                and (kind[k + 1] == _W or qkind.get(k + 1) == "partial")
                and sent[k + 1] == sent[first]
            ):
                # "The truth, the senator said then, was that ...": the whole sentence
                emit(a, clause_end(k + 1), f, inner=True)
                continue
            # the attribution must close its sentence: "..., a source said (in a statement)."
            if (
                k < n
                and kind[k] == _W
                and f.lemma != "tell"
                and f.last == f.cue_i
                and low[k] not in _BREAK
                and low[k] not in _PREP
            ):
                continue  # the cue takes an object: "In the race, Sanders maintained his lead."
            while k < n and kind[k] in (_W, _P) and low[k] not in ("that", ":") and k - f.cue_i < 12:
                k += 1
            if k >= n or kind[k] in (_E, _B):
                emit(a, first - 1 if q_comma else first - 2, f, inner=True)
    return out
