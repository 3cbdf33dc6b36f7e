"""``manage.py db_worker``: django-tasks-db's worker, defaulting to this project's one database
queue, the ``mail`` backend, and all its queues. Wagtail's own tasks run at once on the default
(immediate) backend, so there is nothing else to work through: a bare ``db_worker --batch``
sends the mail that is waiting."""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker


class Command(DatabaseWorker):
    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(backend_name="mail", queue_name="*")
