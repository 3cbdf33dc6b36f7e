"""Guessing editors' passwords is throttled: a typo costs nothing, five wrong passwords for one
account from one address lock that pair out (the right password too, for a while), another
editor is not affected, and an administrator can lift the lockout in the admin."""

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"
BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]


@pytest.fixture
def editors(settings):
    settings.AUTHENTICATION_BACKENDS = BACKENDS
    users = get_user_model().objects
    return (
        users.create_superuser("toimittaja", "t@example.fi", "Oikea-Salasana-2026"),
        users.create_superuser("kollega", "k@example.fi", "Kollegan-Salasana-2026"),
    )


def sign_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def signed_in(client):
    return client.get("/admin/").status_code == 200


def test_one_typo_does_not_lock_anyone_out(editors):
    client = Client()
    assert sign_in(client, "toimittaja", "Oikea-Salasana-2025").status_code == 200  # the form again
    sign_in(client, "toimittaja", "Oikea-Salasana-2026")
    assert signed_in(client)


def test_five_wrong_passwords_lock_the_account_from_that_address(editors):
    attacker = Client()
    for _guess in range(5):
        sign_in(attacker, "toimittaja", "arvaus")
    response = sign_in(attacker, "toimittaja", "Oikea-Salasana-2026")
    assert response.status_code == 429 and "Liian monta yritystä" in response.content.decode()
    assert not signed_in(attacker)

    colleague = Client()
    sign_in(colleague, "kollega", "Kollegan-Salasana-2026")
    assert signed_in(colleague)  # another account is not affected

    admin = Client()
    admin.force_login(editors[1])
    lockouts = admin.get(reverse("sign_in_lockouts:index")).content.decode()
    assert "toimittaja" in lockouts
    attempt = AccessAttempt.objects.get(username="toimittaja")
    admin.post(reverse("sign_in_lockouts:delete", args=[attempt.pk]))
    sign_in(attacker, "toimittaja", "Oikea-Salasana-2026")
    assert signed_in(attacker)  # lifted
