"""WCAG 2.1 AA checks in a real browser (axe-core), valid HTML (Nu HTML Checker), phone layout
and keyboard use, on the seeded demo site in Finnish, Swedish and English."""

import subprocess
from functools import partial

from practices.models import HomePage, MunicipalityVisitPage, NewsPage, PracticePage, StandardPage, WebinarPage
from tests.browser.conftest import AXE, VNU

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 375, "height": 740}


def demo_paths():
    """One page of every type in every language, plus indexes and a search."""
    paths = []
    for code in ("fi", "sv", "en"):
        home = HomePage.objects.get(locale__language_code=code)
        paths += [home.url] + [child.url for child in home.get_children().live()]
        for model in (PracticePage, WebinarPage, MunicipalityVisitPage, NewsPage, StandardPage):
            page = model.objects.live().filter(locale__language_code=code).order_by("pk").first()
            if page is not None:
                paths.append(page.url)
    paths += ["/fi/haku/?q=kulttuuri", "/sv/sok/?q=kultur", "/fi/haku/?theme=participation", "/fi/ei-ole/"]
    return sorted(set(paths))


def note_refusal(refused, message):
    if "Content Security Policy" in message.text:
        refused.append(message.text)


def axe_violations(page):
    # through DevTools: the site's Content-Security-Policy rightly refuses an injected script tag
    page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)",
        WCAG_TAGS,
    )


def test_every_page_meets_wcag_aa_on_desktop_and_phone(browser, live_server, demo_site):
    paths = demo_paths()
    failures = {}
    for viewport in ({"width": 1280, "height": 900}, PHONE):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        refused = []  # what the Content-Security-Policy blocked: nothing the site itself needs
        page.on("console", partial(note_refusal, refused))
        for path in paths:
            refused.clear()
            page.goto(live_server.url + path)
            violations = axe_violations(page) + refused
            if page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"):
                violations.append("the page scrolls sideways")
            if violations:
                failures[f"{viewport['width']}px {path}"] = violations
        context.close()
    assert not failures, failures


def test_html_is_valid(browser, live_server, demo_site, tmp_path):
    page = browser.new_page()
    paths = demo_paths()
    for n, path in enumerate(paths):
        response = page.goto(live_server.url + path)
        (tmp_path / f"page{n}.html").write_bytes(response.body())
    result = subprocess.run(  # noqa: S603
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", str(tmp_path)],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=300,
    )
    named = result.stderr
    for n, path in enumerate(paths):
        named = named.replace(f"page{n}.html", path)
    assert result.returncode == 0, named[:5000]


def test_keyboard_user_can_skip_to_content_and_see_focus(browser, live_server, demo_site):
    page = browser.new_page()
    page.goto(live_server.url + "/fi/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Siirry sisältöön"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_language_switcher_leads_to_the_translation(browser, live_server, demo_site):
    practice = PracticePage.objects.get(slug="porvoon-kaksikielinen-lukupiiri", locale__language_code="fi")
    page = browser.new_page()
    page.goto(live_server.url + practice.url)
    page.get_by_role("navigation", name="Kieli").get_by_role("link", name="Svenska").click()
    assert page.evaluate("document.documentElement.lang") == "sv"
    assert page.url.startswith(live_server.url + "/sv/praxis/")
    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/sv/"
