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
