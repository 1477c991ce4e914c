"""One set of vital signs as typed at the bedside: big fields, units, problems at the field.

Reused by the pre-infusion checklist (baseline) and the infusion screen.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.clock import Clock
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.vitals import (
    VITAL_LIMITS,
    implausible,
    parse_partial_vitals,
    parse_vitals,
)
from infusion_app.ui.kit.forms import error_label, field_label, push_button, show_error
from infusion_app.ui.messages import message_text, refusal_text
from infusion_app.ui.session.asking import ask_confirm
from infusion_app.ui.session.choice_buttons import ChoiceButtons

BACKDATE_LIMIT = timedelta(hours=24)  # a measurement is entered on the shift it was taken
STEP_BACK = timedelta(minutes=5)
PROBLEM_PREFIXES = ("impossible_", "precision_", "bad_")


class VitalsForm(QWidget):
    """Blood pressure, heart and respiratory rate, temperature, SpO₂, ACVPU, oxygen, time.

    ``values()`` gives the dict :func:`~infusion_app.domain.vitals.parse_vitals` reads;
    nothing typed is ever cleared by a problem. ``ask_confirm`` is replaceable by tests.

    Signals:
        changed(): any value was edited or chosen.
    """

    changed = Signal()

    def __init__(self, clock: Clock, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = ZoneInfo(timezone)
        self.ask_confirm = ask_confirm
        self.fields: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        self.consciousness = ChoiceButtons(
            [(code, code) for code in "ACVPU"], self.tr("Consciousness (ACVPU)")
        )
        self.consciousness.set_value("A")
        self.on_oxygen = ChoiceButtons(
            [(False, self.tr("Room air")), (True, self.tr("On oxygen"))], self.tr("Oxygen")
        )
        self.on_oxygen.set_value(False)
        self.measured_at = QDateTimeEdit()
        self.measured_at.setAccessibleName(self.tr("Measured at"))
        self.measured_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.earlier_button = push_button(self.tr("−5 min"), self.tr("Measured 5 minutes earlier"))
        self.now_button = push_button(self.tr("Now"), self.tr("Measured now"))
        self.message = error_label()
        self._lay_out()
        self._connect()
        self.set_measured_now()

    def _labels(self) -> dict[str, str]:
        return {
            "systolic_mmhg": self.tr("Systolic BP"),
            "diastolic_mmhg": self.tr("Diastolic BP"),
            "heart_rate_bpm": self.tr("Heart rate"),
            "resp_rate_per_min": self.tr("Respiratory rate"),
            "temperature_c": self.tr("Temperature"),
            "spo2_pct": self.tr("SpO₂"),
            "consciousness": self.tr("Consciousness (ACVPU)"),
        }

    def _number_cell(self, name: str, label: str) -> QWidget:
        field = QLineEdit()
        field.setObjectName("bigField")
        field.setAccessibleName(label)
        field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        field.setMaximumWidth(160)
        unit = QLabel(VITAL_LIMITS[name].unit)
        unit.setObjectName("unit")
        self.fields[name], self.problems[name] = field, error_label()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field_label(label, field))
        row = QHBoxLayout()
        row.addWidget(field)
        row.addWidget(unit)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.problems[name])
        column.addStretch(1)  # a hidden problem leaves its space below, not between
        return cell

    def _lay_out(self) -> None:
        labels = self._labels()
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        for index, name in enumerate(VITAL_LIMITS):
            cell = self._number_cell(name, labels[name])
            grid.addWidget(cell, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        self.problems["consciousness"] = error_label()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        column.addWidget(field_label(labels["consciousness"], self.consciousness))
        column.addWidget(self.consciousness)
        column.addWidget(self.problems["consciousness"])
        column.addWidget(field_label(self.tr("Oxygen"), self.on_oxygen))
        column.addWidget(self.on_oxygen)
        column.addWidget(field_label(self.tr("Measured at (site time)"), self.measured_at))
        when = QHBoxLayout()
        for widget in (self.measured_at, self.earlier_button, self.now_button):
            when.addWidget(widget)
        when.addStretch(1)
        column.addLayout(when)
        column.addWidget(self.message)
        column.addStretch(1)

    def _connect(self) -> None:
        order: list[QWidget] = [*self.fields.values(), *self.consciousness.buttons()]
        order += [*self.on_oxygen.buttons(), self.measured_at, self.earlier_button, self.now_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        names = list(self.fields)
        for name, after in zip(names, [*names[1:], ""], strict=True):
            target = self.fields[after] if after else self.consciousness.buttons()[0]
            self.fields[name].returnPressed.connect(target.setFocus)
            self.fields[name].textChanged.connect(self.changed)
        self.consciousness.chosen.connect(self.changed)
        self.on_oxygen.chosen.connect(self.changed)
        self.measured_at.dateTimeChanged.connect(self.changed)
        self.earlier_button.clicked.connect(self._earlier)
        self.now_button.clicked.connect(self.set_measured_now)

    def _local(self, moment: datetime) -> QDateTime:
        local = moment.astimezone(self._zone).replace(tzinfo=None, second=0, microsecond=0)
        return QDateTime(local)

    def set_measured_now(self) -> None:
        """Measured now; the time may be set back up to a day, never forward."""
        now = self._clock.now()
        self.measured_at.setDateTimeRange(self._local(now - BACKDATE_LIMIT), self._local(now))
        self.measured_at.setDateTime(self._local(now))

    def _earlier(self) -> None:
        self.measured_at.setDateTime(self.measured_at.dateTime().addSecs(-STEP_BACK.seconds))

    def measured_time(self) -> datetime:
        """When the vital signs were measured, as an aware UTC time."""
        local = self.measured_at.dateTime().toPython()
        return local.replace(tzinfo=self._zone).astimezone(ZoneInfo("UTC"))

    def set_measured_time(self, moment: datetime) -> None:
        """Show a recorded measurement time (kept within the allowed range)."""
        self.measured_at.setDateTime(self._local(moment))

    def values(self) -> dict[str, Any]:
        """The typed values: numbers where they read as numbers, otherwise the text as typed."""
        result: dict[str, Any] = {}
        for name, field in self.fields.items():
            text = field.text().strip()
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                result[name] = text
                continue
            whole = VITAL_LIMITS[name].decimals == 0 and number.is_integer()
            result[name] = int(number) if whole else number
        result["consciousness"] = self.consciousness.value() or ""
        result["on_oxygen"] = bool(self.on_oxygen.value())
        return result

    def set_values(self, values: dict[str, Any]) -> None:
        """Show recorded values again (e.g. when a checklist is reopened)."""
        for name, field in self.fields.items():
            field.setText(f"{values[name]:g}" if name in values else "")
        self.consciousness.set_value(values.get("consciousness", "A"))
        self.on_oxygen.set_value(bool(values.get("on_oxygen", False)))

    def is_complete(self) -> bool:
        """True when every number field has something typed in it."""
        return all(field.text().strip() for field in self.fields.values())

    def show_problems(self, refusals: list[Refusal]) -> None:
        """Each refusal's reason under its field (codes ``impossible_<field>``, ``bad_<field>``)."""
        self.clear_problems()
        general: list[str] = []
        for refusal in refusals:
            label = self.problems.get(_field_of(refusal.code))
            if label is None:
                general.append(refusal_text(refusal))
            else:
                show_error(label, refusal_text(refusal))
        show_error(self.message, " ".join(general))
        first = next((n for n in self.fields if self.problems[n].isVisible()), None)
        if first:
            self.fields[first].setFocus()
            self.fields[first].selectAll()

    def clear_problems(self) -> None:
        """Hide every problem message (the values stay)."""
        for label in [*self.problems.values(), self.message]:
            show_error(label, "")

    def check(self, *, partial: bool = False) -> bool:
        """Refuse impossible values at their fields; ask to confirm unusual ones. A set
        ``partial``ly taken may leave fields empty (not all of them, and not none).

        Returns:
            True when the values may be recorded.
        """
        values = self.values()
        vitals = parse_partial_vitals(values) if partial else parse_vitals(values)
        if isinstance(vitals, list):
            self.show_problems(vitals)
            return False
        self.clear_problems()
        notes = implausible(vitals)
        if not notes:
            return True
        return self.ask_confirm(
            self, self.tr("Unusual values"), "\n".join(message_text(note) for note in notes)
        )


def _field_of(code: str) -> str:
    """The field a refusal code is about, e.g. ``impossible_spo2_pct`` → ``spo2_pct``."""
    if code == "diastolic_not_below_systolic":
        return "diastolic_mmhg"
    for prefix in PROBLEM_PREFIXES:
        if code.startswith(prefix):
            return code.removeprefix(prefix)
    return ""
