"""Create the local demo superuser admin/admin; refuses to run outside DEBUG."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the superuser 'admin' with password 'admin' for a local demo (DEBUG only)."

    def handle(self, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a demo admin when DEBUG is off.")
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write("The demo admin already exists.")
            return
        User.objects.create_superuser("admin", "admin@example.fi", "admin")  # noqa: S106
        self.stdout.write(self.style.SUCCESS("Created the demo admin (admin / admin)."))
