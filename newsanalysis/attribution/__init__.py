"""Attribution: direct, partial and indirect quotations with their cue and speaker mention.

The method is a set of rules over quotation marks and a small token stream,
after the quotation-attribution literature (Pareti's PARC and Newell et al.'s
PolNeAR: an attribution is a *source*, a *cue* and a *content*):

1. **Marks are paired by type** within a paragraph: curly ``“`` opens and
   ``”`` closes; a straight ``"`` (or the archive form ``''``) opens when no
   quote is open and closes otherwise. A mark of the other type inside an
   open quote is a nested quote and stays part of the content. Single marks
   (``‘ ’ '``, the British, Irish and Indian house style) are quotation
   marks where the article quotes in them: each is read by where it stands,
   apostrophes (``don’t``, ``the players’ union``, ``the ’90s``, ``rock ’n’
   roll``) told apart by named rules (:mod:`.singles`), and the article's
   style (``articles.quote_style``) read from how its marks nest. A headline
   quote after ``Mayor:`` or before ``: mayor defies council`` is that
   source's (``headline_colon``). A quote never runs past its paragraph, unless it is left
   open and the next paragraph opens with a mark of the same style (the
   news convention for a quotation of several paragraphs); an unclosed
   quote that opens a paragraph ends with it. A closing-form mark where no
   quote is open, at a paragraph start or after a space and before a word,
   opens one (``”We won.” ― Ann Lee``). In a transcript (two or more
   paragraphs that open with a mark and a speaker label, ``"HOLM: ...``)
   each turn is a quote of its own, from after the colon to its closing
   mark or the next turn. A stray mark is dropped; nothing raises.
2. **The text outside the marks** becomes a token stream in which each quote
   is one token (sentences with no cue word that touch no quote are skipped:
   they cannot hold an attribution). Cue verbs (*said*, *told*, *added*,
   *according to*, ...) are found there, each with its source: the noun
   phrase before it (``Trump said``, ``the US president also added``,
   ``Trump, in separate statements, told``, ``Wilcox, whose ..., said``),
   after it (``said Sen. Ted Cruz``, ``described by Putin``, ``according to
   the Kremlin``), or, for a participle (``adding``), the source of the
   clause it hangs on. A cue word after a determiner is a noun (``the
   report``, ``secretary of state``). The six ways of finding a source are
   rules of the stage ``sources`` (:func:`.frames.find_frames`), so
   ``rules=`` switches them off like the others.
3. **Each quote is classified**: ``direct`` when the marks hold a whole
   statement (nothing but an attribution around them), ``partial`` when they
   hold a fragment of a reported sentence that has a cue, ``mention`` when
   they hold words that are nobody's speech (scare quotes, titles,
   nicknames: a fragment with no cue in its sentence, a Title-Case name, or
   words after *so-called*, *dubbed*, *titled* ...).
4. **A direct quote takes its attribution** from the cue right after it
   (unless that cue takes a clause of its own after a quote that continues
   the paragraph's speaker: ``"..." Kasich said he would ...``; also a name
   and a long apposition before the cue, a long source, or any verb in -s
   or -ed after a quote ending in a comma: ``"...," Quinn charged``), else
   the cue right before it (``As the paper put it, "..."``), else the quote
   next to it in the paragraph, else a colon-ended attribution (``Caddell
   continued:``) or the speaker of the previous paragraph (a quote paragraph
   continues its speaker). A transcript turn is its label's.
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
:func:`newsanalysis.speakers.attribute` resolves them to people. The work is
linear in the text.

Layout, one job a module: :mod:`.lexicon` (the cues and quotation marks,
data read on first use from ``data/cues.tsv`` and ``data/quote_marks.tsv``),
:mod:`.words` (grammar words), :mod:`.marks` (step 1), :mod:`.tokens` (step
2), :mod:`.frames` (step 2's cues and sources), :mod:`.direct` (steps 3 and
4), :mod:`.indirect` (step 5); :mod:`.rules` holds the registry
:data:`RULES`: every rule is a named function whose docstring gives its
pattern, and ``rules=`` (here and in :func:`newsanalysis.quotes`) switches
rules off by leaving their names out.

Not handled: quotations in single marks at top level (British style), quotes
whose attribution is only in a later paragraph, and attributions whose cue
is a noun phrase (``in a statement``, ``in an interview with ...``) with no
verb.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import lexicon
from . import marks as _marks  # noqa: F401  (first: RULES keeps the order the rules are tried in)
from .direct import Scene, attribute_marked
from .frames import find_frames
from .indirect import find_indirect
from .marks import inner_span, pair_quotes, paragraphs, subhead
from .quote import Quote
from .rules import RULES, Rule, select
from .tokens import build_stream

__all__ = ["RULES", "Quote", "Rule", "find_quotes", "find_quotes_styled"]


def find_quotes(
    text: str, sentences: list[tuple[int, int, int]], rules: Iterable[str] | None = None
) -> list[Quote]:
    """Find the quotations of ``text``, each with its cue and speaker mention.

    Parameters
    ----------
    text : str
        The article body.
    sentences : list of (int, int, int)
        ``(start, end, paragraph)`` spans from
        :func:`newsanalysis.segment.sentence_spans`; only their paragraphs
        are used (quotes are bounded by paragraphs, not by sentences).
    rules : iterable of str, optional
        Names of the rules to use (keys of :data:`RULES`); default all.

    Returns
    -------
    list of Quote
        In text order; ``speaker`` is left None (see
        :func:`newsanalysis.speakers.attribute`).

    Raises
    ------
    ValueError
        For a name in ``rules`` that is no rule.

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
    >>> direct_only = [r for r in RULES if RULES[r].stage in ("sources", "direct")]
    >>> [q.kind for q in find_quotes(t, sentence_spans(t), rules=direct_only)]
    ['direct', 'direct']
    """
    return find_quotes_styled(text, sentences, rules)[0]


def find_quotes_styled(
    text: str, sentences: list[tuple[int, int, int]], rules: Iterable[str] | None = None
) -> tuple[list[Quote], str | None]:
    """:func:`find_quotes`, and the quotation style of ``text`` (``double``, ``single``, ``mixed`` or None).

    The style is the ``articles.quote_style`` column: see :func:`.marks.single_quotes`.

    Examples
    --------
    >>> t = "‘We will rebuild,’ said Ana Lopez, who runs the players’ union."
    >>> found, style = find_quotes_styled(t, [(0, len(t), 0)])
    >>> [(t[q.start:q.end], q.speaker_mention) for q in found], style
    ([('We will rebuild,', 'Ana Lopez')], 'single')
    """
    on = select(rules)
    if not text or not sentences:
        return [], None
    paras = paragraphs(sentences)
    marks, style = pair_quotes(text, paras, on)
    heads: list[Quote] = []
    if "subhead" in on:
        drop = subhead(text, paras, marks, style)
        if drop:
            heads = [Quote(*inner_span(text, marks[k][1], marks[k][2]), "mention", rule="subhead")
                     for k in sorted(drop)]
            marks = [m for k, m in enumerate(marks) if k not in drop]
    st = build_stream(text, paras, marks)
    frames = find_frames(st, on)
    # stances and intentions ("criticized", "declined to") report no quote of their own
    quoting = [f for f in frames if f.lemma not in lexicon.INTENT and f.lemma not in lexicon.OBJECT_CUES]
    out, qkind, reporting = attribute_marked(Scene.build(st, marks, quoting, on))
    out.extend(find_indirect(st, frames, qkind, paras, on, reporting))
    out.extend(heads)
    out.sort(key=lambda q: (q.start, q.end))
    return out, style
