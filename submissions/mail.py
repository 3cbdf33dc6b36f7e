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


def _message(template, context, to, language):
    with translation.override(language):
        subject = render_to_string(f"submissions/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"submissions/email/{template}.txt", context)
    return EmailMessage(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, to)


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
