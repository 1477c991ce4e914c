"""Register a participant (subject code and initials only, never a name) and her sessions."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Actor, Outcome, Workspace
from infusion_app.services.participants import register_participant
from infusion_app.services.randomization import allocated_arm
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.kit.forms import error_label, line_edit, show_error
from infusion_app.ui.messages import refusal_text

REGISTER_WIDTH = 760  # px: an arm's full label fits in the list
FIELD_OF_CODE = {
    "bad_subject_code": "subject_code",
    "duplicate_subject": "subject_code",
    "bad_initials": "initials",
    "bad_year_of_birth": "year_of_birth",
    "age_outside_protocol": "year_of_birth",
    "consent_in_future": "consent_date",
    "bad_consent_date": "consent_date",
    "bad_first_session_date": "first_session_date",
    "no_arm": "arm",
    "bad_arm": "arm",
    "arm_differs_from_list": "arm",
    "date_in_past": "first_session_date",
}


class RegisterParticipantDialog(FormDialog):
    """The investigator types the participant's codes; the services check every one.

    A refusal is shown under the field it is about and nothing typed is cleared.

    Signals:
        registered(str): the subject code just registered.
    """

    registered = Signal(str)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Register a participant"), self.tr("Register"), parent)
        self._ws, self._actor = ws, actor
        self._language = QLocale().name()
        self.outcome: Outcome | None = None
        self.problems: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.setMinimumWidth(REGISTER_WIDTH)
        site = ws.protocol.site
        self.add_hint(self.tr("No names: the subject code and initials identify the participant."))
        self.subject_code = self._text_row(
            "subject_code",
            self.tr("&Subject code"),
            self.tr("The site's format, e.g. %s") % site.subject_code_example,
        )
        self.subject_code.setPlaceholderText(site.subject_code_example)
        self.initials = self._text_row("initials", self.tr("&Initials"))
        self.initials.setPlaceholderText(self.tr("e.g. LXM"))
        self.year_of_birth = self._text_row("year_of_birth", self.tr("&Year of birth"))
        self.year_of_birth.setPlaceholderText(self.tr("e.g. 1985"))
        self.consent_date = self._text_row("consent_date", self.tr("&Consent signed on"))
        self.consent_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.arm = QComboBox()
        self.arm.setAccessibleName(self.tr("Arm"))
        self.arm.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.arm.setMinimumContentsLength(24)
        self._row("arm", self.tr("&Arm"), self.arm)
        self.first_session_date = self._text_row(
            "first_session_date",
            self.tr("&First session"),
            self.tr("Optional: schedules the protocol's sessions from this day."),
        )
        self.first_session_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.subject_code.textChanged.connect(self._fill_arms)
        self.ok_button.clicked.connect(self.submit)
        self._fill_arms()

    def _row(self, name: str, label: str, field: QWidget, hint: str = "") -> None:
        """A labelled field, its hint, and under them the place for its refusal."""
        self.add_row(label, field, hint)
        self.fields[name] = field
        self.problems[name] = error_label()
        self.form.addWidget(self.problems[name], self.form.rowCount(), 1)

    def _text_row(self, name: str, label: str, hint: str = "") -> QLineEdit:
        field = line_edit(label.replace("&", ""))
        self._row(name, label, field, hint)
        return field

    def _fill_arms(self) -> None:
        """Offer "from the randomization list" when the code is on it, else every arm."""
        chosen = self.arm.currentData()
        self.arm.clear()
        allocated = allocated_arm(self._ws, self.subject_code.text().strip().upper())
        if allocated:
            label = self._ws.protocol.arm(allocated).label.get(self._language)
            self.arm.addItem(self.tr("From the randomization list: %s") % label, "")
        else:
            self.arm.addItem(self.tr("Choose the arm (not on the list)"), "")
        for arm in self._ws.protocol.arms:
            self.arm.addItem(arm.label.get(self._language), arm.code)
        index = self.arm.findData(chosen)
        self.arm.setCurrentIndex(max(index, 0))

    def _year(self) -> int | str:
        text = self.year_of_birth.text().strip()
        return int(text) if text.isdigit() else text  # the service words any other refusal

    def submit(self) -> None:
        """Register through the service; a refusal stays on screen under its field."""
        for label in self.problems.values():
            show_error(label, "")
        self.clear_message()
        result = register_participant(
            self._ws,
            self._actor,
            subject_code=self.subject_code.text().strip().upper(),
            initials=self.initials.text().strip().upper(),
            year_of_birth=self._year(),  # type: ignore[arg-type]
            consent_date=self.consent_date.text().strip(),
            arm=str(self.arm.currentData() or ""),
            first_session_date=self.first_session_date.text().strip(),
        )
        if isinstance(result, Refusal):
            self.show_refusal(result)
            return
        self.outcome = result
        self.registered.emit(str(result.created["subject_code"]))
        self.accept()

    def show_refusal(self, refusal: Refusal) -> None:
        """The reason under the field it is about (or at the foot of the form)."""
        name = FIELD_OF_CODE.get(refusal.code, "")
        label = self.problems.get(name)
        show_error(label or self.message, refusal_text(refusal))
        if name in self.fields:
            self.fields[name].setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every wrapped line (a dialog does not follow height-for-width)."""
        layout = self.layout()
        layout.activate()
        self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))
