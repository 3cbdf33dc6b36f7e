"""Create the Swedish and English locales and seed the controlled vocabularies.

Each term is created in Finnish, then in Swedish and English sharing its translation_key,
so that ``.localized`` and wagtail-localize see them as translations of one another.
"""

import uuid

from django.db import migrations

from practices.vocabulary_terms import TERMS

MODELS = {
    "themes": "Theme",
    "target_groups": "TargetGroup",
    "art_forms": "ArtForm",
    "partner_sectors": "PartnerSector",
    "teaviisari_dimensions": "TeaviisariDimension",
    "culture_act_tasks": "CultureActTask",
}


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("fi", "sv", "en")}
    for key, model_name in MODELS.items():
        model = apps.get_model("practices", model_name)
        for order, (slug, fi, sv, en) in enumerate(TERMS[key]):
            existing = model.objects.filter(slug=slug, locale=locales["fi"]).first()
            key_uuid = existing.translation_key if existing else uuid.uuid4()
            for code, name in (("fi", fi), ("sv", sv), ("en", en)):
                model.objects.update_or_create(
                    slug=slug,
                    locale=locales[code],
                    defaults={"name": name, "sort_order": order, "translation_key": key_uuid},
                )


class Migration(migrations.Migration):
    dependencies = [("practices", "0002_municipalities"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
