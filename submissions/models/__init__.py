from .form_page import NominationFormPage
from .nomination import Nomination, NominationAttachment
from .settings import FormSettings
from .visit_application import VisitApplication

__all__ = ["FormSettings", "Nomination", "NominationAttachment", "NominationFormPage", "VisitApplication"]
