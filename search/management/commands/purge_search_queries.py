"""Delete search report records older than the retention period (run daily from cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from wagtail.contrib.search_promotions.models import Query

from search.models import SearchTermDay


class Command(BaseCommand):
    help = "Delete search queries older than SEARCH_QUERY_RETENTION_DAYS from the search report."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Keep this many days instead of the setting.")

    def handle(self, days=None, **options):
        days = settings.SEARCH_QUERY_RETENTION_DAYS if days is None else days
        deleted = SearchTermDay.purge(days)
        # Wagtail's own daily hits (used by promoted results) follow the same retention
        Query.garbage_collect()
        self.stdout.write(f"Deleted {deleted} search report rows older than {days} days.")
