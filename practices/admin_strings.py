"""Wagtail's and wagtail-localize's admin strings that their Finnish and Swedish catalogues miss.

Listed here so that ``make messages`` keeps them in the project's catalogues (``locale/``), whose
translations win over the apps' own (LOCALE_PATHS come first). Nothing imports this module; it
only marks the strings. The JavaScript strings are in ``locale/*/LC_MESSAGES/djangojs.po``.
``tests/knowledgebank/test_admin_language.py`` finds any admin string still in English.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

ADMIN_STRINGS = [
    gettext_noop("A network error occurred"),
    gettext_noop("Actions (footer)"),
    gettext_noop("Add or show comments"),
    gettext_noop("Application"),
    gettext_noop("Autosave is paused"),
    gettext_noop("Checks"),
    gettext_noop("Close dialog"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Content metrics"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("Edit account avatar"),
    gettext_noop("Go to the first error"),
    gettext_noop("How we calculate our metrics"),
    gettext_noop("Once live anyone can view"),
    gettext_noop("Readability"),
    gettext_noop("Saved"),
    gettext_noop("Schedule to publish"),
    gettext_noop("Search all pages…"),
    gettext_noop("Section"),
    gettext_noop("Show issue"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Sort menu order"),
    gettext_noop("Text editing"),
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("There are validation errors, click save to highlight them."),
    gettext_noop("This data explained"),
    gettext_noop('This publishing schedule will only take effect after you select the "Schedule to publish" option'),
    gettext_noop("To be created by %(user)s"),
    gettext_noop("Toggle checks"),
    gettext_noop("Toggle comments"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Toggle preview"),
    gettext_noop("Toggle section"),
    gettext_noop("Toggle status"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to view the last saved version."
    ),
    gettext_noop("View latest version"),
    gettext_noop("Wagtail %(current_version)s editor guide"),
    gettext_noop("We calculate reading time from word count, using different reading speeds for different languages."),
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate the number of words."
    ),
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."
    ),
    gettext_noop("account"),
    gettext_noop("Locales"),
    gettext_noop("Submit to %(workflow_name)s"),
    gettext_noop("Publish in %(locale)s"),
    gettext_noop("Dummy translator"),
    gettext_noop("Sync translated %(model_name)s"),
    gettext_noop("Start Synced translation"),
    gettext_noop("The {model_name} '{object}' was successfully submitted for translation into {locales}"),
    gettext_noop("Translated with {tool_name} on {date}"),
    gettext_noop("This locale cannot be synced into itself."),
    gettext_noop("Synchronise content from another locale"),
    gettext_noop(
        "Choose a locale to synchronise content from. Any existing and future content authored in the selected locale will be automatically copied to this one."
    ),
    gettext_noop("<{}> tag is not allowed. Strings can only contain standard HTML inline tags (such as <b>, <a>)"),
    gettext_noop("Strings cannot have any HTML tags with attributes (except for 'id' in <a> tags)"),
    gettext_noop("Unrecognised id found in an <a> tag: {}"),
    gettext_noop("Convert to alias %(title)s"),
    gettext_noop("Convert to alias"),
    gettext_noop(
        "Are you sure you want to convert this page into an alias? This will overwrite the content of the page with the content of '%(source_page_title)s' (%(source_page_locale)s)"
    ),
    gettext_noop("No, leave it as a page"),
    gettext_noop(
        'This page hasn\'t been translated yet. It is mirroring the <a href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.'
    ),
    gettext_noop("Translation of %(instance)s into %(locale)s"),
    gettext_noop(
        "Changes are not automatically applied between translated pages. Syncing will add new content for translation and remove deleted content."
    ),
    gettext_noop("The last sync date was %(last_sync_date)s. You are about to sync the following:"),
    gettext_noop("Page '{}' has been converted into an alias."),
    gettext_noop(
        "New validation errors were found when publishing '{object}' in {locale}. Please fix them or click publish again to ignore these translations for now."
    ),
    gettext_noop("Published '{object}' in {locale} with missing translations - see below."),
    gettext_noop("Published '{object}' in {locale}."),
    gettext_noop(
        "The data model for '{model_name}' has been changed since the last translation sync. If any new fields have been added recently, these may not be visible until the next translation sync."
    ),
    gettext_noop("Cannot import PO file that was created for a different translation."),
    gettext_noop("Successfully translated with {}."),
    gettext_noop("Source title"),
    gettext_noop("The page '{page_title}' was successfully submitted for translation into {locales}"),
    gettext_noop(
        'Apply the updates and publish immediately. The changes will use the original language until translated unless you also select "Use machine translation".'
    ),
    gettext_noop("Use machine translation"),
    gettext_noop("Apply machine translations to the incoming changes."),
    gettext_noop(
        "Apply the updates and publish immediately. The changes will use the original language until translated."
    ),
    gettext_noop("Successfully updated translations for '{object}'"),
    gettext_noop("Sync translated snippets"),
    gettext_noop("Sync translations of '%(title)s'"),
    gettext_noop("Convert page to alias"),
    gettext_noop("Converted page '%(title)s' to an alias of the translation source page '%(source_title)s'"),
    gettext_noop("Converted page to an alias of the translation source page"),
    gettext_noop("Wagtail locales (Wagtail Localize version)"),
    gettext_noop("Locale"),
    gettext_noop("Locale: "),
    gettext_noop("locale"),
    gettext_noop("%(locales_count)s locales"),
    gettext_noop("Add a locale"),
    gettext_noop("Add locale"),
    gettext_noop("Are you sure you want to delete this locale?"),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("Delete locale"),
    gettext_noop("Locale '%(object)s' created."),
    gettext_noop("Locale '%(object)s' deleted."),
    gettext_noop("Locale '%(object)s' updated."),
    gettext_noop("Locale '{0}' created."),
    gettext_noop("Locale '{0}' deleted."),
    gettext_noop("Locale '{0}' updated."),
    gettext_noop("Switch locales"),
    gettext_noop("The locale could not be saved due to errors."),
    gettext_noop("This locale cannot be deleted because there are no other locales."),
    gettext_noop(
        "This locale's current language code is not supported. Please choose a new language or delete this locale."
    ),
    gettext_noop("This locale's language code is not supported"),
    gettext_noop("Wagtail locales"),
    gettext_noop("{} locales"),
    gettext_noop("Copied for translation from %(title)s (%(locale)s)"),
    gettext_noop("Successfully created %(locales)s for %(model_name)s '%(object)s'"),
    gettext_noop("The page '%(page_title)s' was successfully created in %(locales)s"),
]

ADMIN_PLURALS = [
    ngettext_lazy("%(num_pages)d page", "%(num_pages)d pages", 1),
    ngettext_lazy("%(num_parent_objects)d page", "%(num_parent_objects)d pages", 1),
    ngettext_lazy("Include subtree ({} page)", "Include subtree ({} pages)", 1),
    ngettext_lazy(
        "A locale is disabled because a parent page is not translated.",
        "Some locales are disabled because some parent pages are not translated.",
        1,
    ),
]
