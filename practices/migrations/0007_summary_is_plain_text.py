from django.db import migrations, models


class Migration(migrations.Migration):
    """News and plain pages: the plain-text listing text is ``summary``, as on every other page;
    ``intro`` stays the rich-text introduction of home and index pages."""

    dependencies = [("practices", "0006_link_address_length")]

    operations = [
        migrations.RenameField("newspage", "intro", "summary"),
        migrations.RenameField("standardpage", "intro", "summary"),
        migrations.AlterField(
            model_name="newspage",
            name="summary",
            field=models.TextField(
                help_text="One or two sentences for listings and search.", max_length=500, verbose_name="summary"
            ),
        ),
        migrations.AlterField(
            model_name="standardpage",
            name="summary",
            field=models.TextField(
                blank=True,
                help_text="One or two sentences for listings and search.",
                max_length=500,
                verbose_name="summary",
            ),
        ),
    ]
