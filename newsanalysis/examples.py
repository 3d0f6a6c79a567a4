"""A generated corpus for demonstrations: hundreds of short fictional articles over a year.

:func:`example_corpus` writes articles about the (invented) town of Port
Harlan and its harbour bridge, from sentence templates: six outlets, a year
of dates, a cast of a dozen people quoted directly, in part and in reported
speech, organisations and unnamed sources, and quotes that several outlets
carry word for word (wire copy), so that every chart and table of a corpus
run has something to show. Nothing in it is real: every person, outlet and
quote is made up for this package, and the tone follows a story written in
the templates (good news in spring, cost overruns in summer, a vote in the
autumn), not any measurement. The quotes come from a small bank of
sentences, so the same words recur in many articles and outlets (far more
than in real news: :func:`newsanalysis.quote_reuse` finds most of them).
Use it to learn the package; never to say anything about the news.
"""

from __future__ import annotations

import random

import pandas as pd

__all__ = ["example_corpus"]

_OUTLETS = ("Harlan Ledger", "Bay Courier", "Coastal Wire", "Northshore Times", "Route 9 Radio", "The Quay")
# person, title as written on first mention, gender word for later pronouns
_CAST = (
    ("Elena Ruiz", "Mayor", "she"), ("David Okafor", "Councilman", "he"), ("Priya Natarajan", "Councilwoman", "she"),
    ("Tom Brekke", "engineer", "he"), ("Grace Lindqvist", "budget director", "she"), ("Samuel Achebe", "Councilman", "he"),
    ("Maria Kowalczyk", "shop owner", "she"), ("Jonah Whitfield", "harbour master", "he"),
    ("Lena Vogt", "union leader", "she"), ("Omar Haddad", "commuter", "he"), ("Rita Moreno-Blake", "auditor", "she"),
    ("Felix Amundsen", "ferry operator", "he"),
)
_WEIGHTS = (30, 18, 12, 9, 8, 6, 5, 4, 3, 3, 2, 2)  # who gets quoted: a few often, most rarely
_GOOD = (
    "This bridge will cut commuting times for every family in Port Harlan",
    "We kept our promise, and the work is ahead of schedule",
    "It is a great day for the harbour and for the people who work on it",
    "The new crossing will bring customers back to our shops",
    "I am proud of the crews who have worked through the winter",
    "The numbers are better than we hoped, and the town should be pleased",
    "We have secured the state grant, which is wonderful news",
)
_BAD = (
    "The budget was a fantasy from the start, and taxpayers will pay for it",
    "I support a bridge, but I do not support a blank cheque",
    "The overruns are a scandal, and nobody at City Hall will take the blame",
    "Traffic on Route 9 is worse than ever and the delays keep growing",
    "We were misled about the costs, and that is a serious failure",
    "The ferry jobs are at risk and the council has ignored us",
    "This audit shows waste, poor planning and broken promises",
)
_NEUTRAL = (
    "The council will vote on the next phase in the coming weeks",
    "We are reviewing the engineers' estimates line by line",
    "The contract has been sent to the state for approval",
    "Residents can read the full report at the library",
)
_WIRE = (  # quotes several outlets carry word for word
    "Port Harlan deserves a bridge that is built on time and paid for honestly",
    "We will not sign another cheque until the auditors have finished their work",
    "Every delay costs this town money it does not have",
)
_ORGS = ("the state transport department", "the harbour authority", "a spokesperson for the contractor",
         "officials at City Hall")
_SUBJECTS = ("the harbour bridge", "the Route 9 crossing", "the bridge budget", "the council vote",
             "the ferry service", "the audit of the bridge")


def _story(month: int) -> float:
    """Chance that a quote is good news, by month of the story (0 = the first)."""
    return (0.75, 0.7, 0.65, 0.55, 0.35, 0.25, 0.3, 0.4, 0.5, 0.55, 0.45, 0.5)[month % 12]


def _quote(rng: random.Random, good: float) -> str:
    r = rng.random()
    bank = _GOOD if r < good else _NEUTRAL if r < good + 0.15 else _BAD
    return rng.choice(bank)


def _article(rng: random.Random, i: int, day: pd.Timestamp, month: int) -> dict:
    outlet = rng.choice(_OUTLETS)
    subject = rng.choice(_SUBJECTS)
    good = _story(month)
    people = rng.choices(_CAST, weights=_WEIGHTS, k=rng.randint(2, 4))
    people = list(dict.fromkeys(people))
    title = f"{subject[0].upper()}{subject[1:]}: {rng.choice(('council debates', 'costs questioned', 'work goes on', 'vote nears', 'residents react'))}"
    lines = [title, "", f"Port Harlan's debate over {subject} went on this week."]
    for n, (name, role, pron) in enumerate(people):
        surname = name.split()[-1]
        first = f"{role} {name}" if role[0].isupper() else f"{name}, {'an' if role[0] in 'aeiou' else 'a'} {role},"
        q1, q2 = _quote(rng, good), _quote(rng, good)
        form = rng.randrange(4)
        if form == 0:
            lines.append(f"“{q1},” {first} said on {day:%A}.")
        elif form == 1:
            lines.append(f"{first} said that {q1[0].lower()}{q1[1:]}.")
        elif form == 2:
            lines.append(f"“{q1},” said {first}. “{q2}.”")
        else:
            lines.append(f"According to {name}, {q1[0].lower()}{q1[1:]}.")
        if rng.random() < 0.5:
            lines.append(f"“{q2},” {pron} added.")
        if n == 0 and rng.random() < 0.4:
            lines.append(f"{surname} called the plan “{rng.choice(('a fantasy', 'a triumph', 'a mess', 'overdue'))}”.")
    if rng.random() < 0.35:
        lines.append(f"“{rng.choice(_WIRE)},” {rng.choice(_CAST[:3])[0]} said in a statement.")
    if rng.random() < 0.5:
        org = rng.choice(_ORGS)
        lines.append(f"{org[0].upper()}{org[1:]} said the work would continue.")
    lines.append("The council meets again next month.")
    text = "\n\n".join([lines[0], " ".join(lines[2:4])] + lines[4:])
    return {"id": f"example-{i:04d}", "title": title, "date": day.strftime("%Y-%m-%d"), "source": outlet,
            "text": text}


def example_corpus(n_articles: int = 400, *, seed: int = 0, start: str = "2025-01-06") -> pd.DataFrame:
    """A generated corpus of fictional articles over a year, to try the corpus views on.

    Parameters
    ----------
    n_articles : int
        How many articles (spread over 52 weeks from ``start``).
    seed : int
        The same seed gives the same articles.
    start : str
        The first date (ISO).

    Returns
    -------
    pandas.DataFrame
        ``id``, ``title``, ``date``, ``source``, ``text``: what
        :func:`newsanalysis.analyze` takes as a table.

    Examples
    --------
    >>> import newsanalysis as na
    >>> df = na.example_corpus(50)
    >>> len(df), df["source"].nunique(), df["date"].min() >= "2025-01-06"
    (50, 6, True)
    """
    rng = random.Random(seed)
    first = pd.Timestamp(start)
    days = sorted(rng.randrange(364) for _ in range(int(n_articles)))
    rows = [_article(rng, i, first + pd.Timedelta(days=d), d * 12 // 364) for i, d in enumerate(days)]
    return pd.DataFrame(rows, columns=["id", "title", "date", "source", "text"])
