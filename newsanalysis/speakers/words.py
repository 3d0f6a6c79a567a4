"""Word lists of the speakers stage, and what single words and names say: a given name's usual
gender, a source's kind, honorifics, and what a description needs of the person it fits (:class:`_Needs`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from .. import organisations as _orgs

#: What a quote's source is: a named person, an organisation (a company, ministry, newspaper,
#: union; also a country acting as a body), or an unnamed individual or group (or a document).
SOURCE_KINDS: tuple[str, ...] = ("person", "organisation", "unnamed")

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
    rancher fisherman miner pilot priest father deacon taoiseach tánaiste tanaiste td shri smt
    admiral colonel commander corporal cpl brigadier brig pvt maj""".split()
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
    ambassador general spokesman spokeswoman spokesperson president-elect democrat republican admiral colonel
    commander""".split()
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
    "admiral": frozenset(["adm", "admiral"]),
    "colonel": frozenset(["col", "colonel"]),
    "commander": frozenset(["cmdr", "commander"]),
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
#: Dotted initialisms of places, which open no name ("J.D." or "J.M." may).
_PLACE_DOTTED = frozenset("U.S. U.K. U.N. E.U. D.C. L.A. N.Y. N.J. N.C. S.C. N.H. N.M. N.D. S.D. U.A.E.".split())


_ROMAN = frozenset("II III IV VI".split())
#: Title words that name a party, not an office.
_PARTY_WORDS = frozenset("republican democrat democratic".split())


#: Last words of the names of bodies and newspapers (beside ``_NOT_PERSON``): "Bayside Courier", "Harbor Clinic".
_BODY_WORDS = frozenset(
    """courier chronicle inquirer sentinel gazette bulletin dispatch examiner ledger observer clinic hospital
    ministry agency authority foundation institute corporation company council committee""".split()
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
#: Words of a title that say the same office: "Dr." of "the doctor".
_ROLE_SYNONYMS = {
    "doctor": frozenset("dr doctor physician".split()),
    "chairman": frozenset("chairman chair chairwoman".split()),
    "chairwoman": frozenset("chairwoman chair".split()),
    "professor": frozenset("prof professor".split()),
    "reverend": frozenset("rev reverend pastor".split()),
}


#: Portfolios after "of" in a title: "Secretary of State", "Supervisor of Elections".
_PORTFOLIOS = frozenset(
    """state defense defence staff homeland health education energy labor agriculture commerce
    transportation veterans housing interior treasury justice elections""".split()
)
#: Heads of a source who speaks for someone else ("a spokeswoman for Clinton", "Clinton's aides").
_AGENT_HEADS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors staffer staffers
    staff lawyer lawyers attorney attorneys representative representatives friend friends ally allies associate
    associates confidant confidants people person those someone sources source official officials campaign
    team surrogate surrogates supporters backers loyalists insiders insider operatives operative strategist
    strategists deputy deputies secretary office camp transition family relatives""".split()
)
