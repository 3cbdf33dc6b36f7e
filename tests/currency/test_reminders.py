"""Owners of practices due for review are reminded once per period, again after two weeks, and
then the editors are told; in the practice's language; running the command again sends nothing."""

import datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from currency.models import ReviewRequest
from currency.reminders import add_months, send_review_reminders
from practices.demo.site import ensure_site_structure
from practices.models import PracticeIndexPage
from practices.translation import translate_page
from tests.currency.conftest import delivered
from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


def later(days):
    return timezone.now() + datetime.timedelta(days=days)


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert add_months(datetime.date(2025, 1, 31), 1) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2024, 11, 15), 14) == datetime.date(2026, 1, 15)


def test_a_due_practice_is_reminded_once_per_period(due_practice):
    summary = send_review_reminders()
    assert summary.first == 1
    messages = delivered()
    assert [m.to for m in messages] == [["omistaja@example.fi"]]
    assert "Kumppanuuspöydät" in messages[0].subject and "ajan tasalla" in messages[0].subject
    assert "/fi/" in messages[0].body

    for _run in range(3):  # cron may run it daily, or twice by mistake
        call_command("send_review_reminders", stdout=open("/dev/null", "w"))
    assert delivered() == []
    assert ReviewRequest.objects.count() == 1


def test_no_answer_brings_a_second_reminder_then_the_editors(due_practice):
    send_review_reminders()
    delivered()
    assert send_review_reminders(now=later(10)).second == 0

    assert send_review_reminders(now=later(15)).second == 1
    second = delivered()
    assert [m.to for m in second] == [["omistaja@example.fi"]] and "Muistutus" in second[0].subject
    assert send_review_reminders(now=later(16)).second == 0

    summary = send_review_reminders(now=later(30))
    assert summary.editors == 1
    notice = delivered()
    assert notice[0].to == ["toimitus@example.fi"] and f"/admin/pages/{due_practice.pk}/edit/" in notice[0].body
    assert send_review_reminders(now=later(60)).editors == 0 and delivered() == []


def test_practices_not_due_or_without_owner_are_left_alone(site_tree):
    today = timezone.localdate()
    PracticePageFactory(parent=site_tree.practices, last_reviewed=today, review_owner_email="a@example.fi")
    PracticePageFactory(parent=site_tree.practices, last_reviewed=today.replace(year=today.year - 3))
    PracticePageFactory(
        parent=site_tree.practices,
        live=False,
        last_reviewed=today.replace(year=today.year - 3),
        review_owner_email="luonnos@example.fi",
    )
    assert send_review_reminders().first == 0
    assert delivered() == []


def test_an_editors_review_in_the_admin_closes_the_round(due_practice):
    send_review_reminders()
    delivered()
    due_practice.last_reviewed = timezone.localdate()
    due_practice.save_revision().publish()

    summary = send_review_reminders(now=later(15))
    assert summary.closed == 1 and summary.second == 0
    assert ReviewRequest.objects.get().answer == ReviewRequest.Answer.SUPERSEDED
    assert delivered() == []


def test_the_owner_is_reminded_once_in_the_practices_own_language(db, django_capture_on_commit_callbacks):
    ensure_site_structure()
    swedish_index = PracticeIndexPage.objects.get(locale__language_code="sv")
    practice = PracticePageFactory(
        parent=swedish_index,
        locale=swedish_index.locale,
        title="Kulturkompisar",
        last_reviewed=datetime.date(2020, 1, 1),
        review_owner_email="agare@example.fi",
    )
    finnish = PracticeIndexPage.objects.get(locale__language_code="fi").locale
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(practice, finnish, {"title": "Kulttuurikaverit", "slug": "kulttuurikaverit"})

    assert send_review_reminders().first == 1  # the translation shares the review, not reminded apart
    [message] = delivered()
    assert "Kulturkompisar" in message.subject and "aktuell" in message.subject
    assert "/sv/" in message.body


def test_a_bare_db_worker_sends_the_waiting_mail(due_practice):
    """The project's worker defaults to its one database queue: no --backend or --queue-name."""
    from unittest.mock import patch

    from django.core import mail

    send_review_reminders()
    with patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=open("/dev/null", "w"))
    assert [m.to for m in mail.outbox] == [["omistaja@example.fi"]]
