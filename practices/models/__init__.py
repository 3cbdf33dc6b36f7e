"""The content model, one module per concept, re-exported here for Django."""

from .base import BasePage, IndexPage, PageLink
from .browse import BrowsePage
from .home import HomePage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .places import Municipality, Region, WellbeingCounty
from .practice import PracticeContact, PracticeIndexPage, PracticePage, PracticePageTag, PracticeRelatedPage
from .standard import StandardPage
from .taxonomy import ArtForm, CultureActTask, PartnerSector, TargetGroup, TeaviisariDimension, Theme, VocabularyTerm
from .visit import MunicipalityVisitPage, VisitIndexPage, VisitPracticeLink
from .webinar import WebinarIndexPage, WebinarPage, WebinarPageTag, WebinarRelatedPractice

__all__ = [
    "ArtForm",
    "BasePage",
    "BrowsePage",
    "CultureActTask",
    "HomePage",
    "IndexPage",
    "Municipality",
    "MunicipalityVisitPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PageLink",
    "PartnerSector",
    "PracticeContact",
    "PracticeIndexPage",
    "PracticePage",
    "PracticePageTag",
    "PracticeRelatedPage",
    "Region",
    "StandardPage",
    "TargetGroup",
    "TeaviisariDimension",
    "Theme",
    "VisitIndexPage",
    "VisitPracticeLink",
    "VocabularyTerm",
    "WebinarIndexPage",
    "WebinarPage",
    "WebinarPageTag",
    "WellbeingCounty",
    "WebinarRelatedPractice",
]
