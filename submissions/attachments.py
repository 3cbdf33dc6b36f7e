"""Files sent with a submission: checked by their content, never by their name, and kept
server-side between attempts so that a validation error does not lose them.

Allowed: PDF, photos (JPEG, PNG, GIF, WebP) and office documents (Word, Excel, PowerPoint and
their OpenDocument kin). Nothing executable, no SVG, no HTML: ``filetype`` reads the first bytes.
"""

import filetype

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .models.nomination import NominationAttachment

ALLOWED = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
ALLOWED_NAMES = "PDF, JPEG, PNG, GIF, WebP, Word, Excel, PowerPoint, OpenDocument"


def content_type_of(upload):
    """The MIME type the file's bytes show, if it is one we accept; else ``None``."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    return ALLOWED.get(kind.extension) if kind else None


def check(upload):
    """Raise ``ValidationError`` (naming the file) unless ``upload`` may be kept."""
    name = upload.name[:120]
    limit = settings.SUBMISSIONS_ATTACHMENT_MAX_MB * 1024 * 1024
    if upload.size > limit:
        raise ValidationError(
            _("%(name)s is too large (%(size)s); a file may be at most %(limit)s.")
            % {"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    if not upload.size:
        raise ValidationError(_("%(name)s is empty.") % {"name": name})
    content_type = content_type_of(upload)
    if content_type is None:
        raise ValidationError(
            _("%(name)s is not a file type we accept. Send %(types)s files.") % {"name": name, "types": ALLOWED_NAMES}
        )
    return content_type


def keep(uploads, draft_key, already):
    """Store the acceptable ``uploads`` for the form session ``draft_key``: (kept, errors).

    ``already`` is how many files the session holds; at most
    ``SUBMISSIONS_ATTACHMENT_MAX_COUNT`` in all.
    """
    kept, errors = [], []
    room = settings.SUBMISSIONS_ATTACHMENT_MAX_COUNT - already
    for upload in uploads:
        try:
            content_type = check(upload)
        except ValidationError as error:
            errors += error.messages
            continue
        if room <= 0:
            errors.append(
                _("%(name)s was not kept: at most %(count)d files can be sent.")
                % {"name": upload.name[:120], "count": settings.SUBMISSIONS_ATTACHMENT_MAX_COUNT}
            )
            continue
        attachment = NominationAttachment(
            draft_key=draft_key, name=upload.name[:255], content_type=content_type, size=upload.size
        )
        attachment.file.save(upload.name, upload, save=False)
        attachment.save()
        kept.append(attachment)
        room -= 1
    return kept, errors


def drafts(draft_key):
    """The files a form session has kept and not yet sent."""
    if not draft_key:
        return NominationAttachment.objects.none()
    return NominationAttachment.objects.filter(draft_key=draft_key, nomination__isnull=True)
