"""Applying to a visit and asking for sparring help as a culture officer would, in a real browser
on a phone: errors fixed without retyping, the private status page, cancelling; axe-core clean
and the Nu HTML Checker silent on every state."""

from submissions.models import SparringRequest, VisitApplication
from tests.browser.test_accessibility import PHONE, axe_violations
from tests.browser.test_nomination import assert_valid_html


def test_apply_to_a_visit_then_ask_for_sparring_help(browser, live_server, demo_site, settings, tmp_path):
    settings.SUBMISSIONS_MIN_FILL_SECONDS = 0
    page = browser.new_context(viewport=PHONE).new_page()
    states = []

    def check():
        states.append(page.content())  # before axe-core adds its script
        assert axe_violations(page) == []

    page.goto(live_server.url + "/fi/")
    with page.expect_navigation():
        page.get_by_role("link", name="Kuntavierailu Rovaniemelle").first.click()
    with page.expect_navigation():
        page.get_by_role("link", name="Hae vierailulle").click()
    check()

    page.get_by_label("Nimesi").fill("Maija Meikäläinen")
    page.get_by_label("Tehtävänimikkeesi").fill("Kulttuurisihteeri")
    page.get_by_label("Sähköpostiosoitteesi").fill("maija@example.fi")
    page.get_by_label("Haen tukea matka- ja majoituskuluihin").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Lähetä hakemus").click()  # no municipality, no estimate
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert page.get_by_label("Nimesi").input_value() == "Maija Meikäläinen"
    check()

    page.select_option("#id_municipality", "091")
    page.get_by_label("Arvioidut matka- ja majoituskulut (€)").fill("180")
    with page.expect_navigation():
        page.get_by_role("button", name="Lähetä hakemus").click()
    assert "Paikka vahvistettu" in page.locator("main").inner_text()
    check()
    with page.expect_navigation():
        page.get_by_role("button", name="Peru hakemukseni").click()
    assert "Peruttu" in page.locator("main").inner_text()
    check()
    assert VisitApplication.objects.get().status == VisitApplication.Status.CANCELLED

    page.goto(live_server.url + "/fi/")
    with page.expect_navigation():
        page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Sparrausapu").click()
    assert "Aino Esimerkki" in page.locator("main").inner_text()  # the demo's consenting experts
    check()
    with page.expect_navigation():
        page.get_by_role("link", name="Pyydä sparrausapua").click()
    page.get_by_label("Kulttuurihyvinvointi").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Lähetä").click()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert page.get_by_label("Kulttuurihyvinvointi").is_checked()
    check()
    page.fill("#id_description", "Haluamme koota kulttuurihyvinvoinnin työryhmän.")
    page.select_option("#id_municipality", "091")
    page.get_by_label("Nimesi").fill("Maija Meikäläinen")
    page.get_by_label("Tehtävänimikkeesi").fill("Kulttuurisihteeri")
    page.get_by_label("Sähköpostiosoitteesi").fill("maija@example.fi")
    with page.expect_navigation():
        page.get_by_role("button", name="Lähetä").click()
    assert "Kiitos" in page.locator("main").inner_text()
    check()
    assert SparringRequest.objects.get().municipality.code == "091"
    assert_valid_html(states, tmp_path)
