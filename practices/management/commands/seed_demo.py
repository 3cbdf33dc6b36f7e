"""Build the Finnish demo site; running it again changes nothing."""

from django.core.management.base import BaseCommand

from practices.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Create the demo site (home pages, sections, practices, webinars, visits, news) if missing."

    def handle(self, **options):
        def log(message, end="\n"):
            self.stdout.write(message, ending=end)
            self.stdout.flush()

        created = DemoLoader(log=log).run()
        if created:
            summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {summary}."))
        else:
            self.stdout.write("Demo content already in place; nothing changed.")
