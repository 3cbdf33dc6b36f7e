"""Spam without third-party captchas: a honeypot field, a minimum fill time, a rate limit.

A form that trips the honeypot or comes back faster than a person could fill it is still saved,
as suspected spam (no mail goes out, editors can rescue it, retention removes it): a real
person whose browser autofilled the hidden field, or who was very quick, loses nothing. The rate
limit counts saved nominations per client address, not attempts.
"""

import time

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.core import signing

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
_SALT = "submissions.form-started"


def started_stamp():
    """A signed note of when the form was first shown (kept across validation errors)."""
    return signing.dumps(time.time(), salt=_SALT)


def initial():
    """A new form's hidden start time."""
    return {STARTED_FIELD: started_stamp()}


def posted_data(request):
    """The POST to bind a form to, its start time kept (or started now if it was lost), so
    the time carries over from one attempt to the next."""
    data = request.POST.copy()
    if not data.get(STARTED_FIELD):
        data[STARTED_FIELD] = started_stamp()
    return data


def spam_reason(data):
    """Why ``data`` (a POST) looks like a bot's, or "" for a person's."""
    if data.get(HONEYPOT_FIELD, ""):
        return "honeypot"
    try:
        started = float(signing.loads(data.get(STARTED_FIELD, ""), salt=_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return "no-start-time"
    if time.time() - started < settings.SUBMISSIONS_MIN_FILL_SECONDS:
        return "too-fast"
    return ""


def over_rate_limit(request, group):
    """Count one saved submission from this address; whether it is over the limit."""
    return is_ratelimited(
        request, group=f"submissions:{group}", key="ip", rate=settings.SUBMISSIONS_RATE_LIMIT, increment=True
    )
