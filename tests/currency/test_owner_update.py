"""The reminder's link opens the practice for its owner without an account: confirming moves
the review date, changes reach the editors as a revision in moderation, and a link that was
tampered with, used or expired is refused with a clear page."""

import datetime

import pytest

from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState

from currency.links import SALT
from currency.models import ReviewRequest
from currency.reminders import send_review_reminders
from practices.models import PracticePage
from tests.currency.conftest import delivered, link_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def link(due_practice):
    send_review_reminders()
    [message] = delivered()
    return link_in(message).split("testserver", 1)[-1]


def form_data(page, **changes):
    """What the prefilled form sends back unchanged, with ``changes``."""
    response = Client().get(page)
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        data[name] = value if value is not None else ""
    data.update(changes)
    return data


def test_the_link_opens_the_current_description_prefilled(client, link, due_practice):
    response = client.get(link)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Kumppanuuspöydät"' in html
    assert "Moni ikääntynyt jää pois kulttuuritapahtumista" in html
    assert response["X-Robots-Tag"] == "noindex" and "no-cache" in response["Cache-Control"]


def test_confirming_moves_the_review_date_and_the_page_says_so(client, link, due_practice):
    response = client.post(link, {"action": "confirm"})
    assert response.status_code == 200
    due_practice.refresh_from_db()
    assert due_practice.last_reviewed == timezone.localdate()
    assert due_practice.get_latest_revision_as_object().last_reviewed == timezone.localdate()
    review = ReviewRequest.objects.get()
    assert review.answer == ReviewRequest.Answer.CONFIRMED
    page = client.get(due_practice.url).content.decode()
    assert "Tarkistettu" in page and timezone.localdate().strftime("%Y-%m-%d") in page

    again = client.get(link)  # one answer per link
    assert again.status_code == 410 and "on jo käytetty" in again.content.decode()
    assert send_review_reminders(now=timezone.now() + datetime.timedelta(days=20)).second == 0


def test_proposed_changes_arrive_as_a_revision_in_moderation_not_published(client, link, due_practice):
    data = form_data(link, action="propose", summary="Uusi tiivistelmä: mukana myös nuoret.")
    response = client.post(link, data)
    assert response.status_code == 200 and "toimittajille" in response.content.decode()

    page = PracticePage.objects.get(pk=due_practice.pk)
    assert page.summary != "Uusi tiivistelmä: mukana myös nuoret."  # live page unchanged
    draft = page.get_latest_revision_as_object()
    assert draft.summary == "Uusi tiivistelmä: mukana myös nuoret."
    assert draft.background == due_practice.background  # untouched sections keep their markup
    assert page.has_unpublished_changes
    assert WorkflowState.objects.filter(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()
    review = ReviewRequest.objects.get()
    assert review.answer == ReviewRequest.Answer.PROPOSED and review.revision_id == page.latest_revision_id
    assert page.last_reviewed == due_practice.last_reviewed  # not reviewed until an editor publishes


def test_sending_nothing_changed_asks_to_confirm_instead(client, link, due_practice):
    response = client.post(link, form_data(link, action="propose"))
    assert response.status_code == 200 and "Et muuttanut mitään" in response.content.decode()
    assert ReviewRequest.objects.get().answered_at is None


def test_bad_input_keeps_what_was_typed(client, link):
    data = form_data(link, action="propose", title="", summary="<script>alert(1)</script>")
    response = client.post(link, data)
    html = response.content.decode()
    assert response.status_code == 200 and "error-summary" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert ReviewRequest.objects.get().answered_at is None


def test_tampered_foreign_and_expired_links_are_refused(client, link, settings, due_practice):
    token = link.rstrip("/").rsplit("/", 1)[-1]
    tampered = link.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    response = client.get(tampered)
    assert response.status_code == 400 and "ei toimi" in response.content.decode()

    review = ReviewRequest.objects.get()
    foreign = signing.TimestampSigner(salt="another.purpose").sign_object(
        {"review": review.pk, "due": str(review.due_on)}
    )
    assert client.get(reverse("owner_update", args=[foreign])).status_code == 400
    assert client.get(reverse("owner_update", args=["x" * 5000])).status_code == 400

    settings.REVIEW_LINK_DAYS = 0
    old = signing.TimestampSigner(salt=SALT)
    signed = old.sign_object({"review": review.pk, "due": str(review.due_on)})
    expired = client.get(reverse("owner_update", args=[signed]))
    assert expired.status_code == 410 and "vanhentunut" in expired.content.decode()
    assert ReviewRequest.objects.get().answered_at is None


def test_the_refusal_page_is_in_the_readers_language(client, link):
    swedish = link.replace("/fi/", "/sv/", 1)
    token = link.rstrip("/").rsplit("/", 1)[-1]
    from django.utils import translation

    with translation.override("sv"):
        url = reverse("owner_update", args=[token + "x"])
    response = client.get(url)
    assert response.status_code == 400 and 'lang="sv"' in response.content.decode()
    assert swedish  # the Finnish link's address differs by language prefix only


def test_after_confirming_the_next_reminder_comes_with_the_next_period(client, link, due_practice):
    client.post(link, {"action": "confirm"})
    assert send_review_reminders(now=timezone.now() + datetime.timedelta(days=300)).first == 0
    a_year_on = timezone.now() + datetime.timedelta(days=370)  # twelve months after today's check
    assert send_review_reminders(now=a_year_on).first == 1
    assert send_review_reminders(now=a_year_on).first == 0
    assert ReviewRequest.objects.count() == 2
