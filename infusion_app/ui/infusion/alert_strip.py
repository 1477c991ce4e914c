"""The banners above the infusion screen's body as one strip: on a short screen (1024×700, and
the 673-px body of a 1366×768 window) only the most severe shows, with how many more there are;
one tap lists them all over the screen, so the cards and the tap pad keep their room."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from infusion_app.ui.infusion.reminders import RemindersWidget
from infusion_app.ui.kit.restyle import restyle, set_kind

LINES = 3  # the alarm, the vital signs reminder, the recount reminder
TARGET_PX = 48  # a gloved finger's least target height

# Severity of a banner by what it is: smaller is more severe (shown first).
ALARM, OVERDUE, DUE, QUIET = 0, 1, 2, 3
REMINDER_SEVERITY = {"overdue": OVERDUE, "due": DUE}


class AlertList(QFrame):
    """Every banner, most severe first, over the screen under the strip (a popup: the body
    below keeps its room); a tap anywhere else closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("alertList")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(6, 6, 6, 6)
        self.copies = [QLabel() for _ in range(LINES)]  # made once, filled each time
        for copy in self.copies:
            copy.setWordWrap(True)
            self.column.addWidget(copy)
        self.labels: list[QLabel] = []

    def show_lines(self, lines: list[QLabel], under: QWidget) -> None:
        """Copies of ``lines`` (their words, kind and look), just under ``under``."""
        self.labels = self.copies[: len(lines)]
        for copy, line in zip(self.copies, [*lines, *([None] * LINES)], strict=False):
            copy.setVisible(line is not None)
            if line is None:
                continue
            copy.setText(line.text())
            copy.setObjectName(line.objectName())
            copy.setAccessibleName(line.accessibleName())
            for name in ("kind", "compact"):
                copy.setProperty(name, line.property(name))
            restyle(copy)
        self.setFixedWidth(under.width())
        self.move(under.mapToGlobal(QPoint(0, under.height())))
        self.adjustSize()
        self.show()


class AlertStrip(QWidget):
    """The alarm banner and the two reminders (vital signs, recount), most severe first.

    Collapsed (a short screen), only the most severe line shows, beside a button that says how
    many more there are and lists them all over the screen; the alarm watch sounds whatever is
    shown. Otherwise every line shows.
    """

    def __init__(
        self, alarm: QLabel, reminders: RemindersWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.alarm, self.reminders = alarm, reminders
        self.more = QPushButton()
        self.more.setObjectName("alertsMore")
        self.more.setMinimumHeight(TARGET_PX)
        self.more.clicked.connect(self.show_all)
        self.list = AlertList(self)
        self.collapsed = False
        lines = QVBoxLayout()
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(alarm)
        lines.addWidget(reminders)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(lines, 1)
        row.addWidget(self.more)

    def set_collapsed(self, collapsed: bool) -> None:
        """One line and a count (a short screen), or every line."""
        self.collapsed = collapsed
        self.arrange()

    def lines(self) -> list[tuple[int, QLabel]]:
        """Every banner with something to say, most severe first."""
        found = [(ALARM, self.alarm)] if self.alarm.text() else []
        for label in (self.reminders.vitals, self.reminders.recount):
            severity = REMINDER_SEVERITY.get(str(label.property("kind") or ""), QUIET)
            found.append((severity, label))
        return sorted(found, key=lambda pair: pair[0])  # stable: vitals before recount

    def show_all(self) -> None:
        """Every line, most severe first, in a list over the screen."""
        self.list.show_lines([label for _, label in self.lines()], self)

    def arrange(self) -> None:
        """Show the lines the state calls for (after every repaint of the banners)."""
        lines = self.lines()
        shown = lines[:1] if self.collapsed else lines
        visible = {id(label) for _, label in shown}
        self.alarm.setVisible(id(self.alarm) in visible)
        for label in (self.reminders.vitals, self.reminders.recount):
            label.setVisible(id(label) in visible)
        self.reminders.setVisible(
            self.reminders.vitals.isVisibleTo(self.reminders)
            or self.reminders.recount.isVisibleTo(self.reminders)
        )
        behind = [severity for severity, _ in lines[len(shown) :]]
        hidden = sum(1 for severity in behind if severity < QUIET)  # "recount: none due" is
        loud = any(severity <= OVERDUE for severity in behind)  # no alert: not counted
        set_kind(self.more, "overdue" if loud else "")  # something overdue behind it: red
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("▾ {0} more").format(hidden))
        self.more.setAccessibleName(self.tr("More alerts: {0}").format(hidden))
