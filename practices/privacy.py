"""The one privacy rule: which data is private, and the only ways to read public data.

A model declares its private data; nothing here names a field:

- ``private_fields``: fields never shown publicly (e.g. a practice's review owner's email);
- ``consent_field``: a boolean that, when true, makes that row's ``private_fields`` public
  (a contact who agreed to be shown).

Public rendering, the search index, the API, exports and feeds read rows through
``is_public``/``public_contacts``; ``private_values`` lists what must never appear publicly, for
tests and audits, walking the page's child rows too; ``erase_private_values`` blanks them when
the retention period of a submission ends. A system check (``practices.E001``) stops a
private field from being declared as a search field, on the page or on a related model.
"""

from django.core import checks

from modelcluster.models import get_all_child_relations
from wagtail.models import get_page_models
from wagtail.search import index


def is_public(obj):
    """Whether ``obj``'s private fields may be shown (only when it declares consent and has it)."""
    consent_field = getattr(type(obj), "consent_field", None)
    return bool(consent_field and getattr(obj, consent_field))


def public_contacts(contacts):
    return [contact for contact in contacts if is_public(contact)]


def private_values(obj):
    """Every private value of ``obj`` and of its child rows (non-empty strings)."""
    values = set()
    if not is_public(obj):
        values |= {str(v) for v in (getattr(obj, name) for name in getattr(obj, "private_fields", ())) if v}
    for relation in get_all_child_relations(obj):
        for child in getattr(obj, relation.get_accessor_name()).all():
            values |= private_values(child)
    return values


def erase_private_values(obj):
    """Blank ``obj``'s private fields in memory (the caller saves): text becomes empty, other
    nullable values ``None``, a unique key a new random one (the old link stops working).
    Returns the names of the fields changed."""
    import secrets

    changed = []
    for name in getattr(obj, "private_fields", ()):
        model_field = obj._meta.get_field(name)
        if model_field.unique:
            value = secrets.token_urlsafe(32)
        elif model_field.null:
            value = None
        else:
            value = ""
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def _indexed_private_fields(model, search_fields, path=""):
    """(dotted path, model) of each private field among ``search_fields``, related fields included."""
    private = set(getattr(model, "private_fields", ()))
    found = []
    for field in search_fields:
        if isinstance(field, index.RelatedFields):
            related = model._meta.get_field(field.field_name).related_model
            found += _indexed_private_fields(related, field.fields, f"{path}{field.field_name}.")
        elif field.field_name in private:
            found.append((f"{path}{field.field_name}", model))
    return found


@checks.register()
def private_fields_not_indexed(app_configs, **kwargs):
    """A private field must never be declared as a search field or feed the analysed index."""
    errors = []
    for page_model in get_page_models():
        for name, owner in _indexed_private_fields(page_model, getattr(page_model, "search_fields", ())):
            errors.append(
                checks.Error(
                    f"{page_model.__name__}.{name} is private ({owner.__name__}.private_fields) but is in search_fields.",
                    obj=page_model,
                    id="practices.E001",
                )
            )
        private = set(getattr(page_model, "private_fields", ()))
        for name in sorted(private & set(getattr(page_model, "search_text_fields", ()))):
            errors.append(
                checks.Error(
                    f"{page_model.__name__}.{name} is private but is in search_text_fields.",
                    obj=page_model,
                    id="practices.E001",
                )
            )
    return errors
