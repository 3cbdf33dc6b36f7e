"""PostgreSQL: the database backend's text match and ranking, on stored columns of the index
entries, without reading every entry's whole body.

Wagtail's PostgreSQL backend matches ``(title || body) @@ query`` and ranks every match on its
title and whole body. For a word on most pages ("kulttuuri") that meant concatenating and then
reading every entry's body vector, kilobytes each from the TOAST table: the cost of a search grew
with the bank (150 ms at 10,000 practices, 700 ms at 50,000). Here:

- the match reads ``kbsearch_title_body``, the stored concatenation (migration 0006), through its
  GIN index: an index answer needs no recheck, so no body is read to match. The entries are
  matched on their own, then joined to the pages (``_matches``), and sequential scans are off
  while that runs (``index_scans``): otherwise the planner, which does not count reading a
  body, scans the entries by content type and matches each one;
- every match is ranked on its title and ``kbsearch_body_lead`` (migration 0007), the body's
  boosted fields (summary, tags), a few hundred bytes kept in the row;
- only the best (``search.engine.FULL_RANK_LIMIT``, a thousand) are ranked again on title and
  whole body, Wagtail's own ranking (``rank_fully``). Matches past those keep their lead's order;
  when a search has fewer, as nearly every one does, its order is exactly Wagtail's.
"""

from contextlib import contextmanager

from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from django.contrib.postgres.search import SearchVectorField
from django.db import connections, transaction
from django.db.models import BooleanField, Case, Expression, F, IntegerField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

from wagtail.search.models import IndexEntry

TITLE_BODY = "kbsearch_title_body"
BODY_LEAD = "kbsearch_body_lead"


class StoredColumn(Expression):
    """A stored column of the index entries, under whatever alias the query gives their table
    (the columns are not fields of Wagtail's model: they are reached through ``title``)."""

    output_field = SearchVectorField()

    def __init__(self, title, column):
        super().__init__()
        self.title, self.column = title, column

    def get_source_expressions(self):
        return [self.title]

    def set_source_expressions(self, exprs):
        (self.title,) = exprs

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.title)  # "<table or alias>"."title"
        return f'{sql.rsplit(".", 1)[0]}."{self.column}"', params


class QueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or not isinstance(self.query, (PlainText, Phrase, And, Or)):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        title = F("index_entries__title")
        vectors = [(title, F("index_entries__title_norm")), (StoredColumn(title, BODY_LEAD), 1.0)]
        rank = self._build_rank_expression(vectors, config)
        search_query = self.build_tsquery(self.query, config=config)
        queryset = self.queryset.annotate(_vector_=StoredColumn(title, TITLE_BODY)).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)


def among(queryset, ids):
    """``queryset`` narrowed to ``ids``, bound as one array (``pk__in`` binds each id on its own:
    about 30 ms for a thousand)."""
    meta = queryset.model._meta
    condition = f'"{meta.db_table}"."{meta.pk.column}" = ANY(%s)'
    return queryset.filter(RawSQL(condition, (list(ids),), output_field=BooleanField()))  # noqa: S611  (names from the model; ids bound)


def _matches(results, queryset, ranked):
    """SQL and parameters of the ids of ``queryset``'s pages that match the search ``results``,
    best first if ``ranked``. The matching entries are found first, on their own (a materialised
    CTE): joined to the pages, the planner would rather scan the entries by content type and
    read each one's body to match it."""
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    title = F("title")
    vectors = [(title, F("title_norm")), (StoredColumn(title, BODY_LEAD), 1.0)]
    # A page's entry is keyed by its content type and its id as text; the pages' own is an integer
    page_id = Case(
        When(
            content_type_id__in=get_descendants_content_types_pks(queryset.model),
            then=Cast("object_id", IntegerField()),
        )
    )
    entries = (
        IndexEntry.objects.annotate(_vector_=StoredColumn(title, TITLE_BODY))
        .filter(_vector_=compiler.build_tsquery(compiler.query, config=config))
        .annotate(_page_=page_id, _rank_=compiler._build_rank_expression(vectors, config) if ranked else Value(0.0))
        .values_list("_page_", "_rank_")
    )
    entries_sql, entries_params = entries.query.sql_with_params()
    pages_sql, pages_params = queryset.order_by().values("pk").query.sql_with_params()
    order = "ORDER BY matched._rank_ DESC, pages.pk DESC" if ranked else ""
    sql = (
        f"WITH matched AS MATERIALIZED ({entries_sql}) "  # noqa: S608  (SQL compiled by Django, values bound)
        f"SELECT pages.pk FROM ({pages_sql}) pages JOIN matched ON matched._page_ = pages.pk {order}"
    )
    return sql, (*entries_params, *pages_params)


def ranked_ids(results, queryset):
    """Ids of ``queryset``'s pages that match the search ``results``, best first on title and
    the body's lead. Call within ``index_scans``."""
    sql, params = _matches(results, queryset, ranked=True)
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return [pk for (pk,) in cursor.fetchall()]


def matching(results, queryset):
    """The ids of ``queryset``'s pages that match the search ``results``, as a subquery for
    ``id__in``. Run the query that takes it within ``index_scans``."""
    sql, params = _matches(results, queryset, ranked=False)
    return RawSQL(sql, params)  # noqa: S611  (compiled by Django, values bound)


def rank_fully(results, ids):
    """``ids``, pages of the search ``results`` already known to match, ranked on title and whole
    body. Each page's entry is read by its key, not matched again."""
    compiler = results.query_compiler
    title = F("index_entries__title")
    vectors = [(title, F("index_entries__title_norm")), (F("index_entries__body"), 1.0)]
    rank = compiler._build_rank_expression(vectors, compiler.get_config(results.backend))
    ranked = among(compiler.queryset, ids).annotate(_rank_=rank).order_by("-_rank_", "-pk")
    return list(ranked.values_list("pk", flat=True))


@contextmanager
def index_scans(using="default"):
    """Within, the planner reads the text index rather than every entry, even for a word on
    nearly every page: it does not know that a sequential scan reads each entry's body to match
    it, while the index answers without reading any. Set for this transaction only."""
    connection = connections[using]
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL jit = off")
        yield
        cursor.execute("SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL jit TO DEFAULT")  # an error rolls back instead
