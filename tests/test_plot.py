"""Charts: read what was drawn (bars, points, lines, labels) and compare it with the table."""

import matplotlib

matplotlib.use("Agg")

import matplotlib as mpl  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from newsanalysis import NewsAnalysisError, plot, schema  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def quotes_table(rows):
    """rows: (article_id, speaker, kind, start, compound)."""
    n = len(rows)
    cols = {c: [None] * n for c in schema.QUOTES}
    for i, (aid, who, kind, start, comp) in enumerate(rows):
        cols["article_id"][i] = aid
        cols["quote"][i] = i
        cols["start"][i] = start
        cols["end"][i] = start + 5
        cols["text"][i] = f"quote {i}"
        cols["kind"][i] = kind
        cols["speaker"][i] = who
        cols["person"][i] = who  # every named source of these tables is a person
        cols["source_kind"][i] = "person" if who else None
        cols["sentence"][i] = i
        cols["neg"][i], cols["neu"][i], cols["pos"][i] = 0.0, 1.0, 0.0
        cols["compound"][i] = comp
    return schema.to_frame(cols, schema.QUOTES)


def sentences_table(compounds, speakers=None, aid="a", texts=None):
    n = len(compounds)
    speakers = speakers or [None] * n
    texts = texts or [f"Sentence number {i}." for i in range(n)]
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]).tolist()
    cols = {
        "article_id": [aid] * n,
        "paragraph": list(range(n)),
        "sentence": list(range(n)),
        "start": starts,
        "end": [s + len(t) for s, t in zip(starts, texts)],
        "text": texts,
        "neg": [0.0] * n,
        "neu": [1.0] * n,
        "pos": [0.0] * n,
        "compound": compounds,
        "in_quote": [1.0 if s else 0.0 for s in speakers],
        "speaker": speakers,
        "reported": [0.0] * n,
        "reported_speaker": [None] * n,
    }
    return schema.to_frame(cols, schema.SENTENCES)


def articles_table(rows):
    """rows: (article_id, date, source)."""
    n = len(rows)
    cols = {c: [None] * n for c in schema.ARTICLES}
    for i, (aid, date, source) in enumerate(rows):
        cols["article_id"][i], cols["date"][i], cols["source"][i] = aid, date, source
        cols["n_sentences"][i] = cols["n_statements"][i] = 0
    return schema.to_frame(cols, schema.ARTICLES)


QUOTES = quotes_table(
    [
        ("a", "Ann Lee", "direct", 10, 0.5),
        ("a", "Ann Lee", "direct", 40, 0.1),
        ("a", "Ann Lee", "indirect", 90, -0.2),
        ("a", "Bob Roe", "partial", 60, -0.6),
        ("a", None, "direct", 70, 0.0),
        ("a", "Ann Lee", "mention", 80, 0.9),  # not speech: never counted
        ("b", "Bob Roe", "direct", 5, -0.4),
        ("b", "Cy Poe", "direct", 15, 0.3),
    ]
)


def bar_widths(ax):
    """{(label, kind): width} of horizontal bars, via each container's label."""
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    ys = list(ax.get_yticks())
    out = {}
    for container in ax.containers:
        for patch in container.patches:
            y = patch.get_y() + patch.get_height() / 2
            label = ticks[int(np.argmin([abs(y - v) for v in ys]))]
            out[(label, container.get_label())] = patch.get_width()
    return out


# ---------------------------------------------------------------------------------------------- quote_counts


def test_quote_counts_bars_match_the_table_and_leave_out_mentions():
    ax = plot.quote_counts(QUOTES, by="speaker")
    widths = bar_widths(ax)
    speech = QUOTES[QUOTES["kind"] != "mention"].copy()
    speech["speaker"] = speech["speaker"].fillna("(no speaker found)")
    expected = speech.groupby(["speaker", "kind"]).size()
    for (who, kind), n in expected.items():
        assert widths[(who, kind)] == n
    # every bar drawn is accounted for by the table (zero-width bars aside)
    assert sum(widths.values()) == len(speech)
    assert len(ax.containers) == speech["kind"].nunique()


def test_quote_counts_count_a_split_quote_once():
    import newsanalysis as na

    q = na.quotes("“We will win,” Ann said, “and win big.” Bob said the plan was “a mess”. “No,” Ann said.")
    assert len(q) == 5  # two rows for the split quote, two for Bob's clause and its fragment
    widths = bar_widths(plot.quote_counts(q))
    assert widths[("Ann", "direct")] == 2  # her split quote and "No"
    assert widths[("Bob", "indirect")] == 1 and widths.get(("Bob", "partial"), 0) == 0
    assert sum(widths.values()) == q["statement"].nunique()


def test_quote_counts_sorted_most_quoted_on_top_and_labelled():
    ax = plot.quote_counts(QUOTES)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    ys = list(ax.get_yticks())
    top_to_bottom = [lab for _, lab in sorted(zip(ys, labels), reverse=True)]
    assert top_to_bottom[:2] == ["Ann Lee", "Bob Roe"]
    assert ax.get_title() and ax.get_xlabel() == "Number of statements"
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["direct", "indirect", "partial"]


def test_quote_counts_top_and_by():
    ax = plot.quote_counts(QUOTES, top=1)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ann Lee"]
    ax = plot.quote_counts(QUOTES, by="article_id")
    widths = bar_widths(ax)
    assert sum(w for (lab, _), w in widths.items() if lab == "a") == 5


def test_quote_counts_kwargs_reach_bars_and_passed_ax_is_returned():
    fig, ax = plt.subplots()
    out = plot.quote_counts(QUOTES, ax=ax, alpha=0.3)
    assert out is ax
    assert all(p.get_alpha() == 0.3 for p in ax.patches)


def test_long_names_are_shortened():
    q = quotes_table([("a", "A Very Long Speaker Name That Goes On And On", "direct", 1, 0.0)])
    ax = plot.quote_counts(q)
    (label,) = [t.get_text() for t in ax.get_yticklabels()]
    assert len(label) <= 24 and label.endswith("…") and label.startswith("A Very Long")


# ---------------------------------------------------------------------------------------------- tone_arc


def test_tone_arc_line_is_the_rolling_mean_and_zero_line_is_drawn():
    comps = [0.5, -0.5, 0.9, 0.0, -0.8]
    ax = plot.tone_arc(sentences_table(comps), window=3)
    rolling = pd.Series(comps).rolling(3, center=True, min_periods=1).mean()
    line = [ln for ln in ax.lines if ln.get_label().startswith("Rolling mean")][0]
    np.testing.assert_allclose(line.get_ydata(), rolling)
    np.testing.assert_array_equal(line.get_xdata(), [1, 2, 3, 4, 5])
    assert any(list(ln.get_ydata()) == [0, 0] for ln in ax.lines)  # the zero line
    assert ax.get_xlabel() and ax.get_ylabel() and ax.get_title()


def test_tone_arc_colours_quoted_sentences_by_speaker_and_labels_extremes():
    comps = [0.1, 0.7, -0.9, 0.2]
    speakers = [None, "Ann Lee", "Bob Roe", "Ann Lee"]
    texts = ["Rain fell.", "A wonderful win for all of us.", "A terrible, awful loss.", "Fine."]
    ax = plot.tone_arc(sentences_table(comps, speakers, texts=texts))
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Quote: Ann Lee" in legend and "Quote: Bob Roe" in legend
    ann = [c for c in ax.collections if c.get_label() == "Quote: Ann Lee"][0]
    np.testing.assert_allclose(ann.get_offsets(), [[2, 0.7], [4, 0.2]])
    bob = [c for c in ax.collections if c.get_label() == "Quote: Bob Roe"][0]
    assert tuple(ann.get_facecolor()[0]) != tuple(bob.get_facecolor()[0])
    notes = [t.get_text() for t in ax.texts]
    assert any("wonderful win" in n and n.startswith("Most positive") for n in notes)
    assert any("terrible" in n and n.startswith("Most negative") for n in notes)


def test_tone_arc_kwargs_reach_the_line():
    fig, ax = plt.subplots()
    out = plot.tone_arc(sentences_table([0.1, 0.2]), ax=ax, color="red", linestyle="--")
    assert out is ax
    line = [ln for ln in ax.lines if ln.get_label().startswith("Rolling mean")][0]
    assert line.get_linestyle() == "--" and mpl.colors.to_hex(line.get_color()) == "#ff0000"


def test_tone_arc_needs_one_article():
    two = pd.concat([sentences_table([0.1], aid="a"), sentences_table([0.2], aid="b")])
    with pytest.raises(NewsAnalysisError, match="article="):
        plot.tone_arc(two)
    ax = plot.tone_arc(two, article="b")
    assert len(ax.lines[-1].get_ydata()) == 1


def test_tone_arc_and_quote_positions_take_a_title_and_wrap_a_long_one():
    assert plot.tone_arc(sentences_table([0.1])).get_title() == "Tone along the article"
    assert plot.tone_arc(sentences_table([0.1]), title="Tone along “Bridge”").get_title() == "Tone along “Bridge”"
    long = "Tone along “Port Harlan council approves harbor bridge after heated debate”, Harlan Ledger, 2 Jun 2025"
    lines = plot.tone_arc(sentences_table([0.1]), title=long).get_title().split("\n")
    assert len(lines) == 2 and all(len(line) <= 80 for line in lines) and " ".join(lines) == long
    q = QUOTES[QUOTES["article_id"] == "a"]
    assert plot.quote_positions(q).get_title() == "Where each speaker is quoted"
    lines = plot.quote_positions(q, title="Where each speaker is quoted in " + long[11:]).get_title().split("\n")
    assert len(lines) > 1 and all(len(line) <= 52 for line in lines) and lines[-1].endswith("2 Jun 2025")


@pytest.mark.parametrize("window", [0, -1, 2.5])
def test_tone_arc_bad_window(window):
    with pytest.raises(NewsAnalysisError, match="window"):
        plot.tone_arc(sentences_table([0.1]), window=window)


# ---------------------------------------------------------------------------------------------- quote_positions


def test_quote_positions_one_row_per_speaker_at_the_quote_starts():
    q = QUOTES[QUOTES["article_id"] == "a"]
    ax = plot.quote_positions(q)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Ann Lee (3)"  # most quoted first, mention left out
    assert set(labels) == {"Ann Lee (3)", "Bob Roe (1)", "(no speaker found) (1)"}
    xs = sorted(x for c in ax.collections for x, _ in c.get_offsets())
    assert xs == sorted(q.loc[q["kind"] != "mention", "start"].tolist())
    assert ax.get_legend() is not None and ax.get_xlabel().startswith("Position")


def test_quote_positions_as_share_of_the_article():
    sents = sentences_table([0.0, 0.0], texts=["x" * 49, "y" * 50])  # article ends at 100
    q = quotes_table([("a", "Ann", "direct", 25, 0.0), ("a", "Ann", "direct", 75, 0.0)])
    ax = plot.quote_positions(q, sentences=sents)
    np.testing.assert_allclose(sorted(ax.collections[0].get_offsets()[:, 0]), [25, 75])
    assert ax.get_xlim() == (0, 100)


# ---------------------------------------------------------------------------------------------- speaker_tone


def test_speaker_tone_points_and_means():
    ax = plot.speaker_tone(QUOTES, who="speaker")
    means = [c for c in ax.collections if c.get_label() == "Mean"][0]
    speech = QUOTES[QUOTES["kind"] != "mention"].copy()
    speech["speaker"] = speech["speaker"].fillna("(no speaker found)")
    expected = speech.groupby("speaker")["compound"].mean().sort_values()
    np.testing.assert_allclose(means.get_offsets()[:, 0], expected.to_numpy())
    labels = [t.get_text().rsplit(" (", 1)[0] for t in ax.get_yticklabels()]
    assert labels == expected.index.tolist()  # sorted by mean tone
    dots = [c for c in ax.collections if c is not means and len(c.get_offsets())]
    assert sum(len(c.get_offsets()) for c in dots) == len(speech)
    assert ax.get_xlim() == (-1.05, 1.05)


def test_speaker_tone_kwargs_reach_the_dots():
    ax = plot.speaker_tone(QUOTES, marker="s")
    dots = [c for c in ax.collections if c.get_label() not in ("Mean",)]
    assert dots and all(len(c.get_paths()) for c in dots)
    assert ax.collections[0].get_paths()[0].vertices.shape[0] == mpl.markers.MarkerStyle("s").get_path().vertices.shape[0]


# ---------------------------------------------------------------------------------------------- corpus views


def test_tone_over_time_line_is_the_daily_mean_of_sentences():
    s = pd.concat(
        [sentences_table([0.2, 0.4], aid="a"), sentences_table([-0.6], aid="b"), sentences_table([0.9], aid="c")]
    )
    arts = articles_table([("a", "2025-05-01", "W"), ("b", "2025-05-01", "W"), ("c", "2025-05-03", "W")])
    ax = plot.tone_over_time(s, arts)
    line = ax.lines[-1]
    np.testing.assert_allclose(line.get_ydata(), [0.0, 0.9], atol=1e-12)  # (0.2+0.4-0.6)/3, 0.9
    assert len(line.get_xdata()) == 2  # the empty day between is not drawn as zero
    assert ax.get_legend() is not None and ax.get_ylabel()


def test_tone_over_time_legend_shows_only_what_is_drawn():
    one_a_day = plot.tone_over_time(
        pd.concat([sentences_table([0.2], aid="a"), sentences_table([-0.4], aid="b")]),
        articles_table([("a", "2025-05-01", "W"), ("b", "2025-05-02", "W")]),
    )
    # each article is its day's point of the line: no dot of its own, none in the legend
    assert [t.get_text() for t in one_a_day.get_legend().get_texts()] == ["All sentences, per day"]
    assert not one_a_day.collections
    two_on_a_day = plot.tone_over_time(
        pd.concat([sentences_table([0.2], aid="a"), sentences_table([-0.4], aid="b"), sentences_table([0.1], aid="c")]),
        articles_table([("a", "2025-05-01", "W"), ("b", "2025-05-01", "W"), ("c", "2025-05-02", "W")]),
    )
    assert [t.get_text() for t in two_on_a_day.get_legend().get_texts()] == ["One article", "All sentences, per day"]
    dots = [c for c in two_on_a_day.collections if c.get_label() == "One article"][0]
    assert sorted(dots.get_offsets()[:, 1]) == [-0.4, 0.1, 0.2]


def test_tone_over_time_counts_undated_articles_in_the_title():
    s = pd.concat([sentences_table([0.2], aid="a"), sentences_table([0.1], aid="b")])
    ax = plot.tone_over_time(s, articles_table([("a", "2025-05-01", None), ("b", None, None)]))
    assert "1 undated article" in ax.get_title()


def test_tone_over_time_bad_freq():
    s = sentences_table([0.2])
    with pytest.raises(NewsAnalysisError, match="freq"):
        plot.tone_over_time(s, articles_table([("a", "2025-05-01", None)]), freq="fortnightly")


def test_speaker_share_rows_sum_to_100_and_match_the_table():
    arts = articles_table([("a", "2025-05-01", "Wire"), ("b", "2025-05-02", "Daily")])
    ax = plot.speaker_share(QUOTES, arts, by="source", top=1)
    widths = bar_widths(ax)
    # Wire = article a: Ann 3 of 5 speech quotes; the rest (Bob, no speaker) are "Other speakers"
    assert widths[("Wire", "Ann Lee")] == pytest.approx(60)
    assert widths[("Wire", "Other speakers")] == pytest.approx(40)
    assert widths[("Daily", "Other speakers")] == pytest.approx(100)
    assert ax.get_ylabel() == "Source" and ax.get_legend() is not None


def test_speaker_share_by_must_be_date_or_source():
    with pytest.raises(NewsAnalysisError, match="by must be"):
        plot.speaker_share(QUOTES, articles_table([]), by="speaker")


# ---------------------------------------------------------------------------------------------- empty and wrong input


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plot.tone_arc(schema.empty_frame(schema.SENTENCES)),
        lambda: plot.quote_counts(schema.empty_frame(schema.QUOTES)),
        lambda: plot.quote_positions(schema.empty_frame(schema.QUOTES)),
        lambda: plot.speaker_tone(schema.empty_frame(schema.QUOTES)),
        lambda: plot.tone_over_time(schema.empty_frame(schema.SENTENCES), schema.empty_frame(schema.ARTICLES)),
        lambda: plot.speaker_share(schema.empty_frame(schema.QUOTES), schema.empty_frame(schema.ARTICLES)),
        lambda: plot.quote_counts(quotes_table([("a", "Ann", "mention", 1, 0.0)])),  # mentions only
    ],
)
def test_empty_tables_give_an_empty_labelled_chart(draw):
    ax = draw()
    assert ax.get_title() and ax.get_xlabel()
    assert any(t.get_text().startswith("No ") for t in ax.texts)
    assert not ax.patches


def test_wrong_table_is_a_clear_error():
    with pytest.raises(NewsAnalysisError, match="quotes table.*speaker"):
        plot.quote_counts(pd.DataFrame({"kind": ["direct"]}))
    with pytest.raises(NewsAnalysisError, match="DataFrame"):
        plot.tone_arc([1, 2, 3])


# ---------------------------------------------------------------------------------------------- style and export


def test_report_style_restores_rcparams():
    before = dict(mpl.rcParams)
    with plot.report_style(**{"font.size": 17}):
        assert mpl.rcParams["font.size"] == 17
        assert mpl.rcParams["axes.prop_cycle"].by_key()["color"][0].lower() == plot.OKABE_ITO[0].lower()
    assert dict(mpl.rcParams) == before


def test_report_style_restores_after_an_error():
    before = mpl.rcParams["font.size"]
    with pytest.raises(RuntimeError), plot.report_style(**{"font.size": 23}):
        raise RuntimeError
    assert mpl.rcParams["font.size"] == before


def test_plot_functions_leave_rcparams_alone():
    before = dict(mpl.rcParams)
    plot.quote_counts(QUOTES)
    plot.tone_arc(sentences_table([0.1, 0.2]))
    assert dict(mpl.rcParams) == before


def test_save_figure_writes_each_format(tmp_path):
    ax = plot.quote_counts(QUOTES)
    paths = plot.save_figure(ax.figure, tmp_path / "sub" / "counts.png", formats=("png", "svg", "pdf"), dpi=50)
    assert [p.name for p in paths] == ["counts.png", "counts.svg", "counts.pdf"]
    assert paths[0].read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in paths[1].read_bytes()[:500]
    assert paths[2].read_bytes()[:4] == b"%PDF"


def test_save_figure_refuses_unknown_formats(tmp_path):
    fig, _ = plt.subplots()
    with pytest.raises(NewsAnalysisError, match="gif"):
        plot.save_figure(fig, tmp_path / "x", formats=("png", "gif"))
    assert not list(tmp_path.iterdir())


def test_import_newsanalysis_does_not_import_matplotlib():
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    code = "import sys, newsanalysis; newsanalysis.analyze; print('matplotlib' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root, env=env)
    assert out.stdout.strip() == "False"


def test_report_style_leaves_interactive_mode_alone():
    # Jupyter's inline backend turns interactive mode on with the first figure, possibly inside the block
    was = mpl.is_interactive()
    try:
        with plot.report_style():
            mpl.interactive(not was)
        assert mpl.is_interactive() is (not was)
    finally:
        mpl.interactive(was)


def test_speaker_share_puts_articles_without_a_source_last():
    arts = articles_table([("a", "2025-05-01", None), ("b", "2025-05-02", "Daily")])
    ax = plot.speaker_share(QUOTES, arts, by="source")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Daily", "(no source)"]


@pytest.mark.parametrize(
    "draw",
    [
        lambda ax: plot.tone_arc(sentences_table([0.1, -0.2]), ax=ax),
        lambda ax: plot.quote_counts(QUOTES, ax=ax),
        lambda ax: plot.quote_positions(QUOTES, ax=ax),
        lambda ax: plot.speaker_tone(QUOTES, ax=ax),
        lambda ax: plot.tone_over_time(sentences_table([0.1]), articles_table([("a", "2025-05-01", "W")]), ax=ax),
        lambda ax: plot.speaker_share(QUOTES, articles_table([("a", "2025-05-01", "W")]), ax=ax),
    ],
)
def test_each_chart_draws_on_the_axes_given(draw):
    fig, (left, right) = plt.subplots(1, 2)
    assert draw(right) is right
    assert right.has_data() and not left.has_data()  # nothing drawn elsewhere
    assert right.get_title() and right.get_xlabel() and right.get_legend() is not None
    assert len(plt.get_fignums()) == 1  # no new figure


# ---------------------------------------------------------------------------------------------- by person


def people_quotes():
    """Ruth Alvarez under two names, the ministry (an organisation) and a quote with no speaker."""
    q = quotes_table([
        ("a", "Councillor Ruth Alvarez", "direct", 0, 0.5),
        ("b", "Ruth Alvarez", "direct", 0, 0.1),
        ("b", "ministry", "direct", 10, -0.5),
        ("b", None, "direct", 20, 0.0),
    ])
    q["person"] = pd.array(["Ruth Alvarez", "Ruth Alvarez", None, None], dtype="string")
    q["source_kind"] = pd.array(["person", "person", "organisation", None], dtype="string")
    return q


def test_charts_count_people_by_default_and_never_rank_organisations():
    q = people_quotes()
    widths = bar_widths(plot.quote_counts(q))
    assert widths == {("Ruth Alvarez", "direct"): 2}
    assert plot.quote_counts(q).get_title().startswith("Statements per person")
    tone = plot.speaker_tone(q)
    assert [t.get_text() for t in tone.get_yticklabels()] == ["Ruth Alvarez (2)"]
    by_speaker = bar_widths(plot.quote_counts(q, by="speaker"))
    assert by_speaker[("ministry", "direct")] == 1 and by_speaker[("Ruth Alvarez", "direct")] == 1


def test_speaker_share_names_people_and_puts_other_sources_in_other():
    q = people_quotes()
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["Wire", "Daily"]})
    ax = plot.speaker_share(q, articles, by="source")
    labels = [h.get_label() for h in ax.get_legend_handles_labels()[0]]
    assert labels == ["Ruth Alvarez", "Other speakers"]
    daily = {c.get_label(): c.patches[0].get_width() for c in ax.containers}  # first bar: Daily
    assert round(daily["Ruth Alvarez"]) == 33 and round(daily["Other speakers"]) == 67


# ---------------------------------------------------------------------------------------------- gender_share


def test_gender_share_bars_are_the_shares_of_peoples_statements():
    q = people_quotes()
    people = pd.DataFrame({"person": ["Ruth Alvarez"], "gender": ["female"]})
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["Wire", "Daily"]})
    ax = plot.gender_share(q, people, articles, by="source")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Daily", "Wire"]
    assert [c.get_label() for c in ax.containers] == ["female"]  # the ministry and the unattributed quote: left out
    assert [round(p.get_width()) for p in ax.containers[0].patches] == [100, 100]
    assert [t.get_text() for t in ax.texts] == ["n=1", "n=1"]


def test_gender_share_needs_the_people_table():
    with pytest.raises(NewsAnalysisError, match="people table"):
        plot.gender_share(people_quotes(), pd.DataFrame({"person": []}), pd.DataFrame({"article_id": [], "source": []}))


def test_tone_arc_draws_reported_speech_as_the_speakers_not_the_writers():
    text = ("Mayor Ann Lee said the bridge would open in May. “It is a good day,” Lee said. "
            "The river was calm.")
    import newsanalysis as na

    sents = na.analyze(text).sentences
    assert sents["reported"].tolist()[0] > 0 and sents["reported_speaker"].tolist()[0] == "Ann Lee"
    ax = plot.tone_arc(sents)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Reported: Ann Lee" in labels and "Quote: Ann Lee" in labels
    by_label = {c.get_label(): c for c in ax.collections}
    assert len(by_label["Writer's own sentence"].get_offsets()) == 1  # only "The river was calm."
    ring, dot = by_label["Reported: Ann Lee"], by_label["Quote: Ann Lee"]
    assert ring.get_offsets()[0][0] == 1 and dot.get_offsets()[0][0] == 2
    # one person, one colour: the ring's edge is the dot's fill
    assert tuple(ring.get_edgecolor()[0]) == tuple(dot.get_facecolor()[0])
