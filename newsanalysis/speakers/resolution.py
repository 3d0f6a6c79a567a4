"""Within-article resolution: :class:`_Resolution` walks the mentions and quotes of one article in
text order and resolves each quote's source to a person (:func:`_resolve`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .. import organisations as _orgs
from ..attribution import Quote
from ..attribution.frames import _SUBORDINATORS
from ..attribution.rules import rule
from ..attribution.words import APOS
from ..speech import MARKED_KINDS
from .mentions import _NAME_RUN, _Event, _headline_names, _Runs
from .names import _is_place, _looks_personal, _person_noun, _split_run
from .people import Person, _People
from .phrase import SourcePhrase, _name_in_phrase, _principal, read_source
from .words import (
    _AGENT_HEADS,
    _DESCRIPTION,
    _OFFICE,
    _OFFICE_HEADS,
    _PERSON_NOUNS,
    _ROLE_HEADS,
    _ROLE_SYNONYMS,
    _SPOKES,
    _TITLE_WORDS,
    _beside_quals,
    _given_names,
    _Needs,
    _norm,
    source_kind,
)

#: A description in apposition before a name: "the audit's author, " (before "Priya Natarajan").
_APPOSITIVE = re.compile(r"(?:^|\W)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+((?:[\w’'\-]+\s+){0,3}[a-z][\w\-]*)),\s+$")


def _gap(place_lead: str, tail: str = "") -> re.Pattern:
    """What may stand between a name and a word in apposition to it (see the two patterns below).

    A comma or bracket, then any of an age, a party and state ("R-S.C."), a home town led by ``place_lead``
    ("of Ashton, Md."), an abbreviation ("Md."); then up to four role or time words ("president and", "later").
    """
    return re.compile(
        r"[\s,(]*(?:(?:\d{1,3}|[RDI]-[\w.\-]*|" + place_lead + r"\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*"
        r"|[A-Z][a-z]{0,3}\.)[\s,()]*)*"
        r"(?:(?:president|chairman|chairwoman|chief|executive|senior|vice|former|founder|director|the|a|an"
        r"|later|earlier|last|this|on)\s+(?:and\s+)?){0,4}" + tail
    )


#: Between a name and a source read in apposition to it ("Michael Mulgrew, president of ...").
_APPOSITION_GAP = _gap("of")
#: A source, then a speech verb, closing the words before a colon: "a friend commented:".
_SOURCE_BEFORE_COLON = re.compile(
    r"(?:^|,\s+|\band\s+)((?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)\s+"
    r"(?:said|says|commented|added|wrote|writes|explained|noted|tweeted|declared|replied|responded|asked|"
    r"stated|remarked|told\s+\w+)\s*:$"
)
#: Between a name and the "who" of a description in apposition to it: ", a graduate of Harvard Law School ".
_APPOSITION_BEFORE_WHO = re.compile(
    r",\s+(?:(?:now|then|also|currently|once|still)\s+)?(?:a|an|the|one|another|his|her)\s[^.;:“”\"]*?\s"
)
#: Before a word the quote stage took for the source, after a name: ", 22, who " (of "Arianna Gil, 22, who
#: helped"), ", a Hollywood, " (of "Jeffrey Salkin, a Hollywood, Fla., rabbi").
_JUNK_GAP = _gap("(?:of|a|an)", r"(?:who\s+)?")
#: Initials that open a name: "J.M. Berger", "I. Charles McCullough III".
_INITIALS_NAME = re.compile(r"((?:[A-Z]\.){1,3}\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)")
#: A name in apposition after a source: ", Justin Bamberg," (before "said").
_NAME_AFTER = re.compile(r",\s+((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]*),")
#: A sentence that opens with a description in apposition before a name: "His chief of staff, ".
_OPENING_APPOSITION = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ii]ts)\s[^,.;:“”\"]{1,60},\s+")
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
#: The first half of two descriptions joined by "and", before the second: "the former first lady and ".
_CONJOINED = re.compile(r"(?:^|(?<=[\s,;(]))((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:(?:[a-z][\w\-]*|[A-Z][\w.\-]*)\s+){0,5}and\s+)")
#: People who speak for someone, before the pronoun the quote stage took for the source: "Those close to ".
_CLOSE_TO = re.compile(
    r"(?:^|(?<=[\s,;(]))((?:[Tt]hose|[Pp]eople|[Ss]ources|[Aa]ides|[Ff]riends|[Aa]llies|[Ss]omeone|[Oo]thers)"
    r"\s+(?:close|closest|loyal|familiar|near)\s+(?:to|with)\s+)"
)
#: Between two names of a list: a party and state, then a comma or "and" ("Sherrod Brown (D-Ohio) and ").
_LIST_SEP = re.compile(r"(?:\s*\([^()]{1,25}\))?(\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)")
#: After a title alone, a second title and the name: " and Democratic National Committee Chairman Ed Rendell".
_TITLE_AND = re.compile(r"\s+and\s+(?:[a-z][\w\-]*\s+){0,2}((?:[A-Z][\w’'\-]*\.?\s+){1,6}[A-Z][\w’'\-]*)")
#: A run that ends with an initial or an abbreviation, whose period is its own ("John F.", "Jr.").
_INITIAL_END = re.compile(r"(?:\b[A-Z]|Jr|Sr|St)\.$")
#: The same, closing the words before a name.
_LIST_SEP_BEFORE = re.compile(_LIST_SEP.pattern + r"$")
#: Words that stand for the list of people before them: "... and Robert Menendez all signed".
_QUANTIFIERS = frozenset("all both each together".split())
#: A phrase that opens a sentence before its subject: "In response to international pressure, ".
_LEAD_PHRASE = re.compile(
    r"(?:In|On|At|After|Before|For|During|With|Despite|Since|Under|Like|Unlike|Asked|Speaking|Earlier|Later"
    r"|Last|This|Meanwhile|Still|Yet|But|And|Now|Then|Instead|Separately|Afterward|Afterwards)\b[^,.;:“”\"]{0,80},\s+"
)


#: A transcript's speaker label opening a paragraph: "FALLIN: ", "JAKE TAPPER: " (capitals only).
_SPEAKER_LABEL = re.compile(r"[ \t]*([A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'.\-]+){0,2})[ \t]*:[ \t]")
#: A paragraph that is only a name, signing the one before (letters, comments): "Chris Smith.", "— Ann Lee".
_SIGNATURE = re.compile(r"(?:[—–-]\s*)?([A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'\-]+)){1,3})\.?")
#: Labels of a transcript that name no one.
_NOT_A_LABEL = frozenset("q a question answer moderator announcer unidentified male female crowd audience voice "
                         "narrator reporter reporters panel caller".split())



def _no_possessive(mention: str) -> str:
    """A mention without its possessive ending: "Trump’s" -> "Trump"."""
    return mention[:-2] if mention.endswith(("’s", "'s")) else mention


@dataclass
class _Mention:
    """A quote's source as :meth:`_Resolution.on_source` reads it; the steps may widen or trim it.

    ``s``, ``e``: where it is; ``mention``: its text; ``quotes``: the quotes resting on it; ``form``:
    its form (:func:`read_source`); ``subject``, ``near``: the people a pronoun may stand for;
    ``voice``: who speaks its paragraph, where the text says.
    """

    s: int
    e: int
    mention: str
    quotes: list[Quote]
    form: str = ""
    subject: Person | None = None
    near: list[Person] = field(default_factory=list)
    voice: Person | None = None


#: A word of the text with its apostrophes and hyphens ("video’s", "pro-video").
_TEXT_WORD = re.compile(r"[\w’'\-]+")
#: A conjunction opening a subordinate clause, right before its subject pronoun ("... after she attacked").
_SUBORDINATE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_SUBORDINATORS)) + r")\s+$", re.IGNORECASE)


class _Resolution:
    """Resolves collected mentions to people, in text order (see the module docstring)."""

    def __init__(self, text: str, sentences: list[tuple[int, int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.sent_starts = [s for s, _, _ in sentences]
        self.sent_paras = [p for _, _, p in sentences]
        # the first non-space offset of each sentence -> its index
        self.openers = {
            a + len(text[a:b]) - len(text[a:b].lstrip()) if text[a : a + 1].isspace() else a: k
            for k, (a, b, _) in enumerate(sentences)
        }
        self.book = _People()
        #: sentence -> (person, start, end, mention) of the person who opens it ("Mayor Elena Ruiz welcomed ...")
        self.subjects: dict[int, tuple[Person, int, int, str]] = {}
        #: sentence -> the person whose possessive opens it ("The president's roots came into play.")
        self.poss_subjects: dict[int, Person] = {}
        #: sentence -> (person, start, end, mention) of the last quote source resolved in it
        self.sources: dict[int, tuple[Person, int, int, str]] = {}
        #: (person, start, end) of every name read, in text order
        self.person_runs: list[tuple[Person, int, int]] = []
        #: the capitalised runs of the text, and the surnames of its full names (set by ``attribute``)
        self.runs: _Runs = _Runs([])
        self.surnames: frozenset[str] = frozenset()
        self.head_end = 0  # the end of a title-case headline
        #: paragraph -> who speaks it, where a transcript's label or a round-up's signature says (see ``voice``)
        self.voices: dict[int, Person | None] = {}
        self.voice_steps: dict[int, str] = {}  # paragraph -> how voice() read its speaker (label or signature)
        self.open_sources = True  # the rule ``open_source`` is on
        self._label_turns: dict[str, int] = {}  # transcript label -> the paragraphs it opens

    def sentence_of(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def note_subject(self, p: Person | None, s: int, e: int) -> None:
        """Remember ``p`` as the subject of its sentence when the mention opens it.

        A possessive that opens a sentence (``The president's roots ...``) is
        kept apart, for pronouns only; a name after an opening phrase (``In
        response to the pressure, Suu Kyi presided ...``) opens it too.
        """
        text = self.text
        if p is None:
            return
        k = self.openers.get(s)
        if k is None and text[s - 2 : s] == ", " and self.sentences:
            j = self.sentence_of(s)
            a = self.sent_starts[j] if j >= 0 else 0
            a += len(text[a:s]) - len(text[a:s].lstrip())
            if j >= 0 and _LEAD_PHRASE.fullmatch(text, a, s):
                k = j
        if text[e : e + 2] in ("’s", "'s"):
            if k is not None and p.kind == "person" and k not in self.poss_subjects:
                self.poss_subjects[k] = p
            return
        if k is None and text[e : e + 1] == "," and self.sentences:
            # "His chief of staff, Maria Gomez, spoke next."
            k = self.sentence_of(s)
            a = self.sent_starts[k] if k >= 0 else 0
            a += len(text[a:s]) - len(text[a:s].lstrip())
            if k < 0 or not _OPENING_APPOSITION.fullmatch(text, a, s):
                return
        if k not in self.subjects or self.subjects[k][0] is not p:
            self.subjects[k] = (p, s, e, text[s:e])

    def first_named(self, k: int) -> tuple[Person, int, int, str] | None:
        """The first person named in sentence ``k``, wherever in it, with the mention."""
        a, b, _ = self.sentences[k]
        runs = self.person_runs
        i = bisect_right(runs, a, key=lambda r: r[1])
        for p, s, e in runs[i:]:
            if s >= b:
                break
            if p.kind == "person":
                return p, s, e, self.text[s:e]
        return None

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words of the text as written (case kept), each up to its first apostrophe: read once an article.

        ``video`` of "released video" and of "the video’s maker"; not of "pro-video" or "video-game".
        """
        return frozenset(APOS.split(tok, 1)[0] for tok in _TEXT_WORD.findall(self.text) if tok[:1] not in "’'")

    def common_word(self, s: int, mention: str) -> str | None:
        """What a one-word source is when it is no one's name (``unnamed``, ``organisation``), else None.

        A capitalised word that no full name of the text ends with and no person met bears: written in
        lower case elsewhere in the text (``Video shows ...`` beside ``released video``), or opening its
        sentence, a plural or a form in -ing and no given name (``Proponents``, ``Following``).
        """
        words = mention.split()
        if len(words) != 1:
            return None
        w = words[0].removesuffix("’s").removesuffix("'s")
        if not (len(w) > 2 and w[0].isupper() and w[1:].islower() and w.isalpha()):
            return None
        n = _norm(w)
        book = self.book
        if n in self.surnames or any(p.kind == "person" for p in book.by_last.get(n, ())) or n in book.by_first:
            return None
        if w.lower() in self.lower_words:
            return "unnamed"
        if s in self.openers and n not in _given_names() and (
            (n.endswith("s") and not n.endswith(("ss", "us", "is"))) or n.endswith("ing")
        ):
            after = re.match(r"[\s,]*([a-z]+)", self.text[s + len(mention) : s + len(mention) + 30])
            verb = after.group(1) if after else ""
            if verb in ("is", "was", "has") or (verb.endswith("s") and not verb.endswith("ss")):
                return None  # "Wines believes": one person, a surname
            return "unnamed"
        return None

    def known_surname(self, word: str) -> bool:
        """Whether ``word`` is a surname of the text's full names or of a person met."""
        w = _norm(word)
        return w in self.surnames or any(p.kind == "person" for p in self.book.by_last.get(w, ()))

    def personal(self, title, name) -> bool:
        """Whether a title and name name a person: a title of office, a surname of the text, or a given name first.

        ("Economic Cooperation" is none.)
        """
        if not name or _norm(name[-1]) in _TITLE_WORDS or (_is_place(name) and not _looks_personal(title, name)):
            return False
        return (
            any(_norm(w) in _OFFICE for w in title)
            or self.known_surname(name[-1])
            or (len(name) > 1 and _norm(name[0]) in _given_names())
        )

    def name_ending(self, j: int, ends: dict) -> int | None:
        """The start of a person's name that ends at ``j`` (``ends``: the runs by their end), or None."""
        text = self.text
        it = ends.get(j)
        if it is not None:
            _, _, title, name, the = it
            if (the and not title) or not self.personal(title, name):
                return None
            return text.find((title or name)[0], it[0], j)
        m = re.search(r"(?<![\w’'\-])[A-Z][\w’'\-]+$", text[max(0, j - 40) : j])
        return j - len(m.group()) if m is not None and self.known_surname(m.group()) else None

    def name_starting(self, i: int) -> int | None:
        """The end of a person's name that starts at ``i``, or None."""
        text = self.text
        m = _NAME_RUN.match(text, i)
        if m is not None:
            run = m.group().rstrip(".") if m.group().endswith(".") and not _INITIAL_END.search(m.group()) else m.group()
            title, name = _split_run(run)
            if self.personal(title, name):
                return i + len(run)
        m = re.match(r"[A-Z][\w’'\-]+", text[i : i + 40])
        return i + len(m.group()) if m is not None and self.known_surname(m.group()) else None

    def group_span(self, s: int, e: int, mention: str) -> list[tuple[int, int]] | None:
        """The spans of the names of a list of named people the source stands in, or None.

        ``Mr. Grassley and Mr. Leahy say`` (the quote stage kept ``Mr. Leahy``), ``Donald Trump and
        Hillary Clinton vied ...``, ``Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert
        Menendez (D-N.J.) all signed``: a group of named people, an unnamed source, not the one named.
        Every item is a person's name (a title, two words, or a surname of the text's full names or of a
        person met), and an ``and`` joins the last two.
        """
        text = self.text
        ends = {it[1]: it for it in self.runs.items}
        low = mention.lower()
        if low in _QUANTIFIERS:
            m = re.search(r"(?:\s*\([^()]{1,25}\))?,?\s+$", text[max(0, s - 30) : s])
            first_end = s - len(m.group()) if m is not None else None
            first = self.name_ending(first_end, ends) if first_end is not None else None
            last_end = s + len(mention)
        else:
            first, first_end = s, e
            src = read_source(mention)
            if src.form != "name" or not self.personal(src.title, src.words):
                return None
            last_end = e
        if first is None:
            return None
        spans = [(first, first_end)]
        seps: list[str] = []
        if low not in _QUANTIFIERS:
            while True:  # forward: "Donald Trump and Hillary Clinton"
                m = _LIST_SEP.match(text, last_end)
                nxt = self.name_starting(m.end()) if m is not None else None
                if nxt is None:
                    break
                seps.append(m.group(1))
                spans.append((m.end(), nxt))
                last_end = nxt
        while True:  # backward: "Mr. Grassley and Mr. Leahy", "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and"
            m = _LIST_SEP_BEFORE.search(text, max(0, first - 40), first)
            prev = self.name_ending(m.start(), ends) if m is not None else None
            if prev is None:
                break
            seps.insert(0, m.group(1))
            spans.insert(0, (prev, m.start()))
            first = prev
        has_and = [bool(re.search(r"\band\b|&", x)) for x in seps]
        if not seps or not has_and[-1] or any(has_and[:-1]):
            return None
        return spans + ([(s, s + len(mention))] if low in _QUANTIFIERS else [])

    def previous_ok(self, k: int) -> bool:
        """Whether sentence ``k - 1`` is in the same paragraph as ``k`` or the one before."""
        return k >= 1 and self.sent_paras[k - 1] >= self.sent_paras[k] - 1

    def run(self, events: list[_Event], quotes: list[Quote]) -> list[Person]:
        """Resolve the ``events`` of one article in text order; return the people met, by first mention.

        Each event goes to the handler of its kind (:attr:`HANDLERS`: a name read, a quote with no
        source of its own, a description, a quote's source). After the walk, unnamed sources named in
        the next sentence take that name (:meth:`name_pending`), and each quote gets its speaker,
        person, kind and affiliation (:meth:`settle`), since a name may grow later in the text.
        """
        self.resolved: list[tuple[Quote, Person | None]] = []
        self.covered_to = -1  # the end of the last mention read: a run inside a source is not read again
        self.last_run: tuple[Person, int, int] | None = None  # the last name read, and where
        self.contents: list[tuple[int, int, Person]] = []  # the content of each statement resolved, and whose
        self.affiliations: dict[int, Person | str] = {}  # id of a quote -> whom its source speaks for
        self.quote_spans = sorted((q.start, q.end) for q in quotes if q.kind in MARKED_KINDS)
        self.pending: list[tuple[int, int, Person, int, str]] = []  # unnamed sources that may be named next
        for ev in events:
            getattr(self, self.HANDLERS[ev.what])(ev)
        self.name_pending()
        self.settle()
        people = [p for p in self.book.people if p.mentions]
        people.sort(key=lambda p: p.first_mention)
        return people

    #: The handler of each kind of event (see :class:`_Event`), by ``what``.
    HANDLERS = {"run": "on_name", "open": "on_open", "desc": "on_description", "q": "on_source"}
    #: The steps that resolve a quote's source, in the order they are tried: the first that finds
    #: someone wins; each names itself in ``book.step`` (the quote's ``speaker_rule``).
    SOURCE_STEPS = ("title_and_title", "named_group", "common_word_source", "speaker_voice", "name_beside",
                    "transcript_speaker", "resolved_mention")

    def on_name(self, ev: _Event) -> None:
        """A name read in the text: the person it names, who may open the sentence's subject."""
        s, e, text = ev.start, ev.end, self.text
        if s < self.covered_to:
            return
        self.covered_to = max(self.covered_to, e)
        title, name = ev.payload
        p = self.book.named(name, title, None, s)
        if text[e : e + 1] in (" ", ",", "\t") and p.kind == "person":
            p._beside(_beside_quals(text, e))
        if s in self.openers or text[e : e + 1] == "," or text[s - 2 : s] == ", " or text[e : e + 1] in "’'":
            # (the only runs that can open a sentence's subject)
            self.note_subject(p, s, e)
        self.last_run = (p, s, e)
        self.person_runs.append(self.last_run)

    def on_open(self, ev: _Event) -> None:
        """A direct quote with no source of its own: the person who opens its sentence (rule ``open_source``)."""
        q = ev.payload[0]
        found = self.open_source(q) if self.open_sources else None
        if found is not None:
            p, ms, me, mention = found
            q.speaker_mention, q.speaker_start, q.speaker_end = mention, ms, me
            q.rule = q.speaker_rule = "open_source"
            self.resolved.append((q, p))
            self.sources[self.sentence_of(q.start)] = found

    def on_description(self, ev: _Event) -> None:
        """A description of someone ("the senator"): the person it fits, who may open the sentence's subject."""
        s, e = ev.start, ev.end
        if s < self.covered_to:
            return
        self.covered_to = max(self.covered_to, e)
        mention = _no_possessive(self.text[s:e])
        # "Carter said she had written to the minister": not Carter herself
        inside = {id(c[2]) for c in self.contents[-8:] if c[0] <= s < c[1]}
        p = self.book.describe(ev.payload, mention, s, exclude=inside)
        self.note_subject(p, s, e)

    def on_source(self, ev: _Event) -> None:
        """A quote's source: the mention, widened or trimmed where the quote stage cut it, then resolved.

        The steps of :attr:`SOURCE_STEPS` are tried in order; what they find is recorded for the quotes
        resting on the source (:meth:`record`).
        """
        self.covered_to = max(self.covered_to, ev.end)
        src = _Mention(ev.start, ev.end, _no_possessive(self.text[ev.start : ev.end]), ev.payload)
        self.antecedents(src)
        src.form = read_source(src.mention).form
        self.widen_conjoined(src)
        self.trim_headline(src)
        p = self.book.step = None
        for step in self.SOURCE_STEPS:
            p = getattr(self, step)(src)
            if p is not None:
                break
        self.record(src, p)

    def antecedents(self, src: _Mention) -> None:
        """For a pronoun source, the people it may stand for: ``src.near`` and ``src.subject``.

        ``near``: for he or she, the people named close before (:meth:`near_antecedents`). ``subject``:
        the person who opens the pronoun's own sentence before it ("Trump has blasted the system, which
        he said ..."), else the one who opens the sentence before the quote.
        """
        s, low = src.s, src.mention.lower()
        if low in ("he", "she") and self.sent_starts:
            src.near = self.near_antecedents(s, min(s, *(q.start for q in src.quotes)), self.quote_spans, src.quotes)
        if low in ("he", "she", "they") and self.sent_starts:
            own = self.subjects.get(self.sentence_of(s))
            if own is not None and own[2] <= s:
                src.subject = own[0]
                if low != "they" and own[0].likely_gender is None and _SUBORDINATE_BEFORE.search(self.text, max(0, s - 12), s):
                    # "Gov. Chris Christie described Hillary Clinton as ... after she attacked ...": in a
                    # subordinate clause, a subject of unknown gender gives way to one named after it who
                    # is known to agree
                    src.subject = self.agreeing_between(own[2], s, low, self.quote_spans) or src.subject
            else:
                k = self.sentence_of(min(s, *(q.start for q in src.quotes)))
                if self.previous_ok(k):
                    src.subject = (self.subjects.get(k - 1) or (None,))[0]

    def widen_conjoined(self, src: _Mention) -> None:
        """Widen a source the quote stage cut in two: "the former first lady and U.S. senator said".

        The first of two descriptions of one person joined by "and" belongs to the source; so do
        "Those close to" before "him" (the people who speak for him, not him).
        """
        text, s, mention = self.text, src.s, src.mention
        m = _CONJOINED.search(text, max(0, s - 80), s) if src.form in ("other", "description") else None
        if m is not None and (
            mention[:1] in "TtAaHh"
            or not _person_noun(mention.split()[-1])
            or not _person_noun(m.group(1).split()[-2])
        ):
            m = None  # a description of its own, or no description of a person ("... police shootings and protests")
        if m is None and mention.lower() in ("him", "her", "them"):
            m = _CLOSE_TO.search(text, max(0, s - 40), s)  # "Those close to him say": not him
        if m is not None and m.end() == s:
            src.s = m.start(1)
            src.mention = text[src.s : src.e]
            for q in src.quotes:
                q.speaker_mention, q.speaker_start = src.mention, src.s

    def trim_headline(self, src: _Mention) -> None:
        """Keep only the name at the end of a headline's source: "Offensive Things Donald Trump Said ..."."""
        if not (src.s < self.head_end and src.form == "name"):
            return
        text, s, e = self.text, src.s, src.e
        words = src.mention.split()
        a, b = _headline_names(tuple(words), self.surnames)[-1]
        if (a, b) != (0, len(words)) and not words[b - 1].endswith(("’s", "'s")):  # (not "Trump’s Son")
            s = text.find(words[a], s, e)
            e = text.find(words[b - 1], s, e) + len(words[b - 1])
            src.s, src.e, src.mention = s, e, text[s:e]
            for q in src.quotes:
                q.speaker_mention, q.speaker_start, q.speaker_end = src.mention, s, e

    def title_and_title(self, src: _Mention) -> Person | None:
        """Step ``title_and_title``: two titles of one person, named after the second.

        "former Ohio Gov. and party Chairman Tom Ruiz": the quote stage kept "former Ohio Gov."; the
        source grows to the name.
        """
        text, book = self.text, self.book
        if src.form != "name" or _norm(src.mention.split()[-1]) not in _TITLE_WORDS:
            return None
        m = _TITLE_AND.match(text, src.e)
        if m is None:
            return None
        title, name = _split_run(m.group(1))
        if len(name) <= 1 or _is_place(name):
            return None
        src.e = m.end(1)
        src.mention = text[src.s : src.e]
        for q in src.quotes:
            q.speaker_mention, q.speaker_end = src.mention, src.e
        p = book.named(list(name), list(title), src.mention, src.s)
        p._roles(src.mention.split())
        book.step = "title_and_title"
        return p

    def named_group(self, src: _Mention) -> Person | None:
        """Step ``group``: a list of named people ("Mr. Grassley and Mr. Leahy say"), an unnamed group.

        The source grows to the whole list (:meth:`group_span`); the name the quote stage kept is read
        as a name too.
        """
        if src.form not in ("name", "other"):
            return None
        grp = self.group_span(src.s, src.e, src.mention)
        if grp is None:
            return None
        book, s, e = self.book, src.s, src.e
        title, name = _split_run(src.mention)
        if (s, e) in grp and name:  # (the others are read as names before or after)
            self.person_runs.append((book.named(list(name), list(title), None, s), s, e))
        src.s, ge = grp[0][0], grp[-1][1]
        src.mention = self.text[src.s : ge]
        for q in src.quotes:
            q.speaker_mention, q.speaker_start, q.speaker_end = src.mention, src.s, ge
        p = book.other(src.mention, src.s, kind="unnamed", plural=True)
        book.groups.add(id(p))
        book.step = "group"
        return p

    def common_word_source(self, src: _Mention) -> Person | None:
        """Step ``common_word``: a capitalised word of the sentence, no name ("Video shows ...", "Proponents")."""
        if src.form != "name":
            return None
        kind = self.common_word(src.s, src.mention)
        if kind is None:
            return None
        plural = kind == "unnamed" and _norm(src.mention).endswith("s")
        p = self.book.other(src.mention, src.s, kind=kind, plural=plural)
        self.book.step = "common_word"
        return p

    def speaker_voice(self, src: _Mention) -> Person | None:
        """Steps ``transcript_label`` and ``signature``: "I" in a paragraph whose speaker the text names.

        "FALLIN: I think ...", "... I hope so.\\n\\nChris Smith." (see :meth:`voice`). For he or she,
        the paragraph's speaker is only kept, as someone the pronoun is not.
        """
        low = src.mention.lower()
        src.voice = self.voice(src.s) if low in ("i", "he", "she") and self.sentences else None
        if src.voice is None or low != "i":
            return None
        p = self.book._mention(src.voice, src.mention, src.s)
        self.book.step = self.voice_steps[self.sent_paras[self.sentence_of(src.s)]]
        return p

    def name_beside(self, src: _Mention) -> Person | None:
        """Steps ``apposition``, ``initials``, ``name_after``...: a name written beside the source (:meth:`named_beside`)."""
        return self.named_beside(src.s, src.e, src.mention, self.last_run)

    def transcript_speaker(self, src: _Mention) -> Person | None:
        """Step ``transcript_label``: a transcript's label in capitals that names no one met, a person all the same.

        ``WALLACE: Do you really see those two as equivalent?``: a label that opens two turns or more of the
        text, is no title, body or word of :data:`_NOT_A_LABEL` and no known organisation, is the surname (or
        the name) of the one who speaks, in the case news writes names (``Wallace``). A label of someone met
        (``PENCE`` after "Mike Pence") is left to the next step.
        """
        words = src.mention.split()
        if not words or not all(q.rule == "transcript_turn" for q in src.quotes):
            return None
        if not all(w.isupper() and w.replace("’", "").replace("'", "").replace("-", "").replace(".", "").isalpha()
                   for w in words):
            return None
        name = [w.capitalize() for w in words]
        if any(_norm(w) in _TITLE_WORDS or _norm(w) in _NOT_A_LABEL for w in name):
            return None
        known = self.book._find(name)
        if known is not None and known.kind == "person":
            return None
        if _orgs.organisation_kind(" ".join(name), acronyms=False) is not None or _orgs.gazetteer().get(src.mention.lower()):
            return None
        if self.label_turns(src.mention) < 2:
            return None
        p = self.book.named(name, [], src.mention, src.s)
        self.book.step = "transcript_label"
        return p

    def label_turns(self, label: str) -> int:
        """How many paragraphs of the text open with ``label`` and a colon (the turns of a transcript)."""
        if label not in self._label_turns:
            pattern = re.compile(r"(?m)^[ \t\"“]*" + re.escape(label) + r"[ \t]*:")
            self._label_turns[label] = len(pattern.findall(self.text))
        return self._label_turns[label]

    def resolved_mention(self, src: _Mention) -> Person | None:
        """The last step: the mention itself, a name, title and surname, pronoun or description (:func:`_resolve`).

        In a speaker's own paragraph (``src.voice``), he or she is someone else.
        """
        return _resolve(self.book, self.text, src.mention, src.s, src.subject, src.near, avoid=src.voice)

    def record(self, src: _Mention, p: Person | None) -> None:
        """Record ``p`` as the speaker of the quotes resting on ``src``, and what the text learns from it."""
        book, text, s, e, mention = self.book, self.text, src.s, src.e, src.mention
        if p is not None and p.kind != "person" and not p.plural:
            self.pending.append((len(self.resolved), len(src.quotes), p, s, mention))
        if p is not None and p.kind == "person" and mention[:1].isupper() and read_source(mention).form == "name":
            self.person_runs.append((p, s, e))  # a source that is a name is a name read, too
        principal = self.principal(mention) if p is None or p.kind != "person" else None
        if p is not None and mention[:1].isupper():
            self.note_subject(p, s, e)
            self.apposition_before(p, s)
        for q in src.quotes:
            self.resolved.append((q, p))
            q.speaker_rule = book.step if p is not None else None
            if principal is not None:
                self.affiliations[id(q)] = principal
            if p is not None:
                self.contents.append((q.start, q.end, p))
                if p.gender is None and p.kind == "person" and q.kind == "indirect":
                    # "Chief Davis said he welcomed it": the reported clause's he or she is the source
                    first = text[q.start : q.start + 4].lower()
                    if first.startswith(("he ", "she ")):
                        p.gender = "m" if first.startswith("he ") else "f"
        if p is not None:
            book.last_speaker = p
            if p.kind == "person":
                book.last_person = p
            self.sources[self.sentence_of(s)] = (p, s, e, mention)

    def name_pending(self) -> None:
        """Step ``named_next``: an unnamed source named in the next sentence takes that name.

        "..., the candidate's former doctor maintains. Dr. Connie Mariano, who ...".
        """
        book, resolved = self.book, self.resolved
        for i, n, p, s, mention in self.pending:
            cata = self.named_after(s, mention, p.kind == "unnamed")
            if cata is not None:
                p.mentions -= 1
                book._mention(cata, mention, s)
                resolved[i : i + n] = [(q, cata) for q, _ in resolved[i : i + n]]
                for q, _ in resolved[i : i + n]:
                    q.speaker_rule = "named_next"

    def settle(self) -> None:
        """Give each quote its speaker, person, source kind and affiliation, as the walk left them.

        After the walk, since a person's name may grow later ("Lee" ... "Ann Lee"), and an affiliation
        written before the article names its person ("Clinton's campaign said" ... Hillary Clinton) is
        that person, once named.
        """
        book = self.book
        for q, p in self.resolved:
            q.speaker = p.name if p is not None else None
            q.source_kind = p.kind if p is not None else None
            q.person = p.name if p is not None and p.kind == "person" else None
            aff = self.affiliations.get(id(q))
            if isinstance(aff, str):
                found = book._find(aff.split())
                aff = found if found is not None and found.kind == "person" and found.mentions else aff
            q.affiliation = aff.name if isinstance(aff, Person) else aff

    def voice(self, s: int) -> Person | None:
        """Who speaks the paragraph holding ``s``, where a transcript or a round-up says so, or None.

        A transcript's speaker label opens the paragraph (``FALLIN: I think ...``, ``JAKE TAPPER: ...``);
        a round-up of letters or comments signs it with a paragraph that is only a name (``... I hope
        so.`` then ``Chris Smith.``).
        """
        k = self.sentence_of(s)
        if k < 0:
            return None
        para = self.sent_paras[k]
        if para in self.voices:
            return self.voices[para]
        text, n = self.text, len(self.sentences)
        j = k
        while j > 0 and self.sent_paras[j - 1] == para:
            j -= 1
        a = self.sent_starts[j]
        name: list[str] | None = None
        m = _SPEAKER_LABEL.match(text, a)
        self.voice_steps[para] = "transcript_label" if m is not None else "signature"  # (``quotes.speaker_rule``)
        if m is not None:
            name = [w.capitalize() for w in m.group(1).split()]
        else:
            j = k
            while j < n and self.sent_paras[j] == para:
                j += 1
            if j < n and self.sent_paras[j] == para + 1 and (j + 1 == n or self.sent_paras[j + 1] != para + 1):
                b, e, _ = self.sentences[j]
                m = _SIGNATURE.fullmatch(text[b:e].strip())
                if m is not None and _norm(m.group(1).split()[0]) in _given_names():
                    name = m.group(1).split()  # (a given name first: "Getty Images" signs nothing)
        p = None
        if name:
            title, bare = _split_run(" ".join(name))
            if bare and not title and not (_is_place(bare) and not _looks_personal((), bare)) and not (
                len(bare) == 1 and (_norm(bare[0]) in _TITLE_WORDS or _norm(bare[0]) in _NOT_A_LABEL)
            ):
                p = self.book._find(list(bare))
                if p is None or p.kind != "person" or (len(bare) > 1 and _norm(p.name.split()[0]) != _norm(bare[0])):
                    # (a label names someone new only with a given name first: not "EDITOR'S NOTE:")
                    p = self.book.named(list(bare), [], None, a) if len(bare) > 1 and _norm(bare[0]) in _given_names() \
                        else None
        self.voices[para] = p
        return p

    def agreeing_between(self, a: int, s: int, pronoun: str, spans: list[tuple[int, int]]) -> Person | None:
        """The last person named from ``a`` to ``s``, outside quotes, known to be of the gender of ``pronoun``.

        With no comma between them and the pronoun (``Bush went after Trump ..., when he called``: not Trump).
        """
        gender = "m" if pronoun == "he" else "f"
        runs = self.person_runs
        i = bisect_right(runs, a - 1, key=lambda r: r[1])
        found = None
        for p, b, e in runs[i:]:
            if b >= s:
                break
            j = bisect_right(spans, b, key=lambda sp: sp[0]) - 1
            if j >= 0 and spans[j][0] <= b < spans[j][1]:
                continue  # a name inside a quote is no antecedent
            if p.kind == "person" and not p.plural and p.likely_gender == gender and "," not in self.text[e:s]:
                found = p
        return found

    def near_antecedents(
        self, s: int, first: int, spans: list[tuple[int, int]], own: list[Quote] = ()
    ) -> list[Person]:
        """People named, outside quotes, since the last statement and before a pronoun at ``s``, nearest first.

        Only when the sentence before the quote (or the pronoun's own, before it) holds no statement:
        ``“...,” Mr. Podesta said. But Mrs. Clinton will face the fire Mr. Obama has. He noted ...``: Mr. Obama.
        """
        k = self.sentence_of(first)
        if k < 1 or not self.previous_ok(k) or (k - 1) in self.sources or k in self.sources:
            return []
        lo = self.sent_starts[k - 1]
        j = bisect_right(spans, self.sent_starts[k], key=lambda sp: sp[0]) - 1
        if j >= 0 and spans[j][1] > lo:
            return []  # the sentence before is (or holds) a quote: its speaker is the one to follow
        out: list[Person] = []
        poss = self.poss_subjects.get(k - 1)
        runs = self.person_runs
        i = bisect_right(runs, lo, key=lambda r: r[1])
        found = []
        for p, a, _ in runs[i:]:
            if a >= s:
                break
            j = bisect_right(spans, a, key=lambda sp: sp[0]) - 1
            if (j >= 0 and spans[j][0] <= a < spans[j][1]) or any(q.start <= a < q.end for q in own):
                continue  # a name inside a quote (or inside the statement resolved) is no antecedent
            if p.kind == "person":
                found.append(p)
        for p in reversed(found):
            if p not in out:
                out.append(p)
        if poss is not None and poss not in out:
            out.insert(0, poss)
        return out

    def named_after(self, s: int, mention: str, individual: bool = False) -> Person | None:
        """The person named first in the next sentence when their title is the description's head.

        ``Secrecy is no stranger ..., the candidate's former doctor maintains. Dr. Connie Mariano, who ...``
        In a headline or the lede, an ``individual`` (an unnamed source of one person: ``Former DNC
        chairman``) is also the first person quoted by name in the three sentences after.
        """
        words = mention.split()
        if not words or not self.sentences:
            return None
        k = self.sentence_of(s)
        lead = k >= 0 and self.sent_paras[k] <= 1  # a headline or the lede: the name may come a little later
        if not lead and (len(words) < 2 or words[0].lower() not in ("the", "a", "an", "his", "her")):
            return None
        head = _norm(words[-1])
        if head in _SPOKES or not _person_noun(head):
            return None
        if k + 1 >= len(self.sentences) or not self.previous_ok(k + 1):
            return None
        heads = _ROLE_SYNONYMS.get(head, frozenset([head])) | _OFFICE_HEADS.get(head, frozenset())
        runs = self.person_runs
        if lead:
            # "Lawmaker urges retaliation on Russia. ... Rep. Adam Schiff said": the first holder of the title
            b = self.sentences[min(k + 3, len(self.sentences) - 1)][1]
            i = bisect_right(runs, self.sent_starts[k + 1] - 1, key=lambda r: r[1])
            for p, ps, _ in runs[i:]:
                if ps >= b:
                    break
                if p.kind == "person" and heads & p.roles:
                    return p
            # "Former DNC chairman calls for ... A former DNC chairman says ... “...,” said Don Fowler, who helmed
            # the DNC": else the first person quoted by name in the sentences after, if nothing known contradicts it
            if not individual or len(words) < 2 or head == "state" or _principal(words) is not None or not (
                head in _TITLE_WORDS or head in _ROLE_HEADS or head in _PERSON_NOUNS
            ) or any(w[:1].isupper() and _norm(w) not in _TITLE_WORDS for w in words[-1:]):
                return None  # (a body, a campaign, an office, a survey: not the person quoted next)
            need = _Needs.read(words if words[0].lower() in ("the", "a", "an", "his", "her") else ["a", *words])
            for j in range(k + 1, min(k + 4, len(self.sentences))):
                found = self.sources.get(j)
                if found is None or found[0].kind != "person":
                    continue
                q = found[0]
                if read_source(found[3]).form == "name" and need.fits(q.quals, q.roles, q.likely_gender):
                    return q
                break
            return None
        a = self.sent_starts[k + 1]
        a += len(self.text[a:]) - len(self.text[a:].lstrip())
        i = bisect_right(runs, a - 1, key=lambda r: r[1])
        for p, ps, _ in runs[i : i + 3]:
            if ps == a and p.kind == "person" and heads & p.roles:
                return p
        return None

    def principal(self, mention: str) -> Person | str | None:
        """Whom a source speaks for (``a spokeswoman for Clinton``): a person of the text, or the body as written."""
        words = mention.split()
        at = _principal(words)
        if at is None:
            return None
        name = [w.removesuffix("’s").removesuffix("'s").rstrip("’'") for w in words[at[0] : at[1]]]
        title, bare = _split_run(" ".join(name))
        if bare and not (_is_place(bare) and not _looks_personal(title, bare)):
            p = self.book._find(list(bare))
            if p is not None and p.kind == "person":
                return p
        return " ".join(name)

    def named_beside(self, s: int, e: int, mention: str, last_run) -> Person | None:
        """The person a source that is no name stands in apposition to, if any.

        ``Michael Mulgrew, president of the teachers' union, said``, ``Schiff,
        56, ... told``, ``Lindsey Graham, R-S.C., ... saying`` (the source read
        is the role, the age or the state) go to the name before; ``one of the
        family's attorneys, Justin Bamberg, said`` to the name after.
        """
        src = read_source(mention)
        text = self.text
        if src.form == "pronoun" and mention.lower() == "who" and last_run is not None:
            # "Cruz, a graduate of Harvard Law School who has argued ...": the name before the apposition
            if 0 <= s - last_run[2] <= 150 and _APPOSITION_BEFORE_WHO.fullmatch(text, last_run[2], s):
                if last_run[0].kind == "person":
                    self.book.step = "apposition_who"
                    return self.book._mention(last_run[0], mention, s)
            return None
        m = _INITIALS_NAME.match(text, s)
        if m is not None and m.end(1) >= e:
            # "J.M. Berger, a fellow ...": the quote stage stopped at the initials; the name goes on
            title, name = _split_run(m.group(1))
            if len(name) > 1 and not _is_place(name):
                self.book.step = "initials"
                return self.book.named(list(name), list(title), mention, s)
        if src.form == "name" or src.form == "pronoun":
            return None
        if (len(src.words) > 1 and source_kind(src.words)[0] == "organisation") or _principal(src.words) is not None:
            return None  # "After her meeting with Obama, the White House announced": a body, not Obama
        if last_run is not None and last_run[0].kind == "person" and 0 <= s - last_run[2] <= 60:
            gap = _APPOSITION_GAP if " " in mention.strip() else _JUNK_GAP  # one word: "22", "Fla", "helped"
            if gap.fullmatch(text, last_run[2], s) and (s - last_run[2] <= 40 or gap is _JUNK_GAP):
                last_run[0]._roles([w for w in src.words if w[:1].islower() or _norm(w) in _TITLE_WORDS])
                self.book.step = "apposition"
                return self.book._mention(last_run[0], mention, s)
        m = _NAME_AFTER.match(text, e)
        if m is not None and src.form in ("other", "description"):
            title, name = _split_run(m.group(1))
            if len(name) > 1 and not _is_place(name):
                self.book.step = "name_after"
                return self.book.named(list(name), list(title), mention, s)
        return None

    def apposition_before(self, p: Person, s: int) -> None:
        """"the audit's author, Priya Natarajan, said": the description is hers too."""
        text = self.text
        j = s - 1
        while j > 0 and text[j].isspace():
            j -= 1
        m = _APPOSITIVE.search(text, max(0, s - 80), s) if text[j] == "," and j < s - 1 else None
        if m is not None and re.search(r"(?:^|\W)(?:through|via|with|by|from|for|to|like|unlike|as|after|before|in|at|"
                                       r"according to)\s*$", text[max(0, m.start(1) - 20) : m.start(1)], re.I):
            m = None  # "Through a spokeswoman, Ann Lee declined": a phrase of the sentence, not her apposition
        if m is not None and " " in p.name and _person_noun(m.group(2).split()[-1]):
            self.book._mention(p, m.group(1), m.start(1))
            p._roles(m.group(2).split())
            if not p.title:
                desc = m.group(2).split()
                while len(desc) > 1 and desc[0].endswith(("’s", "'s")):
                    desc = desc[1:]
                p.title = " ".join(desc)

    def open_source(self, q: Quote) -> tuple[Person, int, int, str] | None:
        """The source of a direct quote that has no cue of its own, where a reader has no doubt.

        * After a colon that closes a sentence about someone: ``The minister
          was defiant: “...”``, ``Anna Berg, The Harbor Times: “...”``.
        * A quote that opens its sentence, after a sentence that quoted
          someone (the quote goes on) or whose subject is a person (``The
          striker, Tomas Vidal, scored twice.`` / ``Pressed on his contract,
          he shrugged.`` then ``“We will see.”``), in the same paragraph or
          the one before.
        """
        if not self.sentences:
            return None
        text = self.text
        k = self.sentence_of(q.start)
        if k < 0:
            return None
        a = self.sent_starts[k]
        lead = text[a : q.start].rstrip("“\"‘'`« \t\n")
        a += len(text[a : q.start]) - len(text[a : q.start].lstrip())
        if lead.endswith(":"):
            return self.subject_of(k, a, lead)
        if text[a : q.start].strip("“\"‘'`« \t\n"):
            return None  # words before the quote in its sentence, and no colon: not for us
        if not self.previous_ok(k):
            return None
        before = text[self.sent_starts[k - 1] : self.sentences[k - 1][1]].rstrip()
        if before.endswith(":"):
            # "On July 6, Sanders made the following comment:" then the quote, in a paragraph of its own
            b = self.sent_starts[k - 1]
            return self.subject_of(k - 1, b + len(text[b:]) - len(text[b:].lstrip()), before)
        return self.sources.get(k - 1) or self.subject_of(k - 1, None, None)

    def subject_of(self, k: int, a: int | None, lead: str | None) -> tuple[Person, int, int, str] | None:
        """The person sentence ``k`` is about: its opening name, description or he/she."""
        if k in self.subjects:
            return self.subjects[k]
        text, book = self.text, self.book
        if a is None:
            a = self.sent_starts[k]
            a += len(text[a:]) - len(text[a:].lstrip())
        end = self.sentences[k][1]
        if lead is not None:
            # "..., a friend commented:": the source before a cue that closes the lead
            m = _SOURCE_BEFORE_COLON.search(lead)
            if m is not None:
                ms = text.find(m.group(1), a, end)
                if ms >= 0:
                    mention = m.group(1)
                    p = _resolve(book, text, mention, ms, None)
                    if p is not None:
                        return p, ms, ms + len(mention), mention
            first = self.first_named(k)
            if first is not None:
                return first
        m = _DESCRIPTION.match(text, a, end)
        if m is not None and lead is not None:
            mention = m.group()
            p = book.describe(mention.split(), mention, m.start()) or book.other(mention, m.start())
            return p, m.start(), m.end(), mention
        m = _HE_SHE.search(text, a, end)
        if m is not None and m.start() - a < 60:
            subject = (self.subjects.get(k - 1) or (None,))[0] if self.previous_ok(k) else None
            p = book.pronoun(m.group(), m.start(), text, subject)
            if p is not None:
                return p, m.start(), m.end(), m.group()
        return None


#: the speakers stage's one rule in the registry: switched off by leaving ``open_source`` out of ``rules=``
rule("speakers")(_Resolution.open_source)


def _resolve(
    book: _People, text: str, mention: str, start: int, subject: Person | None = None, near: list[Person] = (),
    avoid: Person | None = None,
) -> Person | None:
    src = read_source(mention)
    if (
        src.form == "other"
        and src.words
        and src.words[-1][:1].isupper()
        and _principal(src.words) is None
        and not _name_in_phrase(src.words)
    ):
        # "Jordan said" where Jim Jordan is known: the person, though the word may name a place;
        # "the editorial board of the Washington Post Trump": a source run into a known name
        known = [p for p in book.by_last.get(_norm(src.words[-1]), ()) if p.kind == "person"]
        if known and (len(src.words) == 1 or " " in known[-1].name):
            src = SourcePhrase("name", src.words[-1:])
    if src.form == "name" and not src.title and all(
        _norm(w) in _ROLE_HEADS or _norm(w) in _TITLE_WORDS or _norm(w) in _AGENT_HEADS or _norm(w) == "member"
        for w in src.words
    ):
        book.step = "role_word"
        return book.other(mention, start)  # "Lawmaker urges retaliation" (a headline): a role, no name
    if src.form == "name":
        p = book.named(list(src.words), list(src.title), mention, start)
        book.step = _name_step(p, src, start)
        if src.role is not None:
            p._roles(src.role.split())
            if not p.title:
                p.title = src.role
        return p
    if src.form == "pronoun":
        book.step = "relative" if src.words[0].lower() in ("who", "which") else "pronoun"
        return book.pronoun(src.words[0], start, text, subject, near, avoid)
    if src.form == "none":
        return None
    if src.form == "description":
        p = book.describe(list(src.words), mention, start)
        if p is not None:
            book.step = "description"
            return p
        # a description of a person whom no one of the text fits ("the Wisconsin Republican"): an unnamed source
        p = book.other(mention, start, kind="unnamed")
    else:
        p = book.other(mention, start)
    book.step = "organisation" if p.kind == "organisation" else "unnamed"
    return p


def _name_step(p: Person, src: SourcePhrase, start: int) -> str:
    """The ``speaker_rule`` of a name at ``start`` resolved to ``p``.

    ``name`` (the name as first met, or in full), ``surname`` / ``title_surname`` (a shorter form of a person
    named before), ``organisation`` or ``unnamed`` (a name the text treats as a body, or as no one's).
    """
    if p.kind != "person":
        return "organisation" if p.kind == "organisation" else "unnamed"
    if p.first_mention < start and len(src.words) < len(p.name.split()):
        return "title_surname" if src.title else "surname"
    return "name"
