"""Settings read the environment; production passes Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "knowledgebank.settings.production",
    "SECRET_KEY": "a-long-production-secret-key-for-the-check-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "kulttuuriayhteistuumin.example.fi",
    "DATABASE_URL": "sqlite:////tmp/kb-deploy-check.sqlite3",
    "WAGTAILADMIN_BASE_URL": "https://kulttuuriayhteistuumin.example.fi",
    "EMAIL_URL": "smtp+tls://user:pass@smtp.example.fi:587",
}


def manage(*args, env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and k not in ("DJANGO_DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "EMAIL_URL"])
def test_production_refuses_to_start_without_a_secret(missing):
    env = {**PRODUCTION_ENV, missing: ""}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_environment_selects_database_search_and_email_backends():
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE']);"
        "print(s.WAGTAILSEARCH_BACKENDS['default']['BACKEND']);"
        "print(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT)"
    )
    env = {
        "DATABASE_URL": "postgres://kb@127.0.0.1:5432/kb",
        "ELASTICSEARCH_URL": "http://127.0.0.1:9200",
        "EMAIL_URL": "smtp://mail.example.fi:25",
        "DJANGO_SETTINGS_MODULE": "knowledgebank.settings.dev",
    }
    result = manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    engine, backend, email = result.stdout.strip().splitlines()[-3:]
    assert engine == "django.db.backends.postgresql"
    assert backend == "search.elasticsearch"  # Wagtail's elasticsearch8 with facets as aggregations
    assert email == "django.core.mail.backends.smtp.EmailBackend mail.example.fi 25"


def test_defaults_are_sqlite_and_the_database_search_backend():
    from django.conf import settings

    if "DATABASE_URL" not in os.environ:
        assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.database"  # Wagtail's, with facet tokens
    assert settings.LANGUAGE_CODE == "fi"


def test_a_wsgi_server_without_settings_runs_without_debug_and_needs_a_secret():
    code = "import knowledgebank.wsgi; from django.conf import settings; print(settings.DEBUG)"
    clean = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_DEBUG", "SECRET_KEY")}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "SECRET_KEY": "x" * 60},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "False", result.stderr
