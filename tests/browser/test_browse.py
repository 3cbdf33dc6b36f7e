"""Browsing as a culture officer would: from the home page to a theme's landing page, on to a
practice, and from its theme back to the landing page; accessible at every step."""

from tests.browser.test_accessibility import axe_violations


def test_home_to_a_theme_to_a_practice_and_back_by_its_theme(browser, live_server, demo_site):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(live_server.url + "/fi/")
    section = page.locator("section[aria-labelledby='browse-theme']")
    with page.expect_navigation():
        section.get_by_role("link", name="Kulttuurihyvinvointi").click()
    assert page.url.endswith("/fi/teemat/cultural-wellbeing/")
    assert page.locator("h1").inner_text() == "Kulttuurihyvinvointi"
    assert "Kulttuurihyvinvointi tarkoittaa" in page.locator(".lead").inner_text()  # the demo's intro
    assert axe_violations(page) == []

    practice = page.locator("#browse-practices ~ .card-grid .card__title a").first
    title = practice.inner_text()
    with page.expect_navigation():
        practice.click()
    assert page.locator("h1").inner_text() == title

    # the practice's theme is a way in: the search filtered by it lists the practice
    with page.expect_navigation():
        page.locator(".at-a-glance a", has_text="Kulttuurihyvinvointi").first.click()
    assert "theme=cultural-wellbeing" in page.url
    assert title in page.locator("main").inner_text()
    assert axe_violations(page) == []

    page.goto(live_server.url + "/fi/maakunnat/")
    assert axe_violations(page) == []
