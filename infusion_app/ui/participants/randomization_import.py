"""Import the randomization list: choose a CSV file, see what would be taken, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.randomization import RandomizationPreview
from infusion_app.services.context import Actor, Outcome, Workspace
from infusion_app.services.randomization import import_randomization, preview_randomization
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.kit.forms import hint_label, push_button
from infusion_app.ui.messages import message_text
from infusion_app.ui.session.asking import ask_open_path

IMPORT_WIDTH = 1000  # px: room for the reason of a rejected row on one or two lines
ROW_HEIGHT = 44


class RandomizationImportDialog(FormDialog):
    """A preview of the accepted rows and every rejected row with its line and reason.

    ``ask_open_path`` is replaceable by tests.

    Signals:
        imported(int): how many allocations were recorded.
    """

    imported = Signal(int)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import the randomization list"), self.tr("Import"), parent)
        self.setMinimumWidth(IMPORT_WIDTH)
        self._ws, self._actor = ws, actor
        self.ask_open_path = ask_open_path
        self.outcome: Outcome | None = None
        self._csv_text, self._source = "", ""
        self.add_hint(
            self.tr(
                "A CSV file with the columns subject_code and arm. Nothing is recorded until "
                "you press Import; rejected rows are left out."
            )
        )
        self.choose_button = push_button(self.tr("Choose CSV file…"), self.tr("Choose CSV file"))
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("fixedValue")
        self.summary = hint_label("")
        self.accepted_table = self._table(
            self.tr("Rows to import"), [self.tr("Line"), self.tr("Subject code"), self.tr("Arm")]
        )
        self.rejected_title = QLabel(self.tr("⚠  Rejected rows — these will not be imported"))
        self.rejected_title.setObjectName("sectionTitle")
        self.rejected_table = self._table(
            self.tr("Rejected rows"), [self.tr("Line"), self.tr("Row"), self.tr("Reason")]
        )
        self.rejected_table.setWordWrap(True)
        self.form.addWidget(self.choose_button, 0, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        for widget in (
            self.file_label,
            self.summary,
            self.accepted_table,
            self.rejected_title,
            self.rejected_table,
        ):
            self.form.addWidget(widget, self.form.rowCount(), 0, 1, 2)
        self.ok_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.ok_button.clicked.connect(self.submit)
        self._show_rejected(False)

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setMinimumHeight(180)
        return table

    def _show_rejected(self, visible: bool) -> None:
        self.rejected_title.setVisible(visible)
        self.rejected_table.setVisible(visible)

    def choose_file(self) -> None:
        """Ask for a CSV file and preview it."""
        path = self.ask_open_path(self)
        if path is None:
            return
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            self.refuse(Refusal("unreadable", self.tr("Cannot read %s: %s") % (path, error)))
            return
        self.load(text, Path(path).name)

    def load(self, csv_text: str, source_name: str) -> None:
        """Preview ``csv_text`` (what importing it would take and reject)."""
        self.clear_message()
        self.file_label.setText(source_name)
        preview = preview_randomization(self._ws, csv_text)
        if isinstance(preview, Refusal):
            self._csv_text, self._source = "", ""
            self._fill(RandomizationPreview((), ()))
            self.refuse(preview)
            return
        self._csv_text, self._source = csv_text, source_name
        self._fill(preview)

    def _fill(self, preview: RandomizationPreview) -> None:
        language = QLocale().name()
        arms = {a.code: a.label.get(language) for a in self._ws.protocol.arms}
        rows = [(str(a.line), a.subject_code, arms.get(a.arm, a.arm)) for a in preview.accepted]
        _set_rows(self.accepted_table, rows)
        _set_rows(
            self.rejected_table,
            [(str(r.line), r.text, message_text(r.message)) for r in preview.rejected],
        )
        self.rejected_table.resizeRowsToContents()
        self._show_rejected(bool(preview.rejected))
        self.summary.setText(
            self.tr("%d row(s) will be imported; %d row(s) are rejected.")
            % (len(preview.accepted), len(preview.rejected))
        )
        self.ok_button.setEnabled(bool(preview.accepted))

    def submit(self) -> None:
        """Record the accepted rows through the service."""
        result = import_randomization(
            self._ws, self._actor, csv_text=self._csv_text, source_name=self._source
        )
        if isinstance(result, Refusal):
            self.refuse(result)
            return
        self.outcome = result
        self.imported.emit(int(result.created["imported"]))
        self.accept()


def _set_rows(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
