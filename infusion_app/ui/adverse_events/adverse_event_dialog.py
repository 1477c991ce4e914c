"""The adverse-event form: CTCAE v5.0 term and grade (with definitions), onset, seriousness,
action with the infusion, outcome and a description; recorded with ``record_adverse_event``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.adverse_events import OTHER_TERM, is_serious
from infusion_app.domain.clock import utc_iso
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import adverse_events as ae_service
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.adverse_events.fields import GradePicker, OnsetEdit
from infusion_app.ui.adverse_events.words import (
    action_words,
    criterion_words,
    outcome_words,
    term_choices,
)
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.kit.forms import error_label, field_label, hint_label, show_error, styled_label
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.session.choice_buttons import ChoiceButtons

DIALOG_SIZE = (1200, 780)  # px: two columns fit a 1280×800 ward laptop without scrolling
FIELD_GAP = 6  # px between a label and its field
GROUP_GAP = 8  # px more before the next field's label
# Which field a service refusal is about (its reason is shown there).
FIELD_OF = {
    "missing_term": "other_term",
    "unknown_term": "term",
    "grade_not_defined": "grade",
    "bad_grade": "grade",
    "bad_action": "action",
    "bad_outcome": "outcome",
    "bad_onset": "onset",
    "onset_in_future": "onset",
}


class AdverseEventDialog(FormDialog):
    """Report an adverse event of a session; nothing typed is lost on a refusal.

    ``alert`` (e.g. the stop criterion that led here) starts the description.

    Signals:
        recorded(str): the new adverse event's id, after the dialog accepted.
    """

    recorded = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        session_id: str,
        parent: QWidget | None = None,
        *,
        alert: str = "",
    ) -> None:
        super().__init__(self.tr("Report an adverse event"), self.tr("Save adverse event"), parent)
        self._ws, self._actor, self._session = ws, actor, session_id
        self.resize(*DIALOG_SIZE)
        self.problems: dict[str, QLabel] = {}
        self._build_fields(ws)
        body = QWidget()
        body.setObjectName("page")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(12)
        self._column.setContentsMargins(20, 16, 20, 16)  # room for both columns at 1024 px
        columns.addLayout(self._left(), 1)
        columns.addLayout(self._right(), 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.scroll.setAccessibleName(self.tr("Adverse event form"))
        self._column.insertWidget(1, self.scroll, 1)
        self.description.setPlainText(alert)
        self._connect()
        self.ok_button.clicked.connect(self.submit)
        self._term_changed()

    def _build_fields(self, ws: Workspace) -> None:
        self.term = QComboBox()
        self.term.setAccessibleName(self.tr("Adverse event term (CTCAE v5.0)"))
        self.term.setPlaceholderText(self.tr("Choose the term…"))
        for code, name in term_choices():
            self.term.addItem(name, code)
        self.term.setCurrentIndex(-1)
        self.other_term = QLineEdit()
        self.other_term.setAccessibleName(self.tr("Name of the adverse event"))
        self.other_label = field_label(self.tr("Name of the &event"), self.other_term)
        self.onset = OnsetEdit(ws.clock, ws.protocol.site.timezone)
        self.grade = GradePicker()
        self.grade_buttons = self.grade.group
        self.grade_hint = hint_label(self.tr("Choose the term first: its grades appear here."))
        self.criteria: dict[str, QCheckBox] = {}
        for value, words in criterion_words():
            box = QCheckBox(words)
            box.setAccessibleName(self.tr("Serious: {0}").format(words))
            self.criteria[value] = box
        self.serious = styled_label("serious")
        self.serious.setAccessibleName(self.tr("Seriousness"))
        # two to a row: four long words in one row are too wide for a half-width column
        self.action = ChoiceButtons(action_words(), self.tr("Action with the infusion"), columns=2)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setPlaceholderText(self.tr("Choose the outcome…"))
        for value, words in outcome_words():
            self.outcome.addItem(words, value)
        self.outcome.setCurrentIndex(-1)
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setFixedHeight(100)
        for name in ("term", "other_term", "onset", "grade", "action", "outcome"):
            self.problems[name] = error_label()

    def _group(self, column: QVBoxLayout, title: str, field: QWidget, problem: str = "") -> None:
        column.addSpacing(GROUP_GAP)
        column.addWidget(field_label(title, field))
        column.addWidget(field)
        if problem:
            column.addWidget(self.problems[problem])

    def _left(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(FIELD_GAP)  # a nested layout would take the columns' 28 px
        self._group(column, self.tr("&Term (CTCAE v5.0)"), self.term, "term")
        column.addWidget(self.other_label)
        column.addWidget(self.other_term)
        column.addWidget(self.problems["other_term"])
        self._group(column, self.tr("&Onset (site time)"), self.onset, "onset")
        column.addSpacing(GROUP_GAP)
        column.addWidget(field_label(self.tr("Grade and its CTCAE v5.0 definition"), self.grade))
        column.addWidget(self.grade_hint)
        column.addWidget(self.grade)
        column.addWidget(self.problems["grade"])
        self._group(column, self.tr("&Description"), self.description)
        column.addStretch(1)
        return column

    def _right(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(FIELD_GAP)
        title = QLabel(self.tr("Serious? Tick every criterion that applies"))
        title.setObjectName("groupTitle")
        column.addWidget(title)
        boxes = QVBoxLayout()
        boxes.setSpacing(0)
        for box in self.criteria.values():
            boxes.addWidget(box)
        column.addLayout(boxes)
        column.addWidget(self.serious)
        self._group(column, self.tr("Action with the infusion"), self.action, "action")
        self._group(column, self.tr("O&utcome"), self.outcome, "outcome")
        column.addStretch(1)
        return column

    def _connect(self) -> None:
        self.term.currentIndexChanged.connect(self._term_changed)
        self.grade.chosen.connect(self._show_serious)
        for box in self.criteria.values():
            box.toggled.connect(self._show_serious)

    def term_code(self) -> str:
        """The chosen term's code ("other" for a named term), or ""."""
        return str(self.term.currentData() or "")

    def _term_changed(self) -> None:
        code = self.term_code()
        self.grade.set_term(code)
        self.grade_hint.setVisible(not code)
        other = code == OTHER_TERM
        self.other_label.setVisible(other)
        self.other_term.setVisible(other)
        self._show_serious()

    def serious_criteria(self) -> list[str]:
        """The ticked seriousness criteria."""
        return [value for value, box in self.criteria.items() if box.isChecked()]

    def _show_serious(self) -> None:
        serious = is_serious(self.grade.grade() or 0, self.serious_criteria())
        text = self.tr("⚠  Serious adverse event (SAE): tell the investigator now.")
        self.serious.setText(text if serious else "")
        self.serious.setVisible(serious)

    def _missing(self) -> list[Refusal]:
        """What is not chosen yet, each at its field."""
        missing = []
        if not self.term_code():
            missing.append(Refusal("unknown_term", self.tr("Choose the term.")))
        elif self.grade.grade() is None:
            missing.append(Refusal("bad_grade", self.tr("Choose the grade.")))
        if self.action.value() is None:
            missing.append(
                Refusal("bad_action", self.tr("Choose what was done with the infusion."))
            )
        if self.outcome.currentIndex() < 0:
            missing.append(Refusal("bad_outcome", self.tr("Choose the outcome.")))
        return missing

    def show_problems(self, refusals: list[Refusal]) -> None:
        """Each refusal's reason at its field (or under the form); the entries stay."""
        for label in [*self.problems.values(), self.message]:
            show_error(label, "")
        general = []
        for refusal in refusals:
            field = FIELD_OF.get(refusal.code)
            if field is None:
                general.append(refusal_text(refusal))
            else:
                show_error(self.problems[field], refusal_text(refusal))
        show_error(self.message, " ".join(general))
        shown = [label for label in self.problems.values() if not label.isHidden()]
        if shown:
            self.scroll.ensureWidgetVisible(shown[0])

    def submit(self) -> None:
        """Record the event; on a refusal show why at the field and keep every entry."""
        missing = self._missing()
        if missing:
            self.show_problems(missing)
            return
        outcome = ae_service.record_adverse_event(
            self._ws,
            self._actor,
            session_id=self._session,
            term_code=self.term_code(),
            grade=int(self.grade.grade() or 0),
            onset_at=utc_iso(self.onset.moment()),
            action=str(self.action.value()),
            outcome=str(self.outcome.currentData()),
            serious_criteria=self.serious_criteria(),
            other_term=self.other_term.text(),
            description=self.description.toPlainText().strip(),
        )
        if isinstance(outcome, Refusal):
            self.show_problems([outcome])
            return
        self.show_problems([])
        self.accept()
        self.recorded.emit(str(outcome.created["ae_id"]))
