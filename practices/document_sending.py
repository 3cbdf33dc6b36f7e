"""Sending an allowed document through the web server in front (``SENDFILE_BACKEND``).

With ``DOCUMENTS_ACCEL_REDIRECT`` set (``/protected-documents/``, an ``internal`` location of
nginx aliased to ``MEDIA_ROOT/documents/``; ``deploy/nginx-site.conf``), Wagtail's document view
answers with an ``X-Accel-Redirect`` header once its privacy checks pass, and nginx sends the file,
byte ranges included, without a Python worker streaming it.
"""

import os
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


def sendfile(request, filename, **kwargs):
    documents = os.path.join(settings.MEDIA_ROOT, "documents")
    relative = os.path.relpath(filename, documents)
    if relative.startswith(".."):  # not a document: never hand nginx a path outside its alias
        raise ValueError(f"{filename} is not under {documents}")
    response = HttpResponse()
    response["X-Accel-Redirect"] = settings.DOCUMENTS_ACCEL_REDIRECT + quote(relative.replace(os.sep, "/"))
    return response
