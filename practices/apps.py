from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Good practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import privacy, signals  # noqa: F401  (privacy registers its system check)
        from .api import declare_api_fields

        declare_api_fields()
        signals.connect()
