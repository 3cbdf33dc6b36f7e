"""The moderation workflow and its task are named in Finnish, the editors' language: the admin
shows the name as it is ("Lähetä hyväksyttäväksi: Moderaattorien hyväksyntä")."""

from django.db import migrations

OLD_NAME = "Moderators approval"
NEW_NAME = "Moderaattorien hyväksyntä"


def rename(old, new):
    def run(apps, schema_editor):
        apps.get_model("wagtailcore.Workflow").objects.filter(name=old).update(name=new)
        apps.get_model("wagtailcore.Task").objects.filter(name=old).update(name=new)

    return run


class Migration(migrations.Migration):
    dependencies = [("submissions", "0006_adoptions"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(rename(OLD_NAME, NEW_NAME), rename(NEW_NAME, OLD_NAME))]
