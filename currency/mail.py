"""The messages of a review round: reminders to the owner in the practice's language, and the
notice to editors when nobody answers."""

from django.conf import settings
from django.urls import reverse

from submissions.mail import compose, editor_addresses

from .links import owner_update_url


def owner_reminder(review, kind):
    """``kind`` is "first" or "second"."""
    page = review.practice
    context = {"page": page, "review": review, "url": owner_update_url(review), "second": kind == "second"}
    return compose("currency/email/reminder", context, [page.review_owner_email], page.locale.language_code)


def editors_notice(review):
    page = review.practice
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])
    context = {"page": page, "review": review, "admin_url": admin_url}
    return compose("currency/email/no_answer", context, editor_addresses(), settings.LANGUAGE_CODE)
