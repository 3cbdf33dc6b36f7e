"""Production: every secret comes from the environment and a missing one stops start-up.

Run behind a TLS-terminating proxy (nginx) that sets X-Forwarded-Proto.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    FRONTEND_CACHE_PURGE_URL,
    MISSING_FOR_PRODUCTION,
    PAGE_CACHE_SECONDS,
    REDIS_URL,
    SECURE_HSTS_SECONDS,
    SECURE_SSL_REDIRECT,
)

DEBUG = False
for name in MISSING_FOR_PRODUCTION:
    raise ImproperlyConfigured(f"Set the {name} environment variable.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True if SECURE_SSL_REDIRECT is None else SECURE_SSL_REDIRECT
SECURE_HSTS_SECONDS = 31_536_000 if SECURE_HSTS_SECONDS is None else SECURE_HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
CACHES = {
    "default": {
        "BACKEND": "knowledgebank.cache.ResilientRedisCache",  # a Redis outage serves pages uncached
        "LOCATION": REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}
PAGE_CACHE_SECONDS = PAGE_CACHE_SECONDS or 3600  # purged on every publish, so an hour is safe
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
