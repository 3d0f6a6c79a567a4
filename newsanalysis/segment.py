"""Segmentation: paragraphs and sentences of news text, with character offsets.

Sentences are found by NLTK's Punkt (Kiss and Strunk 2006) with parameters
this package ships in ``newsanalysis/data/`` (no NLTK data download), plus
rules for the habits of news copy. Every span is an exact character offset
into the text given, stripped of surrounding white space; a sentence never
crosses a paragraph.

Paragraphs
    A blank line (or a Unicode paragraph separator) always ends a paragraph.
    A single line break ends one too, because scraped news often puts one
    paragraph on each line, except where the text is hard-wrapped: a line
    break followed by a lower-case letter, or after a comma or semicolon, is
    a wrapped line; and a text wrapped at a fixed width (lines of at most
    120 characters, mostly of nearly equal length, mostly not ending in
    sentence punctuation, often followed by a lower-case line) is read as
    hard-wrapped throughout: only blank lines separate its paragraphs.

Sentences
    A sentence may end at ``.``, ``?``, ``!``, ``…`` or an ellipsis of dots,
    followed by any closing quotation marks or brackets (which stay with the
    sentence: ``“Go.” He left.`` gives ``“Go.”`` and ``He left.``) and white
    space. Where a period ends an abbreviation (``Co.``, ``U.S.``) or an
    initial (``J. K. Rowling``), Punkt's second pass (its orthographic and
    sentence-starter heuristics) decides: the sentence ends only when the next
    word is a known sentence starter (``the U.S. They`` ends, ``the U.S.
    Senate`` does not). After a number it ends before any capital
    (``in 2015. Voters``). The news rules around it:

    * a title before a name (``Mr.``, ``Sen.``, ``Gen.``) never ends a
      sentence, nor does ``No.``/``p.`` before a number;
    * the next word in lower case continues the sentence (``Yahoo! in``,
      ``“Why?” he asked``, ``approx. three``);
    * a closing quotation mark after the stop, followed by a capital, ends it
      (``“… in the U.S.” Trump said``);
    * no break inside a parenthesis opened mid-sentence that closes soon
      after (``He taught (He was a judge.) at Yale.``); a dash after the stop
      continues the sentence (``CHICAGO, Ill. — The mayor ...``);
    * an enumerator opening a sentence (``1.``, ``a.``, ``II.``, the ``Q.``
      of an interview) is not a sentence of its own;
    * ``a.m.``/``p.m.`` before a capital ends a sentence, except in a leading
      time phrase (``At 5 a.m. Mr. Smith went ...``);
    * ``....`` and `` . . . .`` end a sentence; ``word. . . . Next`` ends it
      after ``word.``; a three-dot ellipsis before a capital other than the
      pronoun ``I``; a bracketed ``[...]`` never;
    * an enumerated or bulleted list in running text (``1. ... 2. ...``,
      ``a) ... b) ...``, ``• ... • ...``; two consecutive markers at least)
      starts a new sentence at each marker.

What it does not do: it cannot know that a capitalised name after an
abbreviation starts a sentence (``... in the U.S. Trump said`` stays one
sentence), and it does not split run-on text without white space after the
stop (``end.Next``).

Public interface (a contract for the later stages):

* ``paragraph_spans(text) -> list[tuple[int, int]]``
* ``sentence_spans(text) -> list[tuple[int, int, int]]``: (start, end, paragraph)
* ``split_sentences(text) -> list[str]``

The tokenizer is built once, on first use; ``import newsanalysis.segment``
loads neither NLTK nor the word lists.
"""

from __future__ import annotations

import re
import threading
from importlib import resources

from .errors import NewsAnalysisError

__all__ = ["paragraph_spans", "sentence_spans", "split_sentences"]

#: Word lists shipped in ``newsanalysis/data/`` (one entry a line, ``#`` comments).
DATA_FILES = {
    "abbreviations": "segment_abbreviations.txt",
    "titles": "segment_titles.txt",
    "numeric": "segment_numeric_abbreviations.txt",
    "starters": "segment_sentence_starters.txt",
}

# --------------------------------------------------------------------------
# paragraphs
# --------------------------------------------------------------------------

_HARD_BREAKS = frozenset("\x0c\x1c\x1d\u2029")
# characters that end a line which is not a wrapped piece of a sentence
_LINE_FINAL = tuple(".!?…:\"'”’)]»")


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise NewsAnalysisError(
            f"segmentation needs text as a str, got {type(text).__name__}"
            + (" (decode bytes first, or use read_article)" if isinstance(text, bytes | bytearray) else "")
        )
    return text


def _line_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, hard) of every non-blank line, stripped; ``hard``: a paragraph
    break (start of text, blank line, paragraph separator) precedes the line."""
    out = []
    pos = 0
    hard = True
    for line in text.splitlines(True):
        n = len(line)
        rest = line.lstrip()
        if rest:
            out.append((pos + n - len(rest), pos + len(line.rstrip()), hard))
            hard = line[-1] in _HARD_BREAKS
        else:
            hard = True
        pos += n
    return out


def _is_hard_wrapped(text: str, lines: list[tuple[int, int, bool]]) -> bool:
    """Whether single line breaks in ``text`` look like hard wrapping at a fixed
    width: the lines followed by another line of the same paragraph are at most
    120 characters, three in four of them are nearly as long as the longest
    (within 40%), at least half of them do not end in sentence punctuation and
    at least a quarter of the lines after them start in lower case."""
    firsts = [lines[i] for i in range(len(lines) - 1) if not lines[i + 1][2]]
    if len(firsts) < 3:
        return False
    lengths = [e - s for s, e, _ in firsts]
    width = max(lengths)
    if width > 120 or sum(n >= 0.6 * width for n in lengths) * 4 < len(lengths) * 3:
        return False
    open_ends = sum(not text[s:e].endswith(_LINE_FINAL) for s, e, _ in firsts)
    lower_starts = sum(text[lines[i + 1][0]].islower() for i in range(len(lines) - 1) if not lines[i + 1][2])
    return open_ends * 2 >= len(firsts) and lower_starts * 4 >= len(firsts)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``, stripped of surrounding white space.

    A blank line always separates paragraphs; a single line break does too,
    unless the text is hard-wrapped (see the module docstring for the rule).

    Parameters
    ----------
    text : str
        Any text; offsets are character offsets into it.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each non-blank paragraph, in order.

    Examples
    --------
    >>> text = "First paragraph.\\n\\nSecond one,\\nwrapped. Third?\\nYes."
    >>> [text[s:e] for s, e in paragraph_spans(text)]
    ['First paragraph.', 'Second one,\\nwrapped. Third?', 'Yes.']
    """
    _check_text(text)
    lines = _line_spans(text)
    if not lines:
        return []
    wrapped = _is_hard_wrapped(text, lines)
    out: list[tuple[int, int]] = []
    ps, pe, _ = lines[0]
    for s, e, hard in lines[1:]:
        if not hard and (wrapped or text[s].islower() or text[pe - 1] in ",;"):
            pe = e
            continue
        out.append((ps, pe))
        ps, pe = s, e
    out.append((ps, pe))
    return out


# --------------------------------------------------------------------------
# sentences
# --------------------------------------------------------------------------

# A possible sentence end: a spaced ellipsis (". . .", ". . . .") or a run of
# stops, then closing marks, then white space or the end. The look-behinds
# make every match start at the beginning of its run, which keeps the scan
# linear on runs of dots; the possessive quantifiers forbid backtracking.
_CANDIDATE = re.compile(
    r"[.?!…](?<![.?!…][.?!…])(?<!\.\x20[.?!…])"
    r"(?P<spaced>(?:\x20\.){2,}+)?[.?!…]*+"
    r"(?P<close>[\"'”’»›)\]}]*+)"
    r"(?=\s|\Z)"
)
_NEXT = re.compile(r"\s+(\S{1,80})")
_LEAD_WORD = re.compile(r"[^\W_]+")
_OPENERS = "\"'“‘«‹([{¿¡*_"
# punctuation that may stick to the front of a word ("(Mr.", "”Mr.", "—Sen.")
_LEADING_PUNCT = _OPENERS + "”’»›)]}—–―-/…"
_DASHES = frozenset("-–—―")
_QUOTES = frozenset("\"'”’»›")
_INITIALISM = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_LIST_MARKER = re.compile(
    r"(?<!\S)(?:(?P<bullet>[•⁃▪‣◦●■➢➤·])\x20?)?"
    r"(?:(?P<num>\d{1,3})|(?P<let>[a-z]))(?P<suf>\.\)|\)|\.)(?=\s+[^\sa-z])"
    r"|(?<!\S)(?P<solo>[•⁃▪‣◦●■➢➤])(?=\s)"
)
# a cheap test (a scan for rare characters) for paragraphs that may hold a marker
_MAYBE_LIST = re.compile(
    r"[.)•⁃▪‣◦●■➢➤](?:(?<=[•⁃▪‣◦●■➢➤])|(?<=(?<!\S)[a-z].)|(?<=(?<![^\s⁃•])\d.)"
    r"|(?<=(?<![^\s⁃•])\d\d.)|(?<=(?<![^\s⁃•])\d\d\d.))\)?(?=\s)"
)
# an enumerator opening a sentence: 1-3 digits, a letter, a Roman numeral ("Q." and
# "A." of an interview transcript too)
_ENUMERATOR = re.compile(r"\d{1,3}|[^\W\d_]|[IVX]{1,4}")
_TIMES = frozenset({"a.m", "p.m", "am", "pm"})
# words that continue a sentence after "a.m."/"p.m.": time zones, days, months
_TIME_FOLLOWERS = frozenset(
    "e et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst cet cest utc local eastern central pacific "
    "mountain today tonight monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec".split()
)
# first words of a leading time phrase ("At 5 a.m. ...", "Shortly after 9 p.m. ...")
_TIME_PHRASE_OPENERS = frozenset(
    "at by before after until till around about from since on shortly just early late starting "
    "beginning between then".split()
)


def _load_list(name: str) -> list[str]:
    """The entries of one shipped word list (read with importlib.resources, so no
    NLTK data path and no resource guard is involved)."""
    source = resources.files("newsanalysis").joinpath("data", DATA_FILES[name])
    try:
        raw = source.read_text(encoding="utf-8")
    except OSError as exc:  # a broken installation
        raise NewsAnalysisError(f"cannot read the segmentation word list {DATA_FILES[name]}: {exc}") from exc
    entries = []
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line.lower())
    return entries


class _Ortho(dict):
    """Orthographic context that answers 0 for unknown words without storing them
    (Punkt's defaultdict would grow with every word it is asked about)."""

    def __missing__(self, key):
        return 0


def _build_tokenizer():
    """The news tokenizer, built from the shipped word lists."""
    from nltk.tokenize import punkt

    params = punkt.PunktParameters()
    abbreviations = set(_load_list("abbreviations"))
    titles = frozenset(_load_list("titles"))
    numeric = frozenset(_load_list("numeric"))
    starters = _load_list("starters")
    params.abbrev_types = abbreviations | titles
    params.sent_starters = set(starters)
    ortho = _Ortho()
    for word in starters:  # seen in lower case mid-sentence, capitalised only at a start
        ortho[word] = punkt._ORTHO_BEG_UC | punkt._ORTHO_MID_LC
    params.ortho_context = ortho

    class NewsSentenceTokenizer(punkt.PunktSentenceTokenizer):
        """Punkt with shipped parameters and rules for news copy.

        ``span_tokenize(text)`` yields the sentence spans of one paragraph;
        the inherited ``tokenize`` and ``sentences_from_text`` use it.
        """

        def __init__(self):
            super().__init__()
            self._params = params
            self.titles = titles
            self.numeric = numeric
            self.abbreviations = params.abbrev_types
            self._Token = punkt.PunktToken
            self._breaks: dict[tuple[str, str, bool], bool] = {}  # punkt_break's answers

        def span_tokenize(self, text, realign_boundaries=True):
            start = len(text) - len(text.lstrip())
            para = text.strip()
            for s, e in _paragraph_sentences(self, para) if para else ():
                yield (start + s, start + e)

        def punkt_break(self, word: str, next_word: str, *, abbreviation: bool = False) -> bool:
            """Punkt's decision on ``word`` (ending in a period or an ellipsis)
            before ``next_word``: its first pass (abbreviation list, ellipsis),
            optionally overridden to an abbreviation, then its second pass
            (collocations, orthographic and sentence-starter heuristics,
            initials and numbers). The answer depends on the three arguments
            only (the parameters are fixed), so it is kept: the same pairs
            ("U.S. Senate") recur, and Punkt's annotation is slow."""
            key = (word, next_word, abbreviation)
            found = self._breaks.get(key)
            if found is None:
                found = self._punkt_break(word, next_word, abbreviation)
                if len(self._breaks) >= _MAX_KEPT_BREAKS:
                    self._breaks.clear()
                self._breaks[key] = found
            return found

        def _punkt_break(self, word: str, next_word: str, abbreviation: bool) -> bool:
            """:meth:`punkt_break` without the kept answers."""
            tok = self._Token(word)
            nxt = self._Token(next_word)
            self._first_pass_annotation(tok)
            if abbreviation and not tok.ellipsis:
                tok.abbr, tok.sentbreak = True, False
            self._second_pass_annotation(tok, nxt)
            return bool(tok.sentbreak)

    return NewsSentenceTokenizer()


#: How many answers of Punkt's second pass the tokenizer keeps (then it starts again).
_MAX_KEPT_BREAKS = 20_000
_tokenizer = None
_lock = threading.Lock()


def _get_tokenizer():
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _build_tokenizer()
    return _tokenizer


def _list_chunks(p: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Split ``p[start:end]`` before each marker of an enumerated or bulleted
    list, giving ``(start, end, marker_end)`` chunks: a marker counts when a marker of the same style with the next or the
    previous number (or letter) occurs too, or, for bare bullets, when the
    same bullet occurs twice."""
    styles: dict[tuple, list[tuple[int, int, int]]] = {}
    for m in _LIST_MARKER.finditer(p, start, end):
        if m.group("solo"):
            key: tuple = ("solo", m.group("solo"))
            value = 0
        else:
            num = m.group("num")
            key = (m.group("bullet") or "", "num" if num else "let", m.group("suf"))
            value = int(num) if num else ord(m.group("let"))
        styles.setdefault(key, []).append((m.start(), m.end(), value))
    cuts: dict[int, int] = {}
    for key, found in styles.items():
        if key[0] == "solo":
            if len(found) >= 2:
                cuts.update((s, e) for s, e, _ in found)
            continue
        for (s1, e1, v1), (s2, e2, v2) in zip(found, found[1:]):
            if v2 == v1 + 1:
                cuts[s1] = e1
                cuts[s2] = e2
    if not cuts:
        return [(start, end, start)]
    chunks = []
    pos, marker_end = start, start
    for s in sorted(cuts):
        if s > pos:
            chunk_end = s
            while chunk_end > pos and p[chunk_end - 1].isspace():
                chunk_end -= 1
            chunks.append((pos, chunk_end, marker_end))
        pos, marker_end = s, cuts[s]
    chunks.append((pos, end, marker_end))
    return chunks


def _paragraph_sentences(tok, p: str, ps: int = 0, pe: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences of the paragraph ``p[ps:pe]`` (already stripped: white space, or
    nothing, on either side of it), as offsets into ``p``.

    The scan runs on ``p`` itself, bounded to the paragraph: no look-behind
    of the patterns reaches past the white space before it, so the spans are
    those of the paragraph cut out, shifted by ``ps``."""
    if pe is None:
        pe = len(p)
    if _MAYBE_LIST.search(p, ps, pe) is None:
        return _chunk_sentences(tok, p, ps, pe, ps, pe)
    out = []
    for cs, ce, marker_end in _list_chunks(p, ps, pe):
        out.extend(_chunk_sentences(tok, p, cs, ce, marker_end, pe))
    return out


def _chunk_sentences(
    tok, p: str, start: int, end: int, skip_until: int, para_end: int
) -> list[tuple[int, int]]:
    """The sentence loop over ``p[start:end]`` (a chunk of the paragraph that ends at ``para_end``);
    candidates ending at or before ``skip_until`` (a list marker's own period) are not sentence ends."""
    out = []
    sent_start = start
    lo = start  # end of the last candidate: the scan for the previous word starts here
    depth = 0  # open parentheses/brackets in the current sentence
    # without brackets in the paragraph the depth stays 0: the text between candidates need not be looked at
    brackets = p.find("(", start, end) >= 0 or p.find(")", start, end) >= 0 or p.find("[", start, end) >= 0 or (
        p.find("]", start, end) >= 0
    )
    for m in _CANDIDATE.finditer(p, start, end):
        tstart, tend = m.span()
        nm = _NEXT.match(p, tend, end)
        if nm is None:  # nothing follows in this paragraph (so no other candidate either)
            break
        close = m.group("close")
        before = None
        if brackets:
            before = p[lo:tstart]
            if close or "(" in before or ")" in before or "[" in before or "]" in before:
                depth += before.count("(") + before.count("[") - before.count(")") - before.count("]")
                depth -= close.count(")") + close.count("]")
                if depth < 0:
                    depth = 0
        prev = lo
        lo = tend
        if tend <= skip_until:
            continue
        if tstart - sent_start <= 4 and _ENUMERATOR.fullmatch(p, sent_start, tstart):
            continue  # "1. Fireworks fly ...": a numbered item, not a sentence "1."
        raw_next = nm.group(1)
        nxt = raw_next.lstrip(_OPENERS) or raw_next
        first = nxt[0]
        if first.islower():
            continue
        if first in _DASHES:  # "CHICAGO, Ill. — The ...": a dateline or an aside
            continue
        if (
            depth
            and p[sent_start] not in "(["
            and (p.find(")", tend, min(tend + 300, para_end)) != -1 or p.find("]", tend, min(tend + 300, para_end)) != -1)
        ):
            continue  # inside a parenthesis, opened mid-sentence, that closes soon
        if tstart > prev and not p[tstart - 1].isspace():
            if before is None:
                before = p[prev:tstart]
            word = before.rsplit(None, 1)[-1].lstrip(_LEADING_PUNCT)
        else:
            word = ""
        quoted = bool(close) and close[0] in _QUOTES
        run = p[tstart : tend - len(close)] if close else m.group()
        boundary = tend
        if run == ".":
            if not _period_break(tok, p, sent_start, tstart, word, nxt, first, quoted):
                continue
        elif m.group("spaced"):
            dots = run.count(".")
            if dots >= 4 and word:  # "word. . . . Next": the period ends it, the ellipsis opens the next
                boundary = tstart + 1
            elif dots < 4 and not _ellipsis_break(nxt, first):
                continue
        elif "?" in run or "!" in run:
            pass
        elif len(run.replace("…", "...")) <= 3:  # an ellipsis
            if tstart and p[tstart - 1] in "[(" and close[:1] in ("]", ")"):
                continue  # "[...]": an omission inside a quotation
            if not _ellipsis_break(nxt, first):
                continue
        # else four dots or more: a period and an ellipsis; the sentence ends
        out.append((sent_start, boundary))
        sent_start = nm.start(1) if boundary == tend else boundary + 1
        depth = 0
    if sent_start < end:
        out.append((sent_start, end))
    return out


def _ellipsis_break(nxt: str, first: str) -> bool:
    """Whether a three-dot ellipsis before the token ``nxt`` ends the sentence:
    when a capital follows, except the pronoun "I", capitalised everywhere
    ("I wasn't ... I mean")."""
    return first.isupper() and _lead_word(nxt) != "I"


def _lead_word(nxt: str) -> str:
    """The word at the start of the next token, for Punkt's look-ups ("It’s," -> "It")."""
    lead = _LEAD_WORD.match(nxt)
    return lead.group() if lead else nxt


def _period_break(
    tok, p: str, sent_start: int, tstart: int, word: str, nxt: str, first: str, quoted: bool
) -> bool:
    """Whether the period after ``word`` ends the sentence (the next token,
    ``nxt``, does not start in lower case)."""
    if not word:
        return True
    low = word.lower()
    if low in tok.titles:
        return False
    if low in tok.numeric:
        if first.isdigit() or first == "#":
            return False
        if len(low) > 1 and low not in tok.abbreviations:
            return True
    core = low.rsplit("-", 1)[-1] if "-" in low else low
    if core in _TIMES and first.isupper():
        if _lead_word(nxt).lower() in _TIME_FOLLOWERS:  # "5 p.m. ET", "10 a.m. Friday"
            return False
        if tstart - sent_start > 60:
            return True
        head = p[sent_start:tstart].split(None, 4)
        # "At 5 a.m. Mr. Smith went ...": a leading time phrase is no sentence
        return not (len(head) <= 4 and head[0].lower() in _TIME_PHRASE_OPENERS)
    initialism = "." in core and len(core) <= 24 and _INITIALISM.fullmatch(core.replace("&", "")) is not None
    if quoted and first.isupper():
        return True
    if initialism or core in tok.abbreviations or len(core) == 1 or core[:1].isdigit():
        return tok.punkt_break(word + ".", _lead_word(nxt), abbreviation=initialism)
    return True


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """Spans of the sentences of ``text`` with their paragraph numbers.

    Parameters
    ----------
    text : str
        Any text; offsets are character offsets into it.

    Returns
    -------
    list of (int, int, int)
        ``(start, end, paragraph)`` of each sentence, in order: ``text[start:end]``
        is the sentence without surrounding white space, ``paragraph`` the
        0-based index into :func:`paragraph_spans`. A sentence never crosses
        a paragraph.

    Examples
    --------
    >>> text = "Gen. J. K. Smith left at 5 p.m. He said “No.”\\n\\nIt rained."
    >>> sentence_spans(text)
    [(0, 31, 0), (32, 45, 0), (47, 57, 1)]
    """
    tok = _get_tokenizer()
    out = []
    for i, (ps, pe) in enumerate(paragraph_spans(text)):
        out.extend([(s, e, i) for s, e in _paragraph_sentences(tok, text, ps, pe)])
    return out


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of str
        The sentences, in order, each stripped of surrounding white space.

    Examples
    --------
    >>> split_sentences("Hello World. My name is Jonas.")
    ['Hello World.', 'My name is Jonas.']
    >>> split_sentences("“Go.” He left the U.S. Senate at 5 p.m. Then he ate.")
    ['“Go.”', 'He left the U.S. Senate at 5 p.m.', 'Then he ate.']
    """
    return [text[s:e] for s, e, _ in sentence_spans(text)]
