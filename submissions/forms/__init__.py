from .nomination import NominationForm
from .visit_application import VisitApplicationForm

__all__ = ["NominationForm", "VisitApplicationForm"]
