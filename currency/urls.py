"""Public addresses of the currency app, inside the language prefix (``/fi/…``)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path(pgettext_lazy("address", "practice-review/<str:token>/"), views.owner_update, name="owner_update"),
]
