"""Local development: debug on unless DJANGO_DEBUG says otherwise, a throwaway secret key."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, SECRET_KEY

DEBUG = True if DEBUG is None else DEBUG  # wsgi.py sets DJANGO_DEBUG=0 for a WSGI server
# The throwaway key is only for a debugging developer; anything else must bring its own.
SECRET_KEY = SECRET_KEY or ("dev-only-not-secret-knowledgebank-local-key" if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable (or DJANGO_DEBUG=1 for local development).")
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
