"""The demo's webinar recordings as Wagtail documents, with their chapters and transcript.

The files are in ``media/`` beside this module, built by ``scripts/build_demo_recording.py``
(CC0; see ``media/README.md``): ``NAME.webm``, ``NAME.fi.vtt``, ``NAME.chapters.json`` and
``NAME.transcript.txt``. The documents go to a public collection; seeding again reuses them.
"""

import json
from pathlib import Path

from django.core.files import File

from wagtail.documents import get_document_model
from wagtail.models import Collection

MEDIA = Path(__file__).resolve().parent / "media"
COLLECTION = "Webinaaritallenteet"


def public_collection():
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=COLLECTION).first()
    return found or root.add_child(name=COLLECTION)


def document(collection, title, path):
    Document = get_document_model()
    existing = Document.objects.filter(collection=collection, title=title).first()
    if existing:
        return existing
    made = Document(title=title, collection=collection)
    with path.open("rb") as handle:
        made.file.save(path.name, File(handle), save=False)
    made.file_size = path.stat().st_size
    made.save()
    return made


def recording(name, title):
    """(recording document, captions document, chapters, transcript) of the recording ``name``."""
    collection = public_collection()
    video = document(collection, f"{title} – tallenne", MEDIA / f"{name}.webm")
    captions = document(collection, f"{title} – tekstitys", MEDIA / f"{name}.fi.vtt")
    chapters = json.loads((MEDIA / f"{name}.chapters.json").read_text(encoding="utf-8"))
    transcript = (MEDIA / f"{name}.transcript.txt").read_text(encoding="utf-8").strip()
    return video, captions, chapters, transcript
