"""Cue frames: each reporting cue of the token stream with the mention of its source.

A cue word (``said``, ``told``, ``according to``, ...) takes its source from
the noun phrase before it (``Trump said``, ``the US president also added``,
``Trump, in separate statements, told``, ``Wilcox, whose ..., said``), after it
(``said Sen. Ted Cruz``, ``described by Putin``, ``according to the
Kremlin``), or, for a participle (``adding``), from the clause it hangs on. A
cue word after a determiner is a noun (``the report``, ``secretary of
state``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from . import lexicon as lx
from .rules import RULES, rule
from .tokens import B, E, P, Q, Stream, W, sentence_start
from .words import (
    ABBREVIATIONS,
    APOS,
    AUX,
    BREAK,
    COORD,
    DASHES,
    DETS,
    LEAD_PREP,
    LEADING_WORDS,
    NOUN_BEFORE,
    PARTY,
    PERSON_NOUNS,
    PREP,
    PRONOUNS,
    QUANT,
    RELATIVE,
    SUBJ_LINK,
    SUBJECT,
    TIME,
    US_STATES,
)

__all__ = ["Frame", "bisect_frames", "find_frames", "phrase_back", "phrase_forward", "speaker_of"]

#: Adverbs between a source and its cue ("Polls there show", "Kaine now says").
_LINK_ADVERBS = frozenset("there here now today however though too".split())
#: Verbs before "to" and a cue whose source is before them ("continued to insist", "began to argue", "went to say";
#: "went on to say" is read by ``_aspect_to``).
_ASPECT = frozenset(
    """continue continues continued continuing begin begins began beginning start starts started starting
    went go goes going""".split()
)


#: Words before "show" that make it a programme, not a finding ("TV show", "talk show").
_SHOW_KINDS = frozenset(
    """tv television radio talk reality game news morning evening late-night cooking comedy quiz chat web
    road trade air car fashion award awards variety""".split()
)
#: Lower-case particles inside a name ("Charles de Gaulle", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset("de da di del della du van von der den le la bin ibn al dos das st".split())
#: Pronouns that open a clause, not a part of a noun phrase.
_SUBJECT_PRONOUNS = SUBJECT | {"it"}
#: Common irregular verbs in the past, which end a subject phrase ("The mayor spoke ...").
_PAST = frozenset(
    """spoke went made took gave came ran met wrote held left sent won lost kept brought began sat stood led
    paid heard saw found got thought became fell felt rose struck""".split()
)


def _aspect_to(low: list[str], lo: int, j: int) -> bool:
    """Whether token ``j`` is the "to" of "continued to", "began to" or "went on to" before a cue."""
    if j <= lo or low[j] != "to":
        return False
    if low[j - 1] == "on":
        return j - 2 >= lo and low[j - 2] in ("went", "go", "goes", "going")
    return low[j - 1] in _ASPECT


@dataclass(slots=True)
class Frame:
    """A cue and its source, as token indexes of the stream (``first``/``last`` bound the whole frame)."""

    cue_i: int  # token index of the cue
    cue: str
    lemma: str
    first: int  # first token index of the frame (source or cue)
    last: int  # last token index of the frame (cue, or source when inverted)
    spk: tuple[int, int] | None  # token range of the source mention (inclusive)
    spk_span: tuple[int, int] | None = None  # character span (for inherited sources)


def _is_phrase_word(st: Stream, j: int) -> bool:
    w = st.low[j]
    if st.kind[j] != W or w in BREAK:
        return False
    if w in lx.CUES:  # a cue word is a noun after a determiner, or a name when capitalised
        return (j > 0 and st.low[j - 1] in NOUN_BEFORE) or st.text[st.start[j]].isupper() or _document_noun(st, j)
    return True


#: Cue words that are also the nouns of documents that report ("A news report said ...").
_DOCUMENT_NOUNS = frozenset("report study survey poll analysis review audit statement memo letter filing".split())


def _document_noun(st: Stream, j: int) -> bool:
    """Whether the cue word at ``j`` is a document's noun after a determiner and one or two modifiers.

    ``A news report``, ``a new study``, ``A State Department inspector general report``: a singular noun
    before it (a verb after a singular subject would end in *s*) and a determiner within five words.
    """
    if st.low[j] not in _DOCUMENT_NOUNS or j < 2:
        return False
    prev = st.low[j - 1]
    if st.kind[j - 1] != W or prev in lx.CUES or prev in PRONOUNS or prev in DETS or (
        prev.endswith("s") and prev != "news"
    ):
        return False
    return any(st.low[k] in DETS and st.kind[k] == W for k in range(max(0, j - 5), j - 1))


def phrase_back(st: Stream, j: int, lo: int) -> tuple[int, int] | None:
    """Noun phrase ending at token ``j`` (scanning back no further than ``lo``)."""
    if j >= lo and st.kind[j] == P and st.low[j] == ")":
        # a parenthesis after the name: "Sen. Richard Durbin (D-Ill.) said"
        k = j - 1
        while k >= lo and j - k < 8 and st.low[k] != "(":
            k -= 1
        if k > lo and st.low[k] == "(":
            j = k - 1
    if j > lo and st.low[j] == "%" and st.low[j - 1][:1].isdigit():
        return (j - 1, j)  # "42% say"
    if j < lo or st.kind[j] != W:
        return None
    if st.low[j] in PRONOUNS:
        return (j, j)
    if st.low[j] in QUANT and (j == lo or st.kind[j - 1] != W):
        return (j, j)  # "Some say", "..., most said"
    if not _is_phrase_word(st, j) or st.low[j] in DETS:
        return None
    k = j
    while k - 1 >= lo and j - k < 7 and _is_phrase_word(st, k - 1):
        k -= 1
    if k - 3 >= lo and st.low[k - 1] in ("to", "with") and st.low[k - 2] in ("close", "familiar"):
        # "a source close to him", "people familiar with the talks": the source is before
        head = phrase_back(st, k - 3, lo)
        if head is not None and st.low[head[1]] not in PRONOUNS:
            return (head[0], j)
    while k < j and st.low[k] in ("of", "for", "with", "and"):
        k += 1
    if (
        k - 2 >= lo and st.low[k - 1] in ("in", "across") and st.kind[k - 1] == W
        and all(st.text[st.start[x]].isupper() for x in range(k, j + 1))
    ):
        # "Polls in New Hampshire show", "Trump in Iowa said": the place is where the source is, not the source
        head = phrase_back(st, k - 2, lo)
        if head is not None:
            return (head[0], j)
    return (k, j)


def _apposition(st: Stream, c: int) -> tuple[int, int] | None:
    """A name set off by commas from token ``c`` (a comma): ``, Priya Natarajan,``."""
    n = len(st.kind)
    if c >= n or st.low[c] != ",":
        return None
    k = c + 1
    while k < n and k - c <= 5 and st.kind[k] == W and st.text[st.start[k]].isupper():
        k += 1
    if k - c < 2 or k - c > 5 or k >= n or st.low[k] != "," or st.low[c + 1] in LEADING_WORDS:
        return None
    head = APOS.split(st.low[c - 1])[0] if c > 0 else ""
    if head not in PERSON_NOUNS:
        return None  # "according to an FBI summary, Cheryl Mills, a top aide, sent ...": a subject
    return (c + 1, k - 1)




def phrase_forward(st: Stream, i: int) -> tuple[int, int] | None:
    """Noun phrase starting at token ``i``."""
    n = len(st.kind)
    if i >= n or st.kind[i] != W:
        return None
    if st.low[i] in PRONOUNS:
        return (i, i)
    if not _is_phrase_word(st, i) and st.low[i] not in DETS:
        return None
    k = i
    if k + 2 < n and st.low[k].isdigit() and st.low[k + 1] == "/" and st.low[k + 2].isdigit():
        k += 2  # a date as a modifier: "9/11 widow Terry Strada"
    while k + 1 < n and k - i < 7 and (_is_phrase_word(st, k + 1) or st.low[k + 1] in ("of", "for")):
        nx = st.low[k + 1]
        if APOS.split(nx)[0] in _SUBJECT_PRONOUNS:
            break  # a clause starts: "told the National Post he’s ...", "told the court she would ..."
        if k > i and nx in ("a", "an", "the") and st.low[k] not in ("of", "for"):
            break  # "Natarajan recommended a ...": a new phrase
        if (
            nx.endswith("ed")
            and st.text[st.start[k]].isupper()
            and not st.text[st.start[k + 1]].isupper()
            and st.low[k] not in DETS
        ):
            break  # a verb after a name
        k += 1
    while k > i and st.low[k] in ("of", "for"):
        k -= 1
    return (i, k)


def bisect_frames(frames: list[Frame], t: int) -> int:
    """Index of the first frame whose cue is at or after token ``t`` (frames are in cue order)."""
    lo, hi = 0, len(frames)
    while lo < hi:
        mid = (lo + hi) // 2
        if frames[mid].cue_i < t:
            lo = mid + 1
        else:
            hi = mid
    return lo

#: Conjunctions that open a subordinate clause ("..., after she attacked ... and blamed ...").
_SUBORDINATORS = frozenset("after before because since when while although though until once whereas".split())


#: Time words that end a time phrase ("on Thursday evening", "late Monday", "last week"), not "on" or "later".
_TIME_NOUNS = TIME - frozenset("on last this earlier later recently".split())
#: Words of a time phrase beside the time words: "late Thursday", "on Thursday evening", "early this week".
_TIME_MODIFIERS = frozenset("late early earlier in on since last this next".split())
#: Words that open a time phrase before a sentence's subject: "This spring, ...", "Last week, ...".
_TIME_LEADS = frozenset("this last next early late".split())
_SEASON_NOUNS = frozenset("spring summer fall autumn winter week month year weekend morning evening night "
                          "afternoon time".split())
#: Participles that open a sentence before its subject: "Asked about his plans, Lee said ...".
_LEAD_PARTICIPLES = frozenset(
    "asked pressed questioned speaking responding writing appearing testifying interviewed reached contacted "
    "told challenged".split()
)
#: Words that cannot stand in a role between a qualifier and a name ("Republican [presidential front-runner]
#: Donald Trump"): they make a clause or a phrase of their own.
_NO_ROLE_WORDS = frozenset("is was are were has have had will would can could may might must should does did do "
                           "not also then said says".split())


def _capitalised_end(st: Stream, k: int, last: int) -> int:
    """The last token of the capitalised run (a name, with particles, possessives and "of") from ``k``."""
    e = k
    while e < last:
        nxt = e + 1
        cap = st.text[st.start[nxt]].isupper()
        particle = st.low[nxt] in _NAME_PARTICLES and nxt + 1 <= last and st.text[st.start[nxt + 1]].isupper()
        if cap or particle or APOS.search(st.low[e]) or (st.low[nxt] == "of" and nxt + 1 <= last):
            e = nxt
        else:
            break
    return e


#: Words whose "’s" is a verb ("It’s", "That’s", "He's"), not a possessive.
_NOT_POSSESSORS = frozenset("it that there here what who he she let".split())


def _possessive(w: str) -> bool:
    """Whether a lower-case token is a possessive ("clinton’s", "voters’"), not a contraction ("it’s", "they’re")."""
    m = APOS.search(w)
    if m is None:
        return False
    head, tail = w[: m.start()], w[m.end() :]
    return tail in ("s", "") and head not in _NOT_POSSESSORS and head.isalpha()


def _role_word(w: str) -> bool:
    """Whether a lower-case word may be part of a role or a noun after a name (no verb, preposition, determiner)."""
    return not (
        w in _NO_ROLE_WORDS or w in _PAST or w in lx.CUES or w in AUX or w in DETS or w in PREP or w in LEAD_PREP
        or w in COORD or w in RELATIVE or w in PRONOUNS or (w.endswith("ed") and len(w) > 4) or w.endswith("ly")
        or not w.replace("-", "").isalpha()
    )


def _role_words_end(st: Stream, e: int, last: int) -> int | None:
    """After a capitalised run ending at ``e``, the last of one to three lower-case role words before a name.

    ``Republican [presidential front-runner] Donald Trump``, ``Trump [campaign manager] Kellyanne Conway``;
    None when the words are no role (a verb, a preposition, a determiner: ``Lee spoke for an hour``).
    """
    j = e + 1
    while j <= last and j - e <= 3 and st.kind[j] == W and not st.text[st.start[j]].isupper():
        if not _role_word(st.low[j]):
            return None
        j += 1
    if j == e + 1 or j > last or st.kind[j] != W or not st.text[st.start[j]].isupper():
        return None
    if j + 1 > last or not st.text[st.start[j + 1]].isupper():
        return None  # a name of two words or more after the role ("... front-runner Donald Trump"), not one word
    return j - 1


def _state_after(st: Stream, k: int, i: int) -> int | None:
    """After a city and its comma, the token after a US state and the comma that closes it, or None.

    ``New Hampshire,``, ``Ohio,``, ``VA,`` (a postal code in capitals), ``N.H.,``, ``Calif.,``.
    """
    low, text = st.low, st.text
    if k + 1 >= i or st.kind[k] != W:
        return None
    word = text[st.start[k] : st.end[k]]
    end = None
    if k + 2 < i and f"{low[k]} {low[k + 1]}" in US_STATES and word[:1].isupper() and text[st.start[k + 1]].isupper():
        end = k + 1
    elif low[k] in US_STATES and (
        (len(word) > 2 and word[:1].isupper() and word[1:].islower()) or (len(word) == 2 and word.isupper())
        or "." in word
    ):
        end = k
    elif f"{low[k]}." in US_STATES and word[:1].isupper() and low[k + 1] == ".":
        end = k + 1
    if end is None or end + 1 >= i or low[end + 1] != ",":
        return None
    return end + 2


#: The dashes that close a dateline (an em dash, an en dash, a hyphen, a horizontal bar).
_DATELINE_DASHES = frozenset("— – - ―".split())


def _past_dateline(st: Stream, lo: int, i: int) -> int:
    """The first token after a dateline that opens the sentence at ``lo``, else ``lo``.

    ``WASHINGTON —``, ``WASHINGTON (AP) —``, ``LONDON, Dec. 8 (Reuters) -``: a place in capitals, perhaps a
    date and an agency in brackets, then a dash. The place is no subject.
    """
    text, kind = st.text, st.kind
    k = lo
    while k < i and k - lo < 4 and kind[k] == W and text[st.start[k] : st.end[k]].isupper() and st.end[k] - st.start[k] > 1:
        k += 1
    if k == lo:
        return lo
    if k < i and st.low[k] == ",":  # a date: ", Dec. 8"
        j = k + 1
        while j < i and j - k <= 4 and st.low[j] != "(" and st.low[j] not in _DATELINE_DASHES:
            j += 1
        k = j
    if k < i and st.low[k] == "(":  # an agency: "(AP)", "(UPI)"
        j = k + 1
        while j < i and j - k <= 5 and st.low[j] != ")":
            j += 1
        k = j + 1
    if k < i and st.low[k] in _DATELINE_DASHES and kind[k] == P:
        return k + 1
    return lo


def _subject(st: Stream, lo: int, i: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence that starts at ``lo``, if it ends before ``i``."""
    k = _past_dateline(st, lo, i)
    while k < i and st.kind[k] == W and st.low[k] in ("but", "and", "so", "yet", "then", "still"):
        k += 1
    if k < i and st.kind[k] == P:
        k += 1
    if k < i and (
        st.low[k] in LEAD_PREP
        or st.low[k] in _LEAD_PARTICIPLES
        or (st.low[k] in _TIME_LEADS and k + 1 < i and st.low[k + 1] in _SEASON_NOUNS)
        or (st.low[k] in TIME and st.low[k] not in _TIME_LEADS and st.text[st.start[k]].isupper())
    ):
        # "In an interview with the Journal, Trump doubled down ... and said": past the opening phrase
        c = k + 1
        while c < i and c - k <= 14 and st.kind[c] == W:
            c += 1
        if c < i and st.low[c] == ",":
            k = c + 1
            after = _state_after(st, k, i)
            if after is not None:
                k = after  # "Speaking in Salem, New Hampshire, Trump said": the state goes with the lead phrase
        elif st.low[k] in _TIME_LEADS and k + 2 < i and st.low[k + 1] in _SEASON_NOUNS:
            k += 2  # "This week the mayor said ...": a time phrase with no comma
    if k >= i or st.kind[k] != W:
        return None
    if not (st.low[k] in DETS or st.low[k] in PRONOUNS or st.text[st.start[k]].isupper()):
        return None
    phrase = phrase_forward(st, k)
    if phrase is None or phrase[1] >= i:
        return None
    if st.text[st.start[k]].isupper() and st.low[k] not in DETS:
        # a name ends the phrase at its last capitalised word: "Lee [spoke for an hour], noting ..."
        e = _capitalised_end(st, k, phrase[1])
        role = _role_words_end(st, e, phrase[1])
        if role is not None:
            # "Republican presidential front-runner Donald Trump is insisting": a role between a qualifier and
            # the name it describes
            e = _capitalised_end(st, role + 1, phrase[1])
        if e > k and _possessive(st.low[e - 1]) and not st.text[st.start[e]].isupper():
            # "Hillary Clinton’s right-hand woman": the noun the possessive owns goes on to its head
            while e < phrase[1] and e - k < 8 and st.kind[e + 1] == W and not st.text[st.start[e + 1]].isupper() \
                    and _role_word(st.low[e + 1]):
                e += 1
        if st.low[e] == "of" and e < phrase[1] and st.kind[e + 1] == W and _role_word(st.low[e + 1]):
            e += 1  # "Lee’s chief of staff": not a phrase that ends on "of"
        phrase = (phrase[0], e)
    else:
        # "The mayor [spoke for an hour], noting ...": the phrase stops before a verb in the past
        for e in range(phrase[0] + 1, phrase[1] + 1):
            w = st.low[e]
            prev = st.low[e - 1]
            if w in _PAST or (w.endswith("ed") and len(w) > 4 and prev not in DETS and not prev.endswith("ly")):
                phrase = (phrase[0], e - 1)
                break
    return phrase


def find_frames(st: Stream, on: frozenset[str] | None = None) -> list[Frame]:
    """Every cue of the stream that has a source, in cue order.

    A cue word that is no cue here (a noun after a determiner, the last word
    of a name such as *The Washington Post*, a programme such as *talk show*)
    is passed over; each other cue takes the first source that one of the
    source rules finds, tried in this order: :func:`according_source`,
    :func:`passive_by`, :func:`participle_source` (a participle takes no
    other), :func:`source_before`, :func:`inverted_source`,
    :func:`subject_link`. ``on`` holds the names of the rules to use (default
    all, see :data:`newsanalysis.attribution.RULES`).
    """
    on = frozenset(RULES) if on is None else on
    frames: list[Frame] = []
    low, kind = st.low, st.kind
    n = len(kind)
    last_in_sent: dict[int, Frame] = {}
    # the cue words (a C loop picks them out: most tokens are not cues)
    for i in compress(range(n), map(lx.CUES.__contains__, low)):
        if kind[i] != W:
            continue
        w = low[i]
        lemma = lx.CUES[w]
        lo = sentence_start(st, i)
        if _not_a_cue(st, i, w, lemma, lo):
            continue
        cue = st.text[st.start[i] : st.end[i]]
        if lemma == "according":
            f = according_source(st, i) if "according_source" in on and i + 1 < n and low[i + 1] == "to" else None
        else:
            if i + 1 < n and f"{lemma} {low[i + 1]}" in lx.PHRASES:
                lemma = f"{lemma} {low[i + 1]}"  # "called for a ban" (a demand), "pointed to the deficit" (a stance)
                cue = st.text[st.start[i] : st.end[i + 1]]
            elif lemma == "call" and i + 1 < n and low[i + 1] in ("off", "up", "in"):
                continue
            f = passive_by(st, i, cue, lemma) if "passive_by" in on and i + 1 < n and low[i + 1] == "by" else None
            if f is None and w.endswith("ing"):
                if "participle_source" in on:
                    f = participle_source(st, i, cue, lemma, last_in_sent.get(st.sent[i]))
            elif f is None:
                j = _before_verb(st, i, lo)
                for name, finder in _SOURCE_FINDERS:
                    if name in on:
                        f = finder(st, i, cue, lemma, lo, j)
                        if f is not None:
                            break
        if f is not None:
            frames.append(f)
            last_in_sent[st.sent[i]] = f
    return frames


def _not_a_cue(st: Stream, i: int, w: str, lemma: str, lo: int) -> bool:
    """Whether the cue word at ``i`` is no cue here: part of a name, a noun, a programme, "learned" alone."""
    low, kind = st.low, st.kind
    if (
        w == "post"
        and i > lo
        and kind[i - 1] == W
        and st.text[st.start[i]].isupper()
        and st.text[st.start[i - 1]].isupper()
        and low[i - 1] not in PRONOUNS
    ):
        return True  # the last word of a name: "The Washington Post reported", "told The Huffington Post"
    if (
        i > lo
        and low[i - 1] in NOUN_BEFORE
        and lemma != "according"
        and not (low[i - 1] in QUANT and (i - 1 == lo or kind[i - 2] != W))
        and not _aspect_to(low, lo, i - 1)
    ):
        return True  # a noun: "the report", "secretary of state", "The Post" (but "Some say")
    if lemma == "learn" and not (i > lo and low[i - 1] in ("has", "have", "had")):
        return True
    return lemma == "show" and i > lo and low[i - 1] in _SHOW_KINDS  # "the reality show “Cake Boss”"


@rule("sources")
def according_source(st: Stream, i: int) -> Frame | None:
    """``according to X``: the noun phrase after *to*; a name in apposition after a description is the source.

    ``according to the city's finance director, Tom Becker, ...``: Tom Becker.
    """
    phrase = phrase_forward(st, i + 2)
    if not phrase:
        return None
    name = _apposition(st, phrase[1] + 1)
    if name is not None and not st.text[st.start[phrase[1]]].isupper():
        phrase = name
    return Frame(i, "according to", "according", i, phrase[1], phrase)


@rule("sources")
def passive_by(st: Stream, i: int, cue: str, lemma: str) -> Frame | None:
    """A passive cue: the noun phrase after *by* (``described by Putin as``, ``asked by reporters``)."""
    phrase = phrase_forward(st, i + 2)
    return Frame(i, cue, lemma, i, phrase[1], phrase) if phrase else None


@rule("sources")
def participle_source(st: Stream, i: int, cue: str, lemma: str, before: Frame | None) -> Frame | None:
    """A participle (``adding``, ``saying``) takes the source of the cue before it in its sentence.

    With no cue before it, the subject of the sentence (``Ryan's campaign shrugged it off, telling ...``).
    """
    if before is not None and before.spk is not None:
        return Frame(i, cue, lemma, i, i, before.spk, before.spk_span)
    subj = _subject(st, sentence_start(st, i), i)
    return Frame(i, cue, lemma, i, i, subj) if subj is not None else None


def _before_verb(st: Stream, i: int, lo: int) -> int:
    """The token before the verb group of the cue at ``i``: past auxiliaries, adverbs, "went on to", "on Monday"."""
    low, kind = st.low, st.kind
    j = i - 1
    while j >= lo and kind[j] == W:
        if low[j] in AUX or (low[j].endswith("ly") and low[j].isalpha() and not st.text[st.start[j]].isupper()):
            j -= 1
        elif low[j] in _LINK_ADVERBS and j > lo and kind[j - 1] == W:
            j -= 1  # "Polls there show", "Kaine now says"
        elif _aspect_to(low, lo, j):
            j -= 3 if low[j - 1] == "on" else 2  # "is continuing to insist", "went on to say"
            if j > lo and low[j] in ("is", "are", "was", "were"):
                j -= 1
        elif j - 1 >= lo and low[j - 1] in ("in", "on", "since") and (low[j][:1].isdigit() or low[j] in TIME):
            j -= 2  # "who in 2010 said", "Trump on Monday said"
        elif low[j] in _TIME_NOUNS and j > lo:
            # "Spicer on Thursday evening said", "Spicer late Thursday said": a time phrase before the verb
            k = j
            while k - 1 >= lo and kind[k - 1] == W and (low[k - 1] in TIME or low[k - 1] in _TIME_MODIFIERS):
                k -= 1
            if k == lo:
                break  # the time phrase opens the sentence: no subject before it
            j = k - 1
            if j > lo and kind[j] == W and (low[j] in ("out", "released", "published", "issued", "filed", "conducted")):
                j -= 1  # "A news report published Wednesday said": the report, not its publishing
        else:
            break
    return j


@rule("sources")
def source_before(st: Stream, i: int, cue: str, lemma: str, lo: int, j: int) -> Frame | None:
    """The noun phrase before the verb (``Trump said``, ``the US president also added``), past an aside.

    An aside between dashes (``Jason Sims — a teacher from Mount Pleasant — says``) or commas (``Trump, in
    separate statements, told``; ``Sen. Marco Rubio, R-Fla., appearing on Fox News, said``); a name in
    apposition after a description is the source (``the audit's author, Priya Natarajan, said``).
    """
    low, kind = st.low, st.kind
    if j - 1 > lo and kind[j] == P and low[j] in DASHES:
        k = j - 1
        while k > lo and j - k < 16 and low[k] != low[j]:
            k -= 1
        if k > lo and low[k] == low[j] and kind[k - 1] == W:
            cand = phrase_back(st, k - 1, lo)
            if cand is not None and st.text[st.start[cand[0]]].isupper():
                j = k - 1
    phrase = phrase_back(st, j, lo)
    frame_first = None
    if phrase is None and j >= lo and kind[j] == P and st.low[j] == ",":
        k = j - 1
        while k >= lo and j - k < 14 and kind[k] == W:
            k -= 1
        if k >= lo and kind[k] == P and low[k] == "," and k - 1 >= lo:
            cand = phrase_back(st, k - 1, lo)
            if cand and cand[0] == cand[1] and PARTY.match(low[cand[0]]) and cand[0] - 2 >= lo:
                if low[cand[0] - 1] == ",":
                    k = cand[0] - 1
                    cand = phrase_back(st, k - 1, lo)
            if cand and (cand[0] == lo or kind[cand[0] - 1] in (P, Q, E, B)):
                phrase = cand
                name = _apposition(st, k)
                if name is not None and name[1] == j - 1 and not st.text[st.start[cand[1]]].isupper():
                    phrase = name
                    frame_first = cand[0]
    if phrase is None:
        return None
    return Frame(i, cue, lemma, phrase[0] if frame_first is None else frame_first, i, phrase)


@rule("sources")
def inverted_source(st: Stream, i: int, cue: str, lemma: str, lo: int, j: int) -> Frame | None:
    """An inverted cue after a quote or a clause: the noun phrase after it (``“...,” said Sen. Ted Cruz``).

    After a comma, only a name or a determiner phrase that ends its sentence or a clause: ``..., said an
    official who was briefed on the talks.``
    """
    low, kind = st.low, st.kind
    w = low[i]
    if w not in lx.INVERTIBLE:
        return None
    inv = None
    if j < lo or kind[j] == Q or (kind[j] == P and low[j] == "," and j > lo and kind[j - 1] == Q):
        inv = phrase_forward(st, i + 1)
    if inv is None and j >= lo and low[j] == ",":
        cand = phrase_forward(st, i + 1)
        if cand is not None and (st.text[st.start[cand[0]]].isupper() or low[cand[0]] in DETS):
            after = cand[1] + 1
            if after >= len(kind) or kind[after] in (E, B) or low[after] in (",", "who", "whose"):
                inv = cand
    return Frame(i, cue, lemma, i, inv[1], inv) if inv is not None else None


@rule("sources")
def subject_link(st: Stream, i: int, cue: str, lemma: str, lo: int, j: int) -> Frame | None:
    """After a link word (``Wilcox, whose ... program, said``, ``Graham called ... and said``): the subject."""
    if not (j >= lo and st.low[j] in SUBJ_LINK):
        return None
    phrase = _subject(st, lo, i)
    if phrase is not None and st.low[j] in ("and", "but"):
        # "Christie described her as a disgrace after she attacked ... and blamed ...": the verb before the
        # link is in a subordinate clause with a pronoun subject of its own, which is the subject here too
        for k in range(j - 1, phrase[1], -1):
            if st.kind[k] != W:
                break
            if st.low[k] in SUBJECT and st.low[k - 1] in _SUBORDINATORS:
                phrase = (k, k)
                break
    return Frame(i, cue, lemma, phrase[0], i, phrase) if phrase is not None else None


#: The finders of a source before or after the verb, in the order they are tried.
_SOURCE_FINDERS = (("source_before", source_before), ("inverted_source", inverted_source),
                   ("subject_link", subject_link))


def speaker_of(st: Stream, f: Frame) -> tuple[str, int, int] | None:
    """The source mention of frame ``f`` as ``(text, start, end)``, or None when it has none.

    A period that ends the mention is no part of it unless it ends an abbreviation ("Sen.").
    """
    if f.spk_span is not None:
        s, e = f.spk_span
    elif f.spk is not None:
        s, e = st.start[f.spk[0]], st.end[f.spk[1]]
        if st.text[e - 1] == "." and st.low[f.spk[1]].rstrip(".") not in ABBREVIATIONS and e - s > 2:
            e -= 1
    else:
        return None
    return st.text[s:e], s, e

