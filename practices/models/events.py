"""Pages that happen at a time (webinars, visits) and the sections that list them.

The one rule: an event is upcoming until it has ended, in Helsinki time. An end given as a
moment (``DateTimeField``) has passed once that moment has; an end given as a day
(``DateField``) has passed once that day has, by the local calendar (``TIME_ZONE``).
"""

from django.db import models
from django.utils import timezone

from wagtail.models import PageManager

from .base import BankPageQuerySet, BasePage, IndexPage, content_moment


class EventQuerySet(BankPageQuerySet):
    def upcoming(self):
        """Events that have not ended, soonest first."""
        return self.filter(self.model.upcoming_filter()).order_by(self.model.event_start_field, "pk")

    def past(self):
        """Events that have ended, latest first."""
        return self.exclude(self.model.upcoming_filter()).order_by(f"-{self.model.event_start_field}", "-pk")


class EventPage(BasePage):
    event_start_field = None  # orders listings
    event_end_field = None  # decides upcoming or past

    objects = PageManager.from_queryset(EventQuerySet)()

    class Meta:
        abstract = True

    @classmethod
    def _end_and_now(cls):
        """The lookup and the current value to compare the end field with."""
        if isinstance(cls._meta.get_field(cls.event_end_field), models.DateTimeField):
            return "gt", timezone.now()
        return "gte", timezone.localdate()

    @classmethod
    def upcoming_filter(cls):
        lookup, now = cls._end_and_now()
        return models.Q(**{f"{cls.event_end_field}__{lookup}": now})

    def event_end(self):
        return getattr(self, self.event_end_field)

    @property
    def is_upcoming(self):
        end = self.event_end()
        if end is None:
            return False
        lookup, now = self._end_and_now()
        return end > now if lookup == "gt" else end >= now


class EventIndexPage(IndexPage):
    """A section with its upcoming events first and the past ones, paginated, below.

    Subclasses set ``template = "pages/event_index_page.html"`` (Wagtail gives every page
    class its own default template, so it is not inherited).
    """

    card_template = None  # renders one event as ``item``
    listing_related = ()  # select_related for the cards
    upcoming_heading = past_heading = no_upcoming_text = no_past_text = None  # translated texts

    class Meta:
        abstract = True

    def events(self):
        return self.child_model.objects.child_of(self).live().public().select_related(*self.listing_related)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = self.events().upcoming()
        context["moment"] = content_moment()
        return context

    def listing_queryset(self):
        return self.events().past()
