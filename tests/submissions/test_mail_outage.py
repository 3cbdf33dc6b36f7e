"""A nomination survives a mail server that is down, and its mail goes out once it is back: a
real SMTP server on loopback (aiosmtpd), stopped and started, and the real worker."""

import socket
import time

import pytest
from aiosmtpd.controller import Controller
from django_tasks_db.models import DBTaskResult

from submissions.models import Nomination
from tests.submissions.factories import NominationFormPageFactory, nomination_data
from tests.submissions.test_nomination_form import run_mail_worker

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802  (aiosmtpd's name)
        self.messages.append(envelope)
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(settings):
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    settings.SUBMISSIONS_MAIL_RETRY_SECONDS = 1
    settings.SUBMISSIONS_NOTIFY_EMAILS = ["toimitus@example.fi"]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    yield controller, inbox
    try:
        controller.stop()
    except AssertionError:
        pass  # already stopped


def test_a_nomination_survives_the_mail_outage_and_its_mail_follows(client, site_tree, smtp):
    controller, inbox = smtp
    page = NominationFormPageFactory(parent=site_tree.home)
    response = client.post(page.url, nomination_data())  # nothing listens on the port
    assert response.status_code == 302  # the submitter sees no error
    run_mail_worker()  # the first attempt fails on the closed port
    nomination = Nomination.objects.get()
    assert nomination.confirmation_sent_at is None
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1
    assert DBTaskResult.objects.filter(status="READY").count() == 1  # the retry is queued
    assert inbox.messages == []

    controller.start()
    time.sleep(1.2)  # the retry's delay
    run_mail_worker()
    recipients = sorted(r for message in inbox.messages for r in message.rcpt_tos)
    assert recipients == ["maija@example.fi", "toimitus@example.fi"]
    nomination.refresh_from_db()
    assert nomination.confirmation_sent_at and nomination.editors_notified_at
    run_mail_worker()
    assert len(inbox.messages) == 2  # sent once
