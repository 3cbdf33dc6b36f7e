from .nomination import NominationForm
from .sparring import SparringOfferForm, SparringRequestForm
from .visit_application import VisitApplicationForm

__all__ = ["NominationForm", "SparringOfferForm", "SparringRequestForm", "VisitApplicationForm"]
