"""Render the stops at administration offscreen, in English and Chinese, at 1366×768 and 1024×700.

Writes docs/screenshots/stop_dose_*.png (the checklist refuses "ready": the bag was made for
60 kg, the participant weighs 45 kg today), stop_expiry_*.png (the infusion screen refuses the
start: with the session's 60 gtt/mL set the bag expires before the projected end) and
vitals_precision_*.png (the vitals form refuses 38.05 °C at its field) and escalation_*.png
(a NEWS2 of 8 waits on the infusion screen until the nurse records whom she informed).
Run: ``.venv/bin/python scripts/screenshots_stops.py``. Data is made on a scratch database.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.roles import Role
from infusion_app.services.actions import ActionRunner
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.launch import apply_look
from infusion_app.ui.preferences import install_language
from infusion_app.ui.session.checklist_screen import ChecklistScreen
from infusion_app.ui.vitals_form import VitalsForm

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZES = ((1366, 768), (1024, 700))
PASSWORD = "demo password 1"
NURSE = Actor("nurse.li", "Li Na", Role.NURSE)
VITALS = {
    "systolic_mmhg": 118,
    "diastolic_mmhg": 76,
    "heart_rate_bpm": 72,
    "resp_rate_per_min": 16,
    "temperature_c": 36.6,
    "spo2_pct": 98,
    "consciousness": "A",
    "on_oxygen": False,
}


class Script:
    """Replay lines on a scratch site (admin, nurse, investigator, pharmacist)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.runner = ActionRunner(ws)
        self.line(
            "initialize_site", site_code="SH-TJ01", username="admin", full_name="Ada Admin",
            password=PASSWORD,
        )  # fmt: skip
        self.as_user("admin")
        for username, name, role in (
            ("nurse.li", "Li Na", "nurse"),
            ("dr.wang", "Wang Fang", "investigator"),
            ("pharm.zhao", "Zhao Min", "pharmacist"),
        ):
            self.line("add_user", username=username, full_name=name, role=role, password=PASSWORD)

    def line(self, action: str, **fields: Any) -> dict[str, Any]:
        answer = self.runner.run_line(json.dumps({"action": action, **fields}))
        if answer["status"] != "accepted" and action not in ("mark_ready", "start_infusion"):
            raise SystemExit(f"{action} refused: {answer}")
        return answer

    def as_user(self, username: str) -> None:
        self.line("sign_in", username=username, password=PASSWORD)

    def session(self, code: str, receipt: dict[str, Any], answers: dict[str, Any]) -> str:
        self.as_user("dr.wang")
        self.line(
            "register_participant", subject_code=code, initials="LXM", year_of_birth=1985,
            arm="huc_msc", consent_date="2026-11-20",
        )  # fmt: skip
        session_id = self.line("schedule_session", subject_code=code, scheduled_for="2026-11-24")[
            "created"
        ]["session_id"]
        self.as_user("pharm.zhao")
        din = f"=G1234176543{int(code[-1]):02d}00"
        product = self.line(
            "receive_product",
            **{
                "subject_code": code, "label_subject_code": code, "arm": "huc_msc", "din": din,
                "lot": "MSC-2611-07", "expires_at": "2026-11-24T07:00:00Z",
                "total_viable_cells": 5.85e7, "viability_pct": 92.0, "volume_ml": 100.0,
                "prepared_at": "2026-11-24T00:00:00Z", "temperature_c": 5.0,
                "appearance_ok": True, "weight_kg": 58.5, **receipt,
            },
        )["created"]["product_id"]  # fmt: skip
        self.line("release_product", product_id=product, password=PASSWORD)
        self.as_user("nurse.li")
        self.line("begin_checks", session_id=session_id)
        good = {
            "identity": {"subject_code": code, "second_identifier": "1985", "wristband": code},
            "eligibility": {
                "items": {i.id: i.kind.value == "inclusion" for i in self.ws.protocol.eligibility}
            },
            "consent": {"on_file": True},
            "pregnancy": {"childbearing_potential": True, "result": "negative"},
            "weight": {"weight_kg": 58.5},
            "baseline_vitals": {"vitals": VITALS},
            "iv_access": {"patent": True},
            "drop_factor": {"drop_factor_gtt_ml": 20},
            "emergency_kit": {"at_hand": True},
        }
        for step, answer in {**good, **answers}.items():
            self.line("answer_check", session_id=session_id, step=step, answer=answer)
        for username in ("nurse.li", "pharm.zhao"):
            self.as_user(username)
            self.line(
                "bedside_check", session_id=session_id, product_id=product,
                bag_scan=din[1:14], wristband_scan=code, password=PASSWORD,
            )  # fmt: skip
        self.as_user("nurse.li")
        return str(session_id)


def _save(widget: QWidget, app: QApplication, name: str) -> None:
    app.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    sys.stdout.write(f"wrote {path}\n")


def _done(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _shots(
    ws: Workspace, app: QApplication, dose: str, expiry: str, escalated: str, language: str
) -> None:
    suffix = "zh" if language == "zh_CN" else "en"
    install_language(app, language)
    for width, height in SIZES:
        checklist = ChecklistScreen(ws, NURSE, dose, language=language)
        checklist.resize(width, height)
        checklist.show()
        checklist.mark_ready()
        _save(checklist, app, f"stop_dose_{suffix}_{width}.png")
        _done(checklist)
        infusion = InfusionScreen(ws, NURSE, expiry)
        infusion.resize(width, height)
        infusion.show()
        infusion.start()
        _save(infusion, app, f"stop_expiry_{suffix}_{width}.png")
        _done(infusion)
        news2 = InfusionScreen(ws, NURSE, escalated)
        news2.resize(width, height)
        news2.show()
        _save(news2, app, f"escalation_{suffix}_{width}.png")
        _done(news2)
    form = VitalsForm(ws.clock, ws.protocol.site.timezone)
    form.resize(*SIZES[1])
    form.show()
    form.set_values(VITALS)
    form.fields["temperature_c"].setText("38.05")
    form.check()
    _save(form, app, f"vitals_precision_{suffix}.png")
    _done(form)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    apply_look(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "stops.sqlite3", FakeClock())
        script = Script(ws)
        dose = script.session(
            "HPV-001", {"weight_kg": 60, "total_viable_cells": 6.0e7}, {"weight": {"weight_kg": 45}}
        )
        expiry = script.session(
            "HPV-002",
            {"expires_at": "2026-11-24T02:15:00Z"},
            {"drop_factor": {"drop_factor_gtt_ml": 60}},
        )
        escalated = script.session("HPV-003", {}, {})
        script.line("mark_ready", session_id=escalated)
        script.line("start_infusion", session_id=escalated)
        script.line("mark_ready", session_id=expiry)
        assert isinstance(ws.clock, FakeClock)
        ws.clock.advance(10 * 60)
        emergency = {**VITALS, "resp_rate_per_min": 26, "spo2_pct": 91, "heart_rate_bpm": 115}
        script.line("record_vitals", session_id=escalated, vitals=emergency)
        for language in ("en", "zh_CN"):
            _shots(ws, app, dose, expiry, escalated, language)
        ws.db.close()


if __name__ == "__main__":
    main()
