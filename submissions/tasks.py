"""Mail about submissions, sent by the background worker (``manage.py db_worker --backend
mail``), never inside a request. A failing mail server is retried with a growing delay; the
submission was committed before the task, so an outage loses nothing. Each message is marked
sent once it has gone, so a retry never sends it twice."""

import datetime
import logging
import smtplib

from django_tasks import task

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import mail
from .models import Adoption, Nomination, SparringRequest, VisitApplication
from .models.sparring import SUBMISSION_MODELS

logger = logging.getLogger(__name__)


def retry_delay(attempt):
    """Seconds before attempt ``attempt + 1``: doubling from the base, at most an hour."""
    return min(settings.SUBMISSIONS_MAIL_RETRY_SECONDS * 2 ** (attempt - 1), 3600)


def deliver(task_function, args, attempt, send):
    """Run ``send()``; when the mail server fails, enqueue ``task_function(*args, attempt + 1)``
    after a delay (until the attempts run out) and re-raise, so the worker records the failure."""
    try:
        send()
    except (smtplib.SMTPException, OSError) as error:
        if attempt >= settings.SUBMISSIONS_MAIL_ATTEMPTS:
            logger.error("%s%r: mail failed %d times, giving up: %s", task_function.name, args, attempt, error)
            raise
        delay = retry_delay(attempt)
        logger.warning("%s%r: mail failed (%s); retrying in %d s", task_function.name, args, error, delay)
        with transaction.atomic():
            run_after = timezone.now() + datetime.timedelta(seconds=delay)
            task_function.using(run_after=run_after).enqueue(*args, attempt + 1)
        raise
    return "sent"


def send_once(message, model, pk, sent_field):
    """Send ``message`` unless ``model`` row ``pk`` says it went already; then mark it sent."""
    if model.objects.filter(pk=pk, **{f"{sent_field}__isnull": False}).exists():
        return
    if message.to:
        message.send()
    model.objects.filter(pk=pk).update(**{sent_field: timezone.now()})


@task(backend="mail")
def send_nomination_mail(nomination_id, status_url, attempt=1):
    """The confirmation to the submitter and the notice to editors, each sent once."""
    nomination = Nomination.objects.filter(pk=nomination_id).select_related("locale").first()
    if nomination is None or nomination.status == Nomination.Status.SPAM:
        return "nothing to send"

    def send():
        if nomination.submitter_email:
            send_once(mail.confirmation(nomination, status_url), Nomination, nomination.pk, "confirmation_sent_at")
        send_once(mail.editors_notice(nomination), Nomination, nomination.pk, "editors_notified_at")

    return deliver(send_nomination_mail, (nomination_id, status_url), attempt, send)


@task(backend="mail")
def send_visit_application_mail(application_id, kind, manage_url, attempt=1):
    """To the applicant: the confirmation (``kind="confirmation"``: a place or a place in the
    queue) or the news that a place opened up (``kind="promoted"``)."""
    application = VisitApplication.objects.filter(pk=application_id).select_related("visit", "locale").first()
    if application is None or application.status == VisitApplication.Status.CANCELLED:
        return "nothing to send"
    sent_field = {"confirmation": "confirmation_sent_at", "promoted": "promotion_sent_at"}[kind]

    def send():
        send_once(mail.visit_application(application, kind, manage_url), VisitApplication, application.pk, sent_field)

    return deliver(send_visit_application_mail, (application_id, kind, manage_url), attempt, send)


@task(backend="mail")
def send_sparring_mail(model_name, pk, attempt=1):
    """A new sparring request or offer: the confirmation to its sender and the notice to editors."""
    model = SUBMISSION_MODELS[model_name]
    submission = model.objects.filter(pk=pk).select_related("locale", "municipality").first()
    if submission is None or submission.status == model.Status.SPAM:
        return "nothing to send"

    def send():
        send_once(mail.sparring_confirmation(submission), model, pk, "confirmation_sent_at")
        send_once(mail.sparring_editors_notice(submission), model, pk, "editors_notified_at")

    return deliver(send_sparring_mail, (model_name, pk), attempt, send)


@task(backend="mail")
def send_sparring_match_mail(request_pk, attempt=1):
    """Editors matched a request to an expert: both are told, each in their own language."""
    request = SparringRequest.objects.filter(pk=request_pk).select_related("matched_offer", "locale").first()
    if request is None or request.matched_offer is None:
        return "nothing to send"

    def send():
        if SparringRequest.objects.filter(pk=request_pk, match_mail_sent_at__isnull=False).exists():
            return
        for message in mail.sparring_match(request):
            message.send()
        SparringRequest.objects.filter(pk=request_pk).update(match_mail_sent_at=timezone.now())

    return deliver(send_sparring_match_mail, (request_pk,), attempt, send)


@task(backend="mail")
def send_adoption_mail(adoption_id, attempt=1):
    """A municipality reported an adoption: the editors are told where to approve it."""
    adoption = Adoption.objects.filter(pk=adoption_id).select_related("practice", "municipality").first()
    if adoption is None or adoption.status == Adoption.Status.SPAM:
        return "nothing to send"

    def send():
        send_once(mail.adoption_editors_notice(adoption), Adoption, adoption_id, "editors_notified_at")

    return deliver(send_adoption_mail, (adoption_id,), attempt, send)
