"""The people of one article: :class:`Person`, and :class:`_People`, which finds or adds the person a
name, a description or a pronoun stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import organisations as _orgs
from .names import _is_place, _looks_personal, _person_noun, _split_run
from .words import (
    _ALL_OFFICES,
    _FEMALE,
    _GROUP_HEADS,
    _MALE,
    _ROLE_HEADS,
    _name_gender,
    _Needs,
    _norm,
    _qualifiers,
    _title_gender,
    given_name_gender,
    is_honorific,
    source_kind,
)


@dataclass(slots=True)
class Person:
    """One person (or organisation) named or quoted in a text.

    Attributes
    ----------
    name : str
        The fullest name the text gives (``Hillary Clinton``), or the source
        as written for an unnamed one (``a campaign spokesman``).
    title : str or None
        Title or role (``Italian Prime Minister``, ``US president``).
    aliases : list of str
        Every distinct mention that resolved to the person, in text order.
    mentions : int
        How many mentions resolved to the person.
    first_mention : int
        Offset of the first mention.
    kind : str
        ``person``, ``organisation`` or ``unnamed`` (see :func:`source_kind`).
    """

    name: str
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    first_mention: int = 0
    kind: str = "person"
    gender: str | None = field(default=None, repr=False)
    plural: bool = field(default=False, repr=False)
    quals: set[str] = field(default_factory=set, repr=False)
    last_seen: int = field(default=-1, repr=False)
    #: Every title or role word written next to the person (``sen``, ``senator``, ``spokesman``).
    roles: set[str] = field(default_factory=set, repr=False)
    #: The same words as written (``Vermont``, ``Sen.``), and the qualifiers written after the name
    #: (``(I-Vt.)`` as ``Indep``, ``Vermo``): the evidence a description is checked against across a run.
    written: set[str] = field(default_factory=set, repr=False)
    #: Whether a title was ever written before the name (``Pope Francis``, ``Mr. Grant``).
    titled: bool = field(default=False, repr=False)

    def _roles(self, words) -> None:
        self.roles |= {_norm(w) for w in words}
        self.quals |= _qualifiers(list(words))
        self.written |= {w.rstrip(",") for w in words if w.rstrip(",")}

    def _beside(self, quals: set[str]) -> None:
        """Qualifiers written right after the name (its party and state)."""
        self.quals |= quals
        self.written |= {q.capitalize() for q in quals}

    @property
    def likely_gender(self) -> str | None:
        """``m`` or ``f``: the text's own evidence first, else the given name's usual gender."""
        if self.gender is not None or self.kind != "person":
            return self.gender
        return _name_gender(self.name)

    def _add(self, mention: str, start: int) -> None:
        if mention not in self.aliases:
            self.aliases.append(mention)
        self.mentions += 1
        if start < self.first_mention:
            self.first_mention = start
        if start > self.last_seen:
            self.last_seen = start


#: A gendered pronoun of a surname's own clause: ``Clinton allowed her staff``; ``her`` before a
#: function word is an object (``Clinton told her that``), someone else.
_CLAUSE_PRONOUN = re.compile(
    r"\b(he|his|himself|she|herself|her(?!\s+(?:that|to|the|an?|and|about|in|on|for|with|of|as|at|by|from|if)\b))\b"
    r"(?![\w’'])", re.IGNORECASE)


def _clause_gender(text: str, end: int) -> str | None:
    """The gender (``m``/``f``) of the first personal pronoun after ``end`` in its clause, or None.

    The clause ends at the sentence's end, a semicolon or a quotation mark (a quote is someone's words).

    Examples
    --------
    >>> _clause_gender("Clinton allowed her staff to think so.", 7)
    'f'
    >>> _clause_gender("Clinton wrote. He said no.", 7) is None
    True
    """
    clause = re.split(r"[.!?;\n\"“”]", text[end : end + 200], maxsplit=1)[0]
    m = _CLAUSE_PRONOUN.search(clause)
    if m is None:
        return None
    return "f" if m.group(1).lower().startswith(("she", "her")) else "m"


class _People:
    """The people met so far, indexed by name words and by recency (no scan over everyone)."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.by_key: dict[str, Person] = {}
        self.by_last: dict[str, list[Person]] = {}
        self.by_first: dict[str, list[Person]] = {}
        self.recent: dict[int, Person] = {}  # id -> person, least recently mentioned first
        self.last_speaker: Person | None = None
        self.last_person: Person | None = None  # the last speaker who is a person
        self.groups: set[int] = set()  # ids of groups of named people ("Mr. Grassley and Mr. Leahy")
        #: names the text treats as organisations ("Politico reported"), and the surnames of its full names
        #: (set by ``attribute``)
        self.orgs: dict[str, str] = {}
        self.surnames: frozenset[str] = frozenset()
        #: the step that resolved the last source (``quotes.speaker_rule``), set where it decides
        self.step: str | None = None
        self.text = ""  # the text (set by ``attribute``): a surname's own clause may give its gender

    def _index(self, p: Person) -> None:
        words = p.name.lower().split()
        self.by_last.setdefault(words[-1], []).append(p)
        if len(words) > 1:
            self.by_first.setdefault(words[0], []).append(p)

    def _mention(self, p: Person, mention: str, start: int) -> Person:
        p._add(mention, start)
        recent = self.recent
        k = id(p)
        recent.pop(k, None)
        recent[k] = p
        return p

    def _latest(self, ok, start: int) -> Person | None:
        for p in reversed(self.recent.values()):
            if p.last_seen < start and ok(p):
                return p
        return None

    def named(self, name: list[str], title: list[str], mention: str | None, start: int) -> Person:
        """The person named ``name`` (a mention of None: the name itself)."""
        key = " ".join(name)
        low = key.lower()
        if not title:
            body = self.body(name, start)
            if body is not None:
                return self._mention(body, key if mention is None else mention, start)
        said = _title_gender(title) if title else None
        p = self.by_key.get(low)
        if p is not None and (p.kind != "person" or (said and p.likely_gender not in (None, said))):
            p = None  # "Mr. Alvarez" is not Ruth Alvarez; a name is not an organisation of that name
        if p is None:
            # the most recent person whose name ends (or starts) with these words, of no other gender
            last = _norm(name[-1])
            if len(name) == 1:
                cands = self.by_last.get(last) or [q for q in self.by_first.get(last, ()) if " " in q.name]
            else:
                q = self.by_key.get(last)
                cands = [q] if q is not None and " " not in q.name and q.last_seen >= 0 else []
                if cands:
                    said = said or given_name_gender(name[0])
            if cands:
                cands = [q for q in cands if q.kind == "person" and not (said and q.likely_gender not in (None, said))]
            if len(name) == 1 and not said and len({q.likely_gender for q in cands} - {None}) > 1:
                # Bill and Hillary Clinton both named: "Clinton allowed her staff ..." is the one of that gender
                said = _clause_gender(self.text, start + len(key))
                cands = [q for q in cands if q.likely_gender in (None, said)] if said else cands
            offices = {_norm(w) for w in title} & _ALL_OFFICES if title else set()
            if len(cands) > 1 and offices:
                # "President Obama" where Barack and Michelle Obama are both named: the one with that title,
                # else nobody yet (the run's own evidence links the form later), not the last one named
                cands = [q for q in cands if offices & q.roles]
            p = max(cands, key=lambda q: q.last_seen) if cands else None
            if p is not None and len(name) == 1:
                # the article's main person of the surname, not a relative named once in passing
                # ("daughter Chelsea Clinton's apartment"): the one named twice as often as the most recent
                main = max(cands, key=lambda q: q.mentions)
                p = main if main.mentions >= 2 * max(p.mentions, 1) else p
            if p is None:
                p = Person(key, first_mention=start)
                self.people.append(p)
                self._index(p)
        if len(name) > len(p.name.split()):
            p.name = key  # fullest name
            self._index(p)
        self.by_key[low] = p
        if title:
            p.titled = True
            p._roles(title)
            if not p.title or (is_honorific(p.title) and not is_honorific(" ".join(title))):
                p.title = " ".join(title)
            if said:
                p.gender = said
        return self._mention(p, key if mention is None else mention, start)

    def body(self, name: list[str] | tuple[str, ...], start: int) -> Person | None:
        """The organisation an untitled name is (``Politico``, ``Bloomberg``, ``Brookings Institution``), or None.

        From the gazetteer or the form of the name (:func:`newsanalysis.organisations.organisation_kind`), or
        because the text treats it as one (``Politico reported``); a one-word name only when no person of
        the text bears it as a surname (``Bloomberg`` is Michael Bloomberg where he is named).
        """
        key = " ".join(name)
        low = key.lower()
        p = self.by_key.get(low)
        if p is not None and p.kind == "organisation":
            return p
        if low not in self.orgs and _orgs.organisation_kind(key) is None:
            return None
        if len(name) == 1:
            n = _norm(name[0])
            if n in self.surnames or any(q.kind == "person" for q in self.by_last.get(n, ())):
                return None
        elif _looks_personal((), tuple(name)) and low not in self.orgs:
            return None
        p = Person(key, kind="organisation", first_mention=start)
        self.people.append(p)
        self.by_key[low] = p
        return p

    def describe(self, words: list[str], mention: str, start: int, exclude: set[int] = frozenset()) -> Person | None:
        """The person a description refers to (``exclude``: ids of people it cannot be), or None.

        Only a person the description fits: no qualifier written next to them
        contradicts its qualifiers (``the Vermont senator`` is not someone
        written ``Sen. Ted Cruz (R-Texas)``, ``the Russian president`` not
        ``US President``), its party is not another party's, a head that names
        an office (``the senator``, ``the president``) is one of their titles
        when any office of theirs is known, a gendered head (``businessman``)
        agrees with them, and ``the spokesman`` is only someone written as
        one. Among those, a holder of the title or qualifiers comes first.
        Anyone else is no one the text names: the caller keeps the
        description as an unnamed source.
        """
        need = _Needs.read(words)
        quals, heads = need.quals, need.heads

        def ok(p: Person) -> bool:
            return p.kind == "person" and id(p) not in exclude and not p.plural and need.fits(
                p.quals, p.roles, p.likely_gender)

        p = self.last_speaker if self.last_speaker is not None and ok(self.last_speaker) else None

        def holds(q: Person) -> bool:
            return need.holds(q.quals, q.roles)

        if p is None or not holds(p):
            # "the mayor" after a quote of Councilman Okafor (or of her untitled deputy): Mayor Elena Ruiz
            titled = self._latest(lambda q: ok(q) and holds(q), start)
            if titled is None and quals:
                # "the Vermont senator" after a quote of someone else: the one written "(I-Vt.)", else "Sen."
                titled = self._latest(lambda q: ok(q) and bool(quals & q.quals), start) or self._latest(
                    lambda q: ok(q) and bool(heads & q.roles), start
                )
            if exclude:
                # inside someone's statement, a description names someone else: only a holder of that title
                return self._mention(titled, mention, start) if titled is not None else None
            p = titled or p
        if p is None:
            # the last person named: only where an office's place or nationality is written of them, or none is
            # asked ("the Vermont senator" is not Hillary Clinton, named last; "the New York businessman" may be)
            p = self._latest(
                lambda q: ok(q) and (not quals or need.office is None or holds(q) or bool(quals & q.quals)), start)
        if p is None:
            return None
        # (within the article, the description's qualifiers are the person's from now on; but only what is
        # written next to their name is their evidence across the run, ``written``, and their title)
        p.quals |= need.quals | need.party | need.soft
        if need.gender is not None:
            p.gender = p.gender or need.gender
        return self._mention(p, mention, start)

    def pronoun(
        self, word: str, start: int, text: str, subject: Person | None = None, near: list[Person] = (),
        avoid: Person | None = None,
    ) -> Person | None:
        """The person (or group, for ``they``) a pronoun refers to, agreeing in gender and number.

        The subject of the sentence before, else the nearest of ``near`` (people
        named since the last statement) that agrees, else the last speaker,
        else the last person named. An unnamed individual who was quoted (``a
        neighbour, who did not give her name``) is a speaker like any other.
        ``avoid``: someone the pronoun cannot be (the speaker of a transcript's
        paragraph, for a *he* or *she* in it).
        """
        w = word.lower()
        if w in ("who", "which"):
            return self.relative(word, start, text)
        if w == "they":
            # a group or a body: the subject before the quote, else the last source, if it is one
            for p in (subject, self.last_speaker):
                if p is not None and (p.kind == "organisation" or p.plural):
                    return self._mention(p, word, start)
            return None
        gender = "m" if w in _MALE else "f" if w in _FEMALE else None
        if gender is None:
            return None
        return self.agreeing(word, gender, start, subject, near, avoid)

    def agreeing(
        self, word: str, gender: str, start: int, subject: Person | None, near: list[Person], avoid: Person | None
    ) -> Person | None:
        """The antecedent of he or she (``gender`` m or f), as :meth:`pronoun` orders them, or None."""

        def ok(p: Person) -> bool:
            return (
                p.kind == "person"
                and p is not avoid
                and not p.plural
                and p.likely_gender in (None, gender)
                and _norm(p.name.split()[-1]) not in _GROUP_HEADS  # "African Americans" is nobody's she
            )

        def ok_speaker(p: Person) -> bool:
            return ok(p) or (
                p.kind == "unnamed" and p is not avoid and not p.plural and p.likely_gender in (None, gender) and _person_noun(
                    _unnamed_head(p.name))
            )

        p = subject if subject is not None and ok(subject) else None
        if p is None:
            # (only someone known to be of that gender: a name the rules took for a person is no antecedent)
            p = next((q for q in near if ok(q) and q.likely_gender == gender), None)
        if p is None and self.last_speaker is not None and ok_speaker(self.last_speaker):
            p = self.last_speaker
        if p is None and self.last_speaker is not None and id(self.last_speaker) in self.groups:
            # "Wilcox and Beruff argued ... “...,” he said": the one who spoke before the group
            p = self.last_person if self.last_person is not None and ok(self.last_person) else None
        if p is None:
            p = self._latest(ok, start)
        if p is None:
            return None
        p.gender = gender
        return self._mention(p, word, start)

    def relative(self, word: str, start: int, text: str) -> Person | None:
        """What "who" or "which" stands for: the name just before, else a group the noun phrase names.

        "the council met Tom Ruiz, who said": Tom Ruiz; "working-class white voters who believed", "a
        study, which found": the noun phrase, a group (a lone "man who said" is left to the reader).
        """
        w = word.lower()
        before = text[max(0, start - 120) : start]
        m = _NAME_BEFORE_WHO.search(before)
        if m:
            title, name = _split_run(m.group(1))
            if name and not _is_place(name):
                p = self._find(name)
                if p is not None:
                    return self._mention(p, word, start)
            return None
        # "working-class white voters who believed", "a study, which found": the noun phrase it stands for
        words = re.findall(r"[\w’'\-]+", before[-80:].rsplit(",", 1)[0] if before.rstrip().endswith(",")
                           else before[-80:])
        k = len(words)
        while k > 0 and len(words) - k < 4 and words[k - 1].islower() and words[k - 1] not in _NOT_IN_PHRASE \
                and not words[k - 1].endswith("ed"):
            k -= 1
        phrase = words[k:]
        cut = max((j + 1 for j, x in enumerate(phrase[:-1]) if x.endswith("ing")), default=0)
        phrase = phrase[cut:]  # "alarm echoing security experts": the experts
        while len(phrase) > 1 and phrase[0].endswith("s") and "-" not in phrase[0]:
            phrase = phrase[1:]  # "tells voters": the voters
        kind, plural = source_kind(phrase) if phrase else ("", False)
        if phrase and plural and "percent" not in phrase and (w == "which" or _person_noun(phrase[-1])
                                                              or _norm(phrase[-1]) in _GROUP_HEADS):
            # (a group only: a lone "man who said" is left to the reader, not made the next he's antecedent)
            return self.other(" ".join(phrase), start, kind=kind, plural=True)
        return None

    def _find(self, name: list[str]) -> Person | None:
        p = self.by_key.get(" ".join(name).lower())
        if p is None:
            cands = self.by_last.get(name[-1].lower(), ())
            p = max(cands, key=lambda q: q.last_seen) if cands else None
        return p

    def other(self, mention: str, start: int, kind: str | None = None, plural: bool = False) -> Person:
        """A source that is no person of the text: an organisation or an unnamed source (``kind``: as read)."""
        words = mention.split()
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        low = [w.lower() for w in words]
        if "of" in low[1:]:
            k = low.index("of", 1)
            if len(words) - k > 3 and words[k - 1].islower() and _norm(words[k - 1]) not in _ROLE_HEADS:
                words = words[:k]  # "an independent audit of the harbor bridge": the audit
        key = " ".join(words)
        p = self.by_key.get(key.lower())
        if p is None or p.kind == "person":
            if kind is None:
                kind, plural = source_kind(mention.split())
            p = Person(key, first_mention=start, kind=kind, plural=plural)
            if kind == "unnamed" and not plural:
                head = _norm(_unnamed_head(key))
                p.gender = "m" if head in _MALE or head == "man" else "f" if head in _FEMALE or head == "woman" else None
            self.people.append(p)
            self.by_key.setdefault(key.lower(), p)
        return self._mention(p, mention, start)


#: A name before a relative "who" or "which", past what may stand between: "Donald Trump Jr., ",
#: "Sen. Marco Rubio of Florida, ", "Bernie Sanders (I-Vt.), ", "Adam Schiff, 56, ".
_NAME_BEFORE_WHO = re.compile(
    r"((?:[A-Z][\w’'\-]*\.?)(?:[ \t]+(?:[A-Z][\w’'\-]*\.?|de|van|von|der|bin))*)"
    r"(?:\s*\([^()]{1,25}\)|,\s*\d{1,3}|,\s*[RDI]-[\w.\-]+|\s+of\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)*\s*,?\s*$"
)
#: Words that end the noun phrase a relative pronoun stands for, read backwards ("appealed to voters who").
_NOT_IN_PHRASE = frozenset(
    """to of for with by on in at from among that than as and or but the a an this these those some many most all
    any each every is are was were be been has have had said says its their his her our""".split()
)


def _unnamed_head(name: str) -> str:
    """The head noun of an unnamed source as kept (``A neighbour`` -> ``neighbour``; ``a spokeswoman for X``)."""
    words = name.split()
    for k, w in enumerate(words):
        if k and w.lower() in ("for", "to", "of", "with", "at", "from", "in", "who", "close", "familiar"):
            words = words[:k]
            break
    return words[-1].rstrip(",") if words else ""
