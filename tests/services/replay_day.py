"""An infusion day driven through replay lines (``ActionRunner.run_line``), as a script would.

Each step signs in as the person who does it, so the checks of who may do what run too.
"""

from __future__ import annotations

import json
from typing import Any

from infusion_app.domain.clock import FakeClock
from infusion_app.services.actions import ActionRunner
from infusion_app.services.context import Workspace
from tests.conftest import PASSWORD, good_answers, good_receipt

BAG_SCAN = "G123417654321"


class Day:
    """One participant's session on the ``site`` fixture, step by step through replay lines."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.runner = ActionRunner(ws)
        self.session_id = ""
        self.product_id = ""

    @property
    def clock(self) -> FakeClock:
        assert isinstance(self.ws.clock, FakeClock)
        return self.ws.clock

    def line(self, action: str, **fields: Any) -> dict[str, Any]:
        """Run one replay line and return its JSON answer."""
        return self.runner.run_line(json.dumps({"action": action, **fields}))

    def ok(self, action: str, **fields: Any) -> dict[str, Any]:
        """Run a line that must be accepted."""
        answer = self.line(action, **fields)
        assert answer["status"] == "accepted", answer
        return answer

    def as_user(self, username: str) -> None:
        self.ok("sign_in", username=username, password=PASSWORD)

    def schedule(self) -> None:
        self.as_user("dr.wang")
        self.ok(
            "register_participant",
            subject_code="HPV-001",
            initials="LXM",
            year_of_birth=1985,
            arm="huc_msc",
            consent_date="2026-11-20",
        )
        answer = self.ok("schedule_session", subject_code="HPV-001", scheduled_for="2026-11-24")
        self.session_id = answer["created"]["session_id"]

    def receive(self, **change: Any) -> dict[str, Any]:
        """The pharmacist receives a bag (a good one unless ``change`` says otherwise)."""
        self.as_user("pharm.zhao")
        answer = self.line("receive_product", **good_receipt(**change))
        if answer["status"] == "accepted":
            self.product_id = answer["created"]["product_id"]
        return answer

    def release(self) -> None:
        self.as_user("pharm.zhao")
        self.ok("release_product", product_id=self.product_id, password=PASSWORD)

    def checks(self, **answers: dict[str, Any]) -> None:
        """The nurse begins the checks and answers every step (``answers`` replace some)."""
        self.as_user("nurse.li")
        self.ok("begin_checks", session_id=self.session_id)
        for step, answer in {**good_answers(self.ws), **answers}.items():
            self.ok("answer_check", session_id=self.session_id, step=step, answer=answer)

    def bedside(self) -> None:
        """Two people scan the bag and the wristband and sign."""
        for username in ("nurse.li", "pharm.zhao"):
            self.as_user(username)
            self.ok(
                "bedside_check",
                session_id=self.session_id,
                product_id=self.product_id,
                bag_scan=BAG_SCAN,
                wristband_scan="HPV-001",
                password=PASSWORD,
            )

    def prepare(self, *, receipt: dict[str, Any] | None = None, **answers: Any) -> None:
        """Scheduled, bag received and released, checks answered, bag verified at the bedside."""
        self.schedule()
        received = self.receive(**(receipt or {}))
        assert received["created"]["state"] == "received", received
        self.release()
        self.checks(**answers)
        self.bedside()
        self.as_user("nurse.li")

    def mark_ready(self) -> dict[str, Any]:
        self.as_user("nurse.li")
        return self.line("mark_ready", session_id=self.session_id)

    def start(self) -> dict[str, Any]:
        self.as_user("nurse.li")
        return self.line("start_infusion", session_id=self.session_id)

    def state(self) -> str:
        row = self.ws.db.execute(
            "SELECT state FROM sessions WHERE id = ?", [self.session_id]
        ).fetchone()
        return str(row[0])

    def event_types(self) -> list[str]:
        return [event.type for event in self.ws.store.events(session=self.session_id)]
