"""The one practice builder: validated records in, ``PracticePage``s out.

``import_practices``, ``generate_practices`` and ``seed_demo`` call ``build_practices`` (many
records, one transaction); the nomination-to-draft action and owner updates call
``build_practice`` (one record, as an editor in the admin would make it). Records are validated
with ``PracticeSchema`` first, so nothing is half-built from a bad record.

Every path leaves what Wagtail's own create and publish leave: a revision, the history's log
entries ("created", "published") and the ``page_published`` signal that cache purging listens
to; ``build_practice`` goes through ``save_revision`` and ``publish`` themselves, the batch
paths write the same rows without saving each page three times and announce the pages once
they are committed and indexed in bulk.
"""

from collections import Counter
from contextlib import contextmanager

from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.signals import page_published

from .models import Municipality, PracticeContact, PracticeIndexPage, PracticePage, PracticeRelatedPage
from .schema import CONTENT_FIELDS, SECTION_FIELDS, RecordInvalid
from .vocabularies import VOCABULARIES


def text_to_rich_text(text):
    """Plain text (paragraphs split by blank lines) to escaped rich-text HTML."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join("<p>{}</p>".format(escape(p).replace("\n", "<br/>")) for p in paragraphs)


class PracticeBuilder:
    """Builds pages from cleaned records; loads reference data once for many records."""

    def __init__(self):
        self.municipalities = {m.code: m for m in Municipality.objects.all()}
        self.terms = {v.key: {t.slug: t for t in v.source_terms()} for v in VOCABULARIES}
        self._indexes = {}
        self._slugs = {}

    def index_for(self, language_code):
        if language_code not in self._indexes:
            index = PracticeIndexPage.objects.filter(locale__language_code=language_code).first()
            if index is None:
                raise RecordInvalid({"locale": _("There is no practice index page in this language yet.")})
            self._indexes[language_code] = index
            self._slugs[language_code] = set(index.get_children().values_list("slug", flat=True))
        return self._indexes[language_code]

    def unique_slug(self, language_code, slug):
        taken = self._slugs[language_code]
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug[:75]}-{n}"
        taken.add(candidate)
        return candidate

    def build(self, record, *, publish=True):
        """Create one practice page under its locale's index; returns the page.

        ``add_child`` logs "created" (as in the admin); the revision is recorded directly.
        """
        page = self.prepare(record, publish=publish)
        self.index_for(record["locale"]).add_child(instance=page)
        self.record_revision(page, publish)
        return page

    def build_as_editor(self, record, *, user=None, publish=False):
        """Create one page exactly as the admin's create view does: ``add_child``, then
        ``save_revision`` (and ``publish``) by ``user``, with their log entries and signals."""
        page = self.prepare(record, publish=False)
        page.owner = user
        self.index_for(record["locale"]).add_child(instance=page)
        revision = page.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
            page.refresh_from_db()
        return page

    def prepare(self, record, *, publish=True):
        """The unsaved page of ``record``, its relations held in memory."""
        language = record["locale"]
        self.index_for(language)
        page = PracticePage(
            slug=self.unique_slug(language, record["slug"]),
            scope=record["scope"],
            links=[("link", link) for link in record["links"]],
            last_reviewed=record["review"].get("last_reviewed"),
            review_interval_months=record["review"].get("interval_months", 12),
            review_owner_email=record["review"].get("owner_email", ""),
            live=False,
        )
        self.assign(page, record, CONTENT_FIELDS)
        page.adopted_in = [self.municipalities[code] for code in record["adopted_in"]]
        page.contacts = [PracticeContact(**contact, sort_order=n) for n, contact in enumerate(record["contacts"])]
        if publish:
            now = timezone.now()
            page.live, page.has_unpublished_changes = True, False
            page.first_published_at = page.last_published_at = now
        return page

    def assign(self, page, record, names):
        """Set the content fields ``names`` of ``page`` (new, or a revision of an existing one)
        from the cleaned ``record``; sections are plain text made into paragraphs."""
        for name in names:
            value = record[name]
            if name in SECTION_FIELDS:
                setattr(page, name, text_to_rich_text(value))
            elif name == "municipalities":
                page.main_municipality = self.municipalities[value[0]]
                page.municipalities = [self.municipalities[code] for code in value]
            elif name in self.terms:
                setattr(page, name, [self.terms[name][slug] for slug in value])
            elif name == "tags":
                page.tags.set(value)
            else:
                setattr(page, name, value)

    @staticmethod
    def record_revision(page, publish):
        """Store the page as its first revision (and live revision) without saving it again.

        ``add_child`` has already written exactly this content; going through
        ``save_revision().publish()`` would save the page twice more for nothing.
        """
        revision = Revision.objects.create(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            content=page.serializable_data(),
            object_str=str(page),
        )
        fields = {"latest_revision": revision, "latest_revision_created_at": revision.created_at}
        if publish:
            fields["live_revision"] = revision
        type(page).objects.filter(pk=page.pk).update(**fields)
        for name, value in fields.items():
            setattr(page, name, value)
        if publish:
            log(instance=page, action="wagtail.publish", revision=revision, content_changed=True)

    def link_related(self, page, slugs, batch):
        """Point ``page`` at the practices with ``slugs``: pages of this batch (by the slug
        their record asked for) first, then practices already in its language tree."""
        if not slugs:
            return
        targets = {slug: batch[slug].pk for slug in slugs if slug in batch}
        rest = [s for s in slugs if s not in targets]
        if rest:
            siblings = PracticePage.objects.sibling_of(page, inclusive=False).filter(slug__in=rest)
            targets.update(siblings.values_list("slug", "pk"))
        missing = [s for s in slugs if s not in targets]
        if missing:
            raise RecordInvalid({"related": _("Unknown practice: %(slug)s.") % {"slug": ", ".join(missing)}})
        page.related_links = [PracticeRelatedPage(target_id=targets[s]) for s in slugs]
        page.save()
        Revision.objects.filter(pk=page.latest_revision_id).update(content=page.serializable_data())


def build_practices(records, *, publish=True, progress=None, bulk=False, index_progress=None):
    """Build all cleaned ``records`` in one transaction; all or nothing.

    ``progress(done, total)`` is called after each page, ``index_progress(done, total)`` after
    each batch indexed. Related links are resolved after
    every page exists, so records may refer to each other. The search index is updated in
    bulk once the transaction has committed.

    ``bulk=True`` writes the pages a batch at a time (``BulkWriter``), some fifteen times
    faster, without the admin's history entries and reference index: for generated data.
    """
    builder = PracticeBuilder()
    pages = []
    with post_save_deferred(post_save_signal_handler, PracticePage), transaction.atomic():
        if bulk:
            pages = BulkWriter(builder).write(records, publish=publish, progress=progress)
        else:
            for n, record in enumerate(records, start=1):
                pages.append(builder.build(record, publish=publish))
                if progress:
                    progress(n, len(records))
        batch = {}  # language -> {slug the record asked for -> page}
        for page, record in zip(pages, records, strict=True):
            batch.setdefault(record["locale"], {}).setdefault(record["slug"], page)
        for page, record in zip(pages, records, strict=True):
            builder.link_related(page, record["related"], batch[record["locale"]])
    try:
        index_in_bulk(PracticePage, [page.pk for page in pages], progress=index_progress)
    except Exception as error:  # the pages are committed: say so, whatever the search backend raised
        raise IndexingFailed(pages, error) from error
    if publish:
        announce_published(pages)
    return pages


class IndexingFailed(Exception):
    """The pages were written and committed, but the search index could not be updated."""

    def __init__(self, pages, error):
        super().__init__(str(error))
        self.pages = pages
        self.error = error


def announce_published(pages):
    """Send ``page_published`` for pages a batch load published, once they are committed and
    indexed: cache purging hears of them as of an editor's publish. ``indexed=True`` tells
    receivers that keep the search index that the bulk indexing has done their work."""
    for page in pages:
        page_published.send(sender=type(page), instance=page, revision=page.live_revision, indexed=True)


def build_practice(record, *, user=None, publish=False):
    """One cleaned ``record`` as a page made by ``user`` in the admin (a draft unless
    ``publish``): revisions, history and signals as Wagtail's own create view leaves them."""
    with transaction.atomic():
        return PracticeBuilder().build_as_editor(record, user=user, publish=publish)


class BulkWriter:
    """Writes prepared pages a batch at a time: tree paths computed here, one INSERT per
    table and page, then every relation and revision of the batch in one INSERT each.

    ``Page.save`` validates, and each many-to-many and child relation is committed row by
    row; records have been validated by the schema already, so that work is skipped.
    """

    def __init__(self, builder, batch_size=500):
        self.builder = builder
        self.batch_size = batch_size
        self._last_step = {}  # index page pk -> step of its last child in the tree path

    def write(self, records, *, publish=True, progress=None):
        pages = []
        with post_save_deferred(update_reference_index_on_save, PracticePage):
            for start in range(0, len(records), self.batch_size):
                batch = [self.builder.prepare(r, publish=publish) for r in records[start : start + self.batch_size]]
                self.write_batch(batch, [r["locale"] for r in records[start : start + self.batch_size]], publish)
                pages += batch
                if progress:
                    progress(len(pages), len(records))
        return pages

    def write_batch(self, pages, languages, publish):
        added = Counter()
        for page, language in zip(pages, languages, strict=True):
            index = self.builder.index_for(language)
            page.depth, page.path, page.numchild = index.depth + 1, self.next_path(index), 0
            page.locale_id, page.draft_title = index.locale_id, page.title
            page.set_url_path(index)
            page.save_base()
            added[index] += 1
        for field in get_all_child_m2m_relations(PracticePage):
            through = field.remote_field.through
            own, other = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
            rows = [through(**{own: p.pk, other: t.pk}) for p in pages for t in getattr(p, field.name).all()]
            through.objects.bulk_create(rows, batch_size=1000)
        for relation in get_all_child_relations(PracticePage):
            rows = []
            for page in pages:
                for row in getattr(page, relation.get_accessor_name()).all():
                    setattr(row, relation.field.name, page)
                    rows.append(row)
            relation.related_model.objects.bulk_create(rows, batch_size=1000)
        self.record_revisions(pages, publish)
        for index, n in added.items():
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + n)
            index.numchild += n

    def next_path(self, index):
        if index.pk not in self._last_step:
            last = index.get_last_child()
            self._last_step[index.pk] = last._get_lastpos_in_path() if last else 0
        self._last_step[index.pk] += 1
        return Page._get_path(index.path, index.depth + 1, self._last_step[index.pk])

    @staticmethod
    def record_revisions(pages, publish):
        """Each page's first revision (its live one when published), as ``record_revision``."""
        now = timezone.now()
        revisions = Revision.objects.bulk_create(
            Revision(
                created_at=now,
                content_object=page,
                base_content_type=page.get_base_content_type(),
                content=page.serializable_data(),
                object_str=str(page),
            )
            for page in pages
        )
        fields = ["latest_revision", "latest_revision_created_at"] + (["live_revision"] if publish else [])
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision, page.latest_revision_created_at = revision, revision.created_at
            if publish:
                page.live_revision = revision
        PracticePage.objects.bulk_update(pages, fields, batch_size=1000)
        actions = ["wagtail.create"] + (["wagtail.publish"] if publish else [])
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                page=page,
                content_type_id=page.content_type_id,
                label=page.get_admin_display_title(),
                action=action,
                timestamp=now,
                revision=None if action == "wagtail.create" else revision,
                content_changed=True,
            )
            for page, revision in zip(pages, revisions, strict=True)
            for action in actions
        )


@contextmanager
def post_save_deferred(handler, model):
    """Stop ``handler`` from running on saves of ``model`` (for bulk loads, which do its work
    in bulk afterwards or, for Wagtail's reference index, not at all)."""
    post_save.disconnect(handler, sender=model)
    try:
        yield
    finally:
        post_save.connect(handler, sender=model)


def index_in_bulk(model, pks, chunk_size=500, progress=None):
    for start in range(0, len(pks), chunk_size):
        objects = list(model.get_indexed_objects().filter(pk__in=pks[start : start + chunk_size]))
        for backend in get_search_backends():
            backend.add_bulk(model, objects)
        if progress:
            progress(start + len(objects), len(pks))
