"""``demo_loaded`` lets other apps add their part of the demo without ``practices`` knowing them.

Sent at the end of ``seed_demo`` with the loader (``loader.created`` counts what was made) and
``homes`` ({language code: HomePage}); receivers must be idempotent like the loader.
"""

from django.dispatch import Signal

demo_loaded = Signal()
