import numpy as np
from PIL import Image, ImageDraw

from takedown.hashing.variants import backdrop_cells, cells, content_box, line_cells
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


def faded_post(backdrop):
    """An app's post whose photo fades into the app's backdrop at the top and bottom, so
    that no straight edge bounds it: what line_cells cannot see."""
    image = photo("astronaut").resize((360, 360))
    fade = np.linspace(0, 1, 60)[:, None, None]
    pixels = np.asarray(image, dtype=np.float32)
    pixels[:60] = pixels[:60] * fade + np.array(backdrop) * (1 - fade)
    pixels[-60:] = pixels[-60:] * fade[::-1] + np.array(backdrop) * (1 - fade[::-1])
    canvas = Image.new("RGB", (360, 780), backdrop)
    ink = tuple(255 - v for v in backdrop)
    draw = ImageDraw.Draw(canvas)
    for line in range(4):
        draw.text((10, 40 + line * 14), "a post by someone", fill=ink)
    canvas.paste(Image.fromarray(pixels.astype(np.uint8)), (0, 150))
    for line in range(12):
        draw.text((10, 540 + line * 16), "a comment below the photo", fill=ink)
    return np.asarray(canvas.resize((177, 384)))


def test_photo_fading_into_an_apps_backdrop_is_a_cell():
    for backdrop in ((255, 255, 255), (0, 0, 0)):
        work = faded_post(backdrop)
        found = backdrop_cells(work)
        assert any(boxes_close(cell, (0, 150 / 780, 1, 510 / 780), 0.04) for cell in found)
        assert found[0] in cells(work)


def test_a_photo_with_a_plain_sky_has_no_backdrop_cells():
    """A uniform area inside a photo is not an app's backdrop: it never fills whole rows
    from side to side the way an app's margins do."""
    sky = np.asarray(photo("rocket").resize((384, 256)))
    assert backdrop_cells(sky) == []
    assert backdrop_cells(np.asarray(photo("camera").convert("RGB").resize((256, 256)))) == []
