"""The Quote record: one quotation with its cue and speaker mention."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Quote"]


@dataclass(slots=True)
class Quote:
    """One quotation found in a text.

    Attributes
    ----------
    start, end : int
        Offsets of the quoted text; for ``direct`` and ``partial`` quotes
        they exclude the quotation marks.
    kind : str
        ``direct``, ``partial``, ``indirect`` or ``mention``.
    cue : str or None
        The reporting verb as written (``said``, ``adding``, ``according to``).
    speaker_mention : str or None
        The mention of the source the attribution rests on (a name, a
        pronoun, a description), as written.
    speaker_start, speaker_end : int or None
        Offsets of ``speaker_mention``.
    speaker : str or None
        The resolved speaker (filled by :func:`newsanalysis.speakers.attribute`).
    person : str or None
        The named person the source resolved to, without titles (filled by
        :func:`newsanalysis.speakers.attribute`); None for other sources.
    source_kind : str or None
        ``person``, ``organisation`` or ``unnamed`` (filled by
        :func:`newsanalysis.speakers.attribute`); None when no source was found.
    affiliation : str or None
        The person or organisation an unnamed or organisation source speaks
        for, as the source says (``Hillary Clinton`` of ``a spokeswoman for
        Clinton``, ``an aide to Clinton``, ``Clinton's campaign``); None
        otherwise (filled by :func:`newsanalysis.speakers.attribute`).
    rule : str or None
        The rule that attributed the quote (a name in
        :data:`newsanalysis.attribution.RULES`, or ``open_source`` for a
        cue-less quote whose source the speakers stage found); for a
        ``mention``, the rule that made it one, where one did. None when no
        rule attributed it.
    speaker_rule : str or None
        The step of within-article resolution that resolved the source to
        ``speaker`` (``name``, ``surname``, ``pronoun``, ``description``, ...;
        see the README's quotes table), or ``run_description`` where
        :func:`newsanalysis.speakers.fit_descriptions` moved it across the run;
        None when the quote has no speaker.
    """

    start: int
    end: int
    kind: str
    cue: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None
    person: str | None = None
    source_kind: str | None = None
    affiliation: str | None = None
    rule: str | None = None
    speaker_rule: str | None = None

