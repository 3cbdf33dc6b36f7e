from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurrencyConfig(AppConfig):
    name = "currency"
    verbose_name = _("Keeping practices current")
    default_auto_field = "django.db.models.BigAutoField"
