"""Nominating a practice as a culture officer would, in a real browser, on a phone and on a
desktop: a validation error fixed without retyping, an attachment kept, the status link opened;
axe-core clean and the Nu HTML Checker silent on every state."""

import subprocess

import pytest

from submissions.models import Nomination
from tests.browser.conftest import VNU
from tests.browser.test_accessibility import PHONE, axe_violations

DESKTOP = {"width": 1280, "height": 900}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def assert_valid_html(pages, tmp_path):
    for n, html in enumerate(pages):
        (tmp_path / f"state{n}.html").write_text(html)
    result = subprocess.run(  # noqa: S603
        ["java", "-jar", str(VNU), "--errors-only", str(tmp_path)],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[:3000]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_nominate_fix_an_error_and_follow_the_status(browser, live_server, demo_site, settings, viewport, tmp_path):
    settings.SUBMISSIONS_MIN_FILL_SECONDS = 0
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + "/fi/")
    with page.expect_navigation():
        page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Ilmoita hyvä käytäntö").click()
    states = [page.content()]  # before axe-core adds its script
    assert axe_violations(page) == []

    page.get_by_label("Käytännön nimi").fill("Kulttuurikahvila kirjastossa")
    page.get_by_label("Tausta ja tarve").fill("Yksinäisyys lisääntyi.")
    page.select_option("#id_municipalities", ["091"])
    page.get_by_label("Ikääntyneet").check()
    page.get_by_label("Nimesi").fill("Maija Meikäläinen")
    page.get_by_label("Sähköpostiosoitteesi").fill("maija@example.fi")
    page.set_input_files(
        "#id_attachments", files=[{"name": "raportti.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Lähetä ilmoitus").click()  # the summary is missing

    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.id") == "error-summary"  # the summary takes the focus
    assert page.get_by_label("Käytännön nimi").input_value() == "Kulttuurikahvila kirjastossa"
    assert page.get_by_label("Ikääntyneet").is_checked()
    assert "raportti.pdf" in page.locator(".kept-files").inner_text()
    states.append(page.content())
    assert axe_violations(page) == []

    summary.get_by_role("link").first.click()
    page.fill("#id_summary", "Kirjaston kahvila kokoaa ikääntyneet kerran viikossa.")
    with page.expect_navigation():
        page.get_by_role("button", name="Lähetä ilmoitus").click()
    assert "/status/" in page.url
    assert "Vastaanotettu" in page.locator("main").inner_text()
    assert "Maija" not in page.content()
    states.append(page.content())
    assert axe_violations(page) == []

    nomination = Nomination.objects.get()
    assert [a.name for a in nomination.attachments.all()] == ["raportti.pdf"]
    fresh = browser.new_context(viewport=viewport).new_page()  # the link works for its holder alone
    fresh.goto(page.url)
    assert "Kulttuurikahvila kirjastossa" in fresh.locator("main").inner_text()
    assert_valid_html(states, tmp_path)
    context.close()
