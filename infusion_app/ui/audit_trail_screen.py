"""The audit-trail viewer: filters, a lazily paged table, CSV export and corrections."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QTableView,
    QWidget,
)

from infusion_app.domain.corrections import CORRECTABLE, CorrectableField
from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.audit_trail import (
    TrailFilter,
    count_trail,
    event_types,
    export_trail_csv,
    trail_page,
)
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.asking import ask_field, ask_save_path, run_dialog
from infusion_app.ui.audit_trail_filters import TrailFilterBar
from infusion_app.ui.audit_trail_model import (
    CORRECTION_MARK,
    EVENT,
    OCCURRED,
    PARTICIPANT,
    RECORDED,
    SESSION,
    USER,
    AuditTrailModel,
    is_correction,
)
from infusion_app.ui.correction_dialog import CorrectionDialog, current_value
from infusion_app.ui.kit.forms import (
    error_label,
    hint_label,
    push_button,
    screen_column,
    show_error,
)
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.tables import ROW_HEIGHT, read_only_table

CORRECTABLE_TYPES = frozenset(c.event_type for c in CORRECTABLE)
EVENT_NAMES = [v for k, v in vars(EventType).items() if k.isupper()]


class AuditTrailScreen(QWidget):
    """Who did what and when, filtered; investigators and administrators only.

    The services refuse anyone else; the refusal shows in place of the rows.
    """

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._zone = ws.protocol.site.timezone
        self._actor: Actor | None = None
        self._where = TrailFilter()
        self._allowed = False  # the service let the actor read the trail
        self.ask_save_path: Callable[[QWidget], Path | None] = ask_save_path
        self.ask_field: Callable[[QWidget, Sequence[CorrectableField]], object] = ask_field
        self.run_dialog: Callable[[QDialog], int] = run_dialog
        self.filters = TrailFilterBar(self._zone)
        self.export_button = push_button(self.tr("Export CSV…"), on_click=self.export)
        self.correct_button = push_button(self.tr("Correct…"), on_click=self.correct)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setAccessibleName(self.tr("Number of events"))
        self.zone_label = hint_label(self.tr("Times are site time (%s).") % self._zone)
        self.zone_label.setWordWrap(False)
        self.detail = hint_label("")
        self.detail.setObjectName("detail")
        self.detail.setAccessibleName(self.tr("Selected event"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = error_label()
        self.done_label = hint_label("")
        self.model = AuditTrailModel(self._zone, parent=self)
        self.table = self._make_table()
        self._lay_out()
        self.filters.applied.connect(self.apply)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _make_table(self) -> QTableView:
        table = read_only_table(self.model, self.tr("Audit trail"), row_height=ROW_HEIGHT + 8)
        table.setWordWrap(True)  # two lines of text per row
        columns = table.horizontalHeader()
        # Widths from the font, once: ResizeToContents would measure rows as they page in.
        bold = QFont(table.font())
        bold.setBold(True)  # correction rows are bold: they must fit too
        metrics = QFontMetrics(bold)
        longest = {
            RECORDED: "2026-11-24",
            OCCURRED: "2026-11-24",
            USER: "wang.li.xx",
            PARTICIPANT: "Participant",
            SESSION: "…000000",
            EVENT: max((t.split(".")[-1] for t in EVENT_NAMES), key=metrics.horizontalAdvance),
        }
        for column, text in longest.items():
            columns.resizeSection(column, metrics.horizontalAdvance(text) + 34)
        columns.setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        layout = screen_column(
            self,
            self.tr("Audit trail"),
            (self.count_label, self.zone_label),
            (self.correct_button, self.export_button),
        )
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def show_for(self, actor: Actor) -> None:
        """Show the trail to ``actor`` with the current filters (the service decides who may)."""
        self._actor = actor
        self.done_label.clear()
        self.filters.set_event_types(event_types(self._ws))
        self.apply()

    def clear(self) -> None:
        """Forget the rows and the actor (sign-out, hand-over)."""
        self._actor, self._allowed = None, False
        self.model.reload(None)
        self.count_label.clear()
        self.done_label.clear()
        self._selection_changed()

    def apply(self) -> None:
        """Read the first page and the count for the filters as typed."""
        if self._actor is None:
            return
        where = self.filters.trail_filter()
        if isinstance(where, Refusal):
            show_error(self.message, refusal_text(where))
            return
        self._where, actor = where, self._actor
        count = count_trail(self._ws, actor, where=where)
        self._allowed = not isinstance(count, Refusal)
        if isinstance(count, Refusal):
            show_error(self.message, refusal_text(count))
            self.model.reload(None)
            self.count_label.clear()
        else:
            show_error(self.message, "")
            self.count_label.setText(self._count_text(count))
            self.model.reload(
                lambda after, limit: trail_page(
                    self._ws, actor, where=where, after_seq=after, limit=limit
                )
            )
        self._selection_changed()

    def _count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 event")
        return self.tr("%s events") % QLocale().toString(count)

    def selected_row(self) -> int | None:
        """The selected row's number, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self, *_: object) -> None:
        row = self.selected_row()
        correctable = row is not None and self.model.row_at(row).type in CORRECTABLE_TYPES
        self.correct_button.setEnabled(correctable)
        self.detail.setText(self._detail_text(row) if row is not None else "")
        self.export_button.setEnabled(self._actor is not None and self._allowed)

    def _detail_text(self, row_number: int) -> str:
        row = self.model.row_at(row_number)
        session, event = self.tr("session"), self.tr("event")
        where = f" · {session} {row.session}" if row.session else ""
        mark = CORRECTION_MARK if is_correction(row) else ""
        return f"{mark}{row.what}\n{row.type} · {event} {row.event_id}{where}"

    def export(self) -> None:
        """Write the filtered trail to a CSV file the user names."""
        if self._actor is None:
            return
        path = self.ask_save_path(self)
        if path is None:
            return
        try:
            written = export_trail_csv(self._ws, self._actor, where=self._where, path=path)
        except OSError as error:
            show_error(self.message, self.tr("Cannot write %s: %s") % (path, error.strerror))
            return
        if isinstance(written, Refusal):
            show_error(self.message, refusal_text(written))
            return
        show_error(self.message, "")
        self.done_label.setText(self.tr("✓ Wrote %d events to %s") % (written, path))

    def correct(self) -> None:
        """Correct a value of the selected event (asking which one when it has several)."""
        row_number = self.selected_row()
        if self._actor is None or row_number is None:
            return
        row = self.model.row_at(row_number)
        choices = [c for c in CORRECTABLE if c.event_type == row.type]
        spec = choices[0] if len(choices) == 1 else self.ask_field(self, choices)
        if not isinstance(spec, CorrectableField):
            return
        current = current_value(self._ws, self._actor, row, spec)
        dialog = CorrectionDialog(self._ws, self._actor, row.event_id, spec, current, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.filters.set_event_types(event_types(self._ws))
            self.apply()
            self.done_label.setText(self.tr("✓ Correction recorded."))
