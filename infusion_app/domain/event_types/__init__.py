"""The declared event types, one frozen dataclass each (see ``domain/event_declarations.py``).

Importing this package declares them all, every module in it (a new module needs no line here;
the names below are only shorter import paths). Event types not yet moved here are still
described in ``domain/event_text.py`` and projected by name in ``store/*_projections.py``.
"""

import importlib
import pkgutil

from infusion_app.domain.event_types.administration import AdministrationStopped
from infusion_app.domain.event_types.adverse_events import AdverseEventRecorded, AdverseEventUpdated
from infusion_app.domain.event_types.escalation import EscalationAcknowledged
from infusion_app.domain.event_types.observation import ObservationEndedEarly
from infusion_app.domain.event_types.record_print import RecordPrinted
from infusion_app.domain.event_types.vitals_not_taken import VitalsNotTaken

__all__ = [
    "AdministrationStopped",
    "AdverseEventRecorded",
    "AdverseEventUpdated",
    "EscalationAcknowledged",
    "ObservationEndedEarly",
    "RecordPrinted",
    "VitalsNotTaken",
]

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
