"""na.show: an article as HTML with every statement marked (read from the HTML, no browser needed)."""

from __future__ import annotations

import re

import pytest

import newsanalysis as na
from newsanalysis.highlight import _text_of

TEXT = ("Mayor Ann Lee opened the meeting.\n\n“We will build it,” Lee said. The ministry said the budget was "
        "“far too small” for the bridge. Critics called it a <script>stunt</script>.")


@pytest.fixture(scope="module")
def view():
    return na.show(na.analyze(TEXT))


def test_every_statement_is_marked_with_its_speaker_cue_and_tone(view):
    titles = re.findall(r'<mark[^>]*title="([^"]*)"', view.html)
    assert any(t.startswith("Ann Lee · direct, cue: said · tone") for t in titles)
    assert any(t.startswith("ministry (organisation) · indirect") for t in titles)
    assert view._repr_html_() == view.html


def test_the_text_is_rebuilt_at_its_offsets_and_escaped(view):
    r = na.analyze(TEXT)
    rebuilt = _text_of(r.sentences)
    for s, e, t in zip(r.quotes["start"], r.quotes["end"], r.quotes["text"]):
        assert rebuilt[s:e] == t  # every offset of the tables points into the rebuilt text
    assert rebuilt.replace("\n", " ").split() == TEXT.replace("\n", " ").split()
    assert "<script>" not in view.html and "&lt;script&gt;" in view.html
    assert view.html.split("</div>", 1)[1].count("<br>") == 2  # the paragraph break (the header has one too)


def test_mentions_are_underlined_and_people_get_a_colour(view):
    assert re.search(r"<u [^>]*>Lee</u>", view.html)
    assert "#0072B2" in view.html  # the first person's colour
    assert "#8C8C8C" in view.html  # grey: the ministry


def test_unknown_article_is_a_clear_error():
    with pytest.raises(na.NewsAnalysisError, match="no article 'nope'"):
        na.show(na.analyze("It rained."), "nope")


def test_quote_table_shows_every_statement_whole_and_left_aligned():
    long = "This sentence is far longer than the fifty characters pandas shows before it cuts a cell short."
    r = na.analyze(f"“{long}” Ann Lee said. “Short,” officials said. The word “mention” is in scare quotes.")
    t = na.quote_table(r.quotes)
    assert t.frame["text"].tolist() == [long, "Short,"]  # statements only, whole, mentions left out
    assert html_escape(long) in t.html and "text-align:left" in t.html
    assert "officials (unnamed)" in t.html
    assert len(na.quote_table(r.quotes, top=1).frame) == 2 and "1 more statements" in na.quote_table(r.quotes, top=1).html


def html_escape(text):
    import html

    return html.escape(text)


def test_people_get_the_colours_of_the_charts():
    from newsanalysis import highlight, plot

    assert highlight._PALETTE == tuple(plot.OKABE_ITO)  # the copy that keeps na.show free of matplotlib
    assert highlight._OTHER == plot._GREY
