"""The receipt form: the label (scanned or typed) and the bag's contents and condition.

A handheld scanner in keyboard-wedge mode types a code and Enter into the focused field; the
code is read and its parts go to their fields. Enter in a typed field moves to the next one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.checklist_rules import scientific
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import Protocol
from infusion_app.ui.kit.forms import error_label, field_label, hint_label, show_error
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.product.entry import (
    local_to_utc_iso,
    looks_like_code,
    parse_cells,
    parse_number,
    route_code,
)
from infusion_app.ui.product.look import selectable

# The order Enter moves through; the scan field is outside it (it keeps the focus for scans).
ORDER = (
    "label_subject", "din", "lot", "expiry", "cells", "viability", "volume", "prepared",
    "temperature", "weight",
)  # fmt: skip
CODE_FIELDS = ("scan", "din", "lot", "expiry")


class ReceiptForm(QWidget):
    """Every value of a receipt; :meth:`collect` gives them typed, or shows what is wrong."""

    def __init__(self, protocol: Protocol, zone: str, language: str = "en") -> None:
        super().__init__()
        self._protocol = protocol
        self._zone = zone
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.product_code = ""
        self.arm = QComboBox()
        self.arm.setAccessibleName(self.tr("Arm on the label"))
        self.arm.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.arm.setMinimumContentsLength(14)
        self.arm.addItem(self.tr("Choose what the label says…"), "")
        for arm in protocol.arms:
            # "Experimental: hUC-MSC …" → "Experimental"; the whole label is the tooltip.
            self.arm.addItem(arm.label.get(language).split(":")[0].split("：")[0], arm.code)
            self.arm.setItemData(
                self.arm.count() - 1, arm.label.get(language), Qt.ItemDataRole.ToolTipRole
            )
        self.appearance = [
            self._check(self.tr("Bag intact")),
            self._check(self.tr("No clumps or leaks")),
            self._check(self.tr("Label legible")),
        ]
        self.dose = selectable("", "dose", self.tr("Expected dose"))
        self.scan_note = hint_label(self.tr("Scan any label code here: DIN, expiry, GS1."))
        self._lay_out()
        for name in CODE_FIELDS:
            self.fields[name].returnPressed.connect(lambda n=name: self.read_code(n))
        for name in ORDER:
            if name not in CODE_FIELDS:
                self.fields[name].returnPressed.connect(lambda n=name: self.next_field(n))
        self.fields["weight"].textChanged.connect(self.show_dose)
        self.arm.currentIndexChanged.connect(self.show_dose)
        self.show_dose()

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        return box

    def _field(self, name: str, accessible: str, unit: str = "", hint: str = "") -> QWidget:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        if hint:
            field.setPlaceholderText(hint)
        self.fields[name] = field
        self.errors[name] = error_label()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(field, 1)
        if unit:
            shown = QLabel(unit)
            shown.setObjectName("unit")
            shown.setMinimumWidth(44)
            row.addWidget(shown)
        column.addLayout(row)
        column.addWidget(self.errors[name])
        return cell

    def _arm_cell(self) -> QWidget:
        self.errors["arm"] = error_label()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.arm)
        column.addWidget(self.errors["arm"])
        return cell

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(1, 230)
        grid.setColumnMinimumWidth(3, 230)
        when = self.tr("YYYY-MM-DD HH:MM")
        left = (
            ("label_subject", self.tr("Participant on label"), "", "HPV-001"),
            ("arm", self.tr("Arm on label"), "", ""),
            ("din", self.tr("DIN / bag code"), "", "G1234 17 654321 A"),
            ("lot", self.tr("Lot"), "", ""),
            ("expiry", self.tr("Expires"), "", when),
        )
        right = (
            ("cells", self.tr("Total viable cells"), "", self.tr("5.85e7 or 5.85×10^7")),
            ("viability", self.tr("Viability"), "%", ""),
            ("volume", self.tr("Volume"), "mL", ""),
            ("prepared", self.tr("Prepared at"), "", when),
            ("temperature", self.tr("Temperature on receipt"), "°C", ""),
        )
        scan = self._field("scan", self.tr("Scan a label code"), hint=self.tr("Scan here"))
        grid.addWidget(field_label(self.tr("&Scan label"), self.fields["scan"]), 0, 0)
        grid.addWidget(scan, 0, 1)
        grid.addWidget(self.scan_note, 0, 2, 1, 2)
        for column, rows in ((0, left), (2, right)):
            for row, (name, title, unit, hint) in enumerate(rows, start=1):
                cell = self._arm_cell() if name == "arm" else self._field(name, title, unit, hint)
                buddy = self.arm if name == "arm" else self.fields[name]
                label = field_label(title, buddy)
                label.setWordWrap(True)
                grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(cell, row, column + 1)
        boxes = QHBoxLayout()
        boxes.setSpacing(28)
        for box in self.appearance:
            boxes.addWidget(box)
        boxes.addStretch(1)
        grid.addWidget(QLabel(self.tr("Appearance")), 6, 0)
        grid.addLayout(boxes, 6, 1, 1, 3)
        weight = self._field("weight", self.tr("Weight the prescription used"), "kg")
        grid.addWidget(field_label(self.tr("&Weight used"), self.fields["weight"]), 7, 0)
        grid.addWidget(weight, 7, 1)
        grid.addWidget(self.dose, 7, 2, 1, 2, Qt.AlignmentFlag.AlignTop)

    def show_problem(self, name: str, text: str) -> None:
        """Show ``text`` under the field ``name`` (empty text hides it) and focus the field."""
        show_error(self.errors[name], text)
        if text:
            (self.arm if name == "arm" else self.fields[name]).setFocus()

    def clear_problems(self) -> None:
        """Hide every field's problem."""
        for label in self.errors.values():
            show_error(label, "")

    def next_field(self, name: str) -> None:
        """Move the cursor to the field after ``name`` (Enter, as a scanner sends it)."""
        index = ORDER.index(name)
        if index + 1 < len(ORDER):
            self.fields[ORDER[index + 1]].setFocus()
        if name == "label_subject":
            self.fields[name].setText(self.fields[name].text().strip().upper())

    def read_code(self, name: str) -> None:
        """Read what ``name`` holds as a label code and fill the fields it names."""
        field = self.fields[name]
        text = field.text()
        if not text.strip():
            return
        if name in ("lot", "expiry") and not looks_like_code(text):
            self._typed(name)
            return
        routed = route_code(text, self._zone)
        if isinstance(routed, Refusal):
            show_error(self.errors[name], refusal_text(routed))
            field.setFocus()
            field.selectAll()
            return
        show_error(self.errors[name], "")
        if name not in routed:
            field.clear()
        self.product_code = routed.pop("product_code", self.product_code)
        for key, value in routed.items():
            self.fields[key].setText(value)
            show_error(self.errors[key], "")
        self._after_code(name, routed)

    def _after_code(self, name: str, routed: dict[str, str]) -> None:
        if self.product_code:
            self.scan_note.setText(
                self.tr("Product code {code} read.").format(code=self.product_code)
            )
        if name != "scan":
            self.next_field(name)

    def _typed(self, name: str) -> None:
        if name == "expiry" and local_to_utc_iso(self.fields[name].text(), self._zone) is None:
            self.show_problem(name, self.tr("Type the expiry as YYYY-MM-DD HH:MM (site time)."))
            return
        show_error(self.errors[name], "")
        self.next_field(name)

    def show_dose(self) -> None:
        """The expected cells for the weight typed, live, with the tolerance."""
        weight = parse_number(self.fields["weight"].text())
        if self.arm.currentData() and self._protocol.arm(self.arm.currentData()).is_placebo:
            self.dose.setText(self.tr("Placebo: the bag holds no cells."))
        elif weight is None or weight <= 0:
            self.dose.setText(self.tr("Type the weight to see the expected dose."))
        else:
            cells = self._protocol.dose.cells_for_weight(weight)
            tolerance = self._protocol.product_acceptance.cell_dose_tolerance_pct
            self.dose.setText(
                self.tr("Dose for {weight} kg: {cells} cells, limit ±{tolerance} %").format(
                    weight=f"{weight:g}", cells=scientific(cells), tolerance=f"{tolerance:g}"
                )
            )

    def collect(self) -> dict[str, Any] | None:
        """The receipt's values for ``receive_product``, or None with the problems shown."""
        self.clear_problems()
        values, problems = _values(self, self._zone)
        for name, text in reversed(problems):
            self.show_problem(name, text)
        return None if problems else values


def _values(form: ReceiptForm, zone: str) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    text = {name: field.text().strip() for name, field in form.fields.items()}
    problems: list[tuple[str, str]] = []
    tr = form.tr
    numbers = {
        "viability": parse_number(text["viability"]) if text["viability"] else None,
        "volume": parse_number(text["volume"]),
        "temperature": parse_number(text["temperature"]),
        "weight": parse_number(text["weight"]),
    }
    cells = parse_cells(text["cells"])
    times = {n: local_to_utc_iso(text[n], zone) for n in ("expiry", "prepared")}
    for name, needed in (
        ("label_subject", tr("Type or scan the participant the label names.")),
        ("din", tr("Scan or type the bag's DIN.")),
        ("lot", tr("Type the lot number from the label.")),
    ):
        if not text[name]:
            problems.append((name, needed))
    if not form.arm.currentData():
        problems.append(("arm", tr("Choose what the label says the bag holds.")))
    for name, value in times.items():
        if value is None:
            problems.append((name, tr("Type a date and time as YYYY-MM-DD HH:MM (site time).")))
    if cells is None:
        problems.append(("cells", tr("Type the cells as 58500000, 5.85e7 or 5.85×10^7.")))
    for name, value in numbers.items():
        if value is None and (name != "viability" or text[name]):
            problems.append((name, tr("Type a number.")))
    values = {
        "label_subject_code": text["label_subject"].upper(),
        "arm": form.arm.currentData() or "",
        "din": text["din"],
        "lot": text["lot"],
        "expires_at": times["expiry"],
        "total_viable_cells": cells,
        "viability_pct": numbers["viability"],
        "volume_ml": numbers["volume"],
        "prepared_at": times["prepared"],
        "temperature_c": numbers["temperature"],
        "appearance_ok": all(box.isChecked() for box in form.appearance),
        "weight_kg": numbers["weight"],
    }
    return values, problems
