"""makemessages without fuzzy guesses: a changed msgid becomes plainly untranslated.

Fuzzy entries are left out of compiled catalogues (the English source would show) and the
completeness test would flag them anyway; an honest empty msgstr is easier to spot.
"""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
