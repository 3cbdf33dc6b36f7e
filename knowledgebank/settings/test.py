"""Fast, isolated settings for the test suite."""

import os
import tempfile

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

# uploads (the demo's recording too) and attachments go to throwaway directories, never into the checkout
MEDIA_ROOT = tempfile.mkdtemp(prefix="kb-media-")
STORAGES["private"] = {  # noqa: F405
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": tempfile.mkdtemp(prefix="kb-private-")},
}

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file (in memory where the machine has /dev/shm), not SQLite's shared-cache memory
    # database: threads then lock and wait as they do on a real SQLite file instead of failing
    # with "database table is locked" (the concurrent visit-application test).
    _shm = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()  # noqa: S108
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(_shm, f"kb-test-{os.getpid()}.sqlite3")}  # noqa: F405
# Test helpers sign in with ``client.login()``, which passes no request to the backends; the
# lockout backend needs one, so the tests that prove the lockout put it back themselves.
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
