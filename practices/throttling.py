"""Throttles on the two password forms Wagtail serves itself (the admin's sign-in is django-axes').

- A page behind a password: at most ``PAGE_PASSWORD_RATE_LIMIT`` tries per client address and
  page restriction; more gets the password form again, with a translated message, as a 429.
- The admin's password reset: at most ``PASSWORD_RESET_RATE_LIMIT`` mails per account and
  ``PASSWORD_RESET_CLIENT_RATE_LIMIT`` requests per client address; past either, the reader sees
  the same "check your email" page as always (nothing to learn about accounts) and no mail goes.
"""

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import views as wagtail_views
from wagtail.admin.views.account import PasswordResetView
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction


def authenticate_with_password(request, page_view_restriction_id, page_id):
    if request.method == "POST" and is_ratelimited(
        request,
        group=f"page-password:{page_view_restriction_id}",
        key="ip",
        rate=settings.PAGE_PASSWORD_RATE_LIMIT,
        increment=True,
    ):
        restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
        page = get_object_or_404(Page, id=page_id).specific
        form = PasswordViewRestrictionForm({"return_url": request.POST.get("return_url", "")}, instance=restriction)
        form.full_clean()
        form.errors.clear()  # the password is not checked at all: only this message is shown
        form.add_error("password", _("Too many tries in a short time. Wait a minute and try again."))
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
        response = page.serve_password_required_response(request, form, action_url)
        response.status_code = 429
        return response
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)


def account_key(group, request):
    return request.POST.get("email", "").strip().lower()


reset = PasswordResetView.as_view()


def password_reset(request, *args, **kwargs):
    if request.method == "POST":
        by_client = is_ratelimited(
            request,
            group="password-reset:client",
            key="ip",
            rate=settings.PASSWORD_RESET_CLIENT_RATE_LIMIT,
            increment=True,
        )
        by_account = is_ratelimited(
            request,
            group="password-reset:account",
            key=account_key,
            rate=settings.PASSWORD_RESET_RATE_LIMIT,
            increment=True,
        )
        if by_client or by_account:
            return redirect("wagtailadmin_password_reset_done")
    return reset(request, *args, **kwargs)
