"""Every refusal in docs/permissions.md, tried against the real service with a real user."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services import audit_trail, discrepancies, exports, record_print, users
from infusion_app.services.actions import ACTIONS, PERMISSIONS
from infusion_app.services.audit_trail import TrailFilter
from infusion_app.services.context import Actor, Workspace
from scripts.write_docs import actions_page, permissions_page

DOCS = Path(__file__).resolve().parents[2] / "docs"
USER_OF_ROLE = {
    Role.NURSE: Actor("nurse.li", "Li Na", Role.NURSE),
    Role.PHARMACIST: Actor("pharm.zhao", "Zhao Min", Role.PHARMACIST),
    Role.INVESTIGATOR: Actor("dr.wang", "Wang Fang", Role.INVESTIGATOR),
    Role.ADMIN: Actor("admin", "Ada Admin", Role.ADMIN),
}

GUARDED: list[Callable[..., Any]] = [
    *(a.function for a in ACTIONS.values() if hasattr(a.function, "permission")),
    users.list_users,
    audit_trail.count_trail,
    audit_trail.trail_page,
    audit_trail.export_trail_csv,
    discrepancies.resolve_discrepancy,
    exports.export_record,
    record_print.print_record,
]

REFUSALS = [
    (function, role)
    for function in GUARDED
    for role in Role
    if role not in PERMISSIONS[function.permission]  # type: ignore[attr-defined]
]


def _dummy_fields(function: Callable[..., Any], tmp_path: Path) -> dict[str, Any]:
    """Plausible values for every keyword field: the permission must refuse before any is read."""
    hints = typing.get_type_hints(function)
    values: dict[str, Any] = {}
    for p in inspect.signature(function).parameters.values():
        if p.kind is not p.KEYWORD_ONLY or p.default is not p.empty:
            continue
        kind = hints[p.name]
        values[p.name] = {int: 1, TrailFilter: TrailFilter(), Path: tmp_path / "x.csv"}.get(
            kind, "HPV-001"
        )
    return values


def test_the_permissions_page_is_up_to_date() -> None:
    assert (DOCS / "permissions.md").read_text(encoding="utf-8") == permissions_page()
    assert (DOCS / "actions.md").read_text(encoding="utf-8") == actions_page()


def test_every_row_of_the_table_has_a_service() -> None:
    guarded = {f.permission for f in GUARDED}  # type: ignore[attr-defined]
    assert guarded == set(PERMISSIONS)


@pytest.mark.parametrize(
    ("function", "role"), REFUSALS, ids=[f"{f.__name__}-{r.value}" for f, r in REFUSALS]
)
def test_each_forbidden_action_is_refused(
    site: Workspace, tmp_path: Path, function: Callable[..., Any], role: Role
) -> None:
    before = site.store.count()
    result = function(site, USER_OF_ROLE[role], **_dummy_fields(function, tmp_path))
    assert isinstance(result, Refusal), f"{function.__name__} allowed a {role.value}"
    assert result.code == "not_permitted"
    assert site.store.count() == before, "a refusal records nothing"
    assert not (tmp_path / "x.csv").exists()


def test_only_the_session_actions_of_every_user_are_open_to_any_role() -> None:
    """An action that takes a signed-in user but names no roles is open to every role: only
    these may be; a new action that forgets its roles fails here."""
    open_to_all = {a.name for a in ACTIONS.values() if a.needs_actor and not a.roles}
    assert open_to_all == {"sign_out", "lock_screen", "unlock", "hand_over"}


def test_the_actions_page_states_each_action_s_declared_roles() -> None:
    page = (DOCS / "actions.md").read_text(encoding="utf-8")
    for action in ACTIONS.values():
        section = page.split(f"### `{action.name}`", 1)[1].split("### ", 1)[0]
        if action.roles:
            who = ", ".join(r.value for r in Role if r in action.roles)
            assert f"Needs a signed-in user with the role: {who}." in section, action.name


def test_the_nurse_cannot_countersign(site: Workspace) -> None:
    assert Role.NURSE not in PERMISSIONS["countersign_session"]


def test_a_deactivated_user_can_do_nothing(site: Workspace, admin: Actor, nurse: Actor) -> None:
    users.deactivate_user(site, admin, username="nurse.li", reason="left the ward")
    from infusion_app.services import participants

    result = participants.schedule_session(
        site, nurse, subject_code="HPV-001", scheduled_for="2026-11-24"
    )
    assert isinstance(result, Refusal) and result.code == "user_inactive"
