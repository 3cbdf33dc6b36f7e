from .form_page import NominationFormPage
from .nomination import Nomination, NominationAttachment

__all__ = ["Nomination", "NominationAttachment", "NominationFormPage"]
