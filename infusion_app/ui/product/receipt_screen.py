"""The pharmacist's receipt of one participant's bag: every check shown, then the release."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.signatures import SignatureMeaning
from infusion_app.services import records
from infusion_app.services.context import Actor, Outcome, Workspace
from infusion_app.services.products import receive_product, release_product
from infusion_app.ui.asking import run_dialog
from infusion_app.ui.kit.forms import (
    error_label,
    field_label,
    fill_with_scrolling,
    heading,
    push_button,
    show_error,
)
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.product.look import CheckResultsList, NoticePanel
from infusion_app.ui.product.receipt_form import ReceiptForm
from infusion_app.ui.session.asking import ask_confirm
from infusion_app.ui.signature_dialog import SignatureDialog
from infusion_app.ui.signature_list import SignatureListWidget

RIGHT_WIDTH = 360  # px: the result panel beside the form
NARROW_BELOW_PX = 1200  # the screen's width under which that panel goes under the form
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size (no maximum)
# Which field a refusal from receive_product belongs to.
FIELD_OF_REFUSAL = {
    "bad_din": "din",
    "bad_din_flags": "din",
    "wrong_din_check": "din",
    "missing_din_check": "din",
    "not_a_bag_id": "din",
    "unreadable_label": "din",
    "confirm_lab_code": "din",
    "missing_lot": "lot",
}


class ReceiptScreen(QWidget):
    """Choose the participant, record the label and the bag, check, receive and release.

    Confirmations go through :attr:`ask_confirm` and the signature through :attr:`run_dialog`;
    tests replace both on the instance.

    Signals:
        received(str): a receipt was recorded (passed or quarantined); the product id.
        released(str): the pharmacist released the bag with a signature; the product id.
    """

    received = Signal(str)
    released = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._actor = actor
        self.product_id = ""
        self.ask_confirm: Callable[[QWidget, str, str], bool] = ask_confirm
        self.run_dialog: Callable[[QDialog], int] = run_dialog
        self.participant = QComboBox()
        self.participant.setAccessibleName(self.tr("Participant"))
        self.participant.setMinimumWidth(260)
        for person in records.participants(ws):
            self.participant.addItem(
                f"{person.subject_code} · {person.initials}", person.subject_code
            )
        language = language or QLocale().name()  # the interface's language unless told
        self.form = ReceiptForm(ws.protocol, ws.protocol.site.timezone, language)
        self.check_button = push_button(self.tr("Check and receive"), primary=True)
        self.release_button = push_button(self.tr("Release…"), primary=True)
        self.release_button.setEnabled(False)
        self.results = CheckResultsList(
            {arm.code: arm.label.get(language) for arm in ws.protocol.arms}
        )
        self.notice = NoticePanel(self.tr("Result of the receipt"))
        self.signatures = SignatureListWidget(ws.protocol.site.timezone)
        self.signatures.hide()
        self.message = error_label()
        self._lay_out()
        self.check_button.clicked.connect(self.check_and_receive)
        self.release_button.clicked.connect(self.release)
        self.form.fields["weight"].returnPressed.connect(self.check_and_receive)
        for field in self.form.fields.values():
            field.textEdited.connect(self._edited)
        self.form.fields["scan"].setFocus()

    def _edited(self, _text: str) -> None:
        """A changed value may be received again (a new receipt, a new record)."""
        self.check_button.setEnabled(True)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Product receipt")), 1)
        top.addWidget(field_label(self.tr("&Participant"), self.participant))
        top.addWidget(self.participant)
        card = QFrame()
        card.setObjectName("productCard")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(16, 14, 16, 14)
        inside.addWidget(self.form)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(card)
        left.addWidget(self.results)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(10)
        for widget in (self.check_button, self.message, self.notice, self.release_button):
            right.addWidget(widget)
        right.addWidget(self.signatures)
        right.addStretch(1)
        self._side = QWidget()
        self._side.setLayout(right)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.addLayout(left, 1)
        self._body.addWidget(self._side, 0)
        self._set_narrow(False)
        page = QWidget()
        page.setObjectName("page")
        column = QVBoxLayout(page)
        column.setContentsMargins(20, 14, 20, 14)
        column.addLayout(top)
        column.addLayout(self._body, 1)
        fill_with_scrolling(self, page)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Beside the form on a wide screen; under it, across the width, on a narrow one (a
        1024 px window): the form and its buttons then fit, nothing is cut off at the side."""
        super().resizeEvent(event)
        self._set_narrow(event.size().width() < NARROW_BELOW_PX)

    def _set_narrow(self, narrow: bool) -> None:
        if narrow:
            self._body.setDirection(QBoxLayout.Direction.TopToBottom)
            self._side.setMinimumWidth(0)
            self._side.setMaximumWidth(QWIDGETSIZE_MAX)
        else:
            self._body.setDirection(QBoxLayout.Direction.LeftToRight)
            self._side.setFixedWidth(RIGHT_WIDTH)

    def choose_participant(self, subject_code: str) -> None:
        """Select ``subject_code`` in the participant list."""
        self.participant.setCurrentIndex(self.participant.findData(subject_code))

    def check_and_receive(self) -> None:
        """Record the receipt; every check's result shows, and a pass allows the release."""
        show_error(self.message, "")
        subject = self.participant.currentData()
        if not subject:
            show_error(self.message, self.tr("Choose the participant the bag is for."))
            return
        values = self.form.collect()
        if values is None:
            return
        outcome = receive_product(self._ws, self._actor, subject_code=subject, **values)
        if isinstance(outcome, Refusal) and outcome.code == "confirm_lab_code":
            title = self.tr("The laboratory's own code")
            if self.ask_confirm(self, title, refusal_text(outcome)):
                outcome = receive_product(
                    self._ws, self._actor, subject_code=subject, lab_code_confirmed=True, **values
                )
        if isinstance(outcome, Refusal):
            self._refused(outcome)
            return
        self._show_receipt(str(outcome.created["product_id"]))  # type: ignore[union-attr]

    def _refused(self, refusal: Refusal) -> None:
        field = FIELD_OF_REFUSAL.get(refusal.code)
        if refusal.code == "bad_time":
            field = "expiry" if "expiry" in refusal.reason else "prepared"
        if field:
            self.form.show_problem(field, refusal_text(refusal))
        else:
            show_error(self.message, refusal_text(refusal))

    def _show_receipt(self, product_id: str) -> None:
        self.product_id = product_id
        self.check_button.setEnabled(False)
        checks = records.receipt_checks(self._ws, product_id)
        self.results.set_results(checks)
        failed = [c for c in checks if not c.passed]
        if failed:
            self.notice.show_notice(
                "quarantine",
                self.tr("Quarantined — do not release"),
                [line for line in self.results.texts() if line.startswith("✗")]
                + [self.tr("Keep the bag apart and tell the cell laboratory.")],
            )
        else:
            self.notice.show_notice(
                "ok",
                self.tr("Every check passed — received"),
                [self.tr("Release it with your signature to send it to the ward.")],
            )
        self.release_button.setEnabled(not failed)
        self.received.emit(product_id)

    def release(self) -> None:
        """Ask for the pharmacist's signature and release the bag."""
        row = records.product(self._ws, self.product_id)
        if row is None:
            return
        description = self.tr("Release of bag {din} (lot {lot}) for {subject}").format(
            din=row.din, lot=row.lot, subject=row.subject_code
        )
        dialog = SignatureDialog(
            self._actor, description, (SignatureMeaning.APPROVED,), self._sign, self
        )
        self.run_dialog(dialog)
        if dialog.outcome is None or isinstance(dialog.outcome, Refusal):
            return
        self.release_button.setEnabled(False)
        self.notice.show_notice(
            "ok",
            self.tr("Released"),
            [self.tr("The bag may go to the ward for the bedside check by two people.")],
        )
        self.signatures.set_signatures(records.product_signatures(self._ws, self.product_id))
        self.signatures.show()
        self.released.emit(self.product_id)

    def _sign(self, password: str, _meaning: str) -> Outcome:
        return release_product(self._ws, self._actor, product_id=self.product_id, password=password)
