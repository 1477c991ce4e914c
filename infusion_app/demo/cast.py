"""The people of the demonstration site: its staff (one password for all) and its participants.

The demo, the tests, the kill-anywhere harness and the screenshot scripts all use these users,
so a nurse is the same nurse (user name, full name, role and password) everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from infusion_app.domain.roles import Role
from infusion_app.services.context import Actor

DEMO_PASSWORD = "demo-password-2026"
SITE_CODE = "SH-TJ01"


@dataclass(frozen=True)
class User:
    """A member of staff: user name, full name and role (the password is DEMO_PASSWORD)."""

    username: str
    full_name: str
    role: Role

    @property
    def actor(self) -> Actor:
        """The user as the services see a signed-in person."""
        return Actor(self.username, self.full_name, self.role)

    def fields(self, password: str = DEMO_PASSWORD) -> dict[str, str]:
        """The fields of ``add_user`` that create this user."""
        return {
            "username": self.username,
            "full_name": self.full_name,
            "role": self.role.value,
            "password": password,
        }


ADMIN = User("admin", "Ada Admin", Role.ADMIN)
NURSE = User("nurse.li", "Li Na", Role.NURSE)
SECOND_NURSE = User("nurse.chen", "Chen Jing", Role.NURSE)
INVESTIGATOR = User("dr.wang", "Wang Fang", Role.INVESTIGATOR)
PHARMACIST = User("pharm.zhao", "Zhao Min", Role.PHARMACIST)
MONITOR = User("monitor.liu", "Liu Yang", Role.INVESTIGATOR)

WARD = (NURSE, INVESTIGATOR, PHARMACIST)
"""The three people one infusion needs (besides the administrator who adds them)."""
STAFF = (NURSE, SECOND_NURSE, INVESTIGATOR, PHARMACIST, MONITOR)
"""Everyone the demo's administrator adds, in the order they are added."""
USERS = {user.username: user for user in (ADMIN, *STAFF)}


@dataclass(frozen=True)
class Person:
    """A participant of the demo: subject code, initials, year of birth, weight (kg), arm."""

    subject_code: str
    initials: str
    year_of_birth: int
    weight_kg: float
    arm: str


PEOPLE = (
    Person("HPV-001", "LXM", 1985, 58.5, "huc_msc"),
    Person("HPV-002", "ZHY", 1979, 62.0, "placebo"),
    Person("HPV-003", "WQ", 1990, 54.0, "huc_msc"),
    Person("HPV-004", "CLL", 1972, 66.5, "placebo"),
    Person("HPV-005", "SYF", 1988, 60.0, "huc_msc"),
    Person("HPV-006", "HMJ", 1983, 57.0, "placebo"),
)
PARTICIPANT = PEOPLE[0]
"""The participant of the good day (and of most tests): HPV-001, LXM, born 1985, 58.5 kg."""
