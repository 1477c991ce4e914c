"""Who may use the app and the names they go by."""

from __future__ import annotations

import re
from enum import StrEnum

from infusion_app.domain.outcomes import Refusal


class Role(StrEnum):
    """A user's role; what each may do is listed in docs/permissions.md (later issue)."""

    NURSE = "nurse"
    PHARMACIST = "pharmacist"
    INVESTIGATOR = "investigator"
    ADMIN = "admin"


# \Z, not $: "$" also matches before a final line break, so "dr.wang\n" passed as a new name.
USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,31}\Z")
SITE_CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}\Z")


def check_username(username: str) -> Refusal | None:
    """A user name: 2–32 lower-case letters, digits, '.', '-' or '_', starting with a letter."""
    if not USERNAME_PATTERN.match(username):
        return Refusal(
            "bad_username",
            "A user name is 2 to 32 lower-case letters, digits, '.', '-' or '_', "
            "starting with a letter.",
        )
    return None


def check_full_name(full_name: str) -> Refusal | None:
    """The printed name that appears on signatures must be given."""
    if not full_name.strip():
        return Refusal("missing_full_name", "Enter the user's full name; it appears on signatures.")
    return None


def check_site_code(code: str) -> Refusal | None:
    """A site code is 2–16 upper-case letters, digits or dashes, e.g. ``SH-TJ01``."""
    if not SITE_CODE_PATTERN.match(code):
        return Refusal(
            "bad_site_code",
            "A site code is 2 to 16 capital letters, digits or '-', e.g. SH-TJ01.",
        )
    return None
