"""The rule of who may act: a role outside an action's allowed roles is refused, naming who may.

Which roles each action allows is declared on the action itself (``services/declarations.py``);
docs/permissions.md is written from those declarations.
"""

from __future__ import annotations

from infusion_app.domain.messages import Listing, Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role

NURSE, PHARM, INV, ADM = Role.NURSE, Role.PHARMACIST, Role.INVESTIGATOR, Role.ADMIN

ROLE_WORDS = {
    NURSE: Message("a nurse"),
    PHARM: Message("a pharmacist"),
    INV: Message("an investigator"),
    ADM: Message("an administrator"),
}


def check_permission(role: Role, allowed: frozenset[Role], action: Message) -> Refusal | None:
    """None when ``role`` is among ``allowed``; otherwise a refusal naming who may do ``action``
    ("Only a nurse or an investigator may do this (record vitals).")."""
    if role in allowed:
        return None
    who = Listing((ROLE_WORDS[r] for r in Role if r in allowed), " or ")
    return Refusal("not_permitted", "Only {who} may do this ({action}).", who=who, action=action)
