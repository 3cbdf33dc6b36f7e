"""One step from a nomination to a draft practice in moderation.

The nomination's record goes through the one practice schema again (a vocabulary term may have
been removed since it arrived) and then through the one practice builder, as the editor who
pressed the button; the submitter becomes the practice's contact (public only with their
consent) and its review owner; attached files become documents in a collection only logged-in
editors can open. The draft is then submitted to the page's moderation workflow.
"""

from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from practices.builder import build_practice
from practices.schema import PracticeSchema, RecordInvalid

from .models import Nomination

ATTACHMENT_COLLECTION = "Nominations' attachments"


class CannotDraft(Exception):
    """The nomination cannot become a draft; the message says why, for the editor."""


def practice_record(nomination):
    """The nomination as a practice record for the schema: what was sent, with the submitter
    as contact and review owner."""
    record = {key: value for key, value in nomination.record.items() if key in PracticeSchema.fields}
    submitter = {
        "name": nomination.submitter_name,
        "title": nomination.submitter_role,
        "organisation": nomination.submitter_organisation,
        "email": nomination.submitter_email,
        "publish_consent": nomination.publish_contact,
    }
    record["contacts"] = [submitter] if nomination.submitter_name else []
    record["review"] = {"owner_email": nomination.submitter_email} if nomination.submitter_email else {}
    record["related"] = []
    record["locale"] = nomination.locale.language_code
    return record


def attachment_collection():
    """The collection nominations' files go to: visible only to logged-in users (editors)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=ATTACHMENT_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=ATTACHMENT_COLLECTION)
    CollectionViewRestriction.objects.get_or_create(
        collection=collection, defaults={"restriction_type": CollectionViewRestriction.LOGIN}
    )
    return collection


def attachments_as_documents(nomination, user):
    """Each attached file as a Wagtail document in the restricted collection."""
    if not nomination.attachments.exists():
        return []
    Document = get_document_model()
    collection = attachment_collection()
    documents = []
    for attachment in nomination.attachments.all():
        with attachment.file.open("rb") as handle:
            document = Document(title=attachment.name[:255], collection=collection, uploaded_by_user=user)
            document.file.save(attachment.name, File(handle), save=False)
            document.file_size = attachment.size
            document.save()
        documents.append(document)
    return documents


@transaction.atomic
def draft_from_nomination(nomination, user):
    """Create the draft practice of ``nomination`` and submit it to moderation; returns the page.

    Raises ``CannotDraft`` when the nomination already has a page or no longer validates.
    """
    nomination = Nomination.objects.select_for_update().select_related("locale").get(pk=nomination.pk)
    if nomination.practice_id:
        raise CannotDraft(_("This nomination already has a practice page."))
    try:
        record = PracticeSchema().validate(practice_record(nomination))
    except RecordInvalid as invalid:
        raise CannotDraft(
            _("The nomination no longer fits the practice schema: %(errors)s") % {"errors": invalid}
        ) from None
    page = build_practice(record, user=user, publish=False)
    documents = attachments_as_documents(nomination, user)
    if documents:
        page.attachments = [("document", {"document": document, "title": document.title}) for document in documents]
        page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    nomination.practice = page
    nomination.status = Nomination.Status.ACCEPTED
    nomination.updated_at = timezone.now()
    nomination.save(update_fields=["practice", "status", "updated_at"])
    return page
