"""Signing a session through the SignatureDialog, and the manifestations the list shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from infusion_app.domain.signatures import SignatureMeaning
from infusion_app.services import signing
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.signing import COUNTER_MEANINGS, FIRST_MEANINGS
from infusion_app.ui.signature_dialog import SignatureDialog
from infusion_app.ui.signature_list import SignatureListWidget
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING, PASSWORDS

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)


def _dialog(qtbot, ws: Workspace, actor: Actor, session_id: str, *, counter: bool = False):
    if counter:
        meanings, service = COUNTER_MEANINGS, signing.countersign_session
    else:
        meanings, service = FIRST_MEANINGS, signing.sign_session
    dialog = SignatureDialog(
        actor,
        "Infusion session 1 of HPV-001",
        meanings,
        lambda password, meaning: service(
            ws, actor, session_id=session_id, password=password, meaning=meaning
        ),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_nurse_signs_and_the_list_shows_the_manifestation(
    qtbot, site_ws: Workspace, nurse: Actor, observed_session: str
) -> None:
    dialog = _dialog(qtbot, site_ws, nurse, observed_session)
    assert dialog.record_label.text() == "Infusion session 1 of HPV-001"
    assert dialog.signer_label.text() == "Li Na · Nurse · li.na"
    assert dialog.meaning() == "performed"  # the only meaning allowed is preselected
    assert [b.text() for b in dialog.meaning_buttons.buttons()] == [
        "Performed — I carried out what this record shows"
    ]

    qtbot.keyClicks(dialog.password, "not my password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message.text() == "⚠  The user name or password is not right."
    assert dialog.password.text() == ""
    assert signing.signatures(site_ws, observed_session) == []

    qtbot.keyClicks(dialog.password, PASSWORDS["li.na"])
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert isinstance(dialog.outcome, Accepted)

    shown = SignatureListWidget(site_ws.protocol.site.timezone)
    qtbot.addWidget(shown)
    assert shown.texts() == ["Not signed yet."]
    shown.set_signatures(signing.signatures(site_ws, observed_session))
    [line] = shown.texts()
    assert line.startswith(
        "✍  Li Na · Nurse · Performed · 2026-11-24 11:02"
    )  # after the 120-min check
    assert line.endswith(" CST (UTC+08:00)")


def test_investigator_countersigns_choosing_the_meaning(
    qtbot, site_ws: Workspace, nurse: Actor, investigator: Actor, observed_session: str
) -> None:
    signed = signing.sign_session(
        site_ws, nurse, session_id=observed_session, password=PASSWORDS["li.na"]
    )
    assert isinstance(signed, Accepted), signed
    dialog = _dialog(qtbot, site_ws, investigator, observed_session, counter=True)
    assert dialog.meaning() == ""  # two meanings: the signer must choose
    dialog.password.setText(PASSWORDS["zhao.min"])
    dialog.submit()
    assert dialog.message.text() == "⚠  Choose what your signature means."
    assert dialog.isVisible()

    dialog.choose(SignatureMeaning.APPROVED)
    dialog.password.setText(PASSWORDS["zhao.min"])
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()

    shown = SignatureListWidget(site_ws.protocol.site.timezone)
    qtbot.addWidget(shown)
    shown.set_signatures(signing.signatures(site_ws, observed_session))
    assert [line.split(" · ")[:3] for line in shown.texts()] == [
        ["✍  Li Na", "Nurse", "Performed"],
        ["✍  Zhao Min", "Investigator", "Approved"],
    ]


def test_countersigning_ones_own_signature_is_refused(
    qtbot, site_ws: Workspace, investigator: Actor, observed_session: str
) -> None:
    signed = signing.sign_session(
        site_ws, investigator, session_id=observed_session, password=PASSWORDS["zhao.min"]
    )
    assert isinstance(signed, Accepted), signed
    dialog = _dialog(qtbot, site_ws, investigator, observed_session, counter=True)
    dialog.choose(SignatureMeaning.REVIEWED)
    qtbot.keyClicks(dialog.password, PASSWORDS["zhao.min"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "different person" in dialog.message.text()
    assert dialog.meaning() == "reviewed"  # the choice stays; only the password is cleared
    assert [s.meaning for s in signing.signatures(site_ws, observed_session)] == ["performed"]
