from .adoption import AdoptionForm
from .nomination import NominationForm
from .sparring import SparringOfferForm, SparringRequestForm
from .visit_application import VisitApplicationForm

__all__ = ["AdoptionForm", "NominationForm", "SparringOfferForm", "SparringRequestForm", "VisitApplicationForm"]
