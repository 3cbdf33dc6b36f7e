"""The editor's dashboard: what needs attention, each item a link to where it is fixed.

One panel on the admin home page, a bounded number of queries whatever the size of the bank:
practices due (or soon due) for review, owners who did not answer two reminders, nominations
and adoptions waiting, upcoming visits near capacity, recorded webinars without captions or
a transcript, and searches that found nothing in the last 30 days.
"""

import dataclasses
import datetime

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from practices.models import MunicipalityVisitPage, PracticePage, WebinarPage
from search.models import SearchTermDay
from submissions.models import Adoption, Nomination, VisitApplication

from .models import ReviewRequest
from .reminders import reviewed_practices

SHOWN = 8
DUE_SOON_DAYS = 30
NEAR_CAPACITY = 0.8


@dataclasses.dataclass
class Item:
    label: str
    url: str
    detail: str = ""


@dataclasses.dataclass
class Section:
    key: str
    heading: str
    total: int
    items: list
    more_url: str = ""


def short(moment):
    if isinstance(moment, datetime.datetime):
        moment = timezone.localtime(moment)
    return date_format(moment, "SHORT_DATE_FORMAT")


def edit_url(page_pk):
    return reverse("wagtailadmin_pages:edit", args=[page_pk])


def due_for_review(today):
    due = sorted(
        (on, pk)
        for pk, on in reviewed_practices(with_owner=False).items()
        if on and on <= today + datetime.timedelta(days=DUE_SOON_DAYS)
    )
    pages = PracticePage.objects.in_bulk([pk for _on, pk in due[:SHOWN]])
    items = []
    for on, pk in due[:SHOWN]:
        page = pages[pk]
        state = _("overdue since %(date)s") if on <= today else _("due on %(date)s")
        detail = state % {"date": short(on)}
        if not page.review_owner_email:
            detail += " · " + str(_("no owner to remind"))
        items.append(Item(page.title, edit_url(pk), detail))
    return Section("due", _("Practices due for review"), len(due), items)


def unanswered():
    rounds = ReviewRequest.objects.open().filter(second_reminder_at__isnull=False).select_related("practice")
    items = [
        Item(r.practice.title, edit_url(r.practice_id), _("reminded twice, due %(date)s") % {"date": short(r.due_on)})
        for r in rounds[:SHOWN]
    ]
    return Section("unanswered", _("Owners who did not answer"), rounds.count(), items)


def waiting(model, name, heading):
    rows = model.objects.filter(status=model.Status.NEW)
    items = [Item(str(row), reverse(f"{name}:edit", args=[row.pk]), short(row.created_at)) for row in rows[:SHOWN]]
    return Section(name, heading, rows.count(), items, reverse(f"{name}:index") + "?status=new")


def visits_near_capacity(today):
    visits = (
        MunicipalityVisitPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)  # applications are kept on the main language's visit
        .filter(start_date__gte=today, capacity__isnull=False)
        .annotate(taken=Count("applications", filter=Q(applications__status=VisitApplication.Status.ACCEPTED)))
        .order_by("start_date")
    )
    full = [v for v in visits if v.capacity and v.taken >= NEAR_CAPACITY * v.capacity]
    index = reverse("visit_applications:index")
    items = [
        Item(
            v.title,
            f"{index}?visit={v.pk}",
            _("%(taken)d of %(capacity)d places taken") % {"taken": v.taken, "capacity": v.capacity},
        )
        for v in full[:SHOWN]
    ]
    return Section("visits", _("Visits near capacity"), len(full), items)


def webinars_without_text():
    webinars = (
        WebinarPage.objects.live()
        .filter(Q(recording__isnull=False) | ~Q(video_url=""))
        .filter(captions__isnull=True, transcript="")
        .order_by("-starts_at")
    )
    items = [Item(w.title, edit_url(w.pk), short(w.starts_at)) for w in webinars[:SHOWN]]
    return Section("webinars", _("Recorded webinars without captions or a transcript"), webinars.count(), items)


def searches_without_results(today):
    since = today - datetime.timedelta(days=30)
    queries = (
        SearchTermDay.objects.filter(date__gte=since, without_results__gt=0)
        .values("query_string", "language")
        .annotate(times=Sum("without_results"))
        .order_by("-times", "query_string")
    )
    report = reverse("kbsearch_report")
    items = [
        Item(
            q["query_string"],
            report,
            _("%(times)d times (%(language)s)") % {"times": q["times"], "language": q["language"]},
        )
        for q in queries[:SHOWN]
    ]
    return Section("searches", _("Searches without results, last 30 days"), queries.count(), items, report)


def attention(today=None):
    today = today or timezone.localdate()
    return [
        due_for_review(today),
        unanswered(),
        waiting(Nomination, "nominations", _("Nominations waiting")),
        waiting(Adoption, "adoptions", _("Adoptions waiting")),
        visits_near_capacity(today),
        webinars_without_text(),
        searches_without_results(today),
    ]


class AttentionPanel(Component):
    name = "needs_attention"
    order = 60
    template_name = "currency/admin/attention_panel.html"

    def get_context_data(self, parent_context=None):
        return {"sections": attention()}
