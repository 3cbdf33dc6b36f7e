"""The one privacy rule: which data is private, and the only ways to read public data.

Private are: a page model's ``private_fields`` (e.g. the review owner's email) and every
contact who has not consented to publication. Public rendering, the search index, the API,
exports and feeds read contacts through ``public_contacts`` and never name a private field;
``private_values`` lists what must never appear publicly, for tests and audits.
"""

from django.core import checks


def public_contacts(contacts):
    return [contact for contact in contacts if contact.publish_consent]


def private_values(page):
    """Every private value of ``page`` (non-empty strings)."""
    values = [getattr(page, name) for name in getattr(page, "private_fields", ())]
    contacts = page.contacts.all() if hasattr(page, "contacts") else ()
    for contact in contacts:
        if not contact.publish_consent:
            values += [contact.name, contact.email, contact.phone]
    return {str(v) for v in values if v}


@checks.register()
def private_fields_not_indexed(app_configs, **kwargs):
    """A private field must never be declared as a search field."""
    from wagtail.models import get_page_models

    errors = []
    for model in get_page_models():
        private = set(getattr(model, "private_fields", ()))
        for field in getattr(model, "search_fields", ()):
            if field.field_name in private:
                errors.append(
                    checks.Error(
                        f"{model.__name__}.{field.field_name} is private but is in search_fields.",
                        obj=model,
                        id="practices.E001",
                    )
                )
    return errors
