"""The licence everything published is shared under, stated wherever data leaves the site."""

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "CC BY 4.0"
