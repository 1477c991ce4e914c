"""New passwords as NIST SP 800-63B (section 3.1.1.2) asks: length, not composition rules.

At least 12 characters for an administrator and 10 for everyone else; any characters a person
can type, spaces included, but no control characters (a NUL, a line break) and not made only
of invisible ones (zero-width spaces); not on the list of common and breached passwords
(``resources/passwords/common-passwords.txt``, which says where it comes from); not the user
name. No rules such as "a digit and a capital": the guidance advises against them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role

MIN_LENGTH_ADMIN = 12
MIN_LENGTH_OTHERS = 10
MAX_LENGTH = 256  # long pass-phrases are welcome; a megabyte typed by a script is not

_INVISIBLE = ("Cf", "Zs", "Zl", "Zp", "Mn", "Me")  # format (zero-width), spaces, marks


def minimum_length(role: Role | str) -> int:
    """The shortest password the role may choose (characters)."""
    return MIN_LENGTH_ADMIN if role == Role.ADMIN else MIN_LENGTH_OTHERS


def check_new_password(
    password: str,
    role: Role | str,
    username: str,
    common: Callable[[], Collection[str]],
) -> Refusal | None:
    """None when ``password`` may be chosen by ``username`` with ``role``; else why not.

    ``common`` gives the lower-cased list of common passwords (read only when needed).
    """
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in password):
        return Refusal(
            "weak_password",
            "A password may not contain control characters (such as a line break).",
        )
    shortest = minimum_length(role)
    counted = sum(unicodedata.category(c) != "Cf" for c in password)  # zero-width: not counted
    if counted < shortest or len(password) > MAX_LENGTH:
        return Refusal(
            "weak_password",
            "A password needs at least {length} characters.",
            length=shortest,
        )
    if all(unicodedata.category(c) in _INVISIBLE for c in password):
        return Refusal("weak_password", "A password needs visible characters, not only spaces.")
    folded = unicodedata.normalize("NFKC", password).casefold()
    if folded == username.casefold() or folded in common():
        return Refusal(
            "weak_password",
            "This password is on a list of common or breached passwords (or is the user "
            "name): choose another.",
        )
    return None
