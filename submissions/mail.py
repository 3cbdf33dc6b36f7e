"""The messages about a nomination, each in the language the reader needs."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def editor_addresses():
    """Who hears of new nominations: ``SUBMISSIONS_NOTIFY_EMAILS``, or else the active
    superusers and members of the Editors and Moderators groups."""
    if settings.SUBMISSIONS_NOTIFY_EMAILS:
        return list(settings.SUBMISSIONS_NOTIFY_EMAILS)
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(Q(is_superuser=True) | Q(groups__name__in=["Editors", "Moderators"])).distinct()
    return sorted(set(users.values_list("email", flat=True)))


def compose(template, context, to, language):
    """A message from ``template``.txt and ``template``_subject.txt, rendered in ``language``."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    return EmailMessage(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, to)


def _message(template, context, to, language):
    return compose(f"submissions/email/{template}", context, to, language)


def confirmation(nomination, status_url):
    """To the submitter, in the form's language, with the private status link."""
    context = {"nomination": nomination, "status_url": status_url}
    return _message("confirmation", context, [nomination.submitter_email], nomination.locale.language_code)


def editors_notice(nomination):
    """To the editors, in the site's default language: what arrived and where to review it."""
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("nominations:edit", args=[nomination.pk])
    context = {"nomination": nomination, "admin_url": admin_url}
    return _message("editors_notice", context, editor_addresses(), settings.LANGUAGE_CODE)


def visit_application(application, kind, manage_url):
    """To the applicant, in the language they applied in: ``kind`` is "confirmation" or "promoted"."""
    context = {"application": application, "visit": application.visit_in_language, "manage_url": manage_url}
    language = application.locale.language_code
    return _message(f"visit_{kind}", context, [application.email], language)


def sparring_confirmation(submission):
    """To whoever asked for or offered help, in the language they wrote in."""
    kind = submission._meta.model_name  # sparringrequest or sparringoffer
    context = {"submission": submission, "kind": kind}
    return _message(f"{kind}_confirmation", context, [submission.email], submission.locale.language_code)


def sparring_editors_notice(submission):
    kind = submission._meta.model_name
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(f"{kind}s:edit", args=[submission.pk])
    context = {"submission": submission, "kind": kind, "admin_url": admin_url}
    return _message("sparring_editors_notice", context, editor_addresses(), settings.LANGUAGE_CODE)


def sparring_match(request):
    """The two messages of a match: to the municipality that asked and to the expert."""
    offer = request.matched_offer
    context = {"request": request, "offer": offer}
    return [
        _message("sparring_match_request", context, [request.email], request.locale.language_code),
        _message("sparring_match_offer", context, [offer.email], offer.locale.language_code),
    ]


def adoption_editors_notice(adoption):
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("adoptions:edit", args=[adoption.pk])
    context = {"adoption": adoption, "admin_url": admin_url}
    return _message("adoption_editors_notice", context, editor_addresses(), settings.LANGUAGE_CODE)
