"""A pump's rate in mL/h, converted with the giving set's drop factor by the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from infusion_app.ui.infusion.drip_recorder import DripRecorder, show_outcome
from infusion_app.ui.infusion.look import big_label
from infusion_app.ui.kit.forms import error_label, field_label, hint_label, push_button, show_error


class PumpEntryWidget(QWidget):
    """Type the pump's mL/h and record it; the judged band shows under the field."""

    def __init__(self, recorder: DripRecorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recorder = recorder
        self.rate = QLineEdit()
        self.rate.setObjectName("bigField")
        self.rate.setAccessibleName(self.tr("Pump rate in mL per hour"))
        self.rate.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.rate.setMaximumWidth(180)
        unit = QLabel(self.tr("mL/h"))
        unit.setObjectName("unit")
        self.record_button = push_button(self.tr("Record the pump rate"), primary=True)
        self.problem = error_label()
        self.band = big_label("band", self.tr("Judged band"))
        self.band.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(hint_label(self.tr("When a pump runs the bag, type the rate it shows.")))
        column.addWidget(field_label(self.tr("&Pump rate"), self.rate))
        row = QHBoxLayout()
        for widget in (self.rate, unit, self.record_button):
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.problem)
        column.addWidget(self.band)
        column.addStretch(1)
        self.record_button.clicked.connect(self.submit)
        self.rate.returnPressed.connect(self.submit)

    def submit(self) -> None:
        """Refuse what is not a number at the field (kept); otherwise record it."""
        try:
            value = float(self.rate.text().strip().replace(",", "."))
        except ValueError:
            show_error(self.problem, self.tr("Type the pump rate in mL/h as a number."))
            self.band.hide()
            self.rate.setFocus()
            self.rate.selectAll()
            return
        outcome = self._recorder.pump(value)
        show_outcome(self.band, self.problem, outcome)
