"""Each facet token's pages as a bit set, for counting facets in memory on the database backends.

Counting in SQL groups every token row of every match: for a word on nearly every page that is
200,000 rows at 10,000 practices, each time. Here the ``FacetToken`` table is read once into
one Python integer per token (bit *n* set: page *n* has the token), kept in the process until a
page's tokens are written again (``changed``, called by the index in ``search.database``), so a
search only fetches its matches' ids and counts with ``&`` and ``int.bit_count``.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

from .models import FacetToken

VERSION = "kbsearch:token-bits-version"
_held = None  # (version, TokenBits) in this process; a new version replaces it


class TokenBits:
    def __init__(self, rows):
        buffers = {}
        for token, pk in rows:
            buffer = buffers.get(token)
            if buffer is None:
                buffer = buffers[token] = bytearray()
            _set(buffer, pk)
        self.tokens = [(*token.split(":", 1), int.from_bytes(b, "little")) for token, b in buffers.items()]
        self.by_token = {f"{param}:{value}": bits for param, value, bits in self.tokens}

    def any_of(self, param, values):
        """The pages with one of ``values`` of the facet ``param``."""
        bits = 0
        for value in values:
            bits |= self.by_token.get(f"{param}:{value}", 0)
        return bits


def bits_of(pks):
    """A bit set of the page ids ``pks``."""
    buffer = bytearray()
    for pk in pks:
        _set(buffer, pk)
    return int.from_bytes(buffer, "little")


def keep(pks, bits):
    """The ids of ``pks`` that are in the bit set ``bits``, in order (read byte by byte: shifting
    a bit set of 50,000 pages once per id costs five times as much)."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    size = len(data)
    return [pk for pk in pks if (pk >> 3) < size and data[pk >> 3] >> (pk & 7) & 1]


def _set(buffer, pk):
    byte = pk >> 3
    if byte >= len(buffer):
        buffer.extend(bytes(byte - len(buffer) + 1))
    buffer[byte] |= 1 << (pk & 7)


def token_bits():
    """Every facet token's pages, read from the database once per version of the tokens."""
    global _held
    version = cache.get(VERSION) or _bump()
    held = _held
    if held is None or held[0] != version:
        rows = FacetToken.objects.order_by().values_list("token", "page_id").iterator(chunk_size=20_000)
        held = _held = (version, TokenBits(rows))
    return held[1]


def _bump():
    version = uuid.uuid4().hex[:12]
    cache.set(VERSION, version, timeout=None)
    return version


def changed():
    """Tokens were written: a new version now and again once committed (a reader between the
    two would otherwise keep the old tokens under the new version)."""
    _bump()
    transaction.on_commit(_bump)
