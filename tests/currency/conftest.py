import datetime
import re

import pytest

from django.core import mail
from django.utils import timezone

from tests.practices.factories import PracticePageFactory
from tests.submissions.test_nomination_form import run_mail_worker


@pytest.fixture
def due_practice(site_tree, settings):
    """A published practice last reviewed thirteen months ago on a twelve-month interval."""
    settings.SUBMISSIONS_NOTIFY_EMAILS = ["toimitus@example.fi"]
    return PracticePageFactory(
        parent=site_tree.practices,
        title="Kumppanuuspöydät",
        last_reviewed=timezone.localdate() - datetime.timedelta(days=400),
        review_interval_months=12,
        review_owner_email="omistaja@example.fi",
    )


def delivered():
    """Run the mail worker; the messages it sent, and empty the outbox."""
    run_mail_worker()
    messages = list(mail.outbox)
    mail.outbox.clear()
    return messages


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)
