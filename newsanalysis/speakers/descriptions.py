"""Descriptions across a run: :func:`fit_descriptions` checks the descriptions resolved within
articles against what the whole run writes next to each name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .phrase import read_source
from .words import _JOBS, _name_gender, _Needs, _norm, _qualifiers

if TYPE_CHECKING:
    import pandas as pd


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
    changed = _refitted(quotes, _Profiles(speakers))
    return _with_changes(quotes, changed) if changed else quotes


def _plain(quotes: pd.DataFrame, col: str) -> list[str | None]:
    """The strings of a column, None for a missing value."""
    return [v if isinstance(v, str) else None for v in quotes[col].tolist()]


class _Profiles:
    """What the run writes next to each person's name, from the ``speakers`` table (see :func:`fit_descriptions`).

    ``in_article``: article -> person -> mentions; :meth:`profile`: a person's qualifiers, title and
    role words, and gender.
    """

    def __init__(self, speakers: pd.DataFrame) -> None:
        self.written: dict[str, dict[str, int]] = {}  # person -> word -> articles writing it next to their name
        self.n_articles: dict[str, int] = {}
        self.genders: dict[str, set[str]] = {}
        self.in_article: dict[str, dict[str, int]] = {}
        self.profiles: dict[str, tuple[set[str], set[str], str | None]] = {}
        has_gender = "gender" in speakers.columns
        has_mentions = "mentions" in speakers.columns
        for aid, person, roles, gender, mentions in zip(
            speakers["article_id"].astype(str).tolist(),
            speakers["person"].tolist(),
            speakers["roles"].tolist(),
            speakers["gender"].tolist() if has_gender else [None] * len(speakers),
            speakers["mentions"].tolist() if has_mentions else [1] * len(speakers),
        ):
            if isinstance(person, str) and person:
                self.add(aid, person, roles, gender, mentions)

    def add(self, aid: str, person: str, roles: object, gender: object, mentions: object) -> None:
        """Count one row of the ``speakers`` table."""
        self.n_articles[person] = self.n_articles.get(person, 0) + 1
        if isinstance(roles, str):
            counts = self.written.setdefault(person, {})
            for w in set(roles.split()):
                counts[w] = counts.get(w, 0) + 1
        if isinstance(gender, str) and gender:
            self.genders.setdefault(person, set()).add(gender[:1])
        seen = self.in_article.setdefault(aid, {})
        seen[person] = seen.get(person, 0) + (int(mentions) if mentions == mentions and mentions is not None else 1)

    @staticmethod
    def parties(written: dict[str, int], least: int) -> set[str]:
        """The party a person is written with, as a qualifier stem (``repub``, ``democ``), or none.

        The party words are titles ("Republican Donald Trump", "Democrat Hillary Clinton"), which
        :func:`_qualifiers` leaves out; counted together ("Democrat" and "Democratic" are one party)
        and kept at the same threshold as every other word, and only when one party is written.
        """
        counts: dict[str, int] = {}
        for w, n in written.items():
            x = _norm(w)
            stem = "repub" if x in ("republican", "gop") else "democ" if x in ("democrat", "democratic") else None
            if stem is not None:
                counts[stem] = counts.get(stem, 0) + n
        found = {stem for stem, n in counts.items() if n >= least}
        return found if len(found) == 1 else set()

    def fits(self, person: str, mention: str) -> bool:
        """Whether a mention may stand for ``person`` by what the run writes of them: any name or pronoun, and a
        description that nothing written of them contradicts (``the Florida senator`` is no Ted Cruz)."""
        src = read_source(mention)
        return src.form != "description" or _needs(src.words).shown(*self.profile(person))

    def profile(self, person: str) -> tuple[set[str], set[str], str | None]:
        """``(qualifiers, title and role words, gender)`` of ``person`` as the run writes them."""
        if person not in self.profiles:
            # (a word written of them in one article of twenty is evidence; fewer is noise: a sentence's first
            # word taken into a title, one misread)
            least = max(1, self.n_articles.get(person, 0) // 20)
            written = self.written.get(person, {})
            ws = sorted(w for w, n in written.items() if n >= least)
            quals = {"repub" if x == "gop" else x for x in _qualifiers(ws)}  # the GOP is the Republican party
            quals |= self.parties(written, least)
            g = self.genders.get(person, set())
            self.profiles[person] = (quals, {_norm(w) for w in ws}, next(iter(g)) if len(g) == 1 else
                                     None if g else _name_gender(person))
        return self.profiles[person]


def _needs(words) -> _Needs:
    """What a description asks (:class:`_Needs`), the GOP read as the Republican party."""
    need = _Needs.read(words)
    return replace(need, party=need.party - {"gop"} | {"repub"}) if "gop" in need.party else need


def _refitted(quotes: pd.DataFrame, run: _Profiles) -> dict[int, str | None]:
    """Row -> the person its description fits (None: an unnamed source), for every row that changes."""
    profile = run.profile
    persons, mentions_q, speakers_q, kinds_q = (_plain(quotes, c) for c in
                                                ("person", "speaker_mention", "speaker", "source_kind"))
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
        need = _needs(src.words)
        fitting = [(n, p) for p, n in run.in_article.get(aids[i], {}).items() if p != person and need.held(*profile(p))]
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
        if not fitting and need.party:
            # "the Democratic nominee" of a Republican: the one person of the article the run writes with that party
            fitting = [(n, p) for p, n in run.in_article.get(aids[i], {}).items()
                       if p != person and need.party & profile(p)[0] and need.shown(*profile(p))]
            fitting = fitting if len(fitting) == 1 else []
        changed[i] = max(fitting)[1] if fitting else None
    if named:
        # (and the pronouns that followed it: "“...,” he said" after the governor's statement)
        for i, (aid, sp) in enumerate(zip(aids, speakers_q)):
            if i not in changed and kinds_q[i] == "unnamed" and isinstance(sp, str) and (aid, sp) in named:
                changed[i] = named[(aid, sp)]
    return changed


def _with_changes(quotes: pd.DataFrame, changed: dict[int, str | None]) -> pd.DataFrame:
    """A copy of ``quotes`` with the rows of ``changed`` given their person (rule ``run_description``)."""
    import pandas as pd

    persons, mentions_q, speaker, kind = (_plain(quotes, c) for c in
                                          ("person", "speaker_mention", "speaker", "source_kind"))
    q = quotes.copy()
    for i, p in changed.items():
        persons[i] = p
        speaker[i] = p if p is not None else _unnamed_form(mentions_q[i])
        kind[i] = "person" if p is not None else "unnamed"
    q["person"] = pd.array(persons, dtype="string")
    q["speaker"] = pd.array(speaker, dtype="string")
    q["source_kind"] = pd.array(kind, dtype="string")
    if "speaker_rule" in q.columns:
        rules = _plain(q, "speaker_rule")
        for i in changed:
            rules[i] = "run_description"  # the run's evidence, not the article's, decided this speaker
        q["speaker_rule"] = pd.array(rules, dtype="string")
    return q
