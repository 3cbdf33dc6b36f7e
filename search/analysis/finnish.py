"""Finnish: Voikko's morphological analysis, with Snowball's stemmer as the fallback.

Voikko undoes consonant gradation (pöydillä → pöytä), -s/-us/-nen stems (yhdistyksen →
yhdistys), plural -j-, cases, possessive suffixes and clitics (-kin, -kaan), and tells the
parts of a compound (kumppanuuspöytä → kumppanuus + pöytä). A word it does not know is stemmed
with Snowball, on both the index and the query side, so they still meet.

Voikko needs Debian's ``libvoikko1`` and ``voikko-fi``; without them every word is stemmed.
A Voikko handle must not be used from two threads at once: each thread gets its own.
"""

import logging
import re
import threading
from functools import cache

import snowballstemmer

logger = logging.getLogger(__name__)
_local = threading.local()
WORDBASE = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")


def _voikko():
    """This thread's Voikko, or None when the library or the Finnish dictionary is missing."""
    if not hasattr(_local, "voikko"):
        _local.voikko = _open_voikko()
    return _local.voikko


def _open_voikko():
    try:
        from libvoikko import Voikko

        return Voikko("fi")
    except (ImportError, OSError, Exception) as error:  # libvoikko raises a bare VoikkoException
        logger.warning("Voikko is not available, Finnish search uses plain stemming: %s", error)
        return None


@cache
def _stemmer():
    return snowballstemmer.stemmer("finnish")


def analyse(word):
    """(base forms, compound parts) of a lowercase Finnish word."""
    voikko = _voikko()
    analyses = voikko.analyze(word) if voikko is not None else []
    if not analyses:
        stem = _stemmer().stemWord(word)
        return ([stem] if stem != word else []), []
    bases, parts = [], []
    for analysis in analyses:
        base = analysis.get("BASEFORM", "").lower()
        if base and base not in bases:
            bases.append(base)
        parts += compound_parts(analysis)
    return bases, parts


def compound_parts(analysis):
    """The base forms of a compound's parts from Voikko's WORDBASES; [] for a simple word.

    ``+kumppanuus(kumppanuus)+pöytä(pöytä)`` → kumppanuus, pöytä. A derivational suffix
    (``+ys(+ys)``) or a bare linking segment belongs to the part before it, so
    ``+kulttuuri(kulttuuri)+yhdist(yhdistää)+ys(+ys)`` → kulttuuri, yhdistys; the last part is
    read off the word's base form, which carries its inflection undone. A compound of three or
    more parts also gives its shorter heads: kulttuurikumppanuuspöytä → kumppanuuspöytä too.
    """
    groups = []
    for surface, base in WORDBASE.findall(analysis.get("WORDBASES", "")):
        if surface in ("", "-"):
            continue
        if (not base or base.startswith("+")) and groups:
            groups[-1] = (groups[-1][0] + surface, None)
        else:
            groups.append((surface, base or surface))
    if len(groups) < 2:
        return []
    parts, tails, consumed = [], [], 0
    baseform = analysis.get("BASEFORM", "").lower()
    for i, (surface, base) in enumerate(groups):
        if i == len(groups) - 1:
            parts.append(baseform[consumed:].lstrip("-") if base is None else base)
        else:
            parts.append(base if base is not None else surface)
            consumed += len(surface)
            if 0 < i:
                tails.append(baseform[consumed - len(surface) :].lstrip("-"))
    return [p.lower() for p in parts + tails if p]


def is_known(word):
    voikko = _voikko()
    return voikko is None or voikko.spell(word)


def suggest(word):
    voikko = _voikko()
    return voikko.suggest(word) if voikko is not None else []


def status():
    if _voikko() is None:
        return False, "Snowball only: Voikko (libvoikko1, voikko-fi) is not installed"
    return True, "Voikko"
