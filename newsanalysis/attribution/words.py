"""Grammar words the attribution rules read: pronouns, determiners, prepositions, time words.

These are closed classes of English, not cues (the cues are data:
``data/cues.tsv``, read by :mod:`newsanalysis.attribution.lexicon`). Every
name here is a frozenset of lower-case words unless said otherwise.

Examples
--------
>>> from newsanalysis.attribution.words import ABBREVIATIONS, PRONOUNS
>>> "sen" in ABBREVIATIONS, "she" in PRONOUNS
(True, True)
"""

from __future__ import annotations

import re

#: Pronouns that are a source on their own.
PRONOUNS = frozenset("he she they it we i you who".split())
DETS = frozenset(
    "the a an another his her their its this these those some many most several one two three our".split()
)
#: Quantifiers that stand alone as a source ("Some say ...", "Most said ...").
QUANT = frozenset("some many most several few both all others".split())
#: Words that end a noun phrase when scanning for a source.
BREAK = frozenset(
    """that which whom whose what where when why how and but or nor if while as because since although
    though so than is are was were be been being am has have had will would can could should shall may
    might must do does did not no to in on at by from after before during into about over under through
    also then there here just even yet still now however meanwhile again later earlier only""".split()
) | PRONOUNS
#: Words that may stand between a source and its cue (``Trump has also said``).
AUX = frozenset(
    "has have had also again later then previously once would will could may might can did does do "
    "just even still further recently first last separately since often never always already long".split()
)
#: Abbreviations whose period does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr inc corp co ltd vs no prof rev pres sec del "
    "adm maj cmdr supt det atty hon messrs mt ft jan feb mar apr aug sept sep oct nov dec".split()
)
#: Time words that may stand between a cue and its clause ("said Monday").
TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later "
    "recently on last this week month year morning evening night afternoon".split()
)
#: Time words that only make a time phrase with the next one ("this week", "last year", "on Monday").
TIME_LEAD = frozenset("on last this".split())
#: Words right before marks that make the marked words a mention, not speech.
MENTION_BEFORE = frozenset(
    "so-called dubbed nicknamed titled entitled word term phrase slogan hashtag motto headline "
    "label moniker".split()
)
#: Sentence adverbs and conjunctions that may stand before a whole quoted statement ("Then “No,” he said.").
LEAD_WORDS = frozenset("then and but so still later now again finally yet instead meanwhile".split())
#: Words before a cue word that make it a noun or an infinitive.
NOUN_BEFORE = DETS | frozenset("of to for".split())
#: Tokens a reported clause may span (a longer "sentence" is a run-on, not a report).
MAX_CLAUSE = 150
#: An apostrophe (the clitic of "he's" is cut at it).
APOS = re.compile(r"[’']")
WH = frozenset("whether if how why what when where who".split())
#: Words before a cue with no source of its own that send it to the sentence's subject ("..., and said").
SUBJ_LINK = frozenset([",", "and", "but"])
#: Prepositions that open a sentence's leading phrase ("In an interview with X, Trump ...").
LEAD_PREP = frozenset("in at on during after before with since from by like unlike despite".split())
#: Prepositions that follow a cue without opening a clause ("said of the nominee", "argued for a ban").
PREP = frozenset("of for with as against toward towards like among amid via".split())
#: Prepositions of place that follow a cue without opening a clause ("told reporters outside City Hall").
PLACE_PREP = frozenset("outside inside near behind across beside aboard atop".split())
#: Words that may open a clause (a determiner or a subject).
CLAUSE_START = DETS | frozenset("he she they it we i you there all no every each both".split())
#: Subject pronouns: after a cue they open its reported clause ("announced Sunday she will resign").
SUBJECT = frozenset("he she they we i".split())
#: Dashes that set off an aside ("Sims — a teacher — says", "said — on Twitter — that"); an ASCII "--" is two
#: "-" tokens of the stream and is not read as one.
DASHES = frozenset("— –".split())
#: Prepositions of a phrase between a cue and its clause ("said in a statement (on Monday) they ...").
PP_OPEN = frozenset("in on at during".split())
#: Words that are the one addressed after a cue ("told him", "asked reporters").
OBJECT = frozenset("him her them me us you reporters journalists".split())
#: Relative pronouns that open a clause whose subject gap is the reported content.
RELATIVE = frozenset("which that who whom".split())
#: Conjunctions that, after a comma or dash and before a subject, open the reporter's own clause.
COORD = frozenset("and but while though although whereas yet".split())
#: Tokens at which a reported clause may end (checked further in ``clause_end``).
CLAUSE_STOPS = COORD | frozenset(", — – ;".split())

#: A party and state label after a name: "R-Fla.", "D-Ill".
PARTY = re.compile(r"[rdi]-[a-z.]+$")
#: Nouns for people that a name in apposition may follow ("the audit's author, Priya Natarajan,").
PERSON_NOUNS = frozenset(
    """author director spokesman spokeswoman spokesperson official officer secretary minister president
    chairman chairwoman chair manager adviser advisor aide lawyer attorney economist analyst expert
    professor researcher leader head chief executive founder commissioner mayor governor senator
    representative congressman congresswoman lawmaker member agent friend wife husband son daughter mother
    father brother sister strategist pollster consultant owner editor reporter correspondent judge
    sheriff ambassador envoy coordinator treasurer councilman councilwoman candidate nominee""".split()
)
#: Words that cannot open a name in apposition (", the ...", ", in ...").
LEADING_WORDS = frozenset("the a an in on at but and if as after before he she they we i it".split())


#: US states as datelines and lead phrases write them after a city ("in Salem, New Hampshire, Trump said"): the
#: names (lower case, one or two words), the postal codes and the AP abbreviations (public facts).
US_STATES = frozenset(w.replace("_", " ") for w in
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota
    ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
    virginia washington west_virginia wisconsin wyoming
    al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok
    or pa ri sc sd tn tx ut vt va wa wv wi wy dc
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo.
    mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. vt. va. wash. w.va. wis.
    wyo. d.c.""".split()
)

