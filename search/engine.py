"""One search, as a plain function: parameters in, results, facet counts and help out.

request → ``params.parse`` → ``run`` (analyse the query, match on the backend, filter and count
facets in SQL, rank, load one page of results) → the template. ``run`` needs no HTTP.
"""

from contextlib import nullcontext
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.utils import translation

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from practices.models import Municipality, MunicipalityVisitPage, PracticePage
from practices.models.base import locale_of

from . import backend, elasticsearch, token_bits
from .analysis import query_words, spelling_suggestions
from .facets import apply_selections, base_pages, count_facets, count_tokens, page_models
from .params import SearchParams
from .ranking import highlight, score

PAGE_SIZE = 10
RERANK_LIMIT = 200  # the backend's best candidates that are ordered here
FULL_RANK_LIMIT = 1000  # the backend's best candidates it ranks on everything it knows


@dataclass
class Result:
    page: object  # the specific page
    summary: str  # highlighted, safe
    language: str


@dataclass
class SearchOutcome:
    params: SearchParams
    page: object  # a Django Paginator page of Result
    total: int
    facets: list
    words: list = field(default_factory=list)
    spelling: list = field(default_factory=list)  # [(suggestion, result count)]
    promotions: list = field(default_factory=list)


def run(params, locale=None, using="default"):
    """Search with ``params`` in ``locale`` (default: the active one) on the backend ``using``."""
    locale = locale or Locale.get_active()
    locales = list(Locale.objects.all()) if params.all_languages else [locale]
    languages = tuple(sorted({loc.language_code for loc in locales}))
    pages = base_pages(locales)
    words = query_words(params.query, languages) if params.query else []
    searcher = backend.backend(using)
    if isinstance(searcher, elasticsearch.SearchBackend):
        total, number, ids, counted = _on_elasticsearch(searcher, params, words, pages, locale)
    else:
        total, number, ids, counted = _on_database(params, words, pages, locale, using)
    page = Paginator(range(total), PAGE_SIZE).page(number)
    page.object_list = _load(ids, words)
    outcome = SearchOutcome(params, page, total, counted, words)
    if params.query:
        outcome.promotions = promotions(params.query)
        if not total:
            outcome.spelling = _spelling(params, pages, locale, using)
    return outcome


def _page_number(params, total):
    return min(params.page, Paginator(range(total), PAGE_SIZE).num_pages)


def _on_database(params, words, pages, locale, using):
    """Match on the backend, count facets in memory, filter and order: (total, page number, the
    page's ids, facet counts).

    Words by relevance take one query: every match, best first, which the filters' bit set then
    narrows in memory (a page's rank does not depend on the other pages); the best are ranked
    again on all the backend knows (``backend.best_first``), then by ``ranking.score``.
    Otherwise the matches are counted, and filtered and ordered in SQL.
    """
    if words and params.sort == "relevance":
        with backend.answering():
            ranked = backend.ranked_ids(pages, words, None, using=using)
            counts, chosen = count_tokens(ranked, params.selected)
        if params.selected:
            ranked = token_bits.keep(ranked, chosen)
        total = len(ranked)
        number = _page_number(params, total)
        start = (number - 1) * PAGE_SIZE
        ids = _best_first(ranked, words, pages, start, using)
        return total, number, ids[start : start + PAGE_SIZE], count_facets(counts, params.selected, locale)
    matching = pages.filter(id__in=backend.matching(pages, words, using=using)) if words else pages
    filtered = apply_selections(matching, params.selected)
    with backend.answering(), backend.index_first(using) if words else nullcontext():
        counts, chosen = count_tokens(matching, params.selected)
        total = chosen.bit_count()
        number = _page_number(params, total)
        start = (number - 1) * PAGE_SIZE
        ids = _ordered_ids(params, filtered, start + PAGE_SIZE)
    return total, number, ids[start : start + PAGE_SIZE], count_facets(counts, params.selected, locale)


def _best_first(ranked, words, pages, start, using):
    """``ranked`` with its head in its final order, as far as the page from ``start`` needs: the
    best ``FULL_RANK_LIMIT`` ranked on everything the backend knows, the best of those by
    ``ranking.score``."""
    if start >= FULL_RANK_LIMIT:
        return ranked
    head = backend.best_first(pages, ranked[:FULL_RANK_LIMIT], words, using=using)
    ids = head + ranked[FULL_RANK_LIMIT:]
    if start >= RERANK_LIMIT:
        return ids
    return _rerank(ids[:RERANK_LIMIT], words) + ids[RERANK_LIMIT:]


def _on_elasticsearch(searcher, params, words, pages, locale):
    """The same on Elasticsearch, in one request: matches, filters, counts and the window."""
    query = backend.text_query(words) if words else None
    number = params.page
    found, ids = _elasticsearch_window(searcher, params, words, pages, query, number)
    if number > _page_number(params, found.total):  # past the last page: show the last
        number = _page_number(params, found.total)
        found, ids = _elasticsearch_window(searcher, params, words, pages, query, number)
    return found.total, number, ids, count_facets(found.counts, params.selected, locale)


def _elasticsearch_window(searcher, params, words, pages, query, number):
    start = min((number - 1) * PAGE_SIZE, elasticsearch.MAX_WINDOW - PAGE_SIZE)
    rerank = query is not None and params.sort == "relevance" and start + PAGE_SIZE <= RERANK_LIMIT
    offset, limit = (0, RERANK_LIMIT) if rerank else (start, PAGE_SIZE)
    with backend.answering():
        found = elasticsearch.search(
            searcher, pages, query, params.selected, offset=offset, limit=limit, sort=params.sort
        )
    if rerank:
        return found, _rerank(found.ids, words)[start : start + PAGE_SIZE]
    return found, found.ids


def _ordered_ids(params, filtered, needed):
    """The first ``needed`` ids of ``filtered`` newest first, or most adopted first."""
    if params.sort == "adopted":
        adoptions = (
            PracticePage.adopted_in.through.objects.filter(practicepage_id=OuterRef("pk"))
            .order_by()
            .values("practicepage_id")
            .annotate(n=Count("*"))
            .values("n")
        )
        filtered = filtered.annotate(adoptions=Coalesce(Subquery(adoptions, output_field=IntegerField()), 0))
        return list(filtered.order_by("-adoptions", "-first_published_at", "-pk").values_list("pk", flat=True)[:needed])
    return list(filtered.order_by("-first_published_at", "-pk").values_list("pk", flat=True)[:needed])


def _rerank(ids, words):
    """``ids`` ordered by ``ranking.score``; the backend's order breaks ties."""
    if not ids:
        return []
    texts = {}
    languages = dict(Page.objects.filter(pk__in=ids).values_list("pk", "locale__language_code"))
    for model in page_models():
        summary = model.summary_field
        for pk, title, text in model.objects.filter(pk__in=ids).values_list("pk", "title", summary):
            kind = _type_name(model, languages.get(pk, "fi"))  # "webinaari" finds webinars
            texts[pk] = {"title": title, "summary": text or "", "related": kind}
    position = {pk: i for i, pk in enumerate(ids)}
    scores = {pk: score(words, texts.get(pk, {}), languages.get(pk, "fi")) for pk in ids}
    return sorted(ids, key=lambda pk: (-scores[pk], position[pk]))


def _type_name(model, language):
    with translation.override(language):
        return f"{model._meta.verbose_name} {model._meta.verbose_name_plural}"


def _load(ids, words):
    """The specific pages of ``ids``, in order, with what their result cards show."""
    pages = {p.pk: p for p in Page.objects.filter(pk__in=ids).specific()}
    practices = [p for p in pages.values() if isinstance(p, PracticePage)]
    prefetch_related_objects(
        practices, Prefetch("municipalities", queryset=Municipality.objects.select_related("region"))
    )
    visits = [p for p in pages.values() if isinstance(p, MunicipalityVisitPage)]
    prefetch_related_objects(
        visits, Prefetch("host_municipality", queryset=Municipality.objects.select_related("region"))
    )
    results = []
    for pk in ids:
        page = pages.get(pk)
        if page is not None:
            page.locale = locale_of(page)  # the specific pages come without their locale
            language = page.locale.language_code
            results.append(Result(page, highlight(page.listing_summary, words, language), language))
    return results


def promotions(query):
    """Editors' promoted results for the query, without storing the query (``Query.get`` would)."""
    stored = Query.objects.filter(query_string=normalise_query_string(query)).first()
    return list(stored.editors_picks.select_related("page")) if stored else []


def _spelling(params, pages, locale, using):
    """ "Did you mean": corrected queries that find something, with how many they find."""
    found = []
    for suggestion in spelling_suggestions(params.query, locale.language_code):
        words = query_words(suggestion, (locale.language_code,))
        with backend.answering(), backend.index_first(using):
            count = pages.filter(id__in=backend.matching(pages, words, using=using)).count()
        if count:
            found.append((suggestion, count))
    return found[:1]
