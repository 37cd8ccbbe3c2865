"""Server-rendered SVG bar charts: no JavaScript, readable with styles off, and each chart
sits beside a table of the same numbers for screen readers and copying."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 215
# Longer labels are cut in the chart; the table beside it has them whole.
LABEL_CHARS = 26
PLOT_WIDTH = 320
VALUE_WIDTH = 70


def bar_chart(
    rows: list[tuple[str, float | None]], *, title: str, unit: str = "", peak: float | None = None
) -> SafeString:
    """Horizontal bars, one per (label, value); a missing value draws no bar. `peak` is
    the value of a full-length bar (100 for percentages); by default the largest value."""
    peak = peak or max((value for _label, value in rows if value), default=0) or 1
    height = max(1, len(rows)) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH
    bars = []
    for index, (label, value) in enumerate(rows):
        if len(label) > LABEL_CHARS:
            label = label[: LABEL_CHARS - 1] + "\N{HORIZONTAL ELLIPSIS}"
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = round(PLOT_WIDTH * (value or 0) / peak)
        shown = "\N{EN DASH}" if value is None else f"{value:g}{unit}"
        bars.append(
            (
                y + BAR_HEIGHT * 0.7,
                LABEL_WIDTH - 6,
                label,
                LABEL_WIDTH,
                y,
                length,
                BAR_HEIGHT,
                LABEL_WIDTH + length + 6,
                y + BAR_HEIGHT * 0.7,
                shown,
            )
        )
    body = format_html_join(
        "",
        '<text x="{1}" y="{0}" text-anchor="end">{2}</text>'
        '<rect x="{3}" y="{4}" width="{5}" height="{6}" class="bar"></rect>'
        '<text x="{7}" y="{8}">{9}</text>',
        bars,
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {} {}" '
        'width="{}" height="{}" class="chart" font-size="13" aria-label="{}">'
        "<title>{}</title>{}</svg>",
        width,
        height,
        width,
        height,
        title,
        title,
        body,
    )
