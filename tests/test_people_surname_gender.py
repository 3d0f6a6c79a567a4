"""A lone surname shared by two people of one article: the pronoun of its own clause tells which one.

Every text here was written for these tests (invented people).
"""

from __future__ import annotations

import newsanalysis as na


def persons(text: str) -> list[str]:
    """The person of each quote of one article, in order."""
    return na.analyze([text], progress=False).quotes["person"].tolist()


COUPLE = (
    "Secrecy surrounds the health of Marian Holloway, the candidate, her doctor says.\n\n"
    "Dr. Ana Pruitt served in the administration of former President Gerald Holloway. "
    "Gerald Holloway praised her work. "
    "{clause}\n\n"
    "\u201cThe treatment was kept very quiet,\u201d Holloway wrote in 2003.\n"
)


def test_surname_goes_to_the_person_of_its_clause_pronoun() -> None:
    text = COUPLE.format(clause="In 1998, Holloway allowed her staff to think it was a pulled muscle.")
    assert persons(text)[-1] == "Marian Holloway"


def test_surname_with_a_male_pronoun_goes_to_him() -> None:
    text = COUPLE.format(clause="In 1998, Holloway allowed his staff to think it was a pulled muscle.")
    assert persons(text)[-1] == "Gerald Holloway"


def test_object_pronoun_is_someone_else() -> None:
    # "told her that": the woman told is not Holloway; the most recent Holloway (Gerald) stays
    text = COUPLE.format(clause="In 1998, Holloway told her that it was a pulled muscle.")
    assert persons(text)[-1] == "Gerald Holloway"


def test_pronoun_inside_a_quote_is_not_evidence() -> None:
    text = COUPLE.format(clause="In 1998, Holloway wrote: \u201cshe had a pulled muscle.\u201d")
    assert persons(text)[-1] == "Gerald Holloway"


MAIN = (
    "Ruth Calloway returned to the campaign on Monday. Ruth Calloway met donors in Ohio. "
    "Ruth Calloway then flew to Denver, where she stopped at daughter Anna Calloway's apartment.\n\n"
    "Calloway told reporters that she felt fine.\n"
)


def test_surname_goes_to_the_article_main_person_over_a_relative_named_once() -> None:
    assert persons(MAIN)[-1] == "Ruth Calloway"


def test_surname_goes_to_the_most_recent_when_no_one_dominates() -> None:
    text = (
        "Ruth Calloway returned to the campaign on Monday. "
        "She stopped at daughter Anna Calloway's apartment. Anna Calloway is a lawyer.\n\n"
        "Calloway told reporters that she felt fine.\n"
    )
    assert persons(text)[-1] == "Anna Calloway"
