"""Security headers on public pages: a Content-Security-Policy without inline script, a
Permissions-Policy, and Django's own; the admin, which needs inline code, has no CSP."""

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_carry_a_strict_policy(client, site_tree):
    response = client.get("/fi/")
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip()
    )
    assert policy["script-src"] == "'self'" and "unsafe" not in policy["script-src"]
    assert policy["object-src"] == "'none'" and policy["default-src"] == "'self'"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff" and response["Referrer-Policy"] == "same-origin"


def test_the_admin_is_left_to_wagtail(client):
    assert "Content-Security-Policy" not in client.get("/admin/login/")
