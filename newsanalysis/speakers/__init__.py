"""Speakers: the people named in a text, and the resolution of quote sources to them.

Rules, in the spirit of a light coreference pass (no model, no downloads):

* **Names** are runs of capitalised words (with initials, ``Sen.``-style
  abbreviations and particles such as *von der*). A leading run of title
  words becomes the person's title: ``Italian Prime Minister Giorgia Meloni``
  is Giorgia Meloni, ``Italian Prime Minister``; ``Sen. Ted Cruz, R-Texas``
  is Ted Cruz, ``Sen.``. A run is a person when it has a title, two or more
  name words (not a place or an organisation: ``White House``, ``the Secret
  Service``), or when it is the source of a quote (``Trump said``).
* A **surname** alone (``Clinton``) resolves to the most recent person whose
  name ends with it; the person's name is their fullest name in the text.
* A **description** (``the US president``, ``his Russian counterpart``,
  ``the former secretary of state``) resolves to a person it fits: a holder
  of its title or qualifiers first, else the last speaker, else the last
  person named, skipping people known by other qualifiers, party or office
  (a person written ``Sen. Ted Cruz (R-Texas)`` is not *the Vermont senator*,
  one known as the *US* president not *the Russian president*, a governor not
  *the senator*), of the other gender (*the businessman*), and anyone not
  written as a spokesman for *the spokesman*. A description no one fits is
  an unnamed source, kept as written, unless the next sentence opens with a
  holder of its title (``..., the candidate's former doctor maintains. Dr.
  Connie Mariano, who ...``), or, in a headline or the lede, the first person
  quoted by name after it (``Former DNC chairman calls for ...``). An office
  with a place (``the Vermont senator``) goes to the last person named only
  where that place or office is written of them. Across a run,
  :func:`fit_descriptions` checks each description that went to someone by
  salience against what the run writes next to that person's name (the
  ``roles`` of the speakers table: ``Vermont Sen. Bernie Sanders``
  somewhere), and names an unnamed one where the run shows who holds it.
  A description sets no one's title: titles are the words written next to
  the name (before it, or in apposition).
* A source who **speaks for** someone (``a spokeswoman for Clinton``, ``an
  aide to Clinton``, ``people close to Clinton``, ``Clinton's campaign``) is
  an unnamed source or an organisation, never that person; whom they speak
  for is the quote's ``affiliation``.
* A **pronoun** (``he``, ``she``, ``who``) resolves to the person who opens
  the sentence before the quote (``Mayor Elena Ruiz welcomed the report.
  "...," she said``; also a possessive, or a name after an opening phrase),
  else the nearest person of that gender named since the last quote
  (outside quotes), else the last speaker (an unnamed individual too: ``A
  neighbour, who did not give her name, said ... "...," she said``), or the
  person just named, for ``who``, respecting a gender once known (from
  *he*/*she*, *Mr.*/*Ms.*, *Councilman*/*Councilwoman*, *spokeswoman*). A
  relative *who* or *which* is the name before it (past ``of Florida``, an
  age, ``Jr.``), else the group it follows (``working-class voters who``).
* In a **transcript** a speaker label (``FALLIN: I think he ...``) names who
  speaks the paragraph: its *I* is them, its *he* or *she* someone else; in
  a **round-up** of letters a paragraph that is only a name (``Chris
  Smith.``) signs the paragraph before.
* A **description in apposition** before a name (``the audit's author,
  Priya Natarajan, said``) is one of that person's aliases and, when they
  have none, their title (``author``). A description whose head is in a
  person's title (``the mayor``) prefers that person to the last speaker.
* Other sources (``a campaign spokesman``, ``the Kremlin``, ``The Post``) are
  kept as written, without a leading *the*, and a long one without its
  *of* complement (``an independent audit of the harbor bridge`` is
  ``independent audit``).

Every mention that resolved to a person is one of their ``aliases``.
"""

from __future__ import annotations

from .article import attribute
from .descriptions import fit_descriptions
from .people import Person
from .phrase import SourcePhrase, read_source
from .words import HONORIFICS, SOURCE_KINDS, given_name_gender, is_honorific, source_kind

#: The former name of :class:`SourcePhrase` (until 0.5.1), kept so that code using it keeps working.
Source = SourcePhrase

__all__ = [
    "HONORIFICS",
    "SOURCE_KINDS",
    "Person",
    "Source",
    "SourcePhrase",
    "attribute",
    "fit_descriptions",
    "given_name_gender",
    "is_honorific",
    "read_source",
    "source_kind",
]
