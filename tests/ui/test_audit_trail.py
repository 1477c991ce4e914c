"""The audit-trail screen and model: paging, filters, CSV export and corrections."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.corrections import CorrectionReason
from infusion_app.domain.events import EventType
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.audit_trail_model import PAGE_SIZE, WHAT
from infusion_app.ui.audit_trail_screen import AuditTrailScreen
from infusion_app.ui.correction_dialog import CorrectionDialog
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING, SUBJECT

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
MANY = 100_000


def _screen(qtbot, ws: Workspace, actor: Actor) -> AuditTrailScreen:
    screen = AuditTrailScreen(ws)
    qtbot.addWidget(screen)
    screen.resize(1240, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_for(actor)
    return screen


def _bulk_events(ws: Workspace, count: int) -> None:
    """``count`` sign-out events of another device in one transaction (no hashing: fast)."""
    now = utc_iso(ws.clock.now())
    signed_out = ("wang.li", None, None, EventType.USER_SIGNED_OUT, "{}", now, now, "-", "-")
    rows = [(f"bulk-{i}", "bulk-device", i, *signed_out) for i in range(1, count + 1)]
    with ws.db.atomic():
        ws.db.conn.executemany(
            "INSERT INTO events (id, device_id, device_seq, actor, participant, session, type, "
            "payload, occurred_at, recorded_at, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _choose_type(screen: AuditTrailScreen, event_type: str) -> None:
    screen.filters.choose_type(event_type)


def test_a_hundred_thousand_events_open_with_one_page_and_fetch_on_scroll(
    qtbot, qtmodeltester, site_ws: Workspace, admin: Actor
) -> None:
    _bulk_events(site_ws, MANY)
    screen = _screen(qtbot, site_ws, admin)
    model = screen.model

    assert model.rowCount() == PAGE_SIZE
    total = site_ws.db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert screen.count_label.text() == f"{QLocale().toString(total)} events"
    assert model.canFetchMore(model.index(-1, -1))

    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    seqs = [model.row_at(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)  # keyset: no gap, no repeat
    qtmodeltester.check(model)


def test_filters_narrow_the_trail_and_bad_times_are_explained(
    qtbot, qtmodeltester, site_ws: Workspace, investigator: Actor, observing_session: str
) -> None:
    screen = _screen(qtbot, site_ws, investigator)
    screen.filters.user.setText("li.na")
    _choose_type(screen, "session.")
    qtbot.mouseClick(screen.filters.show_button, Qt.MouseButton.LeftButton)
    model = screen.model
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    assert {model.row_at(r).actor for r in range(model.rowCount())} == {"li.na"}
    assert all(model.row_at(r).type.startswith("session.") for r in range(model.rowCount()))
    assert screen.count_label.text() == f"{model.rowCount()} events"
    first = model.row_at(0)
    assert model.index(0, 4).data() == "…" + first.session[-6:]
    assert model.index(0, 0).data().startswith("2026-11-24\n09:")
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("2026-11-24 09:")

    qtbot.keyClicks(screen.filters.since, "yesterday")
    qtbot.keyClick(screen.filters.since, Qt.Key.Key_Return)
    assert screen.message.text() == "⚠  Write times as YYYY-MM-DD or YYYY-MM-DD HH:MM."
    assert screen.filters.since.text() == "yesterday"
    screen.filters.since.setText("2026-11-25")
    screen.apply()
    assert model.rowCount() == 0 and screen.count_label.text() == "0 events"
    screen.filters.since.clear()
    screen.filters.until.setText("2026-11-24")  # a bare date includes that whole day
    screen.apply()
    assert model.rowCount() > 0


def test_a_nurse_sees_the_refusal(qtbot, site_ws: Workspace, nurse: Actor) -> None:
    screen = _screen(qtbot, site_ws, nurse)
    assert screen.model.rowCount() == 0
    assert screen.message.text().startswith("⚠  Only an investigator or an administrator")
    assert not screen.export_button.isEnabled()


def test_export_writes_the_filtered_rows(
    qtbot, site_ws: Workspace, investigator: Actor, observing_session: str, tmp_path: Path
) -> None:
    screen = _screen(qtbot, site_ws, investigator)
    screen.filters.participant.setText(SUBJECT)
    screen.apply()
    target = tmp_path / "trail.csv"
    screen.ask_save_path = lambda parent: target
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)

    with target.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    shown = [screen.model.row_at(r).event_id for r in range(screen.model.rowCount())]
    assert [row["event_id"] for row in rows] == shown
    assert {row["participant"] for row in rows} == {SUBJECT}
    assert screen.done_label.text() == f"✓ Wrote {len(rows)} events to {target}"


def _select_type(qtbot, screen: AuditTrailScreen, event_type: str) -> None:
    _choose_type(screen, event_type)
    screen.apply()
    assert screen.model.rowCount() == 1
    screen.table.selectRow(0)


def test_correcting_initials_shows_old_and_new_in_the_trail(
    qtbot, site_ws: Workspace, investigator: Actor, observing_session: str
) -> None:
    screen = _screen(qtbot, site_ws, investigator)
    _choose_type(screen, EventType.USER_SIGNED_IN)
    screen.apply()
    screen.table.selectRow(0)
    assert not screen.correct_button.isEnabled()  # nothing correctable in a sign-in
    _select_type(qtbot, screen, EventType.PARTICIPANT_REGISTERED)
    assert screen.correct_button.isEnabled()

    asked: list[list[str]] = []

    def pick(parent, choices):
        asked.append([c.label for c in choices])
        return next(c for c in choices if c.field == "initials")

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, CorrectionDialog)
        assert dialog.field_label.text() == "Initials"
        assert dialog.current_label.text() == "LXM"
        qtbot.keyClicks(dialog.new_value, "LHX")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason chosen
        assert dialog.message.text().startswith("⚠  Choose why the value is corrected")
        assert dialog.new_value.text() == "LHX"
        dialog.choose_reason(CorrectionReason.OTHER)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # other needs a text
        assert dialog.message.text() == "⚠  Describe the reason when you choose 'other'."
        qtbot.keyClicks(dialog.reason_text, "ID card checked")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    screen.ask_field, screen.run_dialog = pick, fill
    qtbot.mouseClick(screen.correct_button, Qt.MouseButton.LeftButton)

    assert asked == [["Initials", "Year of birth", "Consent date"]]
    assert screen.done_label.text() == "✓ Correction recorded."
    _choose_type(screen, EventType.RECORD_CORRECTED)
    screen.apply()
    model = screen.model
    assert model.rowCount() == 1
    assert model.index(0, WHAT).data() == "✎ corrected Initials: LXM → LHX (other: ID card checked)"
    assert model.index(0, WHAT).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 2).data() == "zhao.min"

    # A second correction starts from the value now in force, not the one first recorded.
    _select_type(qtbot, screen, EventType.PARTICIPANT_REGISTERED)
    currents: list[str] = []

    def look(dialog: QDialog) -> int:
        currents.append(dialog.current_label.text())
        return QDialog.DialogCode.Rejected

    screen.run_dialog = look
    qtbot.mouseClick(screen.correct_button, Qt.MouseButton.LeftButton)
    assert currents == ["LHX"]


def test_correcting_a_time_is_typed_in_site_time(
    qtbot, site_ws: Workspace, nurse: Actor, investigator: Actor, observing_session: str
) -> None:
    screen = _screen(qtbot, site_ws, investigator)
    _select_type(qtbot, screen, EventType.INFUSION_STARTED)
    started = screen.model.row_at(0).occurred_at

    def fill(dialog: QDialog) -> int:
        assert dialog.field_label.text() == "Infusion start time"
        assert dialog.current_label.text() == dialog.new_value.text()  # prefilled, site time
        dialog.new_value.setText("2026-11-24 08:58")
        dialog.choose_reason(CorrectionReason.WRONG_TIME)
        dialog.submit()
        return dialog.result()

    screen.run_dialog = fill
    qtbot.mouseClick(screen.correct_button, Qt.MouseButton.LeftButton)

    payload = json.loads(
        site_ws.db.execute(
            "SELECT payload FROM events WHERE type = ?", [EventType.RECORD_CORRECTED]
        ).fetchone()[0]
    )
    assert payload["old"] == started
    assert payload["new"] == "2026-11-24T00:58:00.000000Z"
