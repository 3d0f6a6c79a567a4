"""The registry of attribution rules: each has a name, a stage and a docstring with its pattern.

Rules are registered in the order they are tried: the ``direct`` rules that
pair quotation marks, the ``sources`` rules that find each cue's source, the
``direct`` rules that classify and attribute the quotes in marks, the
``indirect`` rules that find reported clauses, and ``open_source`` of the
``speakers`` stage. :func:`newsanalysis.attribution.find_quotes` and
:func:`newsanalysis.quotes` take ``rules=``, the names of the rules to use
(default all): leaving a rule out switches it off, for measuring it
(``python -m benchmarks.quotes_eval --ablate``) or for a narrower reading.

Examples
--------
>>> from newsanalysis.attribution import RULES
>>> RULES["cue_after"].stage, RULES["that_clause"].stage
('direct', 'indirect')
>>> RULES["that_clause"].summary
'``X said that ...``: the clause after a ``that`` within eight words of the cue.'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["RULES", "Rule", "rule", "select"]


@dataclass(frozen=True)
class Rule:
    """One named rule.

    Attributes
    ----------
    name : str
        The name to switch it off by.
    stage : str
        ``direct`` (quotes in marks), ``sources`` (the source mention of
        each cue, for every stage after it), ``indirect`` (reported clauses)
        or ``speakers`` (a cue-less quote's source, registered by
        :mod:`newsanalysis.speakers`).
    func : callable
        The function that applies it; its docstring gives the pattern and an example.
    """

    name: str
    stage: str
    func: Callable

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring."""
        return (self.func.__doc__ or "").strip().splitlines()[0]


#: name -> Rule, in the order the rules are tried.
RULES: dict[str, Rule] = {}


def rule(stage: str) -> Callable[[Callable], Callable]:
    """Register the decorated function as a rule of ``stage``, named after the function."""

    def register(func: Callable) -> Callable:
        RULES[func.__name__] = Rule(func.__name__, stage, func)
        return func

    return register


def select(rules: Iterable[str] | None) -> frozenset[str]:
    """The names of the rules to use: all when ``rules`` is None; ValueError for an unknown name.

    Examples
    --------
    >>> sorted(select(["cue_after", "cue_before"]))
    ['cue_after', 'cue_before']
    >>> select(["sayz"])
    Traceback (most recent call last):
    ...
    ValueError: unknown quote rule(s): sayz (see newsanalysis.attribution.RULES)
    """
    if rules is None:
        return frozenset(RULES)
    if isinstance(rules, str):
        rules = [rules]
    chosen = frozenset(rules)
    unknown = sorted(chosen - RULES.keys())
    if unknown:
        raise ValueError(f"unknown quote rule(s): {', '.join(unknown)} (see newsanalysis.attribution.RULES)")
    return chosen
