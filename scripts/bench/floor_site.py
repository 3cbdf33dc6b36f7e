"""The floor: a minimal Django project, one view returning a short HttpResponse.

Settings, URLconf and view in one module (DJANGO_SETTINGS_MODULE=floor_site); apps and middleware
are those of `django-admin startproject`, less the admin and static files, which it never reaches.
"""

from django.http import HttpResponse
from django.urls import path

DEBUG = False
SECRET_KEY = "bench-floor-not-secret"  # noqa: S105 (a benchmark on loopback)
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = __name__
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]


def floor(request):
    return HttpResponse("The floor.")


urlpatterns = [path("", floor)]
