"""Site-wide files browsers ask for at fixed addresses."""

from django.conf import settings
from django.http import FileResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

FAVICON = settings.BASE_DIR / "static" / "favicon.ico"


@require_safe
@cache_control(public=True, max_age=86400)
def favicon(request):
    """/favicon.ico, which browsers fetch without reading the page's icon links."""
    return FileResponse(FAVICON.open("rb"), content_type="image/x-icon")
