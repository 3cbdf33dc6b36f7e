"""The public-service look: Suomi.fi's design tokens built into the stylesheet, the logo, and the
icons and files browsers and crawlers ask for."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"
TOKENS_PACKAGE = ROOT / "node_modules" / "suomifi-design-tokens"
FONT_PACKAGE = ROOT / "node_modules" / "@fontsource-variable" / "source-sans-3"


def test_tokens_file_comes_from_the_pinned_suomifi_package():
    tokens = (STATIC / "css" / "tokens.css").read_text()
    pinned = re.search(r'"suomifi-design-tokens": "([^"]+)"', (ROOT / "package.json").read_text()).group(1)
    assert f"from suomifi-design-tokens {pinned} " in tokens
    # Suomi.fi's brand blue, its type scale and its spacing, as custom properties
    assert "--sfi-color-brand-base: hsl(214, 100%, 24%);" in tokens
    assert "--sfi-body-text-size: 1.125rem;" in tokens
    assert "--sfi-spacing-m: 1.25rem;" in tokens


def test_committed_tokens_file_is_what_the_build_writes():
    node = shutil.which("node")
    if node is None or not (TOKENS_PACKAGE.exists() and FONT_PACKAGE.exists()):
        pytest.fail("The tokens build needs node and the npm packages: run `make test-tools`.")
    built = subprocess.run(
        [node, str(ROOT / "scripts" / "build_tokens.mjs"), "--stdout"], capture_output=True, text=True, check=True
    ).stdout
    assert built == (STATIC / "css" / "tokens.css").read_text(), "run `make tokens` and commit the result"
    for font in re.findall(r"url\(\.\./fonts/([^)]+)\)", built):
        assert (STATIC / "fonts" / font).read_bytes() == (FONT_PACKAGE / "files" / font).read_bytes(), font


def test_the_typeface_is_self_hosted_with_its_licence(client):
    tokens = (STATIC / "css" / "tokens.css").read_text()
    fonts = re.findall(r"url\(\.\./fonts/([^)]+\.woff2)\)", tokens)
    assert "font-family: 'Source Sans 3';" in tokens and "source-sans-3-latin-wght-normal.woff2" in fonts
    assert "SIL Open Font License" in (STATIC / "fonts" / "OFL.txt").read_text()
    for font in fonts:
        assert client.get(f"/static/fonts/{font}").status_code == 200, font
    assert "//" not in "".join(re.findall(r"url\(([^)]*)\)", tokens)), "no font from elsewhere"


def test_stylesheet_uses_the_tokens_for_colour_type_and_spacing():
    css = (STATIC / "css" / "site.css").read_text()
    defined = set(re.findall(r"(--sfi-[a-z0-9-]+):", (STATIC / "css" / "tokens.css").read_text()))
    used = set(re.findall(r"var\((--sfi-[a-z0-9-]+)\)", css))
    assert {"--sfi-color-brand-base", "--sfi-font-family", "--sfi-body-text-size", "--sfi-spacing-m"} <= used
    assert used <= defined, f"site.css uses tokens that do not exist: {used - defined}"


@pytest.mark.django_db
def test_every_page_loads_the_tokens_first_and_shows_the_logo_and_icons(client, site_tree):
    html = client.get("/fi/").content.decode()
    assert html.index("css/tokens.css") < html.index("css/site.css")
    assert re.search(r'<img class="site-name__logo" src="[^"]*img/mark\.svg" alt="" width="40" height="40">', html)
    assert "Kulttuuria yhteistuumin" in html
    for link in (r'rel="icon" href="/favicon.ico"', r'rel="icon" href="[^"]*favicon\.svg"', r'rel="apple-touch-icon"'):
        assert re.search(link, html), link
    for path in ("img/mark.svg", "favicon.svg", "apple-touch-icon.png"):
        assert client.get(f"/static/{path}").status_code == 200, path


@pytest.mark.django_db
def test_favicon_and_robots_answer_at_the_root(client):
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 200
    assert favicon["Content-Type"] == "image/x-icon"
    assert "max-age=86400" in favicon["Cache-Control"]
    robots = client.get("/robots.txt")
    assert robots.status_code == 200 and robots["Content-Type"].startswith("text/plain")


def test_icon_images_have_the_sizes_browsers_ask_for():
    with Image.open(STATIC / "apple-touch-icon.png") as touch:
        assert touch.size == (180, 180)
    with Image.open(STATIC / "favicon.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48)} <= set(ico.info["sizes"])
