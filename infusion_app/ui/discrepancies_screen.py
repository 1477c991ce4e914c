"""Discrepancies found by sync, shown to an investigator with both sides; each is resolved by a
recorded decision with its reason (never a silent overwrite)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.product import ProductState
from infusion_app.domain.session_state import SessionState
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.database_files import revoked_laptops
from infusion_app.services.discrepancies import (
    CHANGED_ON_SERVER,
    DECISIONS,
    UNSENDABLE,
    Discrepancy,
    Side,
    discrepancies,
)
from infusion_app.services.discrepancies import resolve_discrepancy as resolve
from infusion_app.ui.kit.forms import SCREEN_MARGINS, error_label, heading, push_button, show_error
from infusion_app.ui.messages import recorded_text, refusal_text
from infusion_app.ui.texts import local_time
from infusion_app.ui.worklist_model import state_text


class DiscrepanciesScreen(QWidget):
    """Open discrepancies first; the selected one shows both sides and a decision form."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._actor: Actor | None = None
        self._shown: list[Discrepancy] = []
        self._state_words = {state.value: state_text(state) for state in SessionState} | {
            state.value: QCoreApplication.translate("ProductStates", state.value)
            for state in ProductState
        }
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Discrepancies"))
        self.list.currentRowChanged.connect(self._select)
        self.list.setWordWrap(True)  # a long summary wraps: nothing cut off at the right
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Both sides of the discrepancy"))
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        for key in DECISIONS:
            self.decision.addItem(self._decision_words(key), key)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the decision"))
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.resolve_button = push_button(self.tr("Record the decision"), primary=True)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.message = error_label()
        self.revoked = QLabel()  # the site's laptops the server shut out, when there are any
        self.revoked.setWordWrap(True)
        self.revoked.setAccessibleName(self.tr("Laptops shut out of the trial server"))
        self.form = QWidget()  # shown only while an open discrepancy is selected
        form = QHBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.decision, 2)
        form.addWidget(self.reason, 3)
        form.addWidget(self.resolve_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(*SCREEN_MARGINS)
        column.addWidget(heading(self.tr("Discrepancies from sync")))
        column.addWidget(self.revoked)
        column.addWidget(self.list, 2)
        column.addWidget(self.detail)
        column.addWidget(self.form)
        column.addWidget(self.message)
        column.addStretch(1)
        self.form.setVisible(False)

    def show_for(self, actor: Actor) -> None:
        """Read the discrepancies afresh for the signed-in user."""
        self._actor = actor
        self.refresh()

    def refresh(self) -> None:
        """Open ones first, then resolved ones with their decision."""
        self._show_revoked()
        self._shown = sorted(discrepancies(self._ws), key=lambda d: d.decision is not None)
        self.list.clear()
        for item in self._shown:
            mark = "✔ " if item.decision else "⚠ "
            self.list.addItem(mark + self._summary(item))
        self.detail.setText(self._nothing_text() if not self._shown else "")
        self.list.setVisible(bool(self._shown))
        self.form.setVisible(False)
        if self._shown:
            self.list.setCurrentRow(0)

    def _show_revoked(self) -> None:
        zone = self._ws.protocol.site.timezone
        lines = [
            "⚠ "
            + self.tr("Laptop %s was shut out of the trial server on %s: %s")
            % (laptop.device_id, local_time(laptop.revoked_at, zone, seconds=False), laptop.reason)
            for laptop in revoked_laptops(self._ws)
        ]
        self.revoked.setText("\n".join(lines))
        self.revoked.setVisible(bool(lines))

    def _summary(self, item: Discrepancy) -> str:
        """The stored English summary in the interface's language, the session and product
        states it quotes ('infusing', 'released') in words too."""
        return recorded_text(item.summary, self._state_words)

    def _decision_words(self, key: str) -> str:
        """The decision's words from the sync layer, translated (ui/domain_words.py marks them)."""
        return QCoreApplication.translate("Discrepancies", DECISIONS.get(key, key))

    def _nothing_text(self) -> str:
        return self.tr(
            "No discrepancy. When two laptops record clashing facts (one session begun on "
            "both, one bag released twice), sync keeps both and lists them here for a decision."
        )

    def _side(self, title: str, side: Side | None) -> str:
        if side is None:
            return f"{title}: —"
        when = local_time(side.occurred_at, self._ws.protocol.site.timezone)
        payload = json.dumps(side.payload, ensure_ascii=False, sort_keys=True)[:300]
        return f"{title}: {side.type} · {side.actor} · {when} · {payload}"

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self._shown):
            return
        item = self._shown[row]
        if item.kind == UNSENDABLE:  # one event, kept here, that the server could not take
            lines = [
                self.tr("Not sent to the server: %s") % self._summary(item),
                self._side(self.tr("Kept in the record here"), item.held),
            ]
        elif item.kind == CHANGED_ON_SERVER:  # the server's copy no longer matches a receipt
            lines = [
                self._summary(item),
                self._side(self.tr("First event concerned"), item.held),
            ]
        else:
            lines = [
                self._summary(item),
                self._side(self.tr("Kept in the record here"), item.applied),
                self._side(self.tr("Held back (from another laptop)"), item.held),
            ]
        if item.decision:
            lines.append(
                self.tr("Decided: %s — %s (%s)")
                % (self._decision_words(item.decision), item.reason, item.resolved_by)
            )
        self.detail.setText("\n".join(lines))
        self.resolve_button.setEnabled(item.decision is None)
        self.form.setVisible(item.decision is None)

    def resolve_selected(self) -> None:
        """Record the investigator's decision (the service refuses anyone else)."""
        row = self.list.currentRow()
        if self._actor is None or not 0 <= row < len(self._shown):
            return
        result = resolve(
            self._ws,
            self._actor,
            discrepancy_id=self._shown[row].id,
            decision=str(self.decision.currentData()),
            reason=self.reason.text(),
        )
        if isinstance(result, Refusal):
            show_error(self.message, refusal_text(result))
            return
        self.message.clear()
        self.reason.clear()
        self.refresh()
