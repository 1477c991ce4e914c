"""Write docs/actions.md and docs/permissions.md from the actions' declarations (run after
adding or changing a ``@user_action``; tests/services/test_permissions.py fails while they are
stale)."""

from __future__ import annotations

import inspect
from pathlib import Path

from infusion_app.domain.roles import Role
from infusion_app.services.actions import ACTIONS, DECLARATIONS, PERMISSIONS, Action

HEADER = """# User actions

Every user action is one service function (`infusion_app/services/`): it validates with the
domain, records its event(s), updates the read models in the same transaction, and returns
either **accepted** (with the ids it created) or **refused** (with a code and a reason a nurse
can read). The app's screens call these functions; so does `infusion-app replay FILE`, which
runs a JSON-lines script of them and prints one JSON line per action:

```
$ cat day.jsonl
{"action": "sign_in", "username": "dr.wang", "password": "…"}
{"action": "register_participant", "subject_code": "HPV-001", "initials": "LXM", "year_of_birth": 1985, "arm": "huc_msc", "consent_date": "2026-11-20"}
{"action": "schedule_session", "subject_code": "HPV-001", "scheduled_for": "2026-11-24"}
$ infusion-app replay day.jsonl --db ward.sqlite3
{"line": 1, "action": "sign_in", "status": "accepted", "event_ids": [], "created": {"username": "dr.wang", "role": "investigator"}}
{"line": 2, "action": "register_participant", "status": "accepted", "event_ids": ["…"], "created": {"subject_code": "HPV-001"}}
{"line": 3, "action": "schedule_session", "status": "accepted", "event_ids": ["…"], "created": {"session_id": "…", "number": 1}}
```

Lines run as the user who last signed in (`sign_in`), as in the app; after a failed `sign_in`
nothing runs until a sign-in succeeds. Blank lines and lines starting with `#` are skipped.
A line may carry its fields in one object, `{"action": "record_adverse_event", "fields":
{"action": "paused", …}}`: the way to give a field that is itself named `action`. A line that
cannot be read (not UTF-8, not JSON, nested too deep, a text that cannot be stored) or a value
no rule accepts is refused with its line number, and the next line runs. The exit status is 0 when every action was accepted, 1 otherwise.
Times are ISO 8601 with a zone; dates are `YYYY-MM-DD` (site-local). Each action is declared
once, on its service function (`@user_action` in `infusion_app/services/`): its name, the
roles that may do it, its fields and this help; [permissions.md](permissions.md) has the same
roles as a table.

This page is written by `python scripts/write_docs.py`; a test fails when an action or
a field is missing from it.
"""


def _section(action: Action) -> str:
    doc = inspect.getdoc(action.function) or ""
    lines = [f"### `{action.name}`", "", doc, ""]
    roles = action.roles
    if roles:
        who = ", ".join(r.value for r in Role if r in roles)
        lines.append(f"Needs a signed-in user with the role: {who}.")
    else:
        lines.append(
            "Needs a signed-in user." if action.needs_actor else "Needs no signed-in user."
        )
    lines += ["", "| field | type | required |", "|---|---|---|"]
    for field in action.fields:
        kinds = " or ".join(t.__name__ for t in field.types)
        lines.append(f"| `{field.name}` | {kinds} | {'yes' if field.required else 'no'} |")
    if not action.fields:
        lines.append("| (none) | | |")
    return "\n".join(lines) + "\n"


def actions_page() -> str:
    """The text of docs/actions.md."""
    return HEADER + "\n## Actions\n\n" + "\n".join(_section(a) for a in ACTIONS.values())


PERMISSIONS_HEADER = """# Permissions

Which role may do which action. The services refuse everything marked "—" with the code
`not_permitted` and a reason naming who may; `tests/services/test_permissions.py` tries every
one of those refusals. Signing in, signing out, locking and unlocking the screen and taking
over a locked laptop are open to every active user. A deactivated user may do nothing, even one
deactivated while signed in (every action reads the role and the active flag as the log says
now, not as they were at sign-in): not lock the screen, not sign out, not sign; another user may
still take over that laptop.
Corrections are further limited per field (see `infusion_app/domain/corrections.py`:
participant details by an investigator; infusion times by a nurse or an investigator).

This page is written from the actions' declarations (`@user_action` in `infusion_app/services/`)
by `python scripts/write_docs.py`.

"""


def permissions_page() -> str:
    """The text of docs/permissions.md: one row per action, one column per role."""
    roles = list(Role)
    lines = ["| action | " + " | ".join(r.value for r in roles) + " |"]
    lines.append("|---|" + "---|" * len(roles))
    for permission in dict.fromkeys(d.permission for d in DECLARATIONS if d.roles):
        allowed = PERMISSIONS[permission]
        marks = " | ".join("✓" if r in allowed else "—" for r in roles)
        lines.append(f"| `{permission}` | {marks} |")
    return PERMISSIONS_HEADER + "\n".join(lines) + "\n"


def main() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs"
    for name, text in (("actions.md", actions_page()), ("permissions.md", permissions_page())):
        (docs / name).write_text(text, encoding="utf-8")
        print(f"wrote {docs / name}")


if __name__ == "__main__":
    main()
