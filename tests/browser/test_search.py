"""Searching as a culture officer would, in a real browser: an inflected Finnish word, two
filters, a result opened and back again, on a desktop and a phone, accessible at every step."""

import pytest

from tests.browser.test_accessibility import PHONE, axe_violations

DESKTOP = {"width": 1280, "height": 900}


def result_titles(page):
    return page.locator(".result .card__title a").all_inner_texts()


def choose_first(page, param):
    """Tick the first value of a facet; the page reloads with the filter in its address."""
    box = page.locator(f'.facets input[name="{param}"]').first
    value = box.get_attribute("value")
    with page.expect_navigation():
        box.check()
    assert f"{param}={value}" in page.url
    return value


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_narrow_open_and_come_back(browser, live_server, demo_site, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + "/fi/haku/")
    assert axe_violations(page) == []
    page.fill("#search-q", "kumppanuuspöydillä")
    with page.expect_navigation():
        page.press("#search-q", "Enter")
    titles = result_titles(page)
    assert titles and "umppanuuspöy" in titles[0].lower()
    assert page.locator(".result mark").count() > 0
    assert axe_violations(page) == []

    filters = page.locator("#filters")
    if viewport is PHONE:
        assert filters.get_attribute("open") is None  # folded away behind one button
        page.focus("#filters > summary")
        page.keyboard.press("Enter")  # and usable by keyboard
    assert filters.get_attribute("open") is not None
    choose_first(page, "theme")
    assert axe_violations(page) == []
    if viewport is PHONE:
        page.click("#filters > summary")
    choose_first(page, "region")
    assert axe_violations(page) == []
    narrowed = result_titles(page)
    assert narrowed and len(narrowed) <= len(titles)
    narrowed_url = page.url

    with page.expect_navigation():
        page.locator(".result .card__title a").first.click()
    assert page.locator("h1").inner_text() == narrowed[0]
    page.go_back()
    assert page.url == narrowed_url and result_titles(page) == narrowed
    assert axe_violations(page) == []
    context.close()
