"""The pre-infusion checklist driven through its real step widgets, on a scratch database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QScrollArea, QWidget

from infusion_app.domain.checklist_rules import Status
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.checks import checklist
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.users import add_user
from infusion_app.ui.session.checklist_screen import ChecklistScreen
from infusion_app.ui.session.decision_dialog import DecisionDialog
from infusion_app.ui.vitals_form import VitalsForm
from tests.conftest import GOOD_VITALS, PASSWORD, verify_product
from tests.ui.checklist_drivers import DRIVERS, VITAL_TEXT, answer_eligibility, answer_identity
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING, PASSWORDS, SUBJECT

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def open_screen(qtbot, site_ws: Workspace, session_id: str) -> Callable[[Actor], ChecklistScreen]:
    def open_as(actor: Actor) -> ChecklistScreen:
        screen = ChecklistScreen(site_ws, actor, session_id, language="en")
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return open_as


@pytest.fixture
def verify_bag(site_ws: Workspace, admin: Actor, session_id: str) -> Callable[[], str]:
    """Receive, release and bedside-check a bag (done on the product screens, not here).

    :func:`tests.conftest.verify_product` signs as nurse.li and pharm.zhao: add them here.
    """
    for username, full_name, role in (
        ("nurse.li", "Li Na", "nurse"),
        ("pharm.zhao", "Zhao Min", "pharmacist"),
    ):
        added = add_user(
            site_ws, admin, username=username, full_name=full_name, role=role, password=PASSWORD
        )
        assert isinstance(added, Accepted), added
    return lambda: verify_product(site_ws, session_id)


def _state(ws: Workspace, session_id: str) -> str:
    return ws.db.execute("SELECT state FROM sessions WHERE id = ?", [session_id]).fetchone()[0]


def walk(qtbot, screen: ChecklistScreen, variants: dict[str, str] | None = None) -> None:
    """Answer every step on screen, in the protocol's order, as a nurse would."""
    for index, step in enumerate(screen.steps):
        assert screen.current() == index
        DRIVERS[step.step.value](qtbot, step, (variants or {}).get(step.step.value, ""))
        if screen.next_button.text().startswith("Record"):  # a scanner's Enter records too
            qtbot.mouseClick(screen.next_button, LEFT)
        assert screen.state(index).answer is not None, step.step
        if index < len(screen.steps) - 1:
            assert screen.next_button.text() == "Next ›"
            qtbot.mouseClick(screen.next_button, LEFT)


def test_the_whole_checklist_through_the_screens_ends_ready(
    qtbot, open_screen, site_ws: Workspace, nurse: Actor, session_id: str, verify_bag
) -> None:
    screen = open_screen(nurse)
    assert _state(site_ws, session_id) == "checking"  # opening a scheduled session begins checks
    assert [s.step.value for s in screen.steps] == list(DRIVERS)
    assert screen.indicator.button(0).text().startswith("○  1. Identity")
    walk(qtbot, screen)

    weight = screen.steps[4]
    assert weight.dose.text() == "1×10⁶ cells/kg × 58.5 kg = 5.85×10⁷ cells"
    assert all("✔" in screen.indicator.button(i).text() for i in range(len(screen.steps)))
    assert "Done" in screen.indicator.button(0).text()
    assert screen.summary.text() == "9 of 9 checks hold.", screen.summary.text()
    assert screen.ready_button.isEnabled()
    qtbot.mouseClick(screen.ready_button, LEFT)  # every check holds, but no bag yet
    assert "the bag has not been verified" in screen.ready_message.text()
    verify_bag()
    with qtbot.waitSignal(screen.session_ready) as ready:
        qtbot.mouseClick(screen.ready_button, LEFT)
    assert ready.args == [session_id]
    assert _state(site_ws, session_id) == "ready"


@pytest.mark.parametrize(
    ("step", "variant", "words"),
    [
        ("identity", "wrong_band", "The wristband reads 'HPV-002', not HPV-001"),
        ("eligibility", "exclusion", "Not eligible: E3"),
        ("pregnancy", "positive", "Pregnancy test positive: no infusion"),
        ("pregnancy", "no_test", "No pregnancy test today"),
        ("weight", "light", "Weight 20 kg is outside 35–150 kg"),
    ],
)
def test_a_hard_stop_blocks_mark_ready_with_its_reason(
    qtbot, open_screen, site_ws: Workspace, nurse: Actor, session_id: str, step, variant, words
) -> None:
    screen = open_screen(nurse)
    walk(qtbot, screen, {step: variant})
    index = [s.step.value for s in screen.steps].index(step)
    screen.go_to(index)
    assert screen.outcome.isVisible()
    assert screen.outcome.headline.text() == "✖  The infusion cannot go ahead"
    assert screen.outcome.text.text().startswith(words)
    assert "Hard stop" in screen.indicator.button(index).text()
    assert screen.summary.text().startswith("✖  The infusion cannot go ahead — hard stop:")
    assert not screen.ready_button.isEnabled()

    screen.mark_ready()  # the button is a courtesy: the service refuses anyway
    assert screen.ready_message.isVisible()
    assert screen.ready_message.text().startswith("⚠  The session is not ready.")
    assert _state(site_ws, session_id) == "checking"


def test_correcting_a_wrong_scan_clears_the_hard_stop(qtbot, open_screen, nurse: Actor) -> None:
    screen = open_screen(nurse)
    answer_identity(qtbot, screen.steps[0], "wrong_band")
    assert screen.state(0).status is Status.HARD_STOP
    band = screen.steps[0].wristband
    band.clear()
    qtbot.keyClicks(band, SUBJECT)
    qtbot.keyClick(band, Qt.Key.Key_Return)
    assert screen.state(0).status is Status.OK
    assert screen.ready_button.isEnabled()


def _decide(qtbot, password: str, seen: list[DecisionDialog]) -> Callable[[QDialog], int]:
    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, DecisionDialog)
        seen.append(dialog)
        qtbot.mouseClick(dialog.proceed, LEFT)
        qtbot.keyClicks(dialog.reason, "Known hypertension, stable")
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    return fill


def test_baseline_out_of_range_an_investigator_decides_then_ready(
    qtbot,
    open_screen,
    site_ws: Workspace,
    nurse: Actor,
    investigator: Actor,
    session_id: str,
    verify_bag,
) -> None:
    screen = open_screen(nurse)
    walk(qtbot, screen, {"baseline_vitals": "high_bp"})
    screen.go_to(5)
    assert screen.outcome.headline.text() == "⚖  An investigator must decide"
    assert "Systolic BP 168 mmHg (allowed 90–160)" in screen.outcome.text.text()
    assert not screen.outcome.decide_button.isEnabled()  # a nurse cannot decide
    assert screen.outcome.hint.text().startswith("Only an investigator can decide.")
    seen: list[DecisionDialog] = []
    screen.run_dialog = _decide(qtbot, PASSWORDS["li.na"], seen)
    screen.decide()  # even if the dialog opened, the service refuses the nurse
    assert seen[0].message.text().startswith("⚠  Only an investigator may do this")
    screen.mark_ready()
    assert _state(site_ws, session_id) == "checking"
    screen.close()

    screen = open_screen(investigator)
    assert screen.current() == 5  # reopens at the first step that does not hold
    assert screen.outcome.decide_button.isEnabled()
    screen.run_dialog = _decide(qtbot, "wrong password", seen)
    qtbot.mouseClick(screen.outcome.decide_button, LEFT)
    assert seen[-1].isVisible() or seen[-1].result() == 0
    assert seen[-1].reason.text() == "Known hypertension, stable"  # kept after the refusal
    screen.run_dialog = _decide(qtbot, PASSWORDS["zhao.min"], seen)
    qtbot.mouseClick(screen.outcome.decide_button, LEFT)
    assert screen.state(5).status is Status.PROCEED
    assert "Proceed" in screen.indicator.button(5).text()
    verify_bag()
    with qtbot.waitSignal(screen.session_ready):
        qtbot.mouseClick(screen.ready_button, LEFT)
    assert _state(site_ws, session_id) == "ready"


def test_leaving_and_reopening_keeps_the_answers(
    qtbot, open_screen, site_ws: Workspace, nurse: Actor, session_id: str
) -> None:
    screen = open_screen(nurse)
    answer_identity(qtbot, screen.steps[0], "")
    qtbot.mouseClick(screen.next_button, LEFT)
    answer_eligibility(qtbot, screen.steps[1], "")
    qtbot.mouseClick(screen.next_button, LEFT)
    with qtbot.waitSignal(screen.closed):
        qtbot.mouseClick(screen.close_button, LEFT)
    screen.close()

    again = open_screen(nurse)
    assert again.current() == 2  # the first step still open
    identity, eligibility = again.steps[0], again.steps[1]
    assert identity.wristband.text() == SUBJECT
    assert identity.second_identifier.text() == "1985"
    assert eligibility.items["E3"].value() is False
    assert eligibility.items["I1"].value() is True
    assert "✔" in again.indicator.button(1).text()
    again.go_to(0)
    assert again.next_button.text() == "Next ›"  # nothing new to record
    assert again.outcome.text.text() == "Identity confirmed and wristband matches."
    assert [s.status for s in checklist(site_ws, session_id).steps][:2] == [Status.OK] * 2


def test_a_refused_weight_keeps_the_entry(qtbot, open_screen, nurse: Actor) -> None:
    screen = open_screen(nurse)
    screen.go_to(4)
    weight = screen.steps[4]
    qtbot.keyClicks(weight.weight, "58,5kg")
    qtbot.keyClick(weight.weight, Qt.Key.Key_Return)
    assert weight.problem.text() == "⚠  Type today's weight in kg, e.g. 58.5."
    assert weight.weight.text() == "58,5kg"
    assert screen.state(4).answer is None


def test_vitals_form_refuses_an_impossible_value_at_its_field(qtbot, site_ws: Workspace) -> None:
    form = VitalsForm(site_ws.clock, site_ws.protocol.site.timezone)
    qtbot.addWidget(form)
    form.show()
    for name, text in {**VITAL_TEXT, "spo2_pct": "150", "temperature_c": "hot"}.items():
        qtbot.keyClicks(form.fields[name], text)
    assert form.check() is False
    assert form.problems["spo2_pct"].text() == ("⚠  SpO₂ 150 % is not possible: allowed 50–100 %.")
    assert form.problems["temperature_c"].text() == "⚠  Temperature: type a number in °C."
    assert not form.problems["heart_rate_bpm"].isVisible()
    assert form.fields["spo2_pct"].text() == "150"  # the entry is kept for correction
    assert form.values()["temperature_c"] == "hot"


def test_vitals_form_asks_to_confirm_an_unusual_value(qtbot, site_ws: Workspace) -> None:
    form = VitalsForm(site_ws.clock, site_ws.protocol.site.timezone)
    qtbot.addWidget(form)
    asked: list[str] = []
    form.ask_confirm = lambda parent, title, text: asked.append(text) or False
    form.set_values({**GOOD_VITALS, "temperature_c": 40.5})
    qtbot.mouseClick(form.consciousness.button("V"), LEFT)
    assert form.check() is False
    assert asked == ["Temperature 40.5 °C is unusual: please confirm."]
    form.ask_confirm = lambda parent, title, text: True
    assert form.check() is True
    assert form.values() == {**GOOD_VITALS, "temperature_c": 40.5, "consciousness": "V"}


def test_vitals_form_time_can_be_set_back_not_forward(qtbot, site_ws: Workspace) -> None:
    form = VitalsForm(site_ws.clock, site_ws.protocol.site.timezone)
    qtbot.addWidget(form)
    now = site_ws.clock.now()
    assert form.measured_time() == now.replace(second=0, microsecond=0)
    qtbot.mouseClick(form.earlier_button, LEFT)
    assert (now - form.measured_time()).total_seconds() == 300
    form.measured_at.setDateTime(form.measured_at.dateTime().addSecs(3600))
    assert form.measured_time() <= now


def test_every_control_has_an_accessible_name_and_a_big_target(
    qtbot, open_screen, nurse: Actor
) -> None:
    screen = open_screen(nurse)
    for index in range(len(screen.steps)):
        screen.go_to(index)
        for widget in screen.findChildren(QWidget):
            if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                if widget.objectName().startswith("qt_") or isinstance(widget, QScrollArea):
                    continue  # a date edit's inner field; the scroll areas
                assert widget.accessibleName(), widget
                assert widget.height() >= 44, (widget.accessibleName(), widget.height())


def test_mark_ready_before_the_checks_shows_what_is_missing(
    qtbot, open_screen, nurse: Actor
) -> None:
    screen = open_screen(nurse)
    qtbot.mouseClick(screen.ready_button, LEFT)
    assert "identity: not answered yet" in screen.ready_message.text()
    assert not isinstance(screen.result.refusal(), type(None))
    assert isinstance(screen.result.refusal(), Refusal)
