"""Watching the demo's webinar recording in a real browser: it plays with Finnish captions, and a
chapter jumps the player to its time without leaving the page; without JavaScript the chapter
opens the recording itself at that time."""

from functools import partial

from practices.models import WebinarPage
from tests.browser.test_accessibility import axe_violations, note_refusal
from tests.browser.test_nomination import assert_valid_html

PLAYER = "#recording-player"


def test_play_the_recording_and_jump_to_a_chapter(browser, live_server, demo_site, tmp_path):
    webinar = WebinarPage.objects.get(slug="kulttuurikumppanuuspoyta-lyhyesti", locale__language_code="fi")
    context = browser.new_context()
    page = context.new_page()
    refused = []
    page.on("console", partial(note_refusal, refused))
    page.goto(live_server.url + webinar.url)
    assert_valid_html([page.content()], tmp_path)

    # the browser reads the video and its captions track (both served as documents)
    page.wait_for_function(f"document.querySelector('{PLAYER}').readyState >= 1")
    assert page.evaluate(f"document.querySelector('{PLAYER}').duration") > 40
    page.wait_for_function(f"document.querySelector('{PLAYER} track').readyState === 2")
    assert page.evaluate(f"document.querySelector('{PLAYER}').textTracks[0].cues.length") >= 8

    address = page.url
    page.get_by_role("link", name="Näin pääsette alkuun").click()
    page.wait_for_function(f"document.querySelector('{PLAYER}').currentTime >= 22")
    assert page.url == address  # the player moved, the page stayed
    assert page.evaluate(f"document.querySelector('{PLAYER}').currentTime") < 30
    # playing from there, the caption shown is that chapter's first sentence
    page.wait_for_function(
        f"[...document.querySelector('{PLAYER}').textTracks[0].activeCues].some("
        "c => c.text.startsWith('Kunta kutsuu koolle'))"
    )
    assert axe_violations(page) == []
    assert refused == []
    context.close()

    # without JavaScript the chapter is a link to the recording at that time
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + webinar.url)
    with page.expect_navigation():
        page.get_by_role("link", name="Mikä kumppanuuspöytä on?").click()
    assert page.url == live_server.url + webinar.recording.url + "#t=8"
    context.close()
