"""An investigator sees a sync discrepancy with both sides and resolves it with a reason."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from infusion_app.services.discrepancies import discrepancies
from infusion_app.ui.discrepancies_screen import DiscrepanciesScreen
from tests.sync.conftest import Laptop, session_begun_on_two_laptops
from tests.sync.helpers import INVESTIGATOR


def test_both_sides_are_shown_and_the_decision_is_recorded(qtbot: QtBot, laptop: Laptop) -> None:
    second, _ = session_begun_on_two_laptops(laptop)
    screen = DiscrepanciesScreen(second)
    qtbot.addWidget(screen)
    screen.show_for(INVESTIGATOR)
    assert screen.list.count() == 1 and screen.list.item(0).text().startswith("⚠")
    assert "Kept in the record here" in screen.detail.text()
    assert "Held back" in screen.detail.text()
    screen.resolve_selected()  # no reason yet
    assert "reason" in screen.message.text().lower()
    screen.reason.setText("the first laptop was at the bedside")
    screen.resolve_selected()
    assert screen.list.item(0).text().startswith("✔")
    assert discrepancies(second)[0].decision is not None


def test_the_discrepancy_reads_in_chinese(
    qtbot: QtBot,
    laptop: Laptop,
    chinese: None,
) -> None:
    second, session_id = session_begun_on_two_laptops(laptop)
    subject, number = second.db.execute(
        "SELECT subject_code, number FROM sessions WHERE id = ?", [session_id]
    ).fetchone()
    stored = discrepancies(second)[0].summary
    assert stored.startswith(f"Session {number} of {subject} is 'checking' on this laptop")
    assert session_id not in stored  # whose session it is, not its id
    screen = DiscrepanciesScreen(second)
    qtbot.addWidget(screen)
    screen.show_for(INVESTIGATOR)
    shown = screen.list.item(0).text()
    assert f"{subject} 第 {number} 次输注在本机的状态为“核查中”" in shown, shown
    assert "Session" not in shown and "checking" not in shown  # the state in words too
    assert screen.decision.currentText() == "本机已采用的一方是真实记录"
    screen.resolve_selected()  # no reason yet: the refusal reads in Chinese too
    assert screen.message.text() and not any("a" <= c <= "z" for c in screen.message.text())


def test_an_event_not_sent_is_shown_once_and_resolved_like_any_discrepancy(
    qtbot: QtBot, laptop: Laptop
) -> None:
    from infusion_app.domain.events import EventDraft, EventType
    from infusion_app.store import sync_state
    from tests.sync.conftest import sync
    from tests.sync.helpers import set_up_site

    ward = laptop("ward")
    set_up_site(ward)
    ward.store.append([EventDraft(EventType.USER_SCREEN_LOCKED, "mallory", {})])
    sync(ward)
    screen = DiscrepanciesScreen(ward)
    qtbot.addWidget(screen)
    screen.show_for(INVESTIGATOR)
    assert screen.list.count() == 1
    assert screen.detail.text().startswith("Not sent to the server: event #")
    assert "Held back" not in screen.detail.text()
    screen.reason.setText("a test account left on the laptop")
    screen.resolve_selected()
    assert screen.list.item(0).text().startswith("✔")
    assert sync_state.unsent_summaries(ward.db) == []  # the status line no longer warns
