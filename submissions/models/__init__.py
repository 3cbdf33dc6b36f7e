from .adoption import Adoption
from .form_page import NominationFormPage
from .nomination import Nomination, NominationAttachment
from .settings import FormSettings
from .sparring import SparringOffer, SparringRequest
from .sparring_page import SparringPage
from .visit_application import VisitApplication

__all__ = [
    "Adoption",
    "FormSettings",
    "Nomination",
    "NominationAttachment",
    "NominationFormPage",
    "SparringOffer",
    "SparringPage",
    "SparringRequest",
    "VisitApplication",
]
