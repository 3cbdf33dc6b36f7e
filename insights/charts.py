"""Server-rendered SVG: horizontal bar charts and the shaded map of regions.

Only geometry and colours here; the templates (``components/charts/``) draw them with text
alternatives, and each chart stands beside a table of its numbers. No script, no chart library.
"""

import dataclasses
import json
from functools import cache
from pathlib import Path

from django.utils.formats import number_format

BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 230
BAR_AREA = 300
CHART_WIDTH = LABEL_WIDTH + BAR_AREA + 60

# Shades 0 ("no practices") to 4, light to dark, drawn by the stylesheet's ``.shade-N``. Region
# borders are dark, so every shape stands out from its neighbours whatever its shade.
SHADES = 5
LIGHT_TEXT_FROM = 3  # shades from this one on carry white text


@dataclasses.dataclass
class Bar:
    row: object
    y: int
    width: float

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT - 6


def bar_chart(dimension):
    """The bars of ``dimension`` and the chart's height, widths relative to the largest count."""
    largest = dimension.largest or 1
    bars = [
        Bar(row, n * (BAR_HEIGHT + BAR_GAP), round(BAR_AREA * row.count / largest, 1))
        for n, row in enumerate(dimension.rows)
    ]
    return {
        "bars": bars,
        "height": len(bars) * (BAR_HEIGHT + BAR_GAP),
        "width": CHART_WIDTH,
        "label_width": LABEL_WIDTH,
    }


@cache
def region_shapes():
    """{"viewBox", "regions": {code: path}, "labels": {code: [x, y]}} from ``data/regions.json``."""
    return json.loads((Path(__file__).parent / "data" / "regions.json").read_text(encoding="utf-8"))


@dataclasses.dataclass
class MapRegion:
    figure: object
    path: str
    label_at: tuple
    shade: int
    light_text: bool


def classes(rates):
    """The upper bounds of the shades above "none": equal steps up to the largest rate."""
    top = max(rates, default=0)
    steps = SHADES - 1
    return [top * (n + 1) / steps for n in range(steps)] if top else []


def shade_index(rate, bounds):
    if not rate:
        return 0
    return next(n + 1 for n, bound in enumerate(bounds) if rate <= bound + 1e-9)


def region_map(regions):
    """The map's regions with their shade, and the legend [(shade, lowest rate, highest)]."""
    shapes = region_shapes()
    bounds = classes([r.per_10k for r in regions])
    drawn = []
    for figure in regions:
        if figure.code not in shapes["regions"]:
            continue
        index = shade_index(figure.per_10k, bounds)
        drawn.append(
            MapRegion(
                figure,
                shapes["regions"][figure.code],
                tuple(shapes["labels"][figure.code]),
                index,
                index >= LIGHT_TEXT_FROM,
            )
        )
    legend = [(0, None, None)]
    low = 0
    for n, high in enumerate(bounds):
        legend.append((n + 1, number_format(low, 1), number_format(high, 1)))
        low = high
    return {"regions": drawn, "legend": legend, "view_box": shapes["viewBox"]}
