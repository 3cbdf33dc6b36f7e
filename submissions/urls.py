"""Public addresses of the submissions app, inside the language prefix (``/fi/…``)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path(pgettext_lazy("address", "adoption/<int:practice_id>/"), views.adopt, name="practice_adopt"),
    path(pgettext_lazy("address", "visit-application/<int:visit_id>/"), views.apply, name="visit_apply"),
    path(
        pgettext_lazy("address", "visit-application/status/<str:token>/"),
        views.application_status,
        name="visit_application",
    ),
]
