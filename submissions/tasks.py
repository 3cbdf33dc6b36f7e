"""Mail about submissions, sent by the background worker (``manage.py db_worker --backend
mail``), never inside a request. A failing mail server is retried with a growing delay; the
nomination was committed before the task, so an outage loses nothing."""

import datetime
import logging
import smtplib

from django_tasks import task

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import mail
from .models import Nomination

logger = logging.getLogger(__name__)


def retry_delay(attempt):
    """Seconds before attempt ``attempt + 1``: doubling from the base, at most an hour."""
    return min(settings.SUBMISSIONS_MAIL_RETRY_SECONDS * 2 ** (attempt - 1), 3600)


@task(backend="mail")
def send_nomination_mail(nomination_id, status_url, attempt=1):
    """The confirmation to the submitter and the notice to editors, each sent once."""
    nomination = Nomination.objects.filter(pk=nomination_id).select_related("locale").first()
    if nomination is None or nomination.status == Nomination.Status.SPAM:
        return "nothing to send"
    try:
        if nomination.confirmation_sent_at is None and nomination.submitter_email:
            mail.confirmation(nomination, status_url).send()
            Nomination.objects.filter(pk=nomination.pk).update(confirmation_sent_at=timezone.now())
        if nomination.editors_notified_at is None:
            message = mail.editors_notice(nomination)
            if message.to:
                message.send()
            Nomination.objects.filter(pk=nomination.pk).update(editors_notified_at=timezone.now())
    except (smtplib.SMTPException, OSError) as error:
        if attempt >= settings.SUBMISSIONS_MAIL_ATTEMPTS:
            logger.error("Nomination %s: mail failed %d times, giving up: %s", nomination_id, attempt, error)
            raise
        delay = retry_delay(attempt)
        logger.warning("Nomination %s: mail failed (%s); retrying in %d s", nomination_id, error, delay)
        with transaction.atomic():
            send_nomination_mail.using(run_after=timezone.now() + datetime.timedelta(seconds=delay)).enqueue(
                nomination_id, status_url, attempt + 1
            )
        raise
    return "sent"
