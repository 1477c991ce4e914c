"""The bedside two-person check: label, release and participant side by side, then two people
each scan the bag and the wristband and sign. A mismatch is a hard STOP."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.signatures import SignatureMeaning
from infusion_app.services import records
from infusion_app.services.administration import BedsideCheckAge, bedside_check_age
from infusion_app.services.auth import check_credentials
from infusion_app.services.bedside import bedside_check
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.ui.kit.forms import fill_with_scrolling, heading
from infusion_app.ui.messages import field_text, refusal_text
from infusion_app.ui.product.bedside_cards import LabelCard, ParticipantCard, ReleaseCard
from infusion_app.ui.product.bedside_step import BedsideStepCard
from infusion_app.ui.product.look import NoticePanel
from infusion_app.ui.texts import local_time, role_text

WIDE_PX = 1200  # the screen's own width from which the release card lists its signatures


class BedsideCheckScreen(QWidget):
    """Right bag, right participant, checked by two different credentialed people.

    Signals:
        verified(str): the second person matched bag and wristband; the product id.
    """

    verified = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        session_id: str,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._actor = actor
        self._session_id = session_id
        self._zone = ws.protocol.site.timezone
        session = records.session_header(ws, session_id)
        self._subject = session.subject_code if session else ""
        self.product = records.bag_for_session(ws, session_id)
        self.product_id = self.product.id if self.product else ""
        signed_in = self.tr("signed in")
        signer = f"{actor.full_name} · {role_text(actor.role)} · {signed_in}"
        self.first = BedsideStepCard(
            self.tr("1   First person"), signer, SignatureMeaning.PERFORMED
        )
        self.second = BedsideStepCard(self.tr("2   Second person"), None, SignatureMeaning.VERIFIED)
        self.notice = NoticePanel(self.tr("Result of the bedside check"))
        self.label_card: LabelCard | None = None
        self.release_card: ReleaseCard | None = None
        self.participant_card: ParticipantCard | None = None
        self._lay_out(session.number if session else 0, language or QLocale().name())
        self.first.submitted.connect(self.sign_first)
        self.second.submitted.connect(self.sign_second)
        self._show_state()

    def _lay_out(self, session_number: int, language: str) -> None:
        column = QVBoxLayout()
        column.setSpacing(10)
        self.title = heading(self.tr("Bedside check — {subject}").format(subject=self._subject))
        column.addWidget(self.title)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        person = records.participant(self._ws, self._subject)
        if self.product:
            self.label_card = LabelCard(self.product, self._ws.protocol, self._zone, language)
            cards.addWidget(self.label_card, 1)
            self.release_card = ReleaseCard(
                records.printed_name(self._ws, self.product.released_by),
                local_time(self.product.released_at, self._zone, seconds=False),
                self._zone,
            )
            cards.addWidget(self.release_card, 1)
        if person:
            self.participant_card = ParticipantCard(person, session_number)
            cards.addWidget(self.participant_card, 1)
        column.addLayout(cards)
        column.addWidget(self.notice)
        steps = QHBoxLayout()
        steps.setSpacing(12)
        steps.addWidget(self.first, 1)
        steps.addWidget(self.second, 1)
        column.addLayout(steps)
        column.addStretch(1)
        page = QWidget()
        page.setObjectName("page")
        page.setLayout(column)
        column.setContentsMargins(20, 14, 20, 14)
        self._scroll = fill_with_scrolling(self, page)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Below 1200 px the release card names who released the bag and when, without the
        list of signatures (its tooltip), so that STOP and both people's fields stay in view."""
        super().resizeEvent(event)
        if self.release_card is not None:
            wide = event.size().width() >= WIDE_PX
            self.release_card.signatures.setVisible(wide)
            self.release_card.setToolTip(
                "" if wide else "\n".join(self.release_card.signatures.texts())
            )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """The cursor in the open step's bag field, where the scanner types."""
        super().showEvent(event)
        for step in (self.first, self.second):
            if step.bag.isEnabled() and step.bag.isVisibleTo(self):
                step.bag.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _show_state(self) -> None:
        """Which step is open, from the product's read model."""
        product = self.product
        if product is None:
            self.notice.show_notice(
                "stop",
                self.tr("No released bag"),
                [self.tr("The pharmacist must receive and release the bag first.")],
            )
            self.first.set_active(False)
            self.second.set_active(False)
            return
        if self.release_card:
            self.release_card.set_signatures(records.product_signatures(self._ws, self.product_id))
        first_by = product.first_checked_by if product.session == self._session_id else None
        age = bedside_check_age(self._ws, self._session_id, self._ws.clock.now())
        if product.state == "verified" and age is not None and age.stale:
            self._show_stale(age)
        elif product.state == "verified":
            first = product.first_checked_by
            self.first.set_done(self._done_text(first) if first else self.tr("Checked"))
            self.second.set_done(self._done_text(product.verified_by or ""))
            self._show_verified()
        elif first_by:
            self.first.set_done(self._done_text(first_by))
            self.second.set_active(True)
            self.second.set_waiting(self.tr("A different person scans both and signs."))
            self.second.start()
        else:
            self.first.set_active(True)
            self.first.set_waiting(self.tr("Scan the bag, then the wristband, then sign."))
            self.second.set_active(False)
            self.second.set_waiting(self.tr("Opens after the first person has signed."))
            self.first.start()

    def _show_stale(self, age: BedsideCheckAge) -> None:
        """The check is older than the protocol allows before the start: a new pair of scans."""
        self.notice.show_notice(
            "stop",
            self.tr("Scan again — the bedside check is too old"),
            [
                self.tr(
                    "The check was {0} min ago; the protocol allows {1} min before the start. "
                    "Two people scan the bag and the wristband again."
                ).format(age.minutes_shown, f"{age.limit_min:g}")
            ],
        )
        self.first.set_active(True)
        self.first.set_waiting(self.tr("Scan the bag, then the wristband, then sign."))
        self.second.set_active(False)
        self.second.set_waiting(self.tr("Opens after the first person has signed."))
        self.first.start()

    def _done_text(self, username: str) -> str:
        """E.g. "Done by Li Na · 2026-11-24 09:05", the time from the person's signature."""
        signed = [
            s.manifestation.signed_at_utc
            for s in records.product_signatures(self._ws, self.product_id)
            if s.username == username
        ]
        time = local_time(signed[-1] if signed else None, self._zone, seconds=False)
        return self.tr("Done by {name} · {time}").format(
            name=records.printed_name(self._ws, username), time=time
        )

    def _show_verified(self) -> None:
        self.notice.show_notice(
            "ok",
            self.tr("Verified — right bag, right participant"),
            [self.tr("Two people matched the bag and the wristband. The infusion may begin.")],
        )

    def sign_first(self) -> None:
        """The signed-in person's scans and signature."""
        self._record(self.first, self._actor)

    def sign_second(self) -> None:
        """The second person's scans and signature, under their own user name."""
        username = self.second.username.text().strip()
        if not username:
            self.second.show_problem(self.tr("Type your user name."), self.second.username)
            return
        person = records.user_actor(self._ws, username)
        if person is None:  # record the failed attempt like any other
            failed = check_credentials(
                self._ws, username, self.second.password.text(), EventType.SIGNATURE_FAILED
            )
            self.second.show_problem(refusal_text(failed) if isinstance(failed, Refusal) else "")
            return
        self._record(self.second, person)

    def _record(self, step: BedsideStepCard, person: Actor) -> None:
        outcome: Outcome = bedside_check(
            self._ws,
            person,
            session_id=self._session_id,
            product_id=self.product_id,
            bag_scan=step.bag.text().strip(),
            wristband_scan=step.wristband.text().strip(),
            password=step.password.text(),
        )
        if isinstance(outcome, Refusal):
            self._refused(step, outcome)
            return
        assert isinstance(outcome, Accepted)
        self.product = records.product(self._ws, self.product_id)
        self.notice.clear()
        self._show_state()
        if outcome.created["state"] == "verified":
            self._scroll.verticalScrollBar().setValue(0)  # the Verified panel in view
        if outcome.created["state"] == "verified":
            self.verified.emit(self.product_id)

    def _refused(self, step: BedsideStepCard, refusal: Refusal) -> None:
        if refusal.code == "bedside_mismatch":
            self.notice.show_notice(
                "stop",
                self.tr("STOP — do not infuse"),
                [
                    field_text(refusal.message, "problems"),
                    self.tr("Check the bag and the wristband again; tell the pharmacist."),
                ],
            )
            step.show_problem(self.tr("Does not match: see STOP above."), step.bag)
            QTimer.singleShot(0, self, self._stop_in_view)  # once the panel is laid out
            return
        step.show_problem(refusal_text(refusal))

    def _stop_in_view(self) -> None:
        """STOP at the top of the view and the fields to scan again under it (on a short
        screen the cards above scroll away; they are one flick up)."""
        top = self.notice.mapTo(self._scroll.widget(), self.notice.rect().topLeft()).y()
        self._scroll.verticalScrollBar().setValue(max(0, top - 8))

    def state(self) -> dict[str, Any]:
        """The product's row as the screen last read it (for tests and the main window)."""
        return asdict(self.product) if self.product else {}
