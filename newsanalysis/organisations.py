"""Organisations and other non-persons: is this mention a body, a place or a fragment, and of what kind?

One job, for :mod:`newsanalysis.speakers`: tell a name that is no person's
from a person's name, with no model and no downloads, by three kinds of
evidence, each a small named rule:

* **The gazetteer** (``newsanalysis/data/organisations.tsv``): news outlets,
  wire agencies, broadcasters, companies, parties and party bodies,
  government agencies, international bodies, think tanks, advocacy groups,
  universities and courts of the US, the UK, Ireland, India and elsewhere,
  written from public facts (see the file's header). A one-word entry that
  is also a surname (``Bloomberg``, ``Fox``) is a body only where the
  article names no person with that surname: the caller decides that.
* **The form** of the name: a last word that names a body (``X Inc.``, ``X
  Party``, ``X Institute``, ``X Institution``, ``X Foundation``, ``X
  Center``, ``X Watch``, ``X Journalism``, ``X University``), a first word
  that does (``National X``, ``University of X``, ``Center for X``), a place
  (``Russia``, ``N. Korea``), or an acronym (``NAACP``; not ``JFK``).
* **How the text treats it** (:func:`treated_as_organisations`): ``X
  reported``, ``X's editorial board``, ``X, a think tank``, ``X, which
  ...``, ``according to X`` and ``X said in a statement``, for names with no
  personal evidence of their own (a one-word name that is no given name).

Beside bodies, :func:`is_name_fragment` says when capitalised words are a
piece of a name or of a sentence, not a name: a name cut at an initial
(``Robert C.``, ``Retired U.``), a lone given name (``Bob``), a word that
opens sentences (``Last``, ``Figures``, ``Despite``).

It does not resolve anything: which person or body a mention refers to is
:mod:`newsanalysis.speakers`' job.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib.resources import files

from .segment import _load_list

__all__ = [
    "ORGANISATION_KINDS",
    "common_word_kind",
    "gazetteer",
    "is_group_word",
    "is_name_fragment",
    "organisation_kind",
    "treated_as_organisations",
]

#: Kinds of organisation the gazetteer and the rules tell apart (``place``: a country, state or city
#: standing for its government or people; ``body``: a name whose form says organisation, kind unknown).
ORGANISATION_KINDS: tuple[str, ...] = (
    "outlet",
    "company",
    "party",
    "government",
    "international",
    "think tank",
    "group",
    "university",
    "court",
    "place",
    "body",
)

#: Last words of the names of bodies, never of a person's (``Brookings Institution``, ``Judicial Watch``,
#: ``The Laura Ingraham Show``), with the kind they say.
_LAST_WORDS: dict[str, str] = {
    **dict.fromkeys(
        """inc incorporated corp corporation co llc ltd plc llp lp gmbh company companies group holdings industries
        enterprises partners associates airlines airways motors pharmaceuticals technologies systems
        communications labs laboratories studios pictures entertainment publishing publishers books records
        bank""".split(),
        "company",
    ),
    **dict.fromkeys(
        """news times journal magazine tribune herald gazette chronicle examiner observer telegraph inquirer
        courier dispatch bulletin ledger sentinel journalism network radio television tv channel show
        newspaper newspapers media""".split(),
        "outlet",
    ),
    **dict.fromkeys("party caucus".split(), "party"),
    **dict.fromkeys(
        """institute institution foundation center centre watch project initiative forum trust fund society
        coalition alliance association federation league union council committee commission organization
        organisation action pac""".split(),
        "group",
    ),
    **dict.fromkeys(
        """department ministry agency bureau administration authority service services office board
        police army navy command parliament assembly senate congress government""".split(),
        "government",
    ),
    **dict.fromkeys("university college school academy".split(), "university"),
    "court": "court",
    "tribunal": "court",
}
#: First words of the names of bodies (``National Rifle Association``, ``University of Michigan``,
#: ``Center for American Progress``); with ``of``/``for``/``on`` after them only, where marked.
_FIRST_WORDS: dict[str, str] = {
    "national": "body", "federal": "government", "royal": "body", "international": "body", "team": "group",
}
_FIRST_WITH_OF: dict[str, str] = {
    **{w: k for w, k in _LAST_WORDS.items() if k != "outlet"},
    "friends": "group",
    "citizens": "group",
    "americans": "group",
}
#: People known by their initials (never an acronym of a body).
_PERSON_INITIALS = frozenset("JFK FDR LBJ RFK MLK AOC MBS DJT".split())
#: Words that open a gazetteer name and that a sentence may put before it ("The Washington Post").
_LEAD = frozenset(
    """the a an as and but or so then now in on at by for from with to of when while after before since
    last this that according also""".split()
)
_ROMAN = frozenset("II III IV VI VII VIII".split())


@cache
def gazetteer() -> dict[str, tuple[str, str]]:
    """The organisations shipped as package data: lower-case name -> (kind, country).

    Examples
    --------
    >>> gazetteer()["the washington post"], gazetteer()["brookings institution"][0]
    (('outlet', 'US'), 'think tank')
    """
    text = files("newsanalysis").joinpath("data/organisations.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, kind, country = line.split("\t")
        out[name.lower()] = (kind, country)
    return out


@cache
def place_names() -> frozenset[str]:
    """Places that stand for their government or people in news (``data/speaker_places.txt``), lower case."""
    text = files("newsanalysis").joinpath("data/speaker_places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _surnames() -> frozenset[str]:
    """Common US surnames (1990 census, public domain; ``data/surnames.txt``)."""
    text = files("newsanalysis").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _sentence_starters() -> frozenset[str]:
    """The words that often start a sentence: segmentation's own list."""
    return frozenset(_load_list("starters"))


def _norm(word: str) -> str:
    w = word.lower().rstrip(".,;:")
    if w.endswith(("’s", "'s")):
        w = w[:-2]
    return w.replace(".", "") if len(w) > 1 else w


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.", word))


def _is_acronym(word: str) -> bool:
    """``NAACP``, ``FBI``: capitals of two or more letters, no initials or numeral."""
    w = word.removesuffix("’s").removesuffix("'s")
    letters = w.replace(".", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper() or w in _ROMAN:
        return False
    if w in _PERSON_INITIALS:
        return False
    return "." not in w  # (dotted initials are a person's as often: "J.M. Berger"; "U.N." is in the gazetteer)


@lru_cache(maxsize=65536)
def organisation_kind(name: str, *, acronyms: bool = True) -> str | None:
    """The kind of organisation a name is, from the gazetteer or its form, else None.

    ``name`` is the mention as written, with or without a leading *the*. A
    one-word gazetteer name (``Bloomberg``) is returned too: whether the
    article means a person of that surname is for the caller to say.

    Parameters
    ----------
    name : str
        Capitalised words: ``The Washington Post``, ``Brookings Institution``.
    acronyms : bool
        Whether an acronym in the name makes it a body (``NAACP``); False for
        words that may be a title and a name (``RNC Chairman Reince Priebus``).

    Returns
    -------
    str or None
        One of :data:`ORGANISATION_KINDS`, or None for a name that may be a
        person's.

    Examples
    --------
    >>> organisation_kind("The Washington Post"), organisation_kind("Judicial Watch")
    ('outlet', 'group')
    >>> organisation_kind("Baker Institute"), organisation_kind("Jim Baker")
    ('think tank', None)
    >>> organisation_kind("N. Korea"), organisation_kind("NAACP"), organisation_kind("JFK")
    ('place', 'group', None)
    """
    words = name.replace("\u00a0", " ").split()
    while len(words) > 1 and words[0].lower() in _LEAD:
        words = words[1:]
    if not words:
        return None
    words[-1] = words[-1].removesuffix("’s").removesuffix("'s")
    gaz = gazetteer()
    key = " ".join(words).lower()
    hit = gaz.get(key) or gaz.get("the " + key)
    if hit is not None:
        return hit[0]
    low = [_norm(w) for w in words]
    bare = [w for w, o in zip(low, words) if not _is_initial(o)]
    places = place_names()
    if bare and (" ".join(bare) in places or " ".join(low) in places):
        return "place"  # "Russia", "N. Korea" (an initial, then a place)
    if len(bare) == 2 and bare[0] in ("north", "south", "east", "west", "new") and bare[1] in places:
        return "place"  # "North Korea", "South Sudan"
    if len(words) > 1:
        last = low[-1]
        if last in _LAST_WORDS and words[-1][:1].isupper():
            return _LAST_WORDS[last]
        if low[0] in _FIRST_WORDS:
            return _FIRST_WORDS[low[0]]
        if len(low) > 2 and low[1] in ("of", "for", "on", "to") and low[0] in _FIRST_WITH_OF:
            return _FIRST_WITH_OF[low[0]]  # "University of Michigan", "Center for American Progress"
    if acronyms and any(_is_acronym(w) for w in words) and not any(w[:1].isupper() and w[1:].islower() for w in words[:1]):
        return "body"  # "NAACP", "CNN", "AFL-CIO" ("Sen. Ted Cruz" has none)
    return None


#: A capitalised name, as the treatment patterns capture it (up to six words, ``&`` and ``-`` inside).
_CAPS = r"((?:[A-Z][\w’'.&\-]*)(?:[ \t\u00a0]+(?:of|for|and|on|the|&|[A-Z][\w’'.&\-]*)){0,6}?)"
#: How news treats a body, never a person: each a name, the cue that treats it (found first: it is rare), and
#: whether the name stands before the cue (and what may stand between) or after it.
_B = r"[ \t]+"
_TREATMENTS: tuple[tuple[str, re.Pattern, re.Pattern], ...] = tuple(
    (what, re.compile(cue), re.compile(_CAPS + glue + r"$") if glue is not None else re.compile(_CAPS + after))
    for what, cue, glue, after in (
        ("reported", r"report(?:ed|s|ing)\b",
         _B + r"(?:first[ \t]+|previously[ \t]+|also[ \t]+|has[ \t]+|had[ \t]+|was[ \t]+first[ \t]+to[ \t]+)?", ""),
        ("editorial board", r"s[ \t]+(?:editorial[ \t]+(?:board|page|writers)|editors|newsroom|reporters"
         r"|reporting|correspondents?|front[ \t]+page|website|homepage|coverage|headquarters|shareholders)\b", "", ""),
        ("apposition", r",[ \t]+(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:think[ \t]+tank|nonprofit|non-profit|group"
         r"|organi[sz]ation|watchdog|website|site|newspaper|paper|magazine|outlet|firm|company|publication|network"
         r"|broadcaster|blog|agency|charity|union|coalition|institute|pac|PAC|tabloid|daily|weekly|channel|startup"
         r"|party)\b(?![ \t\-]+(?:member|members|leader|leaders|official|officials|worker|workers|activist|employee"
         r"|executive|spokes\w+|president|director|chair\w*|founder|head|reporter|editor|writer|columnist"
         r"|correspondent|host|anchor|analyst|staffer|organi[sz]er|volunteer|lawyer|attorney|researcher|fellow"
         r"|scholar|expert|adviser|advisor|consultant|strategist|operative|owner|boss|chief|manager)\b)", "", ""),
        ("which", r",[ \t]+which[ \t]+(?:first[ \t]+)?(?:reported|obtained|published|broke|revealed|said|says|has|had|is"
         r"|was)\b", "", ""),
        ("according to", r"ccording[ \t]+to[ \t]+(?:the[ \t]+)?", None,
         r"(?=[,.;:]|[ \t]+(?:poll|survey|data|report|analysis|figures|estimates)\b)"),
        ("statement", r"said[ \t]+in[ \t]+a[ \t]+(?:written[ \t]+)?statement\b", _B, ""),
    )
)
#: Treatments that a person's name may also get ("according to Smith", "Smith said in a statement"):
#: they make a body only of a name with no personal evidence (see :func:`treated_as_organisations`).
_WEAK = frozenset(["according to", "statement", "reported", "which"])


def treated_as_organisations(text: str, given_names=frozenset()) -> dict[str, str]:
    """The names that ``text`` treats as organisations, lower case, each with the treatment that says so.

    A strong treatment (``X's editorial board``, ``X, a think tank``) makes
    a body of any name with no given name of ``given_names`` in it
    (``Maggie Haberman's reporting`` is a person's) and no title before it.
    A weak one (``X reported``, ``X, which ...``, ``according to X``, ``X
    said in a statement``: said of people too) makes a body of such a name
    of two or more words, or of one word written as no surname is
    (``BuzzFeed``, ``BFMTV``, ``Tchadinfos.com``), not of ``Fahrenthold
    reported``. A name whose form is a body's (:func:`organisation_kind`)
    is one under any treatment. The caller drops the names it has personal
    evidence for (a title, a full name ending with it).

    Examples
    --------
    >>> t = "Politico reported the deal. Heritage Action, a conservative group, said so. Zorbel reported it."
    >>> sorted(treated_as_organisations(t, {"maggie"}).items())
    [('heritage action', 'apposition'), ('politico', 'reported')]
    >>> treated_as_organisations("Maggie Haberman reported the news.", {"maggie"})
    {}
    """
    out: dict[str, str] = {}
    for what, cue, before in _TREATMENTS:
        for c in cue.finditer(text):
            # (each cue starts with a literal, which ``re`` finds fast; what must come before it is checked here)
            a = c.start()
            if what == "editorial board":
                if text[a - 1 : a] not in ("’", "'"):
                    continue
                a -= 1
            elif what == "according to":
                if text[a - 1 : a] not in ("A", "a") or (a > 1 and text[a - 2].isalnum()):
                    continue
            elif what in ("reported", "statement") and a and text[a - 1].isalnum():
                continue  # "misreported"
            if what == "according to":
                m = before.match(text, c.end())
            else:
                m = before.search(text, max(0, a - 120), a)
            if m is None:
                continue
            words = m.group(1).replace("\u00a0", " ").split()
            while words and (words[0].lower() in _LEAD or words[0].lower() in _sentence_starters()):
                words = words[1:]
            if not words or not words[0][:1].isupper():
                continue
            if words[-1].endswith(("’s", "'s")):
                words[-1] = words[-1][:-2]
            ends = [i for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 2 and not _is_acronym(w)]
            if ends:
                words = words[ends[-1] + 1 :]  # "Libya. He reported", "Trump. As Politico reported": after the end
                while words and (words[0].lower() in _LEAD or words[0].lower() in _sentence_starters()):
                    words = words[1:]
                if not words:
                    continue
            words[-1] = words[-1].rstrip(".")
            low = [_norm(w) for w in words]
            own = next((i for i, w in enumerate(low) if w in ("of", "for", "at")), len(low))
            if any(w in given_names for w in low[:own]) and organisation_kind(" ".join(words[:own])) is None:
                continue  # "Stephen K. Bannon of Breitbart News, a ...": a person of a body
            if low[0] in _PERSON_TITLES or low[0] in _CALENDAR or common_word_kind(words[0], given_names) is not None:
                continue  # "Mr. Trump reported", "Wednesday, a group of ...", "Likewise, a ..."
            name = " ".join(words)
            if organisation_kind(name) is None:
                if any(w in given_names for w in low):
                    continue  # "Maggie Haberman reported", "Democrat James Polk, a ...": a person
                if what in _WEAK and len(words) == 1 and not _unlike_a_surname(words[0]):
                    continue  # "Fahrenthold reported", "Steyer said in a statement": a reporter, a person
            out.setdefault(name.lower(), what)
    return out


#: Titles before a person's name (a treatment of a name with one is no body's).
_PERSON_TITLES = frozenset(
    """mr mrs ms miss dr sen rep gov president senator representative governor secretary mayor judge justice
    gen general sir lord lady prof professor rev""".split()
)
#: Days and months, which open a sentence before a comma ("On Wednesday, a group ...").
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split()
)


def _unlike_a_surname(word: str) -> bool:
    """Whether a word is written as no surname is: capitals inside or all capitals (``BuzzFeed``, ``BFMTV``),
    a digit, a domain (``Tchadinfos.com``)."""
    core = word.removesuffix(".com")
    return core != word or any(c.isdigit() for c in word) or (len(core) > 1 and core.isupper()) or any(
        c.isupper() for c in core[1:]
    )


#: Words for a number or a share of people: a group, never a name ("Six in 10 voters", "Half").
_QUANTITIES = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty
    forty fifty hundreds thousands millions dozens half two-thirds one-third a-third majority some many most few
    several all both each none nobody everyone everybody another others""".split()
)
#: Words that open sentences beside the package's list of sentence starters (adverbs and prepositions).
_MORE_STARTERS = frozenset(
    """beyond shortly absent back likewise outside inside above below behind besides across along around toward
    towards upon except plus regardless notably specifically generally fortunately unfortunately sadly happily
    clearly obviously apparently reportedly allegedly briefly anyway hence accordingly consequently elsewhere
    nearby afterward afterwards soon lately tonight instead neither either top rival thanks""".split()
)
#: Documents and findings that news cites as a source, capitalised when they open a sentence ("Figures show").
_DOCUMENTS = frozenset(
    """analysis research data report reports study studies survey surveys poll polls polling figures numbers
    statistics records documents emails video footage audio transcript transcripts memo letter evidence
    estimates projections results findings""".split()
)
#: Endings of words that are no name (adjectives, participles): "Legislative", "Libertarian", "Chastened",
#: "Polling" (past participles after these letters only: "Ahmed", "Mohammed", "Saeed", "Javed" are names;
#: no "-ping", "-jing", "-ming", ... : "Jinping").
_NOT_NAME_ENDINGS = re.compile(
    r"(?:ive|arian|ical|ous|ful|less|ism|(?:en|ch|sh|at|iz|is|ur|ss|rd|ll|pp|tt|ct|rt|nt|st|id|rn|ck)ed"
    r"|(?:ll|y|iz|is|w|t|d|r|k|s|v|c)ing)$"
)


def common_word_kind(word: str, given_names=frozenset()) -> str | None:
    """What a capitalised word standing alone as a source is when it is no name: ``none`` or ``unnamed``.

    ``none`` for a word that opens sentences (``Despite``, ``Indeed``,
    ``Once``: the package's list of sentence starters); ``unnamed`` for a
    number or share of people (``Six``, ``Half``, ``Two-thirds``), a
    document or finding (``Figures``, ``Analysis``), and for an
    adjective or participle that is no given name or common surname
    (``Legislative``, ``Libertarian``, ``Chastened``, ``Polling``; not
    ``Manning``, ``Ted``); None for anything else (a name, perhaps).

    Examples
    --------
    >>> common_word_kind("Despite"), common_word_kind("Six"), common_word_kind("Chastened")
    ('none', 'unnamed', 'unnamed')
    >>> common_word_kind("Manning"), common_word_kind("Regalado")
    (None, None)
    """
    w = _norm(word)
    if not w or not word[:1].isupper():
        return None
    if w in _QUANTITIES or w in _DOCUMENTS:
        return "unnamed"
    if w in _sentence_starters() or w in _MORE_STARTERS:
        return "none"
    if len(w) > 5 and _NOT_NAME_ENDINGS.search(w) and w not in given_names and w not in _surnames():
        return "unnamed"
    return None


#: Endings of plural nouns for kinds of people: "Russians", "Ohioans", "Mourners", "Proponents", "Millennials".
_GROUP_ENDINGS = ("ans", "ers", "ors", "ists", "ials", "ents", "ants", "ites", "ees")


def is_group_word(word: str) -> bool:
    """Whether a capitalised word alone is a plural for a kind of people (``Russians``, ``Mourners``), no surname.

    Examples
    --------
    >>> is_group_word("Millennials"), is_group_word("Ohioans"), is_group_word("Sanders")
    (True, True, False)
    """
    w = _norm(word)
    return len(w) > 4 and w.endswith(_GROUP_ENDINGS) and w not in _surnames() and w[:-1] not in _surnames()


def is_name_fragment(words: tuple[str, ...], given_names=frozenset(), *, titled: bool = False) -> bool:
    """Whether capitalised words are a piece of a name or of a sentence rather than a person's name.

    * A name cut at an initial: ``Robert C.`` (of ``Robert C. "Bobby"
      Scott``), ``Retired U.`` (of ``Retired U.S. Air Force Gen.``).
    * A word that opens sentences (``Despite``, ``Indeed``, ``Six``): the
      package's list of sentence starters.
    * A lone given name of ``given_names`` (``Bob``, ``Melanie``) that is no
      common surname (the 1990 US census surnames, shipped as package data:
      ``Clinton`` and ``Grant`` are surnames too), unless it has a title
      (``titled``: ``Pope Francis``, ``Prince Harry``).

    Examples
    --------
    >>> is_name_fragment(("Robert", "C.")), is_name_fragment(("Despite",)), is_name_fragment(("Bob",), {"bob"})
    (True, True, True)
    >>> is_name_fragment(("Francis",), {"francis"}, titled=True), is_name_fragment(("Harry", "S.", "Truman"))
    (False, False)
    >>> is_name_fragment(("Clinton",), {"clinton"})
    False
    """
    if not words:
        return True
    if len(words) > 1 and _is_initial(words[-1]) and words[-1] != "X.":
        return True  # (not "Malcolm X.")
    if len(words) == 1:
        w = _norm(words[0])
        if len(w) == 1:
            return True  # "Q" of "Q:" (the interviewer of a transcript), "U."
        if w in _sentence_starters() or w in _QUANTITIES:
            return True
        if not titled and w in given_names and w not in _surnames():
            return True
    return False
