"""Electronic signatures (21 CFR Part 11 §11.50, §11.70, §11.200): meaning, manifestation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.messages import Listing
from infusion_app.domain.outcomes import Refusal

CHAIN_HEAD_DIGITS = 16  # 64 bits: no one finds another record with the same digits


def chain_head_words(digest: str) -> str:
    """A record's chain-head hash as printed on paper and shown on its screen: its first
    sixteen hex digits in groups of four (``7a85 6f61 02dc 736a``); "—" for none."""
    digits = digest[:CHAIN_HEAD_DIGITS]
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4)) or "—"


class SignatureMeaning(StrEnum):
    """What the signer declares by signing."""

    PERFORMED = "performed"
    VERIFIED = "verified"
    REVIEWED = "reviewed"
    APPROVED = "approved"


MEANING_WORDS: dict[SignatureMeaning, str] = {
    SignatureMeaning.PERFORMED: "Performed — I carried out what this record shows",
    SignatureMeaning.VERIFIED: "Verified — I checked it independently",
    SignatureMeaning.REVIEWED: "Reviewed — I reviewed this record",
    SignatureMeaning.APPROVED: "Approved — I approve this record",
}


@dataclass(frozen=True)
class Manifestation:
    """What a signature shows wherever its record shows: name, role, time with zone, meaning."""

    full_name: str
    role: str
    signed_at_utc: str
    meaning: SignatureMeaning

    def text(self, zone: str) -> str:
        """E.g. ``Li Na (nurse) — performed — 2026-11-24 09:41:07 CST (UTC+08:00)``."""
        local = parse_utc_iso(self.signed_at_utc).astimezone(ZoneInfo(zone))
        return f"{self.full_name} ({self.role}) — {self.meaning.value} — {_local_text(local)}"


def _local_text(moment: datetime) -> str:
    offset = moment.strftime("%z")
    return f"{moment:%Y-%m-%d %H:%M:%S} {moment.tzname()} (UTC{offset[:3]}:{offset[3:]})"


def check_meaning(meaning: str) -> Refusal | None:
    """The meaning must be one of :class:`SignatureMeaning`."""
    if meaning not in SignatureMeaning.__members__.values():
        return Refusal(
            "bad_meaning",
            "Choose what the signature means: {choices}.",
            choices=Listing(m.value for m in SignatureMeaning),
        )
    return None


def check_second_signer(first_signer: str | None, second_signer: str) -> Refusal | None:
    """The second signature of a two-person check must come from a different person."""
    if first_signer is not None and first_signer == second_signer:
        return Refusal(
            "same_signer",
            "The second signature must come from a different person than the first.",
        )
    return None
