"""The home screen after sign-in: today's and upcoming infusion sessions."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.clock import Clock
from infusion_app.services.context import Workspace
from infusion_app.services.worklist import worklist
from infusion_app.ui.kit.forms import screen_column
from infusion_app.ui.tables import read_only_table
from infusion_app.ui.texts import local
from infusion_app.ui.worklist_model import ARM, STATUS, WorklistModel


class ChipDelegate(QStyledItemDelegate):
    """Paints the status as a rounded chip: the model's background colour behind its text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        base.backgroundBrush = QColor(Qt.GlobalColor.transparent)
        style = base.widget.style() if base.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, base.widget)
        text = str(index.data() or "")
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 28
        height = min(option.rect.height() - 12, metrics.height() + 12)
        chip = QRectF(option.rect.x() + 8, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#8a96a3"))
        painter.setBrush(QColor(index.data(Qt.ItemDataRole.BackgroundRole) or "#ffffff"))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor("#1c2430"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 44, size.height())


class WorklistScreen(QWidget):
    """ "Today and upcoming": a searchable table of sessions, or a friendly empty state.

    Signals:
        session_activated(str): a session was opened (one tap or click, or Enter); its id.
    """

    session_activated = Signal(str)

    def __init__(self, ws: Workspace, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._clock = clock
        self.model = WorklistModel(self._arm_label, self)
        self.table = self._make_table()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by subject code, e.g. HPV-001"))
        self.search.setAccessibleName(self.tr("Search by subject code"))
        self.search.setClearButtonEnabled(True)
        self.search.setFixedWidth(400)
        self.today_label = QLabel()
        self.today_label.setObjectName("hint")
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("hint")
        self.pages = QStackedWidget()
        self._lay_out()
        self.search.textChanged.connect(self.refresh)
        self.table.clicked.connect(self._activate)  # one tap opens: gloved hands, touch screens
        self.table.activated.connect(self._activate)  # Enter, and a double-click's second click

    def _make_table(self) -> QTableView:
        table = read_only_table(self.model, self.tr("Sessions"), stretch=ARM, min_column_width=90)
        table.setItemDelegateForColumn(STATUS, ChipDelegate(table))
        table.horizontalHeader().setDefaultSectionSize(150)
        return table

    def _lay_out(self) -> None:
        empty = QWidget()
        column = QVBoxLayout(empty)
        column.addStretch(1)
        for label in (self.empty_title, self.empty_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            column.addWidget(label)
        column.addStretch(2)
        self.pages.addWidget(self.table)
        self.pages.addWidget(empty)
        layout = screen_column(
            self, self.tr("Today and upcoming"), (self.today_label,), (self.search,)
        )
        layout.addWidget(self.pages, 1)

    def _today(self) -> date:
        return self._clock.now().astimezone(ZoneInfo(self._ws.protocol.site.timezone)).date()

    def _arm_label(self, code: str) -> str:
        for arm in self._ws.protocol.arms:
            if arm.code == code:
                return local(arm.label)
        return code

    def refresh(self) -> None:
        """Read the worklist again (the search box filters by subject code)."""
        today = self._today()
        self.today_label.setText(self.tr("Today is %s") % today.isoformat())
        search = self.search.text()
        self.model.set_rows(worklist(self._ws, today, search), today)
        if self.model.rowCount():
            self.pages.setCurrentIndex(0)
            return
        if search.strip():
            self.empty_title.setText(self.tr("No session matches “%s”.") % search.strip())
            self.empty_hint.setText(self.tr("Check the subject code, or clear the search box."))
        else:
            self.empty_title.setText(self.tr("No sessions scheduled yet."))
            self.empty_hint.setText(
                self.tr(
                    "Sessions appear here once an investigator has registered a participant "
                    "and scheduled an infusion."
                )
            )
        self.pages.setCurrentIndex(1)

    def _activate(self, index: QModelIndex) -> None:
        if not self.table.isVisible():  # the second click of a double-click: already open
            return
        self.session_activated.emit(self.model.row_at(index.row()).session_id)
