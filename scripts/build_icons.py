"""Draw the favicon ICO (16, 32, 48 px) and Apple's touch icon (180 px) from the mark in static/favicon.svg (same geometry, Pillow only).

Run with ``make icons``; the results are committed, so the site needs no image tools at run time.
Made for the project and released with it (CC0).
"""

from pathlib import Path

from PIL import Image, ImageDraw

STATIC = Path(__file__).resolve().parent.parent / "static"
NAVY, ORANGE, WHITE = (0, 53, 122), (232, 103, 23), (255, 255, 255)
SCALE = 8  # drawn large and scaled down, for smooth edges


def mark(size, rounded=True):
    """The mark (a 40-unit square: a white ring beside an orange disc on navy) at ``size`` pixels."""
    big = size * SCALE
    unit = big / 40
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=7 * unit if rounded else 0, fill=NAVY)

    def circle(cx, r):
        return (unit * (cx - r), unit * (20 - r), unit * (cx + r), unit * (20 + r))

    draw.ellipse(circle(24.5, 9), fill=ORANGE)
    # the ring: stroke 3.5 units centred on radius 9
    draw.ellipse(circle(15.5, 9 + 1.75), outline=WHITE, width=round(3.5 * unit))
    return image.resize((size, size), Image.LANCZOS)


def main():
    # Apple's touch icon is shown with its own rounded corners: a full square
    mark(180, rounded=False).save(STATIC / "apple-touch-icon.png", optimize=True)
    mark(48).save(STATIC / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    print("static/apple-touch-icon.png, static/favicon.ico")


if __name__ == "__main__":
    main()
