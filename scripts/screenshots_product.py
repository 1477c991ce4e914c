"""Render the product receipt, the bedside check and the camera scanner offscreen.

Writes docs/screenshots/product_*.png at 1280×800. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_product.py``.
Demo data is made through the services on a scratch database in a temporary folder.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from infusion_app.demo import cast, good_day
from infusion_app.demo.cast import DEMO_PASSWORD
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import participants, products, session_flow
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.launch import apply_look
from infusion_app.ui.product.bedside_check_screen import BedsideCheckScreen
from infusion_app.ui.product.bedside_step import BedsideStepCard
from infusion_app.ui.product.camera_scanner import CameraScanWidget
from infusion_app.ui.product.receipt_screen import ReceiptScreen

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
PASSWORD = DEMO_PASSWORD
INVESTIGATOR = cast.INVESTIGATOR.actor
NURSE = cast.NURSE.actor
PHARMACIST = cast.PHARMACIST.actor
TYPED = {
    "label_subject": "HPV-001",
    "lot": "MSC-2611-07",
    "cells": "5.85×10^7",
    "viability": "92",
    "volume": "100",
    "prepared": "2026-11-24 08:00",
    "temperature": "5",
    "weight": "58.5",
}


def _ok(result: object) -> object:
    if isinstance(result, Refusal):
        raise SystemExit(f"demo data refused: {result.reason}")
    return result


def _site(ws: Workspace) -> str:
    """Users, HPV-001 and HPV-002, and HPV-001's session in its checks; the session id."""
    good_day.play(ws, good_day.set_up_site())
    session_ids = []
    for code, initials in (("HPV-001", "LXM"), ("HPV-002", "CQ")):
        result = _ok(
            participants.register_participant(
                ws,
                INVESTIGATOR,
                subject_code=code,
                initials=initials,
                year_of_birth=1985,
                arm="huc_msc",
                consent_date=ws.site_today().isoformat(),
                first_session_date=ws.site_today().isoformat(),
            )
        )
        session_ids.append(str(result.created["session_ids"][0]))  # type: ignore[attr-defined]
    _ok(session_flow.begin_checks(ws, NURSE, session_id=session_ids[0]))
    return session_ids[0]


def _save(widget: QWidget, app: QApplication, name: str) -> None:
    app.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    sys.stdout.write(f"wrote {path}\n")


def _receipt(ws: Workspace, **change: str) -> ReceiptScreen:
    screen = ReceiptScreen(ws, PHARMACIST)
    screen.resize(*SIZE)
    screen.show()
    screen.choose_participant("HPV-001")
    form = screen.form
    for code in ("=G12341765432170", "&>0263281500"):
        form.fields["scan"].setText(code)
        form.read_code("scan")
    form.arm.setCurrentIndex(form.arm.findData("huc_msc"))
    for name, text in {**TYPED, **change}.items():
        form.fields[name].setText(text)
    for box in form.appearance:
        box.setChecked(True)
    screen.check_and_receive()
    return screen


def _receipt_shots(ws: Workspace, app: QApplication) -> str:
    quarantined = _receipt(ws, viability="65", label_subject="HPV-002")
    _save(quarantined, app, "product_quarantine.png")
    quarantined.close()
    screen = _receipt(ws)
    _save(screen, app, "product_receipt_passed.png")
    _ok(products.release_product(ws, PHARMACIST, product_id=screen.product_id, password=PASSWORD))
    screen.close()
    return screen.product_id


def _scan(step: BedsideStepCard, bag: str, band: str, password: str = PASSWORD) -> None:
    step.bag.setText(bag)
    step.wristband.setText(band)
    step.password.setText(password)


def _bedside_shots(ws: Workspace, app: QApplication, session_id: str) -> None:
    screen = BedsideCheckScreen(ws, NURSE, session_id)
    screen.resize(*SIZE)
    screen.show()
    screen.first.bag.setText("=G12341765432170")
    screen.first.wristband.setFocus()
    _save(screen, app, "product_bedside.png")
    _scan(screen.first, "=G12341765432170", "HPV-002")
    screen.sign_first()
    _save(screen, app, "product_stop.png")
    _scan(screen.first, "=G12341765432170", "HPV-001")
    screen.sign_first()
    _scan(screen.second, "=G12341765432170", "HPV-001")
    screen.second.username.setText(PHARMACIST.username)
    screen.sign_second()
    _save(screen, app, "product_verified.png")
    screen.close()


def _camera_shot(app: QApplication) -> None:
    holder = QWidget()
    holder.setObjectName("page")
    holder.resize(*SIZE)
    scanner = CameraScanWidget(holder)
    scanner.setGeometry(340, 120, 600, 400)
    holder.show()
    _save(holder, app, "product_camera_none.png")
    holder.close()


def main() -> int:
    """Write every product_*.png; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_look(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "demo.sqlite3", FakeClock())
        try:
            session_id = _site(ws)
            _receipt_shots(ws, app)
            ws.clock.advance(300)  # type: ignore[attr-defined]
            _bedside_shots(ws, app, session_id)
            _camera_shot(app)
        finally:
            ws.db.close()
    # The screens' signal lambdas hold them in reference cycles: collect them while the
    # QApplication still exists, or Python deletes the widgets after it (a crash at exit).
    gc.collect()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
