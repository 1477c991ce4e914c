"""The three cards side by side at the bedside: the bag's label, its release, the participant."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from infusion_app.domain.labels import printed_din
from infusion_app.domain.protocol import Protocol
from infusion_app.services.records import ParticipantRow, ProductRow, SignatureShown
from infusion_app.ui.product.entry import utc_to_local_text
from infusion_app.ui.product.look import selectable
from infusion_app.ui.signature_list import SignatureListWidget


class InfoCard(QFrame):
    """A titled white card of "name  value" rows (name beside its value, so that the three
    cards, the STOP panel and both people's fields fit a 768-px screen); a value may be big."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productCard")
        self.setAccessibleName(title)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(14, 8, 14, 8)
        self.column.setSpacing(4)
        self.column.addWidget(selectable(title, "cardTitle", title))
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(10)
        self.rows.setVerticalSpacing(2)
        self.rows.setColumnStretch(1, 1)
        self.column.addLayout(self.rows)
        self.values: dict[str, QLabel] = {}

    def add_value(self, name: str, value: str, *, big: bool = False) -> QLabel:
        """A row "name  value" (big for what is compared with the scan)."""
        caption = QLabel(name)
        caption.setObjectName("hint")
        shown = selectable(value, "bigValue" if big else "value", name)
        row = self.rows.rowCount()
        self.rows.addWidget(
            caption, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.rows.addWidget(shown, row, 1)
        self.values[name] = shown
        return shown


class LabelCard(InfoCard):
    """What the bag's label says: DIN (eye-readable), lot, expiry, arm."""

    def __init__(self, product: ProductRow, protocol: Protocol, zone: str, language: str):
        super().__init__(self.tr("Bag label"))
        arm = protocol.arm(product.arm).label.get(language) if product.arm else ""
        self.din = self.add_value(self.tr("DIN"), printed_din(product.din), big=True)
        self.din.setWordWrap(False)  # read as printed: one line, never broken
        self.add_value(self.tr("Lot"), product.lot)
        self.add_value(
            self.tr("Expires"),
            utc_to_local_text(product.expires_at, zone) + " " + self.tr("(site time)"),
        )
        self.add_value(self.tr("Holds"), arm)
        self.column.addStretch(1)


class ReleaseCard(InfoCard):
    """Who released the bag and when, and every signature on it so far."""

    def __init__(self, released_by: str, released_at: str, zone: str):
        super().__init__(self.tr("Release"))
        self.add_value(self.tr("Released by"), released_by)
        self.add_value(self.tr("Released at"), f"{released_at} " + self.tr("(site time)"))
        self.signatures = SignatureListWidget(zone)
        self.column.addWidget(self.signatures)
        self.column.addStretch(1)

    def set_signatures(self, signatures: Sequence[SignatureShown]) -> None:
        """Show the product's signatures (release, bedside checks)."""
        self.signatures.set_signatures(signatures)


class ParticipantCard(InfoCard):
    """Who should receive the bag: subject code (compared with the wristband) and initials."""

    def __init__(self, person: ParticipantRow, session_number: int):
        super().__init__(self.tr("Participant"))
        self.subject = self.add_value(self.tr("Subject code"), person.subject_code, big=True)
        self.add_value(self.tr("Initials"), person.initials)
        self.add_value(self.tr("Session"), str(session_number))
        self.column.addStretch(1)
