import numpy as np
from PIL import Image, ImageDraw

from takedown.hashing.variants import content_box, line_cells
from tests.hashing.images import photo


def boxes_close(found, expected, tolerance=0.03):
    return all(abs(a - b) <= tolerance for a, b in zip(found, expected, strict=True))


def test_letterbox_bars_are_stripped():
    image = photo("chelsea")
    canvas = Image.new("RGB", (image.width, image.width * 16 // 9), "black")
    top = (canvas.height - image.height) // 2
    canvas.paste(image, (0, top))
    box = content_box(np.asarray(canvas.resize((216, 384))))
    assert boxes_close(box, (0, top / canvas.height, 1, (top + image.height) / canvas.height))


def test_a_photo_alone_has_no_cells():
    assert line_cells(np.asarray(photo("coffee").resize((384, 256)))) == []


def test_collage_tiles_are_cells():
    canvas = Image.new("RGB", (768, 768), "white")
    for index, name in enumerate(("chelsea", "coffee", "astronaut", "camera")):
        tile = photo(name).resize((380, 380))
        canvas.paste(tile, ((index % 2) * 388, (index // 2) * 388))
    cells = line_cells(np.asarray(canvas.resize((384, 384))))
    assert len(cells) == 4
    for expected in [(0, 0, 0.5, 0.5), (0.5, 0, 1, 0.5), (0, 0.5, 0.5, 1), (0.5, 0.5, 1, 1)]:
        assert any(boxes_close(cell, expected) for cell in cells), expected


def test_photo_inside_a_screenshot_is_a_cell():
    canvas = Image.new("RGB", (360, 780), (245, 245, 245))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, 360, 30), fill="black")
    for line in range(5):
        draw.text((10, 40 + line * 14), "a post by someone", fill=(30, 30, 30))
    canvas.paste(photo("coffee").resize((360, 240)), (0, 150))
    for line in range(12):
        draw.text((10, 410 + line * 16), "a comment below the photo", fill=(30, 30, 30))
    cells = line_cells(np.asarray(canvas.resize((177, 384))))
    assert any(boxes_close(cell, (0, 150 / 780, 1, 390 / 780)) for cell in cells), cells
