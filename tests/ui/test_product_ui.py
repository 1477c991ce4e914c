"""Product receipt, release and the bedside two-person check, through the real widgets.

A keyboard-wedge scanner is simulated as it behaves: it types the code and presses Enter in
the focused field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from infusion_app.domain.roles import Role
from infusion_app.services import bedside, participants, products, session_flow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.users import add_user
from infusion_app.ui.product.bedside_check_screen import BedsideCheckScreen
from infusion_app.ui.product.entry import local_to_utc_iso, parse_cells, route_code
from infusion_app.ui.product.receipt_screen import ReceiptScreen
from infusion_app.ui.signature_dialog import SignatureDialog
from tests.conftest import good_receipt
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING, PASSWORDS, SUBJECT
from tests.ui.layout_checks import cut_at_the_side, squeezed

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton
ENTER = Qt.Key.Key_Return
ROOT = Path(__file__).resolve().parents[2]
PHARMACIST_PASSWORD = "pharmacist 1"
DIN_SCAN = "=G12341765432170"  # DIN G1234 17 654321, check character A
ZONE = "Asia/Shanghai"
GOOD_TYPED = {  # what the pharmacist types for good_receipt(), in the site's time
    "label_subject": SUBJECT,
    "lot": "MSC-2611-07",
    "cells": "5.85×10^7",
    "viability": "92",
    "volume": "100",
    "prepared": "2026-11-24 08:00",
    "temperature": "5",
    "weight": "58.5",
}


@pytest.fixture
def pharmacist(site_ws: Workspace, admin: Actor) -> Actor:
    """The site's pharmacist (receives and releases bags; may be a bedside checker)."""
    added = add_user(
        site_ws,
        admin,
        username="pharm.zhao",
        full_name="Zhao Min",
        role="pharmacist",
        password=PHARMACIST_PASSWORD,
    )
    assert isinstance(added, Accepted), added
    return Actor("pharm.zhao", "Zhao Min", Role.PHARMACIST)


@pytest.fixture
def session_id(site_ws: Workspace, investigator: Actor, nurse: Actor, pharmacist: Actor) -> str:
    """HPV-001 (LXM) and HPV-002 registered; HPV-001's first session is in its checks."""
    today = site_ws.site_today().isoformat()
    for code, initials in ((SUBJECT, "LXM"), ("HPV-002", "CQ")):
        result = participants.register_participant(
            site_ws,
            investigator,
            subject_code=code,
            initials=initials,
            year_of_birth=1985,
            arm="huc_msc",
            consent_date=today,
            first_session_date=today,
        )
        assert isinstance(result, Accepted), result
        if code == SUBJECT:
            first = str(result.created["session_ids"][0])
    assert isinstance(session_flow.begin_checks(site_ws, nurse, session_id=first), Accepted)
    return first


@pytest.fixture
def receipt(qtbot, site_ws: Workspace, pharmacist: Actor, session_id: str) -> ReceiptScreen:
    """The pharmacist's receipt screen, HPV-001 chosen, the cursor in the scan field."""
    screen = ReceiptScreen(site_ws, pharmacist)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.choose_participant(SUBJECT)
    return screen


def scan(qtbot, field, text: str) -> None:
    """What a keyboard-wedge scanner does: type the code, press Enter."""
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, ENTER)


def fill(qtbot, screen: ReceiptScreen, **change: str) -> None:
    """Scan the DIN and the ISBT 128 expiry, type the rest, tick the appearance boxes."""
    form = screen.form
    scan(qtbot, form.fields["scan"], change.pop("din_scan", DIN_SCAN))
    scan(qtbot, form.fields["scan"], change.pop("expiry_scan", "&>0263281500"))  # 15:00 local
    form.arm.setCurrentIndex(form.arm.findData(change.pop("arm", "huc_msc")))
    for name, text in {**GOOD_TYPED, **change}.items():
        form.fields[name].clear()
        scan(qtbot, form.fields[name], text) if name != "weight" else qtbot.keyClicks(
            form.fields[name], text
        )
    for box in form.appearance:
        if not box.isChecked():
            qtbot.mouseClick(box, LEFT)


def signing_with(qtbot, password: str, seen: list[SignatureDialog]) -> Callable[[QDialog], int]:
    """A run_dialog that types ``password`` into the SignatureDialog and presses Enter."""

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, SignatureDialog)
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.password, password)
        qtbot.keyClick(dialog.password, ENTER)
        return dialog.result()

    return run


def released_bag(ws: Workspace, pharmacist: Actor) -> str:
    """A good bag received and released through the services; its product id."""
    received = products.receive_product(ws, pharmacist, **good_receipt())
    assert isinstance(received, Accepted), received
    product_id = str(received.created["product_id"])
    released = products.release_product(
        ws, pharmacist, product_id=product_id, password=PHARMACIST_PASSWORD
    )
    assert isinstance(released, Accepted), released
    return product_id


@pytest.fixture
def bedside_screen(qtbot, site_ws: Workspace, nurse: Actor, session_id: str):
    """The bedside check as the nurse signed in sees it."""

    def open_screen() -> BedsideCheckScreen:
        screen = BedsideCheckScreen(site_ws, nurse, session_id)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return open_screen


def check_first(qtbot, screen: BedsideCheckScreen, bag: str = DIN_SCAN, band: str = SUBJECT):
    """The nurse scans the bag and the wristband and signs with the password."""
    step = screen.first
    assert step.focusWidget() is step.bag
    scan(qtbot, step.bag, bag)
    assert step.focusWidget() is step.wristband  # Enter moved on, ready for the next scan
    scan(qtbot, step.wristband, band)
    assert step.focusWidget() is step.password
    scan(qtbot, step.password, PASSWORDS["li.na"])


def check_second(qtbot, screen: BedsideCheckScreen, username: str, password: str) -> None:
    step = screen.second
    scan(qtbot, step.bag, DIN_SCAN)
    scan(qtbot, step.wristband, SUBJECT)
    assert step.focusWidget() is step.username
    scan(qtbot, step.username, username)
    scan(qtbot, step.password, password)


# --- reading what is typed -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("58500000", 5.85e7),
        ("58,500,000", 5.85e7),
        ("5.85e7", 5.85e7),
        ("5.85E+07", 5.85e7),
        ("5.85×10^7", 5.85e7),
        ("5.85 × 10⁷", 5.85e7),
        ("5.85x10^7", 5.85e7),
        ("5,85×10^7", 5.85e7),  # a decimal comma, not a thousands separator
        ("0", 0.0),  # placebo
        ("", None),
        ("lots", None),
        ("-5e7", None),
        ("5.85×10^", None),
    ],
)
def test_cells_are_read_in_every_usual_notation(text: str, cells: float | None) -> None:
    assert parse_cells(text) == (pytest.approx(cells) if cells is not None else None)


def test_label_codes_are_routed_to_their_fields() -> None:
    assert route_code(DIN_SCAN, ZONE) == {"din": "G1234 17 654321 A"}
    assert route_code("]C1" + DIN_SCAN, ZONE) == {"din": "G1234 17 654321 A"}
    assert route_code("&>0263281500", ZONE) == {"expiry": "2026-11-24 15:00"}
    assert route_code("010950600013435210MSC-2611-07\x1d17261124", ZONE) == {
        "lot": "MSC-2611-07",
        "expiry": "2026-11-24 23:59",
    }
    assert route_code("=<E0001V00", ZONE) == {"product_code": "E0001V00"}
    assert route_code("LAB-77-0012", ZONE) == {"din": "LAB-77-0012"}
    assert route_code("=G12341765432171", ZONE).code == "wrong_din_check"  # type: ignore[union-attr]
    assert local_to_utc_iso("2026-11-24 15:00", ZONE) == "2026-11-24T07:00:00.000000Z"
    assert local_to_utc_iso("24/11/2026", ZONE) is None


# --- the whole path ---------------------------------------------------------------------------


def test_receipt_release_and_two_person_bedside_check(
    qtbot, site_ws: Workspace, receipt: ReceiptScreen, session_id: str, bedside_screen
) -> None:
    fill(qtbot, receipt)
    form = receipt.form
    assert form.fields["din"].text() == "G1234 17 654321 A"  # from the DIN scan
    assert form.fields["expiry"].text() == "2026-11-24 15:00"  # from the ISBT 128 expiry scan
    assert form.fields["scan"].text() == ""  # ready for the next scan
    assert form.dose.text() == "Dose for 58.5 kg: 5.85×10⁷ cells, limit ±10 %"
    assert not receipt.release_button.isEnabled()

    with qtbot.waitSignal(receipt.received) as received:
        qtbot.keyClick(form.fields["weight"], ENTER)
    product_id = received.args[0]
    lines = receipt.results.texts()
    assert len(lines) == 9 and all(line.startswith("✓") for line in lines)
    assert "✓  Cell dose: labelled 5.85×10⁷ cells vs dose 5.85×10⁷ for 58.5 kg" in lines[5]
    assert receipt.notice.kind == "ok"
    assert receipt.notice.title.text() == "Every check passed — received"

    seen: list[SignatureDialog] = []
    receipt.run_dialog = signing_with(qtbot, PHARMACIST_PASSWORD, seen)
    with qtbot.waitSignal(receipt.released):
        qtbot.mouseClick(receipt.release_button, LEFT)
    assert seen[0].signer_label.text() == "Zhao Min · Pharmacist · pharm.zhao"
    assert seen[0].meaning() == "approved"
    assert receipt.notice.title.text() == "Released"
    assert receipt.signatures.texts()[0].startswith("✍  Zhao Min · Pharmacist · Approved · ")
    assert products.product_row(site_ws, product_id)["state"] == "released"  # type: ignore[index]

    screen = bedside_screen()
    assert screen.product_id == product_id
    assert screen.label_card.din.text() == "G1234 17 654321 A"  # type: ignore[union-attr]
    assert screen.participant_card.subject.text() == SUBJECT  # type: ignore[union-attr]
    assert screen.release_card.values["Released by"].text() == "Zhao Min"  # type: ignore[union-attr]
    assert not screen.second.bag.isEnabled()
    check_first(qtbot, screen)
    assert screen.first.status.text().startswith("✔  Done by Li Na · 2026-11-24 09:00")
    assert screen.second.bag.isEnabled() and screen.second.focusWidget() is screen.second.bag

    with qtbot.waitSignal(screen.verified) as verified:
        check_second(qtbot, screen, "pharm.zhao", PHARMACIST_PASSWORD)
    assert verified.args == [product_id]
    assert screen.notice.kind == "ok"
    assert screen.notice.title.text() == "Verified — right bag, right participant"
    assert bedside.verified_product(site_ws, session_id) == product_id
    meanings = [line.split(" · ")[2] for line in screen.release_card.signatures.texts()]
    assert meanings == ["Approved", "Performed", "Verified"]


# --- receipt failures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "failed_line"),
    [
        ({"viability": "65"}, "✗  Viability: viability 65 % (limit ≥ 70 %)"),
        ({"expiry_scan": "&>0263280830"}, "✗  Not expired: expires 2026-11-24 00:30 UTC"),
        (
            {"label_subject": "HPV-002"},
            "✗  Participant on the label: label names HPV-002, participant is HPV-001",
        ),
        ({"temperature": "12"}, "✗  Temperature on receipt: 12 °C on receipt (allowed 2–8 °C)"),
        (  # before: "label says placebo, allocation is huc_msc"
            {"arm": "placebo"},
            "✗  Arm on the label: label says Placebo comparator: normal saline with 5 % albumin, "
            "allocation is Experimental: hUC-MSC 1×10⁶ cells/kg",
        ),
    ],
    ids=["viability_65", "expired", "wrong_participant", "warm", "wrong_arm"],
)
def test_a_failed_check_quarantines_with_its_reason_shown(
    qtbot, site_ws: Workspace, receipt: ReceiptScreen, change: dict, failed_line: str
) -> None:
    fill(qtbot, receipt, **change)
    with qtbot.waitSignal(receipt.received) as received:
        qtbot.mouseClick(receipt.check_button, LEFT)
    assert failed_line in receipt.results.texts()
    assert receipt.notice.kind == "quarantine"
    assert receipt.notice.title.text() == "Quarantined — do not release"
    assert failed_line in receipt.notice.text.text()  # the reason, in words, in the red panel
    assert not receipt.release_button.isEnabled()
    row = products.product_row(site_ws, received.args[0])
    assert row is not None and row["state"] == "quarantined"


def test_a_wrong_check_character_is_refused_at_the_field_and_kept(
    qtbot, receipt: ReceiptScreen
) -> None:
    form = receipt.form
    scan(qtbot, form.fields["din"], "G1234 17 654321 B")  # typed from the label, one slip
    assert form.errors["din"].isVisible()
    assert form.errors["din"].text() == (
        "⚠  The check character 'B' does not fit DIN G123417654321 (expected 'A'): "
        "look at the label again."
    )
    assert form.fields["din"].text() == "G1234 17 654321 B"  # kept for correcting
    assert form.focusWidget() is form.fields["din"]

    scan(qtbot, form.fields["scan"], "=G12341765432171")  # a damaged bar code
    assert form.errors["scan"].text().startswith("⚠  The DIN G123417654321 carries check 'B'")
    assert form.fields["scan"].text() == "=G12341765432171"
    assert form.fields["din"].text() == "G1234 17 654321 B"  # nothing filled from a bad scan

    form.fields["din"].clear()
    scan(qtbot, form.fields["din"], "G1234 17 654321 A")
    assert not form.errors["din"].isVisible()


def test_the_labs_own_code_needs_confirmation(
    qtbot, site_ws: Workspace, receipt: ReceiptScreen
) -> None:
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_parent, _title: str, text: str) -> bool:
        asked.append(text)
        return next(answers)

    receipt.ask_confirm = confirm
    fill(qtbot, receipt, din_scan="LAB-77-0012")
    assert receipt.form.fields["din"].text() == "LAB-77-0012"
    qtbot.mouseClick(receipt.check_button, LEFT)  # declined: nothing recorded
    assert asked[0].startswith("LAB-77-0012 is the laboratory's own code, not ISBT 128")
    assert receipt.form.errors["din"].text().startswith("⚠  LAB-77-0012 is the laboratory's")
    assert receipt.product_id == ""
    with qtbot.waitSignal(receipt.received) as received:
        qtbot.mouseClick(receipt.check_button, LEFT)  # confirmed
    row = products.product_row(site_ws, received.args[0])
    assert row is not None and row["din"] == "LAB-77-0012" and row["state"] == "received"


def test_values_that_cannot_be_read_are_shown_at_their_fields(
    qtbot, receipt: ReceiptScreen
) -> None:
    fill(qtbot, receipt, cells="about fifty million", prepared="this morning")
    qtbot.mouseClick(receipt.check_button, LEFT)
    form = receipt.form
    assert form.errors["cells"].text() == "⚠  Type the cells as 58500000, 5.85e7 or 5.85×10^7."
    assert form.errors["prepared"].isVisible()
    assert form.fields["cells"].text() == "about fifty million"
    assert receipt.product_id == "" and not receipt.results.isVisible()


# --- bedside failures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bag", "band", "words"),
    [
        (
            "=G12341765432268",
            SUBJECT,
            "the bag scanned (G1234 17 654322 8) is not the released bag (G1234 17 654321 A)",
        ),
        (DIN_SCAN, "HPV-002", "the wristband (HPV-002) is not HPV-001"),
    ],
    ids=["wrong_bag", "wrong_wristband"],
)
def test_a_mismatch_shows_the_stop_panel(
    qtbot,
    site_ws: Workspace,
    pharmacist: Actor,
    session_id: str,
    bedside_screen,
    bag: str,
    band: str,
    words: str,
) -> None:
    product_id = released_bag(site_ws, pharmacist)
    screen = bedside_screen()
    check_first(qtbot, screen, bag=bag, band=band)
    assert screen.notice.isVisible() and screen.notice.kind == "stop"
    assert screen.notice.icon.text() == "✖"
    assert screen.notice.title.text() == "STOP — do not infuse"
    assert words in screen.notice.text.text()
    assert screen.first.bag.text() == bag and screen.first.password.text() == ""
    assert screen.second.bag.isEnabled() is False  # the second person cannot go on
    row = products.product_row(site_ws, product_id)
    assert row is not None and row["state"] == "released" and row["first_checked_by"] is None


def test_the_same_person_cannot_give_both_signatures(
    qtbot, site_ws: Workspace, pharmacist: Actor, session_id: str, bedside_screen
) -> None:
    released_bag(site_ws, pharmacist)
    screen = bedside_screen()
    check_first(qtbot, screen)
    check_second(qtbot, screen, "li.na", PASSWORDS["li.na"])
    assert screen.second.message.isVisible()
    assert screen.second.message.text() == (
        "⚠  The second signature must come from a different person than the first."
    )
    assert screen.notice.kind != "ok"
    assert bedside.verified_product(site_ws, session_id) is None


def test_a_wrong_password_or_unknown_user_is_refused(
    qtbot, site_ws: Workspace, pharmacist: Actor, session_id: str, bedside_screen
) -> None:
    released_bag(site_ws, pharmacist)
    screen = bedside_screen()
    check_first(qtbot, screen)
    check_second(qtbot, screen, "pharm.zhao", "not my password")
    assert screen.second.message.text() == "⚠  The user name or password is not right."
    screen.second.username.clear()
    check_second(qtbot, screen, "nobody", "whatever")
    assert screen.second.message.text() == "⚠  The user name or password is not right."
    assert bedside.verified_product(site_ws, session_id) is None


def test_reopening_continues_with_the_second_person(
    qtbot, site_ws: Workspace, pharmacist: Actor, session_id: str, bedside_screen
) -> None:
    released_bag(site_ws, pharmacist)
    check_first(qtbot, bedside_screen())
    screen = bedside_screen()
    assert not screen.first.bag.isEnabled()
    assert screen.first.status.text().startswith("✔  Done by Li Na")
    assert screen.second.bag.isEnabled()


def test_without_a_released_bag_nothing_can_be_signed(qtbot, bedside_screen) -> None:
    screen = bedside_screen()
    assert screen.notice.kind == "stop"
    assert screen.notice.title.text() == "No released bag"
    assert not screen.first.sign_button.isEnabled()


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_receipt_fits_the_window_and_nothing_is_cut_off_at_the_side(
    qtbot, receipt: ReceiptScreen, width: int
) -> None:
    """At the window's smallest width the result panel goes under the form (before, "Check
    and receive" was cut off at the right); at 1280 px it stays beside the form."""
    receipt.resize(width, 605)
    form, button = receipt.form, receipt.check_button

    def below() -> bool:
        return button.mapTo(receipt, QPoint(0, 0)).y() > form.mapTo(receipt, QPoint(0, 0)).y() + 100

    qtbot.waitUntil(lambda: below() is (width < 1200))
    assert cut_at_the_side(receipt) == [] and squeezed(receipt) == []


def test_the_chinese_receipt_offers_the_arms_in_chinese(
    qtbot,
    chinese: None,
    site_ws: Workspace,
    pharmacist: Actor,
    session_id: str,
) -> None:
    """Before, the Chinese arm list offered "Experimental" and "Placebo comparator"."""
    screen = ReceiptScreen(site_ws, pharmacist)
    qtbot.addWidget(screen)
    arms = [screen.form.arm.itemText(i) for i in range(1, screen.form.arm.count())]
    assert arms == ["试验组", "安慰剂对照组"]


def test_no_chinese_text_writes_the_drip_unit_in_english() -> None:
    """Before, "gtt/min" stood beside "滴/分" on the same Chinese screen."""
    ts = (ROOT / "resources" / "translations" / "infusion_app_zh_CN.ts").read_text("utf-8")
    translations = re.findall(r"<translation>([^<]*)</translation>", ts)
    assert [t for t in translations if "gtt" in t] == []
