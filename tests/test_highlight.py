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
    assert any(t.startswith("Ann Lee · direct, cue: said · rule: cue_after · tone") for t in titles)
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

    assert highlight._PALETTE == tuple(plot.OKABE_ITO)  # one palette, in newsanalysis.colors (no matplotlib)
    assert highlight._OTHER == plot._GREY


def test_show_colours_a_person_as_the_run_ranks_them_not_as_the_article_does():
    import pandas as pd

    from newsanalysis import plot

    # Bob is quoted most in the run, Ann most in article b: in b, Ann still has the run's second colour
    df = pd.DataFrame({"id": ["a", "b"], "text": [
        "“One,” Bob Hart said. “Two,” Bob Hart said. “Three,” Bob Hart said.",
        "“Four,” Ann Lee said. “Five,” Ann Lee said. “Six,” Bob Hart said."]})
    r = na.analyze(df)
    colours = na.person_colors(r.quotes)
    assert list(colours) == ["Bob Hart", "Ann Lee"] and colours["Ann Lee"] == plot.OKABE_ITO[1]
    page = na.show(r, "b").html
    assert f"background:{plot.OKABE_ITO[1]}33" in page and f"background:{plot.OKABE_ITO[0]}33" in page
    ann_mark = page[page.index("Four") - 200:page.index("Four")]
    assert plot.OKABE_ITO[1] in ann_mark and plot.OKABE_ITO[0] not in ann_mark
    assert "8 most quoted of the run" in page
    # the same colours in a chart of that article: tone_arc given the run's quotes
    ax = plot.tone_arc(r.sentences, article="b", quotes=r.quotes)
    by_label = {c.get_label(): plot.mpl.colors.to_hex(c.get_facecolor()[0]) for c in ax.collections
                if c.get_label().startswith("Quote")}
    assert by_label["Quote: Ann Lee"] == plot.OKABE_ITO[1].lower()
    assert by_label["Quote: Bob Hart"] == plot.OKABE_ITO[0].lower()
    plot.plt.close("all")
