"""Remember the reader's language: the language of the last page read is stored in the cookie.

With ``i18n_patterns`` the language comes from the URL prefix; the cookie makes ``/`` (and
any unprefixed link) lead back to the language the reader chose in the switcher.
"""

from django.conf import settings
from django.utils import translation


class RememberLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        response = self.get_response(request)
        language = translation.get_language_from_path(request.path_info)
        if language in self.codes and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE or 365 * 24 * 3600,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
            )
        return response
