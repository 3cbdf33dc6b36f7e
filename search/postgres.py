"""PostgreSQL: the database backend's text match, on a stored column with a GIN index.

Wagtail's PostgreSQL backend matches ``(title || body) @@ query``, concatenating the two
``tsvector`` values of every index entry it looks at. For a word on most pages ("kulttuuri") the
planner scans every entry, so every search paid for 10,000 concatenations (80–180 ms at 10,000
practices). Migration 0006 keeps the concatenation as a stored generated column of the index
entries, written with the entry, and indexes it; the match reads that column. Ranking is Wagtail's
own.
"""

from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
from modelsearch.query import And, Or, Phrase, PlainText

from django.contrib.postgres.search import SearchVectorField
from django.db.models import Expression, F

COLUMN = "kbsearch_title_body"


class TitleBody(Expression):
    """The stored ``title || body`` of the index entries, under whatever alias the query gives
    their table (the column is not a field of Wagtail's model: it is reached through ``title``)."""

    output_field = SearchVectorField()

    def __init__(self, title):
        super().__init__()
        self.title = title

    def get_source_expressions(self):
        return [self.title]

    def set_source_expressions(self, exprs):
        (self.title,) = exprs

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.title)  # "<table or alias>"."title"
        return f'{sql.rsplit(".", 1)[0]}."{COLUMN}"', params


class QueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or not isinstance(self.query, (PlainText, Phrase, And, Or)):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank = self._build_rank_expression(self.get_search_vectors(search_query), config)
        queryset = self.queryset.annotate(_vector_=TitleBody(F("index_entries__title"))).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)
