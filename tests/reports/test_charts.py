from xml.etree import ElementTree

from takedown.reports.charts import bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_bars_are_proportional_and_labels_escaped():
    svg = bar_chart([("x", 50), ("<script>", 100), ("none", None)], title="Rate & time")
    root = ElementTree.fromstring(str(svg))  # noqa: S314 - our own output
    widths = [int(rect.get("width")) for rect in root.iter(f"{SVG}rect")]
    assert widths == [160, 320, 0]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "<script>" in texts  # parsed back from &lt;script&gt;: escaped, not markup
    assert root.find(f"{SVG}title").text == "Rate & time"


def test_empty_chart_is_valid_svg():
    ElementTree.fromstring(str(bar_chart([], title="Nothing")))  # noqa: S314


def test_percentages_are_drawn_against_a_full_hundred():
    svg = bar_chart([("x", 50)], title="Rate", unit="%", peak=100)
    root = ElementTree.fromstring(str(svg))  # noqa: S314
    assert [int(r.get("width")) for r in root.iter(f"{SVG}rect")] == [160]
    assert "50%" in [t.text for t in root.iter(f"{SVG}text")]


def test_long_labels_are_cut_in_the_chart():
    svg = bar_chart([("TAKE IT DOWN Act notice-and-removal request", 1)], title="t")
    texts = [t.text for t in ElementTree.fromstring(str(svg)).iter(f"{SVG}text")]  # noqa: S314
    assert texts[0] == "TAKE IT DOWN Act notice-a\N{HORIZONTAL ELLIPSIS}"
