"""The demo's illustrations: simple flat drawings made here with Pillow (CC0, made for the demo),
saved as Wagtail images with a Finnish description (the alt text) and set as practices' images.

Seeding again reuses the images already made.
"""

import io

from PIL import Image, ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION = "Demokuvitukset"
WIDTH, HEIGHT = 1440, 810

# Suomi.fi's palette (suomifi-design-tokens)
NAVY = (0, 53, 122)
BLUE = (42, 110, 187)
LIGHT = (234, 242, 250)
ORANGE = (232, 103, 23)
GREEN = (7, 131, 100)
PURPLE = (134, 73, 156)
SNOW = (247, 247, 248)
WHITE = (255, 255, 255)
RED = (174, 51, 45)


def round_table(draw):
    """Seen from above: a round table, eight chairs and papers on the table."""
    draw.rectangle((0, 0, WIDTH, HEIGHT), fill=LIGHT)
    cx, cy = WIDTH // 2, HEIGHT // 2
    colours = [ORANGE, BLUE, GREEN, PURPLE]
    for i, (dx, dy) in enumerate(
        [(0, -1), (0.71, -0.71), (1, 0), (0.71, 0.71), (0, 1), (-0.71, 0.71), (-1, 0), (-0.71, -0.71)]
    ):
        x, y = cx + dx * 330, cy + dy * 330
        draw.ellipse((x - 55, y - 55, x + 55, y + 55), fill=colours[i % 4])
    draw.ellipse((cx - 260, cy - 260, cx + 260, cy + 260), fill=NAVY)
    for angle_x, angle_y in [(-120, -60), (60, -90), (-40, 90), (110, 50)]:
        x, y = cx + angle_x, cy + angle_y
        draw.rectangle((x - 45, y - 32, x + 45, y + 32), fill=WHITE)


def two_people_and_a_hall(draw):
    """Two figures side by side before a concert hall with columns."""
    draw.rectangle((0, 0, WIDTH, HEIGHT), fill=LIGHT)
    draw.rectangle((0, 640, WIDTH, HEIGHT), fill=(200, 212, 222))
    # the hall: a pediment, six columns, steps
    draw.polygon([(760, 250), (1100, 120), (1440, 250)], fill=NAVY)
    draw.rectangle((780, 250, 1420, 280), fill=NAVY)
    for i in range(6):
        x = 810 + i * 112
        draw.rectangle((x, 280, x + 44, 600), fill=WHITE)
    for step in range(3):
        draw.rectangle((760 - step * 20, 600 + step * 14, 1440, 614 + step * 14), fill=NAVY)
    # two people: heads and bodies, one taller, hand in hand
    for x, colour, height in [(300, ORANGE, 0), (470, PURPLE, 40)]:
        top = 330 + height
        draw.ellipse((x - 50, top - 110, x + 50, top - 10), fill=colour)
        draw.rounded_rectangle((x - 75, top, x + 75, 640), radius=60, fill=colour)
    draw.line((375, 520, 395, 520), fill=NAVY, width=24)


def village_hall_in_the_fells(draw):
    """A red village hall in the snow in front of fells, under a low sun."""
    draw.rectangle((0, 0, WIDTH, HEIGHT), fill=(208, 226, 245))
    draw.ellipse((1080, 90, 1260, 270), fill=ORANGE)
    draw.polygon([(-100, 600), (350, 230), (760, 600)], fill=(150, 170, 190))
    draw.polygon([(450, 600), (900, 280), (1540, 600)], fill=(120, 142, 165))
    draw.polygon([(260, 335), (350, 230), (440, 335)], fill=SNOW)
    draw.polygon([(800, 350), (900, 280), (1000, 350)], fill=SNOW)
    draw.rectangle((0, 590, WIDTH, HEIGHT), fill=SNOW)
    # the hall with a gable roof, white corners, a door and two windows
    draw.rectangle((480, 440, 960, 700), fill=RED)
    draw.polygon([(450, 450), (720, 300), (990, 450)], fill=NAVY)
    draw.rectangle((480, 440, 500, 700), fill=WHITE)
    draw.rectangle((940, 440, 960, 700), fill=WHITE)
    draw.rectangle((690, 560, 760, 700), fill=WHITE)
    for x in (550, 820):
        draw.rectangle((x, 500, x + 80, 580), fill=(255, 236, 160))


def culture_path(draw):
    """A winding path with stops along it: a book, a note, a brush stroke and a star."""
    draw.rectangle((0, 0, WIDTH, HEIGHT), fill=(226, 240, 232))
    points = [(-40, 700), (260, 620), (420, 430), (700, 400), (880, 560), (1120, 520), (1260, 300), (1480, 180)]
    draw.line(points, fill=(214, 190, 150), width=70, joint="curve")
    for x, y in points[1:-1]:
        draw.ellipse((x - 22, y - 22, x + 22, y + 22), fill=WHITE)
    # the stops
    draw.rectangle((200, 470, 320, 560), fill=BLUE)  # a book
    draw.line((260, 470, 260, 560), fill=WHITE, width=6)
    draw.ellipse((380, 300, 440, 350), fill=NAVY)  # a note
    draw.rectangle((428, 200, 440, 330), fill=NAVY)
    draw.polygon([(440, 200), (500, 230), (440, 250)], fill=NAVY)
    draw.line((640, 300, 760, 250), fill=PURPLE, width=30)  # a brush stroke
    draw.polygon(
        [
            (1120, 330),
            (1140, 390),
            (1200, 390),
            (1152, 425),
            (1170, 485),
            (1120, 450),
            (1070, 485),
            (1088, 425),
            (1040, 390),
            (1100, 390),
        ],
        fill=ORANGE,
    )  # a star


ILLUSTRATIONS = {
    # practice slug: (title, description read as alt text, drawing)
    "kempeleen-kulttuurikumppanuuspoyta": (
        "Kumppanuuspöytä ylhäältä",
        "Piirroskuva ylhäältä: pyöreä pöytä, sen ympärillä kahdeksan värikästä tuolia ja pöydällä papereita.",
        round_table,
    ),
    "turun-kulttuuriluotsit": (
        "Kulttuuriluotsi ja kulttuurikaveri",
        "Piirroskuva: kaksi hahmoa vierekkäin ja heidän vieressään pylväin koristeltu konserttitalo.",
        two_people_and_a_hall,
    ),
    "ita-lapin-kylatalojen-kulttuurikiertue": (
        "Kylätalo tuntureiden juurella",
        "Piirroskuva: punainen kylätalo lumessa, taustalla tuntureita ja matalalla paistava aurinko.",
        village_hall_in_the_fells,
    ),
    "espoon-kulttuuripolku": (
        "Kulttuuripolku",
        "Piirroskuva: kiemurteleva polku, jonka varrella on kirja, nuotti, siveltimenveto ja tähti.",
        culture_path,
    ),
}


def collection():
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=COLLECTION).first() or root.add_child(name=COLLECTION)


def draw(drawing):
    """PNG bytes of one illustration."""
    canvas = Image.new("RGB", (WIDTH, HEIGHT), WHITE)
    drawing(ImageDraw.Draw(canvas))
    out = io.BytesIO()
    canvas.save(out, format="PNG", optimize=True)
    return out.getvalue()


def illustration(slug):
    """The Wagtail image for the practice ``slug``, made on first use; None if it has none."""
    if slug not in ILLUSTRATIONS:
        return None
    title, description, drawing = ILLUSTRATIONS[slug]
    Image_ = get_image_model()
    found = Image_.objects.filter(title=title).first()
    if found:
        return found
    made = Image_(title=title, description=description, collection=collection())
    made.file = ImageFile(io.BytesIO(draw(drawing)), name=f"{slug}.png")
    made.save()
    return made
