"""Declared event types read the payloads written before they were declared, and are wired."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from infusion_app.domain.event_declarations import DECLARED_EVENTS, EventFacts, event_type
from infusion_app.domain.event_text import describe
from infusion_app.domain.event_types import AdverseEventUpdated
from infusion_app.domain.events import EventType
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.read_models import PROJECTORS

OLD_DEMO = Path(__file__).resolve().parents[1] / "fixtures" / "demo_05c2d4e.sqlite3"


def test_each_declared_type_has_a_projector_and_a_stored_name() -> None:
    names = {v for k, v in vars(EventType).items() if k.isupper()}
    for name, declared in DECLARED_EVENTS.items():
        assert name in names, f"{name} is not among EventType's stored names"
        assert name in PROJECTORS, f"{name} has no read-model projector"
        assert name == declared.TYPE


def test_old_payloads_have_exactly_the_declared_fields(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(OLD_DEMO, copy)
    ws = open_workspace(copy)
    try:
        seen = set()
        for event in ws.store.events():
            declared = DECLARED_EVENTS.get(event.type)
            if declared is None:
                continue
            seen.add(event.type)
            fields = {f.name for f in dataclasses.fields(declared)}  # type: ignore[arg-type]
            assert set(event.payload) == fields, event.type
            assert declared.of(event).payload() == event.payload  # the same stored JSON
    finally:
        ws.db.close()
    assert EventType.ADVERSE_EVENT_RECORDED in seen


def test_the_sentence_is_filled_from_the_fields() -> None:
    update = AdverseEventUpdated(ae_id="a", outcome="recovered", grade=2, note="", serious=False)
    assert str(update.describe()) == "adverse event update: recovered, grade 2"
    assert str(describe(update.TYPE, update.payload())) == str(update.describe())


def test_a_payload_that_does_not_fit_shows_the_bare_type() -> None:
    assert str(describe(EventType.ADVERSE_EVENT_UPDATED, {"grade": 2})) == "adverse_event.updated"


def test_a_type_cannot_be_declared_twice() -> None:
    with pytest.raises(ValueError, match="declared twice"):

        @event_type(EventType.ADVERSE_EVENT_UPDATED, "again")
        @dataclasses.dataclass(frozen=True)
        class Again(EventFacts):
            pass
