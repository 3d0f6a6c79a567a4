"""Mention collection: the runs of capitalised words, lone surnames and headline names of one
article, read once, in text order, as the events that resolution walks through (:class:`_Event`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .. import organisations as _orgs
from ..attribution import Quote
from ..attribution.words import ABBREVIATIONS as _ABBREV
from .names import _is_place, _looks_personal, _person_after_body, _split_run, _titled_body
from .words import _DESCRIPTION, _LEADING, _TITLE_WORDS, _given_names, _norm

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
    quoted, quoted_names = _quoted_sources(text, quotes)
    events, multi, held, headline = _name_events(text, runs, quoted, head_end)
    # surnames (and single names of quoted sources) on their own: "Clinton", "Trump's"
    singles = {w for w in multi if w[:1].isupper()} | {
        text[s:e].split()[-1].rstrip(".").removesuffix("’s").removesuffix("'s").rstrip("’'") for s, e in quoted
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
    surnames = _surnames(runs, multi, head_end)
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


def _quoted_sources(text: str, quotes: list[Quote]) -> tuple[dict[tuple[int, int], list[Quote]], set[str]]:
    """The quotes resting on each source span, and the last words of sources that may be names.

    A last word that is a title, a pronoun, a place or a common word (``Beyond``, ``Six``) is none.
    """
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
    return quoted, quoted_names


def _name_events(
    text: str, runs: _Runs, quoted: dict[tuple[int, int], list[Quote]], head_end: int
) -> tuple[list[_Event], set[str], list[tuple[int, int]], list[tuple[int, int, tuple[str, ...]]]]:
    """The names read from the runs with a title or of two words or more, outside quote sources.

    Returns the events, the last words of full names, the spans of those runs, and the runs of a
    title-case headline (read later, once the surnames of the body are known).
    """
    events: list[_Event] = []
    multi = set()  # last words of full names
    held: list[tuple[int, int]] = []  # spans of runs that name someone with a title or in full
    headline = []
    for s, e, title, name, the in runs.items:
        if len(name) == 1 and not title:
            continue  # a surname alone is found later
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
    return events, multi, held, headline


def _surnames(runs: _Runs, multi: set[str], head_end: int) -> frozenset[str]:
    """The surnames of the text: last words of full names, of a title and one name, of a given name and the next.

    (Also of names inside runs taken for bodies: "White House Counsel W. Neil Eggleston".)
    """
    given = _given_names()
    for s, _, title, name, _ in runs.items:
        if s < head_end:
            continue
        if title and len(name) == 1:
            multi.add(name[0])
        for a, b in zip(name, name[1:]):
            if _norm(a) in given and b[:1].isupper():
                multi.add(b)
    return frozenset(_norm(w) for w in multi)
