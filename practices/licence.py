"""The licence everything published is shared under, and who publishes it: stated in the footer,
the structured data, the API, exports, feeds and the data catalogue."""

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "CC BY 4.0"
PUBLISHER_NAME = "Kulttuuria yhteistuumin"
