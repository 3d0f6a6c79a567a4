"""The speakers of one article: :func:`attribute` collects the mentions, resolves them and settles
each person's kind.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import organisations as _orgs
from ..attribution import Quote
from ..attribution.rules import select
from .mentions import _collect, _Runs, _title_case_headline
from .people import Person
from .resolution import _Resolution
from .words import _given_names, _norm


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
