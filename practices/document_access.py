"""A document is as private as the pages that show it.

Wagtail protects documents by collection; a document linked only from pages behind a password or
a login would still be public by its address. ``document_visibility`` answers, from the reference
index, whether a request may have the document: yes if a live page without restrictions shows it
(or nothing does: the collection's own privacy decides), else only if the request passes the
restrictions of one page that shows it — the page's password given in this session, or signed in.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, PageViewRestriction, ReferenceIndex


def showing_pages(document):
    """The live pages whose content refers to ``document``."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(document).filter(base_content_type=page_type)
    ids = {int(pk) for pk in references.values_list("object_id", flat=True)}
    return list(Page.objects.live().filter(pk__in=ids)) if ids else []


def restrictions_of(page, restrictions):
    return [r for r in restrictions if page.path.startswith(r.page.path)]


def may_have(document, request):
    """(allowed, the restriction to satisfy when not): see the module's docstring."""
    pages = showing_pages(document)
    if not pages:
        return True, None
    restrictions = list(PageViewRestriction.objects.select_related("page"))
    for page in pages:
        applying = restrictions_of(page, restrictions)
        if all(restriction.accept_request(request) for restriction in applying):
            return True, None
    return False, restrictions_of(pages[0], restrictions)[0]
