"""Byte ranges for documents, so a browser can seek in a webinar recording.

Wagtail's document view sends the whole file with a 200 whatever the ``Range`` header asks. A
request with one range (``bytes=START-END``, ``bytes=START-`` or ``bytes=-LAST``) gets a 206 with
just those bytes; a range past the end gets a 416; several ranges, or none, are left to Wagtail.
It runs after the privacy checks (``before_serve_document``, late order). Wagtail takes only a
plain ``HttpResponse`` from that hook, so a response carries at most ``MAX_PART`` bytes; a longer
or open-ended range is answered with its first ``MAX_PART`` bytes, which HTTP allows, and the
browser asks for the next part as it plays.
"""

import re

from django.http import HttpResponse

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
MAX_PART = 2 * 1024 * 1024


def requested_range(header, size):
    """(first byte, last byte) of a single-range header; None to leave it; "unsatisfiable"."""
    match = RANGE.match(header.strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":
        length = int(last)
        if length == 0:
            return "unsatisfiable"
        return max(size - length, 0), size - 1
    first = int(first)
    last = min(int(last), size - 1) if last else size - 1
    if first >= size or last < first:
        return "unsatisfiable"
    return first, last


def read(document, first, last):
    with document.file.open("rb") as handle:
        handle.seek(first)
        return handle.read(last - first + 1)


def ranged_response(document, header):
    size = document.file.size
    wanted = requested_range(header, size)
    if wanted is None:
        return None
    if wanted == "unsatisfiable":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    first, last = wanted
    last = min(last, first + MAX_PART - 1)
    response = HttpResponse(read(document, first, last), status=206, content_type=document.content_type)
    response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Content-Length"] = str(last - first + 1)
    response["Accept-Ranges"] = "bytes"
    response["Content-Disposition"] = document.content_disposition
    response["Content-Security-Policy"] = "default-src 'none'"  # as Wagtail's own document responses
    response["X-Content-Type-Options"] = "nosniff"
    return response
