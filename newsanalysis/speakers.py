"""Speakers: the people named in a text, and the resolution of quote sources to them.

Rules, in the spirit of a light coreference pass (no model, no downloads):

* **Names** are runs of capitalised words (with initials, ``Sen.``-style
  abbreviations and particles such as *von der*). A leading run of title
  words becomes the person's title: ``Italian Prime Minister Giorgia Meloni``
  is Giorgia Meloni, ``Italian Prime Minister``; ``Sen. Ted Cruz, R-Texas``
  is Ted Cruz, ``Sen.``. A run is a person when it has a title, two or more
  name words (not a place or an organisation: ``White House``, ``the Secret
  Service``), or when it is the source of a quote (``Trump said``).
* A **surname** alone (``Clinton``) resolves to the most recent person whose
  name ends with it; the person's name is their fullest name in the text.
* A **description** (``the US president``, ``his Russian counterpart``,
  ``the former secretary of state``) resolves to a person it fits: a holder
  of its title or qualifiers first, else the last speaker, else the last
  person named, skipping people known by other qualifiers, party or office
  (a person written ``Sen. Ted Cruz (R-Texas)`` is not *the Vermont senator*,
  one known as the *US* president not *the Russian president*, a governor not
  *the senator*), of the other gender (*the businessman*), and anyone not
  written as a spokesman for *the spokesman*. A description no one fits is
  an unnamed source, kept as written, unless the next sentence opens with a
  holder of its title (``..., the candidate's former doctor maintains. Dr.
  Connie Mariano, who ...``), or, in a headline or the lede, the first person
  quoted by name after it (``Former DNC chairman calls for ...``). An office
  with a place (``the Vermont senator``) goes to the last person named only
  where that place or office is written of them. Across a run,
  :func:`fit_descriptions` checks each description that went to someone by
  salience against what the run writes next to that person's name (the
  ``roles`` of the speakers table: ``Vermont Sen. Bernie Sanders``
  somewhere), and names an unnamed one where the run shows who holds it.
  A description sets no one's title: titles are the words written next to
  the name (before it, or in apposition).
* A source who **speaks for** someone (``a spokeswoman for Clinton``, ``an
  aide to Clinton``, ``people close to Clinton``, ``Clinton's campaign``) is
  an unnamed source or an organisation, never that person; whom they speak
  for is the quote's ``affiliation``.
* A **pronoun** (``he``, ``she``, ``who``) resolves to the person who opens
  the sentence before the quote (``Mayor Elena Ruiz welcomed the report.
  "...," she said``; also a possessive, or a name after an opening phrase),
  else the nearest person of that gender named since the last quote
  (outside quotes), else the last speaker (an unnamed individual too: ``A
  neighbour, who did not give her name, said ... "...," she said``), or the
  person just named, for ``who``, respecting a gender once known (from
  *he*/*she*, *Mr.*/*Ms.*, *Councilman*/*Councilwoman*, *spokeswoman*). A
  relative *who* or *which* is the name before it (past ``of Florida``, an
  age, ``Jr.``), else the group it follows (``working-class voters who``).
* In a **transcript** a speaker label (``FALLIN: I think he ...``) names who
  speaks the paragraph: its *I* is them, its *he* or *she* someone else; in
  a **round-up** of letters a paragraph that is only a name (``Chris
  Smith.``) signs the paragraph before.
* A **description in apposition** before a name (``the audit's author,
  Priya Natarajan, said``) is one of that person's aliases and, when they
  have none, their title (``author``). A description whose head is in a
  person's title (``the mayor``) prefers that person to the last speaker.
* Other sources (``a campaign spokesman``, ``the Kremlin``, ``The Post``) are
  kept as written, without a leading *the*, and a long one without its
  *of* complement (``an independent audit of the harbor bridge`` is
  ``independent audit``).

Every mention that resolved to a person is one of their ``aliases``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from . import organisations as _orgs
from .attribution import Quote
from .attribution.rules import rule, select
from .attribution.words import ABBREVIATIONS as _ABBREV

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "HONORIFICS",
    "SOURCE_KINDS",
    "Person",
    "Source",
    "attribute",
    "fit_descriptions",
    "given_name_gender",
    "is_honorific",
    "read_source",
    "source_kind",
]

#: What a quote's source is: a named person, an organisation (a company, ministry, newspaper,
#: union; also a country acting as a body), or an unnamed individual or group (or a document).
SOURCE_KINDS: tuple[str, ...] = ("person", "organisation", "unnamed")


@dataclass(frozen=True, slots=True)
class Source:
    """How a quote's source reads as written, before any lookup.

    Attributes
    ----------
    form : str
        ``name`` (``Sen. Ted Cruz``, ``Sam Reyes of the union``),
        ``pronoun`` (``she``, ``they``, ``who``), ``description`` (``the
        former secretary of state``: a person already named, if any),
        ``other`` (``the ministry``, ``a spokesperson``, ``The Post``) or
        ``none`` (``I``, ``you``: nobody the text names).
    words : tuple of str
        The name words, the pronoun, the description's words, or the words
        of an other source.
    title : tuple of str
        Title words before a name (``Sen.``).
    role : str or None
        A lower-case role before a name (``longtime pollster`` of
        ``longtime pollster Pat Caddell``).
    """

    form: str
    words: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    role: str | None = None


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


_PARTICLES = r"(?:von|van|der|den|de|da|di|del|la|le|bin|ibn|al|dos|du|st\.)"
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'\-]*\.?)"  # (a dotted initialism is one word: "U.S.")
#: Two or more capitalised words (single words are looked up per article, see ``attribute``).
#: The first word is ``_CAP`` written to start with its capital, so that ``re`` skips ahead to the
#: next capital letter instead of trying every position; its letters and the spaces after it are
#: taken possessively (``*+``, ``++``: giving some back could never let the rest match), so that a
#: capitalised word alone is given up at once.
_NAME_RUN = re.compile(
    rf"[A-Z](?<![\w’'\-][A-Z])(?:\.(?:[A-Z]\.)*+|[\w’'\-]*+\.?)(?:[ \t\u00a0]++(?:{_PARTICLES}[ \t\u00a0]+)*{_CAP})+"
)
_WORD = re.compile(r"\S+")

#: Words of a title before a name.
_TITLE_WORDS = frozenset(
    """president vice prime minister chancellor sen senator rep representative gov governor secretary
    mr mrs ms dr gen general judge justice chairman chairwoman chair speaker mayor commissioner director
    king queen prince princess pope ambassador attorney leader candidate nominee chief pastor rev
    reverend professor prof sheriff lt col sgt capt adm cmdr deputy former first lady host anchor
    pollster strategist adviser advisor aide ceo founder analyst spokesman spokeswoman spokesperson
    congressman congresswoman councilman councilwoman treasurer premier president-elect minister
    foreign defense defence interior finance state health labor justice democrat republican activist
    author actor actress singer rapper businessman businesswoman billionaire journalist reporter columnist
    economist historian lawyer filmmaker director producer coach officer councillor councilor supervisor
    councilmember alderman alderwoman assemblyman assemblywoman assemblymember del delegate mp mep
    inspector detective sergeant lieutenant captain superintendent supt bishop archbishop cardinal
    rabbi imam sir dame lord lady baroness baron sheikh emir cllr headteacher teacher principal msp mla
    constable nurse farmer chef firefighter paramedic trooper veteran doctor surgeon physician midwife
    rancher fisherman miner pilot priest father deacon taoiseach tánaiste tanaiste td shri smt""".split()
)
#: Title words that name an office (a title must contain one).
_OFFICE = _TITLE_WORDS - frozenset(
    "former first vice deputy foreign defense defence interior finance state health labor".split()
)
#: Words that make a capitalised run a place, a body or a date rather than a person.
_NOT_PERSON = frozenset(
    """house office commission party post times news social department committee council university
    college institute center centre foundation agency service journal network company group association
    court senate congress street union states kingdom republic city county airport bank fund church army
    navy force ministry administration government campaign club league corp inc media television tv
    radio magazine press tribune herald review daily weekly square avenue hall tower building park
    island sea river valley beach day week act monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december new los san
    las united north south east west great middle fort capitol hill zero council federal national
    democratic republican democrats republicans security caucus reserve exchange school times post
    convention primary debate poll polls twitter facebook google plan bill law amendment circuit
    integrity matter drugs program programme policy project initiative coalition alliance movement pac
    pacs super voters lives war crime power clean rights reform care health justice freedom liberty energy
    climate tax trade deal agreement treaty summit conference forum awards prize cup games olympics
    series show film book museum library gallery theater theatre stadium arena airlines airways motors
    university act times port harbor harbour bay bridge route highway""".split()
)
#: Capitalised words that start sentences rather than names.
_LEADING = frozenset(
    """the a an in on at when but and if as after before according while for with from to by of it he
    she they we i this that these those his her their its our there here then so yet still now
    meanwhile however what why how who where let asked speaking during since though although because
    my your me us not no yes all every some many most one do did does is are was were has have had
    will would can could should just even also only""".split()
)
_ROLE_HEADS = frozenset(
    """president counterpart minister chancellor secretary senator governor nominee candidate leader mayor
    king queen premier chairman chairwoman speaker congressman congresswoman lawmaker businessman
    billionaire mogul frontrunner front-runner contender rival opponent host pollster official envoy
    ambassador general spokesman spokeswoman spokesperson president-elect democrat republican
    """.split()
)
_ROLE_HEADS_STATE = _ROLE_HEADS | {"state"}
#: Heads of a description of someone who speaks for another: only a person written so.
_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
#: Qualifiers of party (a description's party may be unwritten for its person, never another party).
_PARTY_QUALS = frozenset("democ repub gop indep".split())
#: Qualifiers that news of a country leaves unwritten for its own people ("the U.S. senator").
_SOFT_QUALS = frozenset("us ameri feder natio".split())
#: US states as news abbreviates them after a name ("Sen. Bernie Sanders (I-Vt.)"): abbreviation -> qualifier.
_STATES = {
    a: {w[:5].lower() for w in n.split("_")}
    for a, n in (pair.split("=") for pair in """Ala=Alabama Ariz=Arizona Ark=Arkansas Calif=California
    Colo=Colorado Conn=Connecticut Del=Delaware Fla=Florida Ga=Georgia Ill=Illinois Ind=Indiana Kan=Kansas
    Ky=Kentucky La=Louisiana Md=Maryland Mass=Massachusetts Mich=Michigan Minn=Minnesota Miss=Mississippi
    Mo=Missouri Mont=Montana Neb=Nebraska Nev=Nevada NH=New_Hampshire NJ=New_Jersey NM=New_Mexico
    NY=New_York NC=North_Carolina ND=North_Dakota Okla=Oklahoma Ore=Oregon Pa=Pennsylvania RI=Rhode_Island
    SC=South_Carolina SD=South_Dakota Tenn=Tennessee Tex=Texas Vt=Vermont Va=Virginia Wash=Washington
    WVa=West_Virginia Wis=Wisconsin Wyo=Wyoming AL=Alabama AK=Alaska AZ=Arizona AR=Arkansas CA=California
    CO=Colorado CT=Connecticut DE=Delaware FL=Florida GA=Georgia HI=Hawaii ID=Idaho IL=Illinois IN=Indiana
    IA=Iowa KS=Kansas KY=Kentucky LA=Louisiana ME=Maine MD=Maryland MA=Massachusetts MI=Michigan
    MN=Minnesota MS=Mississippi MO=Missouri MT=Montana NE=Nebraska NV=Nevada OH=Ohio OK=Oklahoma
    OR=Oregon PA=Pennsylvania TN=Tennessee TX=Texas UT=Utah VT=Vermont VA=Virginia WA=Washington
    WV=West_Virginia WI=Wisconsin WY=Wyoming""".split())
}
_PARTY_LETTER = {"R": "repub", "D": "democ", "I": "indep"}
#: A party and state, or a home state, written after a name: " (R-Fla.)", ", D-N.Y.,", " of Vermont".
_BESIDE_NAME = re.compile(r"\s*[(,]\s*([RDI])-([A-Z][\w.\- ]{0,20}?)\s*[),]|\s+of\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def _beside_quals(text: str, e: int) -> set[str]:
    """Qualifiers written right after a name at ``e``: its party and state (``R-Fla.`` -> Republican, Florida)."""
    m = _BESIDE_NAME.match(text, e)
    if m is None:
        return set()
    if m.group(3):
        return _qualifiers(m.group(3).split())
    state = m.group(2).replace(".", "").replace(" ", "").replace("-", "")
    out = {_PARTY_LETTER[m.group(1)]}
    if state in _STATES:
        out |= _STATES[state]
    elif state[:1].isupper():
        out.add(state.lower()[:5])
    return out
_LEGISLATOR = frozenset("sen senator rep representative congressman congresswoman lawmaker assemblyman assemblywoman "
                        "assemblymember del delegate mp mep councilman councilwoman".split())
#: Heads of a description that name an office or a job: "the senator" is only someone written with one of these
#: titles ("Sen. Ted Cruz", "Ted Cruz, the senator"); other heads ("the nominee", "the billionaire") go by salience.
_OFFICE_HEADS: dict[str, frozenset[str]] = {
    **{h: frozenset([h]) for h in """president minister chancellor secretary governor mayor king queen premier chairman
       chairwoman speaker ambassador general spokesman spokeswoman spokesperson envoy president-elect pollster host
       commissioner director sheriff judge justice attorney""".split()},
    "president": frozenset(["president", "pres", "president-elect"]),
    "senator": frozenset(["sen", "senator"]),
    "governor": frozenset(["gov", "governor"]),
    "congressman": frozenset(["rep", "representative", "congressman"]),
    "congresswoman": frozenset(["rep", "representative", "congresswoman"]),
    "lawmaker": _LEGISLATOR,
    "general": frozenset(["gen", "general"]),
    "secretary": frozenset(["secretary", "sec"]),
    "spokesman": frozenset(["spokesman", "spokesperson"]),
    "spokeswoman": frozenset(["spokeswoman", "spokesperson"]),
    "spokesperson": frozenset(["spokesman", "spokeswoman", "spokesperson"]),
}
_ALL_OFFICES = frozenset().union(*_OFFICE_HEADS.values())
#: First words of two-word offices: "the vice president", "the attorney general" is only someone written so.
_OFFICE_MODIFIERS = frozenset("vice attorney surgeon lieutenant lt majority minority press assistant".split())
#: Offices and jobs: someone known as one of these ("Sen.", "editor", "adviser") is not "the governor".
_JOBS = _ALL_OFFICES | (
    (_TITLE_WORDS | _ROLE_HEADS | frozenset("editor publisher anchor correspondent writer".split()))
    - frozenset(
        """former first vice deputy foreign defense defence interior finance state health labor justice democrat
        republican candidate nominee leader chief mr mrs ms dr sir dame lord lady frontrunner front-runner
        contender rival opponent counterpart activist author official""".split()
    )
)
_DESCRIPTION = re.compile(
    # "\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)" written to start with a character set, so that
    # ``re`` skips ahead to the next candidate letter instead of trying every position
    r"[TtHhIi](?<!\w[TtHhIi])(?:(?<=[Tt])he|(?<=[Hh])is|(?<=[Hh])er|(?<=[Tt])heir|(?<=[Ii])ts)\s+(?:(?:[A-Z][\w.’'\-]*|former|then|current|new|outgoing"
    r"|incoming|late|presumptive|likely|top|senior)\s+){0,3}(?:"
    + "|".join(sorted(_ROLE_HEADS, key=len, reverse=True))
    + r")\b(?:\s+of\s+state)?"
)
_MALE = frozenset(
    "he him his mr councilman congressman chairman spokesman businessman king prince sir lord baron "
    "alderman assemblyman".split()
)
_FEMALE = frozenset(
    "she her hers mrs ms councilwoman congresswoman chairwoman spokeswoman businesswoman queen princess "
    "dame lady baroness alderwoman assemblywoman".split()
)


#: Head nouns of an organisation named by a description or a name (``the ministry``, ``the fire
#: service``, ``Harbor Clinic``, ``The Washington Post``).
_ORG_HEADS = frozenset(
    """ministry department service services union company firm corporation corp inc ltd llc group
    hospital clinic council committee agency government administration campaign court police
    newspaper paper daily weekly network channel station board school university college institute
    party office embassy army military navy team club bank fund foundation association federation
    commission authority organisation organization bureau agency regulator watchdog commission
    parliament senate congress assembly cabinet kremlin pentagon white house times post news journal
    tribune herald gazette globe telegraph guardian press media magazine broadcaster airline airlines
    railway council charity trust center centre coalition alliance movement league church diocese
    mosque synagogue prosecutor's prosecutors' secretariat presidency monarchy palace council's
    operator manufacturer carmaker retailer supermarket insurer developer contractor utility
    chamber society ngo nonprofit institute lab laboratory library museum zoo
    """.split()
)
#: Organisations written as a capitalised run without a head noun of their own.
_ORG_NAMES = frozenset("kremlin pentagon vatican nato un eu fbi cia nasa who opec imf bbc cnn reuters ap afp".split())
#: Plural heads of unnamed groups (``officials``, ``hospital managers``, ``42% of voters``).
_GROUP_HEADS = frozenset(
    """officials people residents voters sources critics experts analysts observers economists
    scientists researchers doctors nurses teachers workers employees staff members managers leaders
    lawmakers legislators democrats republicans supporters opponents protesters demonstrators
    activists witnesses neighbours neighbors parents students families investigators inspectors
    authorities aides advisers advisors diplomats executives owners farmers fans others some many
    most several few both all americans police
    saudis iraqis israelis pakistanis afghans russians mexicans syrians iranians palestinians europeans
    africans britons germans italians ukrainians cubans canadians koreans turks kurds muslims christians jews
    catholics evangelicals latinos hispanics asians liberals conservatives progressives libertarians
    independents voters
    """.split()
)


@cache
def _given_names() -> dict[str, tuple[float, float]]:
    text = files("newsanalysis").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines()[1:]:
        if line.startswith("#") or line.startswith("name\t"):
            continue
        name, female, male = line.split("\t")
        out[name] = (float(female), float(male))
    return out


@lru_cache(maxsize=65536)
def _name_gender(name: str) -> str | None:
    """The usual gender of a full name's given name (None for a single word)."""
    words = name.split()
    return given_name_gender(words[0]) if len(words) > 1 else None


@lru_cache(maxsize=65536)
def given_name_gender(name: str, *, threshold: float = 0.9) -> str | None:
    """The usual gender of a given name: ``f``, ``m`` or None (unknown or shared).

    From the 1990 US Census given-name frequencies shipped as package data
    (``newsanalysis/data/given_names.tsv``, public domain): a name is ``f``
    when at least ``threshold`` of its bearers' shares (women's share over the
    sum of women's and men's shares) are women, ``m`` when at least
    ``threshold`` are men. The lists are US-centric and dated: a name they do
    not hold (``Priya``, ``Xi``) is None, and the article's own evidence
    (``Mr.``, ``Ms.``, a pronoun) always wins over this guess.

    Examples
    --------
    >>> given_name_gender("Maria"), given_name_gender("Tom"), given_name_gender("Xi")
    ('f', 'm', None)
    """
    shares = _given_names().get(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    if not shares:
        return None
    female, male = shares
    p = female / (female + male) if female + male else 0.5
    return "f" if p >= threshold else "m" if p <= 1 - threshold else None


def source_kind(words: list[str] | tuple[str, ...]) -> tuple[str, bool]:
    """What an other source is (``organisation`` or ``unnamed``) and whether it is plural.

    Decided by the words as written, not by any lookup:

    * a capitalised name that is not a person's (``Harbor Clinic``, ``The
      Washington Post``, ``the Kremlin``), a place standing for its
      government (``Russia``), or a description whose head noun names a body
      (``the ministry``, ``the fire service``, ``the union``) is an
      ``organisation``;
    * anything else is ``unnamed``: an unnamed individual or group (``a
      spokesperson``, ``one man``, ``officials``, ``hospital managers``, ``42%
      of voters``) or a document (``an independent audit``).

    Plural: a group head (``officials``) or a plural noun ending in ``s``.

    Examples
    --------
    >>> source_kind(["the", "fire", "service"]), source_kind(["officials"]), source_kind(["Harbor", "Clinic"])
    (('organisation', False), ('unnamed', True), ('organisation', False))
    """
    words = [w for w in words if w]
    low = [_norm(w) for w in words]
    if "of" in low[1:]:
        # "42% of voters", "a group of residents": the head is after "of" for a quantity
        k = low.index("of")
        if k and (low[k - 1][:1].isdigit() or low[k - 1] in ("some", "many", "most", "group", "majority", "half",
                                                             "third", "quarter", "few", "none", "all", "one")):
            words, low = words[k + 1 :], low[k + 1 :]
        else:
            words, low = words[:k], low[:k]
    for k, w in enumerate(low[1:], start=1):
        if w in ("for", "from", "at", "with", "in", "close", "familiar", "who", "that"):
            words, low = words[:k], low[:k]  # "a spokeswoman for the health ministry": the spokeswoman
            break
    if not low:
        return "unnamed", False
    head = low[-1]
    if head.split("-")[-1] in _GROUP_HEADS and head != "police":
        return "unnamed", True  # "officials", "Officials" at the start of a sentence
    if len(words) == 1 and _orgs.common_word_kind(words[0], _given_names()) is not None:
        return "unnamed", head.endswith("s") or head in ("half", "two-thirds", "majority")  # "Six", "Polling"
    capital = [w for w in words if w[:1].isupper() and _norm(w) not in ("the", "a", "an")]
    if head in _ORG_HEADS or any(w in _ORG_NAMES for w in low) or " ".join(low[-2:]) == "white house":
        return "organisation", False
    if capital and len(capital) == len([w for w in low if w not in ("the", "a", "an")]):
        return "organisation", False  # a proper name that is not a person's: Harbor Clinic, Russia
    plural = head in _GROUP_HEADS or (head.endswith("s") and not head.endswith(("ss", "us", "is")))
    return "unnamed", plural


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    w = word.lower().replace(".", "")
    if w.endswith(("’s", "'s")):
        w = w[:-2]
    return w


def _qualifiers(words: list[str]) -> set[str]:
    """Capitalised qualifiers of a title or description (``US``, ``Russian``) as 5-letter stems."""
    return {_norm(w)[:5] for w in words if w[:1].isupper() and _norm(w) not in _TITLE_WORDS and _norm(w)}


@lru_cache(maxsize=65536)
def _split_run(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Title words and name words of a capitalised run (cached: runs repeat)."""
    words = run.split()
    lead = 0
    while lead < len(words) and (
        _norm(words[lead]) in _LEADING
        or (lead == 0 and words[0] in ("Said", "Says"))  # "Said Ellis:" opens with the cue
        or (words[lead] in _PLACE_DOTTED and lead + 1 < len(words))  # "U.S. Trump" (after "... in the U.S.")
        or (_norm(words[lead]).endswith("ly") and _norm(words[lead]) not in _given_names())  # "Suddenly"
        or (
            lead + 1 < len(words)
            and _norm(words[lead]) not in _TITLE_WORDS  # ("Representative")
            and _orgs.common_word_kind(words[lead], _given_names()) is not None  # "Despite", "Both", "Electing"
        )
    ):
        lead += 1
    words = words[lead:]  # (pop(0) in a loop was quadratic in a run of thousands of initials)
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("’s", "'s", "s’", "s'")):
            # "Fox News’ Sean Hannity", "Trump’s Indiana": the name is what the possessive owns (but a place's
            # possessive is a title's qualifier: "Ukraine’s President Volodymyr Zelensky")
            own = _norm(words[i].rstrip("’'"))
            if own not in _orgs.place_names() and _orgs.organisation_kind(words[i]) != "place":
                words = words[i + 1 :]
            break
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    k = -1
    for i, w in enumerate(words[:-1]):  # the last word is a name even when it could be a title ("Peter T. King")
        if _norm(w) in _TITLE_WORDS or (i and words[i - 1] == "of" and _norm(w) in _PORTFOLIOS):
            k = i
    if k == -1 and len(words) == 1 and _norm(words[0]) in _TITLE_WORDS:
        k = 0  # a title alone ("Senator")
    title, name = words[: k + 1], words[k + 1 :]
    if title and not any(_norm(w) in _OFFICE for w in title):
        title, name = [], words
        while len(name) > 1 and (_norm(name[0]) in _TITLE_WORDS or _norm(name[0]) in _PORTFOLIOS):
            name = name[1:]  # "State Hillary Clinton" (of "secretary of State Hillary Clinton"), "Former Trump"
    return tuple(title), tuple(name)


@dataclass(slots=True)
class _Runs:
    """Capitalised runs of a text, for name lookup."""

    items: list[tuple[int, int, list[str], list[str], bool]]  # start, end, title, name, after "the"


#: A nickname in quotation marks and a surname after a given name: ``Robert C. "Bobby" Scott``.
_NICKNAME = re.compile(r"[ \t\u00a0]+[\"“‘']([A-Z][a-z]+)[\"”’'][ \t\u00a0]+([A-Z][\w’'\-]*[a-z])\b")


def _runs(text: str) -> _Runs:
    items = []
    append = items.append
    skip_to = -1
    for m in _NAME_RUN.finditer(text):
        if m.start() < skip_to:
            continue
        parts = _run_parts(m.group())
        if not parts:
            continue
        base = m.start()
        nick = _NICKNAME.match(text, m.end()) if text[m.end() : m.end() + 1] in " \t\u00a0" else None
        if nick is not None and parts[-1][1] + base == m.end():
            # 'Rep. Robert C. "Bobby" Scott', 'Del. Marcia "Cia" Price': the name news uses is the nickname's
            s, _, title, name = parts[-1]
            parts = (*parts[:-1], (s, nick.end() - base, title, (nick.group(1), nick.group(2))))
            skip_to = nick.end()
        for s, e, title, name in parts:
            s += base
            # after "the" (the window's last character is checked first: it must be a space or a tab)
            the = text[s - 1 : s] in (" ", "\t") and text[max(0, s - 4) : s].lower().endswith(("the ", "the\t"))
            if not the and text.startswith("The", s) and text[s + 3 : s + 4] in (" ", "\u00a0"):
                # "on The Laura Ingraham Show" inside a sentence: the name of a work or an outlet
                before = text[max(0, s - 3) : s].rstrip()
                the = bool(before) and (before[-1].islower() or before[-1] in ",;")
            append((s, e + base, title, name, the))
    return _Runs(items)


@lru_cache(maxsize=65536)
def _run_parts(run: str) -> tuple[tuple[int, int, tuple[str, ...], tuple[str, ...]], ...]:
    """The parts of a capitalised run that name someone: (start, end, title, name), offsets in ``run``.

    Cached: the same runs come back, in an article and across articles.
    """
    out = []
    # a period ends the run unless it closes an initial or an abbreviation ("Sen.", "J.")
    for s, e in _split_at_periods(run) if "." in run else ((0, len(run)),):
        if e <= s:
            continue
        title, name = _split_run(run[s:e])
        if not name or (len(name) == 1 and len(name[0]) == 1) or "I" in name:
            continue  # an initial alone; "I" is the writer, not a name ("Later I", "Rubio: I Still Believe")
        if len(name) == 1 and name[0] in ("Says", "Said", "Tells", "Told", "Asks", "Asked", "Warns", "Claims"):
            continue  # a headline's verb after a title: "Former White House Doctor Says ..."
        out.append((s, e, title, name))
    return tuple(out)


#: A dotted initialism of two or more letters ("U.S.", "D.C."): it ends no run ("Retired U.S. Air Force Gen.
#: Norman Ham"); opening a run, it is no part of the name (``_split_run``).
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
#: Dotted initialisms of places, which open no name ("J.D." or "J.M." may).
_PLACE_DOTTED = frozenset("U.S. U.K. U.N. E.U. D.C. L.A. N.Y. N.J. N.C. S.C. N.H. N.M. N.D. S.D. U.A.E.".split())


def _split_at_periods(run: str) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    s = 0
    for w in _WORD.finditer(run):
        tok = w.group()
        if tok.endswith(".") and len(tok) > 2 and tok[:-1].lower() not in _ABBREV and not _DOTTED.fullmatch(tok):
            parts.append((s, w.end() - 1))
            s = w.end() + 1
    if s < len(run):
        parts.append((s, len(run)))
    return parts


@lru_cache(maxsize=65536)
def _is_place(name: tuple[str, ...]) -> bool:
    """Whether a run of capitalised words names a place, a body, a law or a headline, not a person."""
    if len([w for w in name if w[:1].isupper()]) > 4:
        return True  # a headline in title case
    if " ".join(_norm(w) for w in name) in _orgs.place_names():
        return True
    # an acronym (NAACP, FBI) makes a body; an initial with its period (J.) does not
    return (
        any(_norm(w) in _NOT_PERSON or _norm(w) in _BODY_WORDS for w in name)
        or any(len(w.rstrip(".")) > 1 and w.isupper() and "." not in w.rstrip(".") and w not in _ROMAN for w in name)
        or _orgs.organisation_kind(" ".join(name)) is not None  # the gazetteer, "X Institution", "N. Korea"
    )  # (initials such as J.M. and generations such as III are no acronym)


_ROMAN = frozenset("II III IV VI".split())
#: Title words that name a party, not an office.
_PARTY_WORDS = frozenset("republican democrat democratic".split())


#: Last words of the names of bodies and newspapers (beside ``_NOT_PERSON``): "Bayside Courier", "Harbor Clinic".
_BODY_WORDS = frozenset(
    """courier chronicle inquirer sentinel gazette bulletin dispatch examiner ledger observer clinic hospital
    ministry agency authority foundation institute corporation company council committee""".split()
)


@lru_cache(maxsize=65536)
def _looks_personal(title: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a run names a person though a word of it names places or bodies (``Dr. Helen Park``).

    It does with a title of office or an honorific before it, or when its
    first word is a given name of the census lists and it has two or three
    words (``Helen Park``, not ``Washington Post Company``).
    """
    if any(_norm(w) in _OFFICE and _norm(w) not in _PARTY_WORDS for w in title):
        return True  # (not "Republican" of "Republican National Convention")
    if not 2 <= len(name) <= 3 or any(len(w.rstrip(".")) > 1 and w.isupper() for w in name):
        return False
    if " ".join(_norm(w) for w in name) in _orgs.place_names() or _norm(name[-1]) in _ORG_NAMES:
        return False
    if _orgs.organisation_kind(" ".join(name)) not in (None, "place"):
        return False  # "Laura Ingraham Show", "Harvey Milk Foundation": a body named for a person
    last = _norm(name[-1])
    return (
        _norm(name[0]) in _given_names()
        and last not in _ORG_HEADS
        and last not in _PLACE_WORDS
        and last not in _GROUP_HEADS  # "Virginia Democrats"
    )


#: Last words of place names that a given name may start (``Virginia Beach``, ``Lake Street``).
_PLACE_WORDS = frozenset(
    "beach street avenue road river valley island islands county city square bridge port bay airport lake "
    "mountain mountains heights springs falls station district province state states".split()
)


#: Words in -er, -or, -ist ... that name no person ("the letter", "the hearing" has no such ending).
_NOT_PERSON_NOUNS = frozenset(
    """letter paper number order matter chapter water poster flyer trailer border center centre computer
    quarter corner power tower cover filer answer meter monitor sector factor error mirror motor
    document statement agreement government department parliament movement argument comment event
    moment element requirement management investment report""".split()
)


def _person_noun(word: str) -> bool:
    """Whether a description's head names a person (``author``, ``spokeswoman``; not ``hearing``, ``letter``)."""
    w = _norm(word)
    if w in _NOT_PERSON_NOUNS:
        return False
    return (
        w in _TITLE_WORDS
        or w in _ROLE_HEADS
        or w in _AGENT_HEADS
        or w in _PERSON_NOUNS
        or w.endswith(("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ess", "crat"))
    )


#: Nouns of people without the endings ``_person_noun`` reads.
_PERSON_NOUNS = frozenset(
    """source friend neighbour neighbor woman man aide witness official mother father wife husband son daughter
    girl boy child teen teenager student nurse doctor pastor coach chef veteran ally relative colleague guard
    staffer insider attendee patient victim survivor parent resident voter expert analyst activist""".split()
)


def _title_heads(title: str) -> set[str]:
    return {_norm(w) for w in title.split()}


#: Heads beside offices whose place or nationality says who is meant ("the Burmese leader", "his Russian
#: counterpart"); an epithet ("the New York businessman") is written of people named without it.
_PLACED_HEADS = frozenset("leader counterpart official envoy premier king queen".split())


@dataclass(frozen=True, slots=True)
class _Needs:
    """What a description asks of the person it names (``the Vermont senator``: a senator, of Vermont)."""

    head: str
    quals: frozenset[str]  # place and nationality qualifiers ("vermo", "russi")
    soft: frozenset[str]  # qualifiers a country's news leaves unwritten for its own ("us")
    party: frozenset[str]
    office: frozenset[str] | None  # title words one of which the person must bear ("sen", "senator")
    strict: bool  # only someone written with the office ("the spokesman", "the vice president")
    past: bool  # "the former secretary of state": no title of today contradicts it
    gender: str | None

    @property
    def heads(self) -> frozenset[str]:
        return self.office or frozenset([self.head])

    @staticmethod
    @lru_cache(maxsize=8192)
    def _read(words: tuple[str, ...]) -> _Needs:
        quals = _qualifiers(list(words[1:]))
        party = quals & _PARTY_QUALS
        quals -= _PARTY_QUALS
        head = _norm(words[-1])
        if head == "state" and len(words) > 2:
            head = _norm(words[-3])
        if "and" in words[1:-1]:
            # "the former first lady and U.S. senator": the first description sets the head and the qualifiers
            words = words[: words.index("and")]
            head = _norm(words[-1])
            if head == "state" and len(words) > 2:
                head = _norm(words[-3])
            quals = _qualifiers(list(words[1:])) - _PARTY_QUALS
        soft = quals & _SOFT_QUALS
        quals -= _SOFT_QUALS
        gender = "m" if head in _MALE else "f" if head in _FEMALE else None
        office = _OFFICE_HEADS.get(head)
        strict = head in _SPOKES  # "the spokesman" is only someone written as one
        if office is not None and len(words) > 2 and _norm(words[-2]) in _OFFICE_MODIFIERS:
            office = frozenset([_norm(words[-2])])  # "the vice president" is not the president
            strict = True
        # "the former secretary of state": a past office, which no title of today contradicts
        past = any(_norm(w) in ("former", "then", "onetime", "one-time", "ex") for w in words[1:])
        return _Needs(head, frozenset(quals), frozenset(soft), frozenset(party), office, strict, past, gender)

    @classmethod
    def read(cls, words) -> _Needs:
        return cls._read(tuple(words))

    def fits(self, quals: set[str], roles: set[str], gender: str | None) -> bool:
        """Whether nothing known of a person contradicts the description (their qualifiers, party, office, gender)."""
        return (
            not (self.quals and quals - _PARTY_QUALS and not self.quals & quals)
            and not (self.soft and quals - _PARTY_QUALS and not self.soft & quals)
            # (an independent may run as a party's candidate: "Sen. Bernie Sanders (I-Vt.)", the Democratic candidate)
            and not (self.party and quals & _PARTY_QUALS - {"indep"} and not self.party & quals)
            and (
                self.office is None
                or bool(self.office & roles)
                or (not self.strict and (self.past or not roles & _JOBS))  # no other office or job known
            )
            and (self.gender is None or gender in (None, self.gender))
        )

    def holds(self, quals: set[str], roles: set[str]) -> bool:
        """Whether a person is written with the description's title (and its qualifiers, if it has any)."""
        return bool(self.heads & roles) and (not self.quals or bool(self.quals & quals))

    def shown(self, quals: set[str], roles: set[str], gender: str | None) -> bool:
        """Whether a description stays with a person, given everything written next to their name in the run.

        Nothing written of them contradicts it (:meth:`fits`: a qualifier, a party, an office or job of their
        own that is not this one, a gender), and the place or nationality of a leader is theirs (``the Burmese
        leader``). An office asks no more (``the Russian president`` of a Putin written without a title), nor an
        epithet (``the New York businessman``): news writes them of people it names without them.
        """
        if not self.fits(quals, roles, gender):
            return False
        return not (self.quals and not self.quals & quals and self.office is None and self.head in _PLACED_HEADS)

    def held(self, quals: set[str], roles: set[str], gender: str | None) -> bool:
        """Whether a person is written with the description's title, its qualifiers too, and nothing contradicts it."""
        return self.fits(quals, roles, gender) and bool(
            (self.heads | _ROLE_SYNONYMS.get(self.head, frozenset())) & roles
        ) and (not self.quals or bool(self.quals & quals))


#: A description in apposition before a name: "the audit's author, " (before "Priya Natarajan").
_APPOSITIVE = re.compile(r"(?:^|\W)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+((?:[\w’'\-]+\s+){0,3}[a-z][\w\-]*)),\s+$")


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
        if w == "they":
            # a group or a body: the subject before the quote, else the last source, if it is one
            for p in (subject, self.last_speaker):
                if p is not None and (p.kind == "organisation" or p.plural):
                    return self._mention(p, word, start)
            return None
        gender = "m" if w in _MALE else "f" if w in _FEMALE else None
        if gender is None:
            return None

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


#: Honorifics: titles that say nothing of a role (people.title leaves them out).
HONORIFICS = frozenset("mr mrs ms miss mx messrs".split())


def is_honorific(title: str) -> bool:
    """Whether a title is only honorifics (``Mr.``, ``Ms``), not a role.

    Examples
    --------
    >>> is_honorific("Mr."), is_honorific("Mayor")
    (True, False)
    """
    return all(_norm(w) in HONORIFICS for w in title.split())


def _title_gender(title: list[str] | tuple[str, ...]) -> str | None:
    """``m`` or ``f`` when a title word tells (``Mr.``, ``Councilwoman``), else None."""
    for w in title:
        n = _norm(w)
        if n in _MALE:
            return "m"
        if n in _FEMALE:
            return "f"
    return None


#: A word of letters, digits, ``’ ' - _``, perhaps with a final period: the surnames that
#: :func:`_single_mentions` finds with one pass over the text.
_SIMPLE_WORD = re.compile(r"[\w’'\-]+\.?")
#: From this many such surnames on, one pass over the text's words beats one search per surname.
_MANY_SINGLES = 40


def _single_mentions(text: str, singles: set[str], held: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the words of ``singles`` standing alone in ``text``, outside the ``held`` runs.

    A word stands alone when no letter, digit, ``’``, ``'``, ``-`` or ``_`` precedes it and no
    letter, digit, ``-`` or ``_`` follows it (``Trump’s`` holds ``Trump``). With few words, each
    is searched for in turn; with many (a text naming a new person in every sentence), the text's
    words are looked up in the set instead, so that the time grows with the text, not with the
    text times the number of people. Both ways give the same spans (in another order).

    Words of letters and the like (``_SIMPLE_WORD``) are searched for in a copy of the text with
    the held runs blanked out: such a word standing alone cannot straddle the start of a run (a run
    starts after a character that is not a letter, a digit, ``’ ' - _``, or after the space that
    follows a period), so this finds the same spans without visiting every surname inside every
    full name.
    """
    starts = [h[0] for h in held]

    def free(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return not (k >= 0 and held[k][1] > i)

    simple = {w for w in singles if _SIMPLE_WORD.fullmatch(w)}
    if len(simple) >= _MANY_SINGLES:
        outside = [(i, j) for i, j in _simple_mentions(text, simple) if free(i)]
    else:
        pieces, prev = [], 0
        for s, e in held:
            pieces += (text[prev:s], "\0" * (e - s))
            prev = e
        pieces.append(text[prev:])
        outside = _alone(text, "".join(pieces), simple)
    return outside + [(i, j) for i, j in _alone(text, text, singles - simple) if free(i)]


def _alone(text: str, searched: str, words: set[str]) -> list[tuple[int, int]]:
    """Spans of ``words`` found in ``searched`` (``text`` or a copy) and standing alone in ``text``."""
    found = []
    find = searched.find
    n = len(text)
    for word in words:
        m = len(word)
        i = find(word)
        while i >= 0:
            j = i + m
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "’'-_")) and (
                j == n or not (text[j].isalnum() or text[j] in "-_")
            ):
                found.append((i, j))
            i = find(word, j)
    return found


def _simple_mentions(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Spans of ``words`` (each matching ``_SIMPLE_WORD``) standing alone in ``text``, in one pass.

    Such a word standing alone starts a maximal run of ``[\\w’'\\-]`` characters and is the
    whole run, the run up to one of its apostrophes (``Trump`` of ``Trump’s``), or the whole run
    and the period after it (``Jr.``); each of these is looked up in ``words``.
    """
    found: list[tuple[int, int]] = []
    if not words:
        return found
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    for m in re.finditer(rf"(?<![\w’'\-])[{firsts}][\w’'\-]*", text):
        i, j = m.span()
        run = m.group()
        if run in words:
            found.append((i, j))
        if "’" in run or "'" in run:
            for k, c in enumerate(run):
                if c in "’'" and run[:k] in words:
                    found.append((i, i + k))
        if text[j : j + 1] == "." and run + "." in words:
            if j + 1 == len(text) or not (text[j + 1].isalnum() or text[j + 1] in "-_"):
                found.append((i, j + 1))
    return found


def attribute(
    text: str, quotes: list[Quote], sentences: list[tuple[int, int, int]], rules: Iterable[str] | None = None
) -> list[Person]:
    """Resolve quote speakers and list the people of ``text``.

    Sets each quote's ``speaker`` to the resolved person's fullest name (or
    to the source as written when it is not a person: ``a campaign
    spokesman``; None for an unresolved pronoun), and its ``speaker_rule`` to
    the step that resolved it (``name``, ``surname``, ``pronoun``,
    ``description``, ...: the README's quotes table lists them), stamped
    where that step decides; None where there is no speaker.

    Parameters
    ----------
    text : str
        The article body.
    quotes : list of Quote
        From :func:`newsanalysis.quotations.find_quotes`; updated in place.
    sentences : list of (int, int, int)
        Sentence spans (unused by the rules, kept for the stage contract).
    rules : iterable of str, optional
        Names of the rules to use (keys of
        :data:`newsanalysis.attribution.RULES`); default all. Of this stage's,
        ``open_source`` (a cue-less quote's source, where a reader has no
        doubt) is one.

    Returns
    -------
    list of Person
        Everyone named or quoted, in order of first mention.

    Examples
    --------
    >>> from newsanalysis.quotations import find_quotes
    >>> t = ("Sen. Hillary Clinton spoke on Monday. “We will win,” Clinton said. "
    ...      "The former secretary of state added that taxes would fall. “Soon,” she said.")
    >>> qs = find_quotes(t, [(0, len(t), 0)])
    >>> people = attribute(t, qs, [(0, len(t), 0)])
    >>> [(p.name, p.title, p.aliases) for p in people]
    [('Hillary Clinton', 'Sen.', ['Hillary Clinton', 'Clinton', 'The former secretary of state', 'she'])]
    >>> [q.speaker for q in qs]
    ['Hillary Clinton', 'Hillary Clinton', 'Hillary Clinton']
    >>> [q.speaker_rule for q in qs]
    ['surname', 'description', 'pronoun']
    """
    head_end = _title_case_headline(text, sentences)
    events, runs, surnames = _collect(text, quotes, head_end)
    res = _Resolution(text, sentences)
    res.runs, res.surnames, res.head_end = runs, surnames, head_end
    res.open_sources = "open_source" in select(rules)
    res.book.orgs, res.book.surnames = _treated_bodies(text, runs, surnames), surnames
    res.book.text = text
    return _settle_kinds(res.run(events, quotes), quotes, surnames)


def _treated_bodies(text: str, runs: _Runs, surnames: frozenset[str]) -> dict[str, str]:
    """The names ``text`` treats as organisations (``Politico reported``), but those it gives a person's title."""
    found = _orgs.treated_as_organisations(text, _given_names())
    if not found:
        return found
    titled = {" ".join(name).lower() for _, _, title, name, _ in runs.items if title}
    return {k: v for k, v in found.items() if k not in titled and not (" " not in k and k in surnames)}


def _settle_kinds(people: list[Person], quotes: list[Quote], surnames: frozenset[str]) -> list[Person]:
    """People whose name, once resolution is over, is no person's: a lone given name (``Bob``) in a text that
    names others in full (where a first name alone withholds who it is; in a text that names nobody in full,
    "Ann said" is how Ann is named), a name cut at an initial, a word that opens sentences. They stay the source
    of what they said (pronouns included), as ``unnamed``; a place or a body of the gazetteer is an organisation."""
    given = _given_names()
    settled: dict[str, str] = {}
    for p in people:
        if p.kind != "person" or (" " in p.name and not p.name.endswith(".")):
            continue
        words = tuple(p.name.split())
        if not any(w[:1].isupper() for w in words):
            settled[p.name] = "unnamed"  # "police", "data"
            continue
        if len(words) == 1 and (_norm(words[0]) in surnames or p.titled):
            continue  # "Clinton" of "Hillary Clinton"; "Pope Francis", and "Mr. Grant" is a surname
        if _orgs.is_name_fragment(words, given if surnames else frozenset()) or (
            len(words) == 1 and (_orgs.common_word_kind(words[0], given) is not None or _orgs.is_group_word(words[0]))
        ):
            settled[p.name] = "unnamed"  # "Bob", "Robert C.", "Beyond", "Millennials"
        elif len(words) == 1 and _orgs.organisation_kind(words[0]) is not None:
            settled[p.name] = "organisation"  # "Benghazi", "Politico" (no person of the text is so named)
    for p in people:
        if p.name in settled and p.kind == "person":
            p.kind = settled[p.name]
            p.plural = _orgs.is_group_word(p.name)
    if settled:
        for q in quotes:
            if q.person in settled:
                q.source_kind = settled[q.person]
                q.person = None
    return people


@dataclass(slots=True)
class _Event:
    """One mention of someone, in text order: collected first, resolved after.

    ``what`` is ``run`` (a name: ``payload`` is (title words, name words)),
    ``desc`` (a description: its words), ``q`` (a quote source: the quotes
    resting on it) or ``open`` (a direct quote with no source of its own:
    a one-quote list; ``start`` is the quote's start).
    """

    start: int
    end: int
    what: str
    payload: object


#: The word after a description's head.
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w\-]*)")
#: Nouns a description's head modifies rather than names someone by ("the general election").
_COMPOUND_NEXT = frozenset(
    """election elections public counsel assembly race debate debates campaign forum city country nation committee
    office seat pool field slot spot post role job board contest vote primary nomination process ticket stage
    staff team fund account""".split()
)


def _title_case_headline(text: str, sentences: list[tuple[int, int, int]]) -> int:
    """The end of a headline written in title case before the body (``Obama Sees 'Personal Insult' if ...``), or 0."""
    if not sentences or sentences[-1][2] == 0:
        return 0
    end = max(b for _, b, p in sentences if p == 0)
    words = re.findall(r"[A-Za-z][\w’'\-]*", text[:end])
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return end if len(big) >= 4 and sum(w[0].isupper() for w in big) >= 0.8 * len(big) else 0


#: Words a title-case headline leaves in lower case.
_SMALL_WORDS = frozenset("a an the and or but of to in on at for by as if from with vs via nor so yet up".split())


def _headline_names(name: tuple[str, ...], surnames: set[str]) -> list[tuple[int, int]]:
    """The names inside a run of a title-case headline, as word ranges: ``Obama Sees`` -> ``Obama``,
    ``Offensive Things Donald Trump`` -> ``Donald Trump``; a surname of the body's full names that opens
    the run, and a given name and surname that close it."""
    given = _given_names()
    if len(name) < 2 or (len(name) <= 3 and _norm(name[0]) in given and _norm(name[-1]) in surnames):
        return [(0, len(name))]  # the run is a name ("Hillary Clinton")
    out = []
    if _norm(name[0]) in surnames and _norm(name[0]) not in given:
        out.append((0, 1))
    for k in range(max(1, len(name) - 3), len(name) - 1):
        if _norm(name[k]) in given and _norm(name[-1]) in surnames:
            out.append((k, len(name)))
            break
    return out or [(0, len(name))]


def _collect(
    text: str, quotes: list[Quote], head_end: int = 0
) -> tuple[list[_Event], _Runs, frozenset[str]]:
    """Every mention that may name someone, in text order (no resolution), the runs, and the surnames of full names.

    ``head_end``: the end of a title-case headline, whose runs hold words that are no names (``Obama Sees``).
    """
    runs = _runs(text)
    quoted: dict[tuple[int, int], list[Quote]] = {}
    for q in quotes:
        if q.speaker_mention is not None and q.speaker_start is not None:
            quoted.setdefault((q.speaker_start, q.speaker_end), []).append(q)
    quoted_names = set()
    for s, e in quoted:
        m = text[s:e].split()
        if (
            m
            and m[-1][:1].isupper()
            and _norm(m[-1]) not in _TITLE_WORDS
            and _norm(m[-1]) not in _LEADING  # "He said": a pronoun, never a name to look for
            and not _is_place((m[-1],))
            and (len(m) > 1 or _orgs.common_word_kind(m[-1], _given_names()) is None)  # ("Beyond", "Six")
        ):
            quoted_names.add(_norm(m[-1]))  # (not "Thursday" of "Priebus later Thursday told")

    events: list[_Event] = []
    multi = set()  # last words of full names
    held: list[tuple[int, int]] = []  # spans of runs that name someone with a title or in full
    headline = []
    for s, e, title, name, the in runs.items:
        if len(name) == 1 and not title:
            continue  # a surname alone is found below
        held.append((s, e))
        if s < head_end and not title and len(name) > 1 and (s, e) not in quoted:
            headline.append((s, e, name))
            continue
        place = (_is_place(name) and not _looks_personal(title, name)) or _titled_body(title, name)
        if len(name) > 1 and not place and not the:
            multi.add(name[-1])
        if place and (s, e) not in quoted:
            tail = _person_after_body(name)
            if tail is not None:
                # "White House Counsel W. Neil Eggleston": the person at the end of a body's name and role
                k, role = tail
                ts = text.find(name[k], s, e)
                if ts >= 0:
                    multi.add(name[-1])
                    events.append(_Event(ts, e, "run", (role, name[k:])))
            continue
        if (s, e) in quoted or (the and not title):
            continue
        events.append(_Event(s, e, "run", (title, name)))
    # surnames (and single names of quoted sources) on their own: "Clinton", "Trump's"
    singles = {w for w in multi if w[:1].isupper()} | {
        text[s:e].split()[-1].rstrip(".").removesuffix("’s").removesuffix("'s") for s, e in quoted
        if _norm(text[s:e].split()[-1]) in quoted_names
    }
    for i, j in _single_mentions(text, singles, held):
        if (i, j) not in quoted:
            events.append(_Event(i, j, "run", ((), (text[i:j],))))
    for m in _DESCRIPTION.finditer(text):
        s, e = m.span()
        if (s, e) not in quoted:
            after = _NEXT_WORD.match(text, e)
            if after is not None and after.group(1) in _COMPOUND_NEXT:
                continue  # "the general election", "the host city": the head modifies a noun, names no one
            events.append(_Event(s, e, "desc", m.group().split()))
    for (s, e), qs in quoted.items():
        events.append(_Event(s, e, "q", qs))
    for q in quotes:
        if q.kind == "direct" and q.speaker_start is None:
            events.append(_Event(q.start, q.start, "open", [q]))
    events.sort(key=lambda ev: (ev.start, -ev.end))
    # (surnames also of names inside runs taken for bodies: "White House Counsel W. Neil Eggleston")
    given = _given_names()
    for s, _, title, name, _ in runs.items:
        if s < head_end:
            continue
        if title and len(name) == 1:
            multi.add(name[0])
        for a, b in zip(name, name[1:]):
            if _norm(a) in given and b[:1].isupper():
                multi.add(b)
    surnames = frozenset(_norm(w) for w in multi)
    for s, e, name in headline:
        if _is_place(name) and not _looks_personal((), name):
            continue
        for a, b in _headline_names(name, surnames):
            ws = text.find(name[a], s, e)
            we = text.find(name[b - 1], ws, e) + len(name[b - 1]) if ws >= 0 else -1
            if ws >= 0 and we > ws:
                events.append(_Event(ws, we, "run", ((), name[a:b])))
    events.sort(key=lambda ev: (ev.start, -ev.end))
    return events, runs, surnames


def _titled_body(title: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a title and a name are together a body's name: ``General Electric``, ``Justice Department``."""
    return (
        bool(title)
        and len(name) == 1  # (not "National Republican Senatorial Committee Chairman Roger Wicker")
        and _orgs.organisation_kind(" ".join(title + name), acronyms=False) not in (None, "place")
    )


def _person_after_body(name: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
    """Where a person's name starts at the end of a run taken for a body, and the role before it.

    ``White House Counsel W. Neil Eggleston`` -> Neil Eggleston's start and no role (``Counsel`` names no
    person by its form), ``Maricopa County Recorder Helen Purcell`` -> ``Recorder``: a given name of the
    census lists, then one or two capitalised words (initials aside) that name no body or place.
    """
    given = _given_names()
    for k in range(len(name) - 2, 0, -1):
        if _norm(name[k]) not in given or not name[k][1:].islower():
            continue
        rest = [w for w in name[k:] if not re.fullmatch(r"[A-Z]\.", w)]
        if not 2 <= len(rest) <= 3 or any(_is_place((w,)) or _norm(w) in _ORG_HEADS or _norm(w) in _PLACE_WORDS
                                          or _norm(w) in _GROUP_HEADS for w in rest):
            return None
        j = k
        while j > 0 and re.fullmatch(r"[A-Z]\.", name[j - 1]):
            j -= 1  # "W. Neil Eggleston"
        before = name[j - 1] if j else ""
        role = (before,) if before and (_norm(before) in _TITLE_WORDS or _person_noun(before)) else ()
        return j, role
    return None


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
#: Words of a title that say the same office: "Dr." of "the doctor".
_ROLE_SYNONYMS = {
    "doctor": frozenset("dr doctor physician".split()),
    "chairman": frozenset("chairman chair chairwoman".split()),
    "chairwoman": frozenset("chairwoman chair".split()),
    "professor": frozenset("prof professor".split()),
    "reverend": frozenset("rev reverend pastor".split()),
}
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
        if re.search(rf"(?<![\w’'\-]){w.lower()}(?![\w\-])", self.text):
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

    def group_span(self, s: int, e: int, mention: str) -> list[tuple[int, int]] | None:
        """The spans of the names of a list of named people the source stands in, or None.

        ``Mr. Grassley and Mr. Leahy say`` (the quote stage kept ``Mr. Leahy``), ``Donald Trump and
        Hillary Clinton vied ...``, ``Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert
        Menendez (D-N.J.) all signed``: a group of named people, an unnamed source, not the one named.
        Every item is a person's name (a title, two words, or a surname of the text's full names or of a
        person met), and an ``and`` joins the last two.
        """
        text, items = self.text, self.runs.items
        ends = {it[1]: it for it in items}
        book = self.book

        def known(word: str) -> bool:
            w = _norm(word)
            return w in self.surnames or any(p.kind == "person" for p in book.by_last.get(w, ()))

        def personal(title, name) -> bool:
            # a title of office, a surname of the text, or a given name first ("Economic Cooperation" is none)
            if not name or _norm(name[-1]) in _TITLE_WORDS or (_is_place(name) and not _looks_personal(title, name)):
                return False
            return (
                any(_norm(w) in _OFFICE for w in title)
                or known(name[-1])
                or (len(name) > 1 and _norm(name[0]) in _given_names())
            )

        def name_ending(j: int) -> int | None:
            """The start of a person's name that ends at ``j``."""
            it = ends.get(j)
            if it is not None:
                _, _, title, name, the = it
                if (the and not title) or not personal(title, name):
                    return None
                return text.find((title or name)[0], it[0], j)
            m = re.search(r"(?<![\w’'\-])[A-Z][\w’'\-]+$", text[max(0, j - 40) : j])
            return j - len(m.group()) if m is not None and known(m.group()) else None

        def name_starting(i: int) -> int | None:
            """The end of a person's name that starts at ``i``."""
            m = _NAME_RUN.match(text, i)
            if m is not None:
                run = m.group().rstrip(".") if m.group().endswith(".") and not _INITIAL_END.search(m.group()) else m.group()
                title, name = _split_run(run)
                if personal(title, name):
                    return i + len(run)
            m = re.match(r"[A-Z][\w’'\-]+", text[i : i + 40])
            return i + len(m.group()) if m is not None and known(m.group()) else None

        low = mention.lower()
        if low in _QUANTIFIERS:
            m = re.search(r"(?:\s*\([^()]{1,25}\))?,?\s+$", text[max(0, s - 30) : s])
            first_end = s - len(m.group()) if m is not None else None
            first = name_ending(first_end) if first_end is not None else None
            last_end = s + len(mention)
        else:
            first, first_end = s, e
            src = read_source(mention)
            if src.form != "name" or not personal(src.title, src.words):
                return None
            last_end = e
        if first is None:
            return None
        spans = [(first, first_end)]
        seps: list[str] = []
        if low not in _QUANTIFIERS:
            while True:  # forward: "Donald Trump and Hillary Clinton"
                m = _LIST_SEP.match(text, last_end)
                nxt = name_starting(m.end()) if m is not None else None
                if nxt is None:
                    break
                seps.append(m.group(1))
                spans.append((m.end(), nxt))
                last_end = nxt
        while True:  # backward: "Mr. Grassley and Mr. Leahy", "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and"
            m = _LIST_SEP_BEFORE.search(text, max(0, first - 40), first)
            prev = name_ending(m.start()) if m is not None else None
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
        book, text = self.book, self.text
        resolved: list[tuple[Quote, Person | None]] = []
        covered_to = -1
        last_run: tuple[Person, int, int] | None = None  # the last name read, and where
        person_runs = self.person_runs
        openers = self.openers
        contents: list[tuple[int, int, Person]] = []  # the content of each statement resolved, and whose
        affiliations: dict[int, Person | str] = {}  # id of a quote -> whom its source speaks for
        spans = sorted((q.start, q.end) for q in quotes if q.kind in ("direct", "partial"))
        pending: list[tuple[int, int, Person, int, str]] = []  # unnamed sources that may be named next
        for ev in events:
            s, e, what = ev.start, ev.end, ev.what
            if what == "run":  # the commonest event, first
                if s < covered_to:
                    continue
                covered_to = max(covered_to, e)
                title, name = ev.payload
                p = book.named(name, title, None, s)
                if text[e : e + 1] in (" ", ",", "\t") and p.kind == "person":
                    p._beside(_beside_quals(text, e))
                if s in openers or text[e : e + 1] == "," or text[s - 2 : s] == ", " or text[e : e + 1] in "’'":
                    # (the only runs that can open a sentence's subject)
                    self.note_subject(p, s, e)
                last_run = (p, s, e)
                person_runs.append(last_run)
                continue
            if what == "open":
                q = ev.payload[0]
                found = self.open_source(q) if self.open_sources else None
                if found is not None:
                    p, ms, me, mention = found
                    q.speaker_mention, q.speaker_start, q.speaker_end = mention, ms, me
                    q.rule = q.speaker_rule = "open_source"
                    resolved.append((q, p))
                    self.sources[self.sentence_of(q.start)] = found
                continue
            if what != "q" and s < covered_to:
                continue
            covered_to = max(covered_to, e)
            mention = text[s:e]
            if mention.endswith(("’s", "'s")):
                mention = mention[:-2]
            if what == "desc":
                # "Carter said she had written to the minister": not Carter herself
                inside = {id(c[2]) for c in contents[-8:] if c[0] <= s < c[1]}
                p = book.describe(ev.payload, mention, s, exclude=inside)
                self.note_subject(p, s, e)
                continue
            subject = None
            near: list[Person] = []
            if mention.lower() in ("he", "she") and self.sent_starts:
                near = self.near_antecedents(s, min(s, *(q.start for q in ev.payload)), spans, ev.payload)
            if mention.lower() in ("he", "she", "they") and self.sent_starts:
                # a pronoun: the person who opens its own sentence before it ("Trump has blasted the
                # system, which he said ..."), else the one who opens the sentence before the quote
                own = self.subjects.get(self.sentence_of(s))
                if own is not None and own[2] <= s:
                    subject = own[0]
                else:
                    k = self.sentence_of(min(s, *(q.start for q in ev.payload)))
                    if self.previous_ok(k):
                        subject = (self.subjects.get(k - 1) or (None,))[0]
            form = read_source(mention).form
            m = _CONJOINED.search(text, max(0, s - 80), s) if form in ("other", "description") else None
            if m is not None and (
                mention[:1] in "TtAaHh"
                or not _person_noun(mention.split()[-1])
                or not _person_noun(m.group(1).split()[-2])
            ):
                m = None  # a description of its own, or no description of a person ("... police shootings and protests")
            if m is None and mention.lower() in ("him", "her", "them"):
                m = _CLOSE_TO.search(text, max(0, s - 40), s)  # "Those close to him say": not him
            if m is not None and m.end() == s:
                # "the former first lady and U.S. senator said": the quote stage kept the second half
                s = m.start(1)
                mention = text[s:e]
                for q in ev.payload:
                    q.speaker_mention, q.speaker_start = mention, s
            if s < self.head_end and form == "name":
                # "Offensive Things Donald Trump Said ...": the name at the end of a headline's source
                words = mention.split()
                a, b = _headline_names(tuple(words), self.surnames)[-1]
                if (a, b) != (0, len(words)) and not words[b - 1].endswith(("’s", "'s")):  # (not "Trump’s Son")
                    s = text.find(words[a], s, e)
                    e = text.find(words[b - 1], s, e) + len(words[b - 1])
                    mention = text[s:e]
                    for q in ev.payload:
                        q.speaker_mention, q.speaker_start, q.speaker_end = mention, s, e
            p = book.step = None
            m = _TITLE_AND.match(text, e) if form == "name" and _norm(mention.split()[-1]) in _TITLE_WORDS else None
            if m is not None:
                # "former Ohio Gov. and party Chairman Tom Ruiz": two titles of one person, named after the second
                title, name = _split_run(m.group(1))
                if len(name) > 1 and not _is_place(name):
                    e = m.end(1)
                    mention = text[s:e]
                    for q in ev.payload:
                        q.speaker_mention, q.speaker_end = mention, e
                    p = book.named(list(name), list(title), mention, s)
                    p._roles(mention.split())
                    book.step = "title_and_title"
            grp = self.group_span(s, e, mention) if form in ("name", "other") and p is None else None
            if grp is not None:
                # "Mr. Grassley and Mr. Leahy say": a group of named people, no one of them
                title, name = _split_run(mention)
                if (s, e) in grp and name:  # (the others are read as names before or after)
                    person_runs.append((book.named(list(name), list(title), None, s), s, e))
                s, ge = grp[0][0], grp[-1][1]
                mention = text[s:ge]
                for q in ev.payload:
                    q.speaker_mention, q.speaker_start, q.speaker_end = mention, s, ge
                p = book.other(mention, s, kind="unnamed", plural=True)
                book.groups.add(id(p))
                book.step = "group"
            if p is None and form == "name":
                kind = self.common_word(s, mention)
                if kind is not None:
                    # "Video shows ...", "Proponents have urged ...": a capitalised word of the sentence, no name
                    p = book.other(mention, s, kind=kind, plural=kind == "unnamed" and _norm(mention).endswith("s"))
                    book.step = "common_word"
            voice = self.voice(s) if mention.lower() in ("i", "he", "she") and self.sentences else None
            if p is None and voice is not None and mention.lower() == "i":
                # "FALLIN: I think ...", "... I hope so.\n\nChris Smith.": the one who speaks the paragraph
                p = book._mention(voice, mention, s)
                book.step = self.voice_steps[self.sent_paras[self.sentence_of(s)]]
            if p is None:
                p = self.named_beside(s, e, mention, last_run)
            if p is None:
                # (in a speaker's own paragraph, he or she is someone else)
                p = _resolve(book, text, mention, s, subject, near, avoid=voice)
            if p is not None and p.kind != "person" and not p.plural:
                pending.append((len(resolved), len(ev.payload), p, s, mention))
            if p is not None and p.kind == "person" and mention[:1].isupper() and read_source(mention).form == "name":
                person_runs.append((p, s, e))  # a source that is a name is a name read, too
            principal = self.principal(mention) if p is None or p.kind != "person" else None
            if p is not None and mention[:1].isupper():
                self.note_subject(p, s, e)
                self.apposition_before(p, s)
            for q in ev.payload:
                resolved.append((q, p))
                q.speaker_rule = book.step if p is not None else None
                if principal is not None:
                    affiliations[id(q)] = principal
                if p is not None:
                    contents.append((q.start, q.end, p))
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
        for i, n, p, s, mention in pending:
            cata = self.named_after(s, mention, p.kind == "unnamed")
            if cata is not None:
                # "..., the candidate's former doctor maintains. Dr. Connie Mariano, who ...": named next
                p.mentions -= 1
                book._mention(cata, mention, s)
                resolved[i : i + n] = [(q, cata) for q, _ in resolved[i : i + n]]
                for q, _ in resolved[i : i + n]:
                    q.speaker_rule = "named_next"
        for q, p in resolved:  # after the loop: a person's name may grow later ("Lee" ... "Ann Lee")
            q.speaker = p.name if p is not None else None
            q.source_kind = p.kind if p is not None else None
            q.person = p.name if p is not None and p.kind == "person" else None
            aff = affiliations.get(id(q))
            if isinstance(aff, str):
                # "Clinton's campaign said" before the article names Hillary Clinton: her, now that she is named
                found = book._find(aff.split())
                aff = found if found is not None and found.kind == "person" and found.mentions else aff
            q.affiliation = aff.name if isinstance(aff, Person) else aff
        people = [p for p in book.people if p.mentions]
        people.sort(key=lambda p: p.first_mention)
        return people

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
            src = Source("name", src.words[-1:])
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
    p = book.other(mention, start)
    book.step = "organisation" if p.kind == "organisation" else "unnamed"
    return p


def _name_step(p: Person, src: Source, start: int) -> str:
    """The ``speaker_rule`` of a name at ``start`` resolved to ``p``.

    ``name`` (the name as first met, or in full), ``surname`` / ``title_surname`` (a shorter form of a person
    named before), ``organisation`` or ``unnamed`` (a name the text treats as a body, or as no one's).
    """
    if p.kind != "person":
        return "organisation" if p.kind == "organisation" else "unnamed"
    if p.first_mention < start and len(src.words) < len(p.name.split()):
        return "title_surname" if src.title else "surname"
    return "name"


#: Portfolios after "of" in a title: "Secretary of State", "Supervisor of Elections".
_PORTFOLIOS = frozenset(
    """state defense defence staff homeland health education energy labor agriculture commerce
    transportation veterans housing interior treasury justice elections""".split()
)

#: Words that are never a source on their own (function words, adverbs, verbs a quote stage may take for one).
_NOT_A_SOURCE = frozenset(
    """whether instead speaking particular past both this that these those more most less also then there here
    which what when where why how if so such very just even still yet again later earlier now today
    yesterday tonight telephone phone the a an and or but""".split()
)

#: Words after a name that start its affiliation: "Gov. Mike Pence of Indiana", "Sam Reyes of the
#: farm workers’ union", "Cameron Easley for Morning Consult".
_AFFILIATION = frozenset("of for from at with".split())
#: Words between a role and the person or body it works for ("a spokeswoman for", "an aide to").
_RELATION = _AFFILIATION | {"to"}
#: Heads of a source who speaks for someone else ("a spokeswoman for Clinton", "Clinton's aides").
_AGENT_HEADS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors staffer staffers
    staff lawyer lawyers attorney attorneys representative representatives friend friends ally allies associate
    associates confidant confidants people person those someone sources source official officials campaign
    team surrogate surrogates supporters backers loyalists insiders insider operatives operative strategist
    strategists deputy deputies secretary office camp transition family relatives""".split()
)


def _name_in_phrase(words) -> bool:
    """Whether a source ends with a name inside a phrase (``The ad uses footage of Hillary Clinton``)."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return k > 0 and words[k - 1] in ("of", "for", "to", "with", "by", "about", "on", "against", "at", "from", "in")


def _principal(words) -> tuple[int, int] | None:
    """Where the person or body a source speaks for is written in it, as (start, end) word indices, or None.

    ``a spokeswoman for Hillary Clinton``, ``an aide to Clinton``, ``people close to Clinton``,
    ``sources familiar with Trump's thinking``, ``Clinton's campaign``, ``the Clinton campaign``.

    Examples
    --------
    >>> _principal("A spokeswoman for Hillary Clinton".split()), _principal("Trump's campaign".split())
    ((3, 5), (0, 1))
    >>> _principal("the former secretary of state".split()) is None
    True
    """
    words = list(words)
    low = [_norm(w) for w in words]
    for k, w in enumerate(low[:-1]):
        if w in _AGENT_HEADS and words[k][:1].islower() or (w in _AGENT_HEADS and k == 0):
            j = k + 1
            if low[j] in ("close", "familiar", "closest", "loyal", "near") and j + 1 < len(low):
                j += 1
            if low[j] not in ("for", "to", "of", "with", "at") or j + 1 >= len(words):
                continue
            j += 1
            if words[-1][:1].isupper():
                # "a spokesman for Democratic presidential candidate Hillary Clinton": the name that ends it
                e = b = len(words)
                while b > j and (words[b - 1][:1].isupper() or low[b - 1] in ("von", "van", "der", "de")):
                    b -= 1
                return (b, e) if _norm(words[b]) not in _LEADING else None
            while j < len(words) and not words[j][:1].isupper():
                j += 1
            e = j
            while e < len(words) and (words[e][:1].isupper() or (e > j and low[e] in ("von", "van", "der", "de"))):
                e += 1
            if e > j:
                return j, e
    # "Clinton's campaign", "the Clinton campaign", "Trump campaign manager": a name before an agent head
    for k in range(1, len(words)):
        if low[k] in _AGENT_HEADS and words[k][:1].islower():
            e = k
            b = e
            while b > 0 and words[b - 1][:1].isupper() and low[b - 1] not in ("the", "a", "an"):
                b -= 1
            while b < e and (low[b] in _LEADING or low[b] in _GROUP_HEADS):
                b += 1  # "Several Cruz aides": Cruz
            if b == e:
                return None  # "His campaign", "Some advisers"
            possessive = words[e - 1].endswith(("’s", "'s", "’", "'"))
            if not possessive and low[k] != "campaign" and low[e - 1].endswith(("ic", "ese", "ian", "ish", "ch", "an")):
                return None  # "Democratic officials", "Chinese officials", "French officials": no one they speak for
            return b, e
    return None


@lru_cache(maxsize=65536)
def read_source(mention: str) -> Source:
    """How a source as written reads, before any lookup (cached: sources repeat).

    Examples
    --------
    >>> read_source("Gov. Mike Pence of Indiana")
    Source(form='name', words=('Mike', 'Pence'), title=('Gov.',), role=None)
    >>> read_source("longtime pollster Pat Caddell").role
    'longtime pollster'
    >>> read_source("the former secretary of state").form, read_source("the fire service").form
    ('description', 'other')
    >>> read_source("she"), read_source("I").form
    (Source(form='pronoun', words=('she',), title=(), role=None), 'none')
    """
    words = mention.split()
    if not words:
        return Source("none")
    if len(words) == 1 and words[0].lower() in ("he", "she", "him", "her", "who", "which", "they"):
        return Source("pronoun", (words[0],))
    if len(words) == 1 and words[0].lower() in ("it", "we", "i", "you"):
        return Source("none")
    if all(_norm(w) in _NOT_A_SOURCE or w.lower().endswith(("n’t", "n't")) for w in words):
        return Source("none")  # a word the quote stage took for a source: "don’t", "whether", "Instead"
    if len(words) == 1:
        common = _orgs.common_word_kind(words[0], _given_names())
        if common is not None:
            # "Despite" (a sentence's first word): nobody; "Six", "Legislative" (of "Legislative leaders"): unnamed
            return Source("none") if common == "none" else Source("other", (words[0],))
    name_at = _name_before_affiliation(words)
    if name_at is None:
        name_at = _name_before_clause(words)
    if name_at is not None:
        words = words[:name_at]
    head = words[-1]
    if head[:1].isupper() or head.rstrip(".").endswith(("Jr", "Sr")):
        # a name, perhaps after a description: "longtime pollster Pat Caddell"
        k = len(words)
        while k > 0 and (words[k - 1][:1].isupper() or _norm(words[k - 1]) in ("von", "van", "der", "de")):
            k -= 1
            if (
                k >= 2
                and words[k - 1] == "of"
                and _norm(words[k]) in _PORTFOLIOS
                and _norm(words[k - 2]) in _TITLE_WORDS
                and words[k - 2][:1].isupper()
            ):
                k -= 2  # "Secretary of State John F. Kerry": one title
        run = " ".join(words[k:])
        title, name = _split_run(run)
        desc = words[:k]
        if _titled_body(title, name):
            return Source("other", tuple(words))  # "General Electric", "the Justice Department", "Republican Party"
        if len(name) == 1 and len(name[0].rstrip(".")) == 1:
            return Source("other", tuple(words))  # an initial alone ("Y." of "D-N.Y."): no name
        if desc and (desc[0][:1].islower() or _principal(words) is not None) and desc[-1].lower() in _RELATION:
            # "chief executive of CloudFlare": a role, and a body; "A spokeswoman for Hillary Clinton",
            # "an aide to Clinton": someone who speaks for the person, not the person
            return Source("other", tuple(words))
        if desc and desc[0].lower() in ("the", "a", "an"):
            if not title:
                return Source("other", tuple(words))  # "the Kremlin", "The New York Post"
        if not name or (_is_place(name) and not _looks_personal(title, name)):
            tail = _person_after_body(name) if name and not (desc and desc[0].lower() in ("the", "a", "an")) else None
            if tail is not None:
                # "Maricopa County Recorder Helen Purcell": the person, and the words before as her role
                return Source("name", name[tail[0] :], (), " ".join(name[: tail[0]]))
            return Source("other", tuple(words))
        if len(name) == 1 and (
            (not title and _norm(name[0]) in _ORG_HEADS) or _norm(name[0]).split("-")[-1] in _GROUP_HEADS
        ):
            # "Officials said", "Police said" at the start of a sentence; "Democrat Voters" (a headline)
            return Source("other", tuple(words))
        if (
            not title
            and words[k] == "The"
            and k + 1 < len(words)
            and not any(w.endswith(("’s", "'s", "s’", "s'")) for w in words[k:-1])  # ("The Post’s Chris Cillizza")
        ):
            return Source("other", tuple(words))  # "The Laura Ingraham" (of "on The Laura Ingraham Show")
        role = None
        if desc and any(_norm(w) in _ROLE_HEADS or _norm(w) in _TITLE_WORDS for w in desc):
            role = " ".join(desc).rstrip(",")
        return Source("name", name, title, role)
    if words[0].lower() in ("the", "his", "her", "their", "its") and _norm(head) in _ROLE_HEADS_STATE:
        return Source("description", tuple(words))
    return Source("other", tuple(words))


#: Words that start a clause after a name (beside past tenses and adverbs in -ly).
_CLAUSE_WORDS = frozenset(
    """says said tells told sees see calls asks argues claims wants thinks believes has had is was will would
    also then later again once further threw put took gave made went came got ran won lost led met sent
    brought thought kept left held set spent""".split()
)


def _name_before_clause(words: list[str]) -> int | None:
    """Where a name that opens a source ends, when a clause follows it, or None.

    ``Hillary Clinton sternly reprimanded Mr. Trump`` is Hillary Clinton: a
    source that opens with a person's name and goes on in lower case (not
    ``and``, a title or an affiliation) has run past its name.
    """
    if not words or not words[0][:1].isupper() or _norm(words[0]) in _LEADING or _norm(words[0]) in _TITLE_WORDS:
        return None
    j = 0
    while j < len(words) and (words[j][:1].isupper() or (j and _norm(words[j]) in ("von", "van", "der", "de"))):
        j += 1
    if j >= len(words) - 1 or not words[j][:1].islower() or _norm(words[j]) in ("and", "or", "of", "&"):
        return None
    if not (_norm(words[j]).endswith(("ed", "ly")) or _norm(words[j]) in _CLAUSE_WORDS):
        return None  # a noun after the run: "Head teacher Grace O'Neill" is a description with a name in it
    if any(_norm(words[j]) in lex for lex in (_TITLE_WORDS, _ROLE_HEADS, _GROUP_HEADS, _ORG_HEADS)):
        return None  # "Trump campaign manager Kellyanne Conway": a description with a name in it
    if not any(w[:1].isupper() for w in words[j:]):
        return None  # "Democrats in the House": no second name for the clause to have run into
    title, name = _split_run(" ".join(words[:j]))
    if not name or _is_place(name) or (len(name) == 1 and not title and _norm(name[0]) in _GROUP_HEADS):
        return None
    return j


def _name_before_affiliation(words: list[str]) -> int | None:
    """Where a person's name ends before an affiliation (``of Indiana``), or None.

    The name is a capitalised run that names a person (``Gov. Mike Pence``),
    followed by ``of``, ``for``, ``from``, ``at`` or ``with`` and more words.
    """
    i = 0
    while i < len(words) and not words[i][:1].isupper():
        i += 1
    j = i
    while j < len(words) and (words[j][:1].isupper() or (j > i and _norm(words[j]) in ("von", "van", "der", "de"))):
        j += 1
    if j == i or j >= len(words) - 1 or words[j].lower() not in _AFFILIATION:
        return None
    if words[j] == "of" and _norm(words[j - 1]) in _TITLE_WORDS and _norm(words[j + 1]) in _PORTFOLIOS:
        return None  # "Former Secretary of State Madeleine Albright": the title goes on
    if i and words[0].lower() in ("the", "a", "an") and not _split_run(" ".join(words[i:j]))[0]:
        return None  # "the Bank of America"
    title, name = _split_run(" ".join(words[i:j]))
    if not name or (_is_place(name) and not _looks_personal(title, name)):
        return None  # "Secretary of State", "Bank of America"
    return j


def _unnamed_form(mention: str) -> str:
    """A description kept as an unnamed source, as :meth:`_People.other` writes one (``Vermont senator``)."""
    words = mention.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def fit_descriptions(quotes: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    """Keep a description as a person's only where what the run writes next to that person fits it.

    Within an article a description (``the Vermont senator``, ``the New York
    businessman``, ``the Russian leader``) may go to the person it is about by
    salience alone (the last speaker, the last person named). Across the run
    this checks it against the ``roles`` of the ``speakers`` table, every
    title, role and qualifier word written next to that person's name in any
    article: an office or a job must be one of their titles somewhere
    (``Vermont Sen. Bernie Sanders``, ``billionaire Donald Trump``), a place or
    nationality one of their qualifiers (``the Burmese leader``), and nothing
    written of them may contradict it (``Sen. Ted Cruz (R-Texas)`` is not *the
    Florida senator*). A head that names no job (``the candidate``, ``the
    Republican nominee``) asks only that nothing contradict it. Where the
    person does not fit, the statement goes to the one person of its article
    the run shows it fits (the most mentioned, if several), else it is an
    ``unnamed`` source with the description as its ``speaker``. Every row it
    moves has the ``speaker_rule`` ``run_description``.

    Call it on tables linked by :func:`newsanalysis.link_people` (it is the
    last step of it); a copy of ``quotes`` is returned. Tables without a
    ``roles`` column (written by newsanalysis before 0.6) are returned as they
    are.

    Examples
    --------
    >>> import newsanalysis as na
    >>> t = ("Bernie Sanders and Hillary Clinton met voters. Clinton spoke first. "
    ...      "The Vermont senator said taxes would rise.")
    >>> na.analyze([t]).quotes[["speaker", "person", "source_kind"]].values.tolist()
    [['Vermont senator', <NA>, 'unnamed']]
    >>> t2 = "Vermont Sen. Bernie Sanders spoke. Clinton spoke. The Vermont senator said taxes would rise."
    >>> na.analyze([t2]).quotes["person"].tolist()
    ['Bernie Sanders']
    """
    need_cols = {"article_id", "person", "speaker", "speaker_mention", "source_kind"}
    if "roles" not in speakers.columns or not need_cols <= set(quotes.columns) or not len(quotes):
        return quotes
    import pandas as pd

    written: dict[str, dict[str, int]] = {}  # person -> word -> articles writing it next to their name
    n_articles: dict[str, int] = {}
    genders: dict[str, set[str]] = {}
    in_article: dict[str, dict[str, int]] = {}
    has_gender = "gender" in speakers.columns
    has_mentions = "mentions" in speakers.columns
    for aid, person, roles, gender, mentions in zip(
        speakers["article_id"].astype(str).tolist(),
        speakers["person"].tolist(),
        speakers["roles"].tolist(),
        speakers["gender"].tolist() if has_gender else [None] * len(speakers),
        speakers["mentions"].tolist() if has_mentions else [1] * len(speakers),
    ):
        if not isinstance(person, str) or not person:
            continue
        n_articles[person] = n_articles.get(person, 0) + 1
        if isinstance(roles, str):
            counts = written.setdefault(person, {})
            for w in set(roles.split()):
                counts[w] = counts.get(w, 0) + 1
        if isinstance(gender, str) and gender:
            genders.setdefault(person, set()).add(gender[:1])
        seen = in_article.setdefault(aid, {})
        seen[person] = seen.get(person, 0) + (int(mentions) if mentions == mentions and mentions is not None else 1)
    profiles: dict[str, tuple[set[str], set[str], str | None]] = {}

    def profile(person: str) -> tuple[set[str], set[str], str | None]:
        if person not in profiles:
            # (a word written of them in one article of twenty is evidence; fewer is noise: a sentence's first
            # word taken into a title, one misread)
            least = max(1, n_articles.get(person, 0) // 20)
            ws = sorted(w for w, n in written.get(person, {}).items() if n >= least)
            quals = {"repub" if x == "gop" else x for x in _qualifiers(ws)}  # the GOP is the Republican party
            g = genders.get(person, set())
            profiles[person] = (quals, {_norm(w) for w in ws}, next(iter(g)) if len(g) == 1 else
                                None if g else _name_gender(person))
        return profiles[person]

    def plain(col: str) -> list[str | None]:
        return [v if isinstance(v, str) else None for v in quotes[col].tolist()]

    persons, mentions_q, speakers_q, kinds_q = (plain(c) for c in ("person", "speaker_mention", "speaker", "source_kind"))
    aids = quotes["article_id"].astype(str).tolist()
    changed: dict[int, str | None] = {}
    named: dict[tuple[str, str], str] = {}  # (article, unnamed source) -> the person the run shows it is
    for i, (person, mention) in enumerate(zip(persons, mentions_q)):
        if not isinstance(mention, str):
            continue
        unnamed = not isinstance(person, str)
        if unnamed and kinds_q[i] != "unnamed":
            continue
        src = read_source(mention)
        if src.form != "description":
            continue
        need = _Needs.read(src.words)
        if "gop" in need.party:
            need = replace(need, party=need.party - {"gop"} | {"repub"})
        fitting = [(n, p) for p, n in in_article.get(aids[i], {}).items() if p != person and need.held(*profile(p))]
        if not unnamed and need.shown(*profile(person)):
            own = profile(person)
            if need.office is not None and len(fitting) == 1 and not need.held(*own) and own[1] & _JOBS:
                # a holder of the title, as the run writes them, before someone known for another job whom it
                # only does not contradict (Jeb Bush, a governor, is not "the former president" George W. Bush)
                changed[i] = fitting[0][1]
            continue
        if unnamed:
            # "the Ohio governor" whom the article never writes so: the one person of it the run writes so
            if len(fitting) == 1 and isinstance(speakers_q[i], str):
                changed[i] = named[(aids[i], speakers_q[i])] = fitting[0][1]
            continue
        changed[i] = max(fitting)[1] if fitting else None
    if named:
        # (and the pronouns that followed it: "“...,” he said" after the governor's statement)
        for i, (aid, sp) in enumerate(zip(aids, speakers_q)):
            if i not in changed and kinds_q[i] == "unnamed" and isinstance(sp, str) and (aid, sp) in named:
                changed[i] = named[(aid, sp)]
    if not changed:
        return quotes
    q = quotes.copy()
    speaker = list(speakers_q)
    kind = list(kinds_q)
    for i, p in changed.items():
        persons[i] = p
        speaker[i] = p if p is not None else _unnamed_form(mentions_q[i])
        kind[i] = "person" if p is not None else "unnamed"
    q["person"] = pd.array(persons, dtype="string")
    q["speaker"] = pd.array(speaker, dtype="string")
    q["source_kind"] = pd.array(kind, dtype="string")
    if "speaker_rule" in q.columns:
        rules = [v if isinstance(v, str) else None for v in q["speaker_rule"].tolist()]
        for i in changed:
            rules[i] = "run_description"  # the run's evidence, not the article's, decided this speaker
        q["speaker_rule"] = pd.array(rules, dtype="string")
    return q
