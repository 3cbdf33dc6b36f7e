"""WSGI entry point; production sets DJANGO_SETTINGS_MODULE=knowledgebank.settings.production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "knowledgebank.settings.dev")
# A WSGI server never runs in debug mode unless told to (dev then also demands a SECRET_KEY).
os.environ.setdefault("DJANGO_DEBUG", "0")

application = get_wsgi_application()
