"""Fast, isolated settings for the test suite."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

if ELASTICSEARCH_URL:  # noqa: F405
    # the parity tests compare Elasticsearch with the database backend, both kept up to date
    WAGTAILSEARCH_BACKENDS["database"] = {"BACKEND": "search.database", "SEARCH_CONFIG": "simple"}  # noqa: F405

# attachments go to a throwaway directory, never into the checkout
import tempfile  # noqa: E402

STORAGES["private"] = {  # noqa: F405
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": tempfile.mkdtemp(prefix="kb-private-")},
}
