"""Speakers: people named in a text, and the resolution of quote attributions to them.

PLACEHOLDER implementation; the full version replaces it.

Contract for later stages:

* :class:`Person` record;
* ``attribute(text, quotes, sentences) -> list[Person]``: finds the people
  named in ``text``, resolves each quote's ``speaker_mention`` (a name, a
  pronoun, a description) to one person, sets ``Quote.speaker`` to that
  person's fullest name, and returns every person (quoted or not) in order
  of first mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .quotations import Quote

__all__ = ["Person", "attribute"]


@dataclass(slots=True)
class Person:
    """One person (or organisation) named or quoted in a text."""

    name: str
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    first_mention: int = 0


def attribute(text: str, quotes: list[Quote], sentences: list[tuple[int, int, int]]) -> list[Person]:
    """Resolve quote speakers and list the people of ``text`` (placeholder)."""
    people: dict[str, Person] = {}
    for q in quotes:
        if q.speaker_mention:
            q.speaker = q.speaker_mention
            p = people.setdefault(q.speaker, Person(q.speaker, first_mention=text.find(q.speaker)))
            if q.speaker_mention not in p.aliases:
                p.aliases.append(q.speaker_mention)
    for p in people.values():
        p.mentions = text.count(p.name)
    return sorted(people.values(), key=lambda p: p.first_mention)
