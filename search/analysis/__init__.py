"""The one text analysis: the same functions turn page text into index terms and a query into
the forms to look for, on every search backend.

- Finnish: Voikko's base forms and compound parts (``finnish``); Snowball's stemmer for words
  Voikko does not know, and for everything when Voikko is not installed.
- Swedish: simplemma's lemmas and a dictionary split of compounds (``swedish``).
- English: Snowball's stemmer (``english``).

Index text is plain lowercase words separated by spaces (letters and digits only), so every
backend's own tokenizer (SQLite FTS5, PostgreSQL ``simple``, Elasticsearch ``standard``) keeps
each term whole. A query word matches when one of its forms is among a page's terms: the query
is not split into compound parts, the pages are, so "yhdistys" finds "kulttuuriyhdistysten".
"""

from .analyser import (
    LANGUAGES,
    Analysis,
    analyse_word,
    index_terms,
    index_text,
    query_words,
    spelling_suggestions,
    status,
    tokens,
)

__all__ = [
    "LANGUAGES",
    "Analysis",
    "analyse_word",
    "index_terms",
    "index_text",
    "query_words",
    "spelling_suggestions",
    "status",
    "tokens",
]
