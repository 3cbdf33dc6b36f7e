"""Date formats where Django's differ from how the site writes dates (``FORMAT_MODULE_PATH``):
a date in Finnish with numbers, as in the date ranges ("10.2.2027"); in English the British way
("10 February 2027"). Swedish keeps Django's ("10 februari 2027")."""
