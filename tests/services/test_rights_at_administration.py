"""The rights judged at the moment of administration, driven through replay lines.

Findings of the review of 05c2d4e: a bag made for 60 kg was given to a participant weighing
45 kg; a weight of 0 ended the replay with ZeroDivisionError; the bag was judged only at
receipt; the baseline window was ignored; an exact ±10 % dose was quarantined.
"""

from __future__ import annotations

import json
import math
from datetime import timedelta

import pytest

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import products
from infusion_app.services.context import Actor, Workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import GOOD_VITALS, PASSWORD, good_receipt
from tests.services.replay_day import Day


def _log_is_sound(ws: Workspace) -> None:
    assert verify_log(ws.db).ok
    assert rebuild_check(ws.db) == []


# Finding 1: the dose against today's weight ------------------------------------------------


def test_a_bag_for_60_kg_is_stopped_for_a_participant_weighing_45_kg_today(site: Workspace) -> None:
    day = Day(site)
    day.prepare(
        receipt={"weight_kg": 60, "total_viable_cells": 6.0e7},
        weight={"weight_kg": 45},
    )
    answer = day.mark_ready()
    assert answer["status"] == "refused" and answer["code"] == "dose_not_for_todays_weight"
    reason = answer["reason"]
    assert reason.startswith("STOP — do not infuse")
    assert "today's weight 45 kg needs 4.5×10⁷ cells" in reason
    assert "33.4 % off, limit ±10 %" in reason
    assert "Call the pharmacist and the investigator" in reason
    assert day.state() == "checking"
    assert day.event_types()[-1] == EventType.ADMINISTRATION_STOPPED
    stopped = list(site.store.events(session=day.session_id))[-1]
    assert stopped.payload["check"] == "dose" and stopped.actor == "nurse.li"
    _log_is_sound(site)


@pytest.mark.parametrize(
    ("today_kg", "cells", "accepted"),
    [
        (50, 5.5e7, True),  # exactly +10 %
        (50, 4.5e7, True),  # exactly −10 %
        (50, 5.500005e7, False),  # +10.0001 %
        (50, 4.499995e7, False),  # −10.0001 %
        (64.1, 7.051e7, True),  # +10 % where binary floating point read 10.000000000000002
    ],
)
def test_the_dose_tolerance_is_exact_at_mark_ready(
    site: Workspace, today_kg: float, cells: float, accepted: bool
) -> None:
    day = Day(site)
    day.prepare(
        receipt={"weight_kg": round(cells / 1e6, 1), "total_viable_cells": cells},
        weight={"weight_kg": today_kg},
    )
    answer = day.mark_ready()
    assert (answer["status"] == "accepted") is accepted, answer
    if not accepted:
        assert "10.1 % off, limit ±10 %" in answer["reason"]


def test_start_judges_the_dose_again_and_the_stop_is_kept(site: Workspace) -> None:
    day = Day(site)
    day.prepare()
    assert day.mark_ready()["status"] == "accepted"
    # The weight step cannot change once the session is ready; the start judges it again all
    # the same (defence in depth), and a good bag starts.
    assert day.start()["status"] == "accepted"
    assert EventType.ADMINISTRATION_STOPPED not in day.event_types()


# Finding 2: a weight that cannot be right is refused at the field, never divided by --------


@pytest.mark.parametrize("weight", [0, -5, 0.0, 5000, 1e-9])
def test_a_receipt_weight_that_cannot_be_right_is_refused_at_the_field(
    site: Workspace, weight: float
) -> None:
    day = Day(site)
    day.schedule()
    answer = day.receive(weight_kg=weight)
    assert answer["status"] == "refused" and answer["code"] == "bad_weight_kg"
    assert answer["reason"].startswith("Weight (kg):")
    assert "35–150 kg" in answer["reason"]
    # The replay goes on: the next line runs.
    assert day.receive()["status"] == "accepted"


def test_an_infinite_weight_is_refused_naming_the_field(site: Workspace) -> None:
    day = Day(site)
    day.schedule()
    day.as_user("pharm.zhao")
    fields = {**good_receipt(), "action": "receive_product"}
    text = json.dumps(fields).replace('"weight_kg": 58.5', '"weight_kg": 1e999')
    answer = day.runner.run_line(text)
    assert answer["code"] == "bad_field" and "'weight_kg'" in answer["reason"]


def test_a_nan_weight_from_a_screen_is_refused(site: Workspace, pharmacist: Actor) -> None:
    Day(site).schedule()
    refused = products.receive_product(site, pharmacist, **good_receipt(weight_kg=math.nan))
    assert isinstance(refused, Refusal) and refused.code == "bad_weight_kg"
    assert "nan" in refused.reason.lower()


def test_todays_weight_of_zero_or_nan_is_refused_at_the_check(site: Workspace) -> None:
    day = Day(site)
    day.schedule()
    day.as_user("nurse.li")
    day.ok("begin_checks", session_id=day.session_id)
    for weight in (0, -1):
        answer = day.line(
            "answer_check", session_id=day.session_id, step="weight", answer={"weight_kg": weight}
        )
        assert answer["code"] == "bad_weight"


# Finding 3: the bag judged again when it is hung ---------------------------------------------


def test_expiry_is_judged_at_the_start_with_the_sessions_micro_drip_set(site: Workspace) -> None:
    # At receipt (09:00) with the default 20 gtt/mL set the bag runs 33 min: expiry at 10:15
    # passes. The session uses a 60 gtt/mL micro-drip set: 100 mL at 60 gtt/min is 100 min.
    day = Day(site)
    day.prepare(
        receipt={"expires_at": "2026-11-24T02:15:00Z"},
        drop_factor={"drop_factor_gtt_ml": 60},
    )
    assert day.mark_ready()["status"] == "accepted"
    day.clock.advance(10 * 60)
    answer = day.start()
    assert answer["code"] == "product_not_fit_at_start"
    assert answer["reason"].startswith("STOP — do not start the infusion")
    assert "expires at 02:15 UTC, before the projected end 02:50 UTC" in answer["reason"]
    assert "100 mL at 60 gtt/min with a 60 gtt/mL set" in answer["reason"]
    assert day.state() == "ready"
    assert day.event_types()[-1] == EventType.ADMINISTRATION_STOPPED
    _log_is_sound(site)


def test_hours_since_preparation_are_counted_to_the_real_start(site: Workspace) -> None:
    day = Day(site)
    day.prepare(receipt={"prepared_at": "2026-11-23T19:30:00Z"})  # 5.5 h at receipt
    assert day.mark_ready()["status"] == "accepted"
    day.clock.advance(31 * 60)  # 6.02 h at the start
    answer = day.start()
    assert answer["code"] == "product_not_fit_at_start"
    assert "6.1 h since preparation at the start (limit 6 h)" in answer["reason"]


def test_a_bedside_check_older_than_the_limit_asks_for_a_new_scan(site: Workspace) -> None:
    day = Day(site)
    day.prepare()
    assert site.protocol.product_acceptance.max_minutes_bedside_check_to_start == 60
    assert day.mark_ready()["status"] == "accepted"
    day.clock.advance(61 * 60)
    answer = day.start()
    assert answer["code"] == "bedside_check_stale"
    assert "61 min before the start (limit 60 min)" in answer["reason"]
    assert "scan the bag and the wristband again" in answer["reason"]
    # Two people scan again; a fresh baseline set is taken (the old one is past its window).
    day.bedside()
    day.as_user("nurse.li")
    recorded = day.ok("record_vitals", session_id=day.session_id, vitals=GOOD_VITALS)
    assert recorded["created"]["slot_key"] == "baseline"
    assert day.start()["status"] == "accepted"
    _log_is_sound(site)


def test_one_person_alone_cannot_renew_an_old_bedside_check(site: Workspace) -> None:
    day = Day(site)
    day.prepare()
    day.mark_ready()
    day.clock.advance(61 * 60)
    day.as_user("nurse.li")
    day.ok(
        "bedside_check",
        session_id=day.session_id,
        product_id=day.product_id,
        bag_scan="G123417654321",
        wristband_scan="HPV-001",
        password=PASSWORD,
    )
    answer = day.start()
    assert answer["code"] == "product_not_verified"


# Finding 4: the baseline window ----------------------------------------------------------------


def test_baseline_vitals_older_than_the_window_ask_for_a_new_set(site: Workspace) -> None:
    day = Day(site)
    day.prepare()
    day.clock.advance(31 * 60)
    answer = day.mark_ready()
    assert answer["code"] == "baseline_too_old"
    assert "measured 32 min before the start" in answer["reason"] or (
        "measured 31 min before the start" in answer["reason"]
    )
    assert "only within 30 min" in answer["reason"]
    day.ok(
        "answer_check",
        session_id=day.session_id,
        step="baseline_vitals",
        answer={"vitals": GOOD_VITALS},
    )
    assert day.mark_ready()["status"] == "accepted"


def test_the_start_refuses_a_baseline_past_its_window(site: Workspace) -> None:
    day = Day(site)
    day.prepare()
    assert day.mark_ready()["status"] == "accepted"
    day.clock.advance(40 * 60)
    answer = day.start()
    assert answer["code"] == "baseline_too_old" and "only within 30 min" in answer["reason"]


def test_a_set_measured_25_min_before_the_start_serves_the_baseline_slot(
    site: Workspace,
) -> None:
    day = Day(site)
    day.prepare()
    day.clock.advance(40 * 60)  # the checklist's baseline is now past its window
    measured = utc_iso(day.clock.now() - timedelta(minutes=25))
    recorded = day.ok(
        "record_vitals", session_id=day.session_id, vitals=GOOD_VITALS, measured_at=measured
    )
    assert recorded["created"]["slot_key"] == "baseline"
    assert day.mark_ready()["status"] == "accepted"
    day.clock.advance(4 * 60)
    assert day.start()["status"] == "accepted"  # 29 min after the set was measured


# Finding 6: exact decimal arithmetic at the tolerance edge at receipt ------------------------


@pytest.mark.parametrize(
    ("weight", "cells", "state"),
    [
        (64.1, 7.051e7, "received"),  # exactly +10 %
        (64.4, 5.796e7, "received"),  # exactly −10 %
        (50, 5.500005e7, "quarantined"),  # +10.0001 %
    ],
)
def test_receipt_judges_the_tolerance_edge_exactly(
    site: Workspace, weight: float, cells: float, state: str
) -> None:
    day = Day(site)
    day.schedule()
    answer = day.receive(weight_kg=weight, total_viable_cells=cells)
    assert answer["created"]["state"] == state, answer
    if state == "quarantined":
        assert answer["created"]["failed"][0]["reason"] == (
            "labelled 5.500005×10⁷ cells vs dose 5×10⁷ for 50 kg (10.1 % off, limit ±10 %)"
        )
