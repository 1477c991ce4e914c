"""Reading product labels: ISBT 128 (cellular therapy), GS1 (albumin, saline), the lab's own code.

A scanner in keyboard-wedge mode types what the bar code holds; a person may type the
eye-readable text instead. Every malformed input gets a sentence saying what is wrong.
ISO/IEC 7064 MOD 37-2 comes from python-stdnum and GS1 element strings from biip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from stdnum.iso7064 import mod_37_2

from infusion_app.domain.messages import Message
from infusion_app.domain.outcomes import Refusal

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
DIN_BODY = re.compile(r"^[A-Z]\d{4}\d{2}\d{6}$")  # facility (letter + 4 digits), year, sequence
SYMBOLOGY_PREFIX = re.compile(r"^\][A-Za-z]\d")  # e.g. ]C0, ]d2 from the scanner
LAB_CODE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{3,31}$")


@dataclass(frozen=True)
class Din:
    """An ISBT 128 donation identification number (13 characters) and its check character."""

    value: str
    check_character: str

    @property
    def eye_readable(self) -> str:
        """As printed: ``G1234 17 654321 A``."""
        v = self.value
        return f"{v[:5]} {v[5:7]} {v[7:]} {self.check_character}"


@dataclass(frozen=True)
class IsbtProductCode:
    """ISBT 128 product code: product description code, type of donation, divisions."""

    value: str


@dataclass(frozen=True)
class IsbtExpiry:
    """ISBT 128 expiration date and time (the label's local time)."""

    local: datetime


@dataclass(frozen=True)
class Gs1Label:
    """What a GS1 code gives: GTIN, lot (AI 10), expiry (AI 17), serial (AI 21)."""

    gtin: str
    lot: str | None
    expiry: date | None
    serial: str | None


@dataclass(frozen=True)
class LabCode:
    """The cell laboratory's own code: accepted only after the person confirms it."""

    value: str


Label = Din | IsbtProductCode | IsbtExpiry | Gs1Label | LabCode


def din_check_character(body: str) -> str:
    """The ISO/IEC 7064 MOD 37-2 check character of a 13-character DIN."""
    return str(mod_37_2.calc_check_digit(body, alphabet=ALPHABET))


def printed_din(din: str) -> str:
    """A stored DIN as its label prints it, with its check character (``G1234 17 654321 A``);
    a laboratory's own code, or anything else, as it is."""
    if DIN_BODY.match(din):
        return Din(din, din_check_character(din)).eye_readable
    return din


def _din_problem(body: str) -> Message | None:
    if len(body) != 13:
        return Message("a DIN has 13 characters, this one has {length}", length=len(body))
    if not DIN_BODY.match(body):
        return Message(
            "a DIN is a letter and 4 digits (facility), 2 digits (year), 6 digits (sequence)"
        )
    return None


def parse_din_structure(text: str) -> Din | Refusal:
    """``=`` + 13-character DIN + 2 flag characters; a type-3 flag (60–96) carries the check."""
    body, flags = text[1:14], text[14:]
    if problem := _din_problem(body):
        return Refusal("bad_din", "This DIN cannot be read: {problem}.", problem=problem)
    if len(flags) != 2 or not flags.isdigit():
        return Refusal("bad_din_flags", "A DIN bar code ends with two flag digits.")
    expected = din_check_character(body)
    if 60 <= int(flags) <= 96 and ALPHABET[int(flags) - 60] != expected:
        return Refusal(
            "wrong_din_check",
            "The DIN {din} carries check {carried!r} but should be {expected!r}: "
            "the label is damaged or mistyped.",
            din=body,
            carried=ALPHABET[int(flags) - 60],
            expected=expected,
        )
    return Din(body, expected)


def parse_din_typed(text: str) -> Din | Refusal:
    """The eye-readable DIN typed by hand: 13 characters then the check character."""
    compact = re.sub(r"\s+", "", text)
    body, given = compact[:13], compact[13:]
    if problem := _din_problem(body):
        return Refusal("bad_din", "This DIN cannot be read: {problem}.", problem=problem)
    if len(given) != 1:
        return Refusal("missing_din_check", "Type the DIN's check character (the boxed one) too.")
    expected = din_check_character(body)
    if given != expected:
        return Refusal(
            "wrong_din_check",
            "The check character {given!r} does not fit DIN {din} (expected {expected!r}): "
            "look at the label again.",
            given=given,
            din=body,
            expected=expected,
        )
    return Din(body, expected)


def parse_isbt_expiry(text: str) -> IsbtExpiry | Refusal:
    """``&>`` + cyyjjjhhmm: century and year, day of the year, hours and minutes."""
    digits = text[2:]
    if not re.fullmatch(r"\d{10}", digits):
        return Refusal("bad_expiry", "An ISBT 128 expiry reads &> and 10 digits (cyyjjjhhmm).")
    year = 2000 + int(digits[0:3])
    day, hour, minute = int(digits[3:6]), int(digits[6:8]), int(digits[8:10])
    days_in_year = 366 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 365
    if not 1 <= day <= days_in_year or hour > 23 or minute > 59:
        return Refusal(
            "bad_expiry", "The expiry {digits} is not a real date and time.", digits=digits
        )
    moment = datetime(year, 1, 1, hour, minute) + timedelta(days=day - 1)
    return IsbtExpiry(moment)


def parse_isbt_product_code(text: str) -> IsbtProductCode | Refusal:
    """``=<`` + product description code (letter + 4 digits) + donation type + 2 divisions."""
    code = text[2:]
    if not re.fullmatch(r"[A-Z]\d{4}[0-9A-Z][0-9A-Z]{2}", code):
        return Refusal(
            "bad_product_code",
            "An ISBT 128 product code reads =< then a letter, 4 digits and 3 characters.",
        )
    return IsbtProductCode(code)


def parse_gs1(text: str) -> Gs1Label | Refusal:
    """GS1 element strings (AI 01 GTIN with its check digit, 10 lot, 17 expiry, 21 serial)."""
    from biip import parse as parse_gs1_text  # 0.2 s to import: only when a GS1 code is read

    result = parse_gs1_text(text)
    if result.gs1_message is None:
        detail = result.gs1_message_error or "unknown content"
        return Refusal("bad_gs1", "This GS1 code cannot be read: {detail}", detail=detail)
    fields = {e.ai.ai: e for e in result.gs1_message.element_strings}
    if "01" not in fields:
        return Refusal("missing_gtin", "This GS1 code has no GTIN (AI 01).")
    gtin = fields["01"]
    if gtin.gtin_error:
        return Refusal(
            "wrong_gtin_check", "The GTIN's check digit is wrong: {error}", error=gtin.gtin_error
        )
    lot, expiry, serial = fields.get("10"), fields.get("17"), fields.get("21")
    return Gs1Label(
        gtin.value,
        lot.value if lot else None,
        expiry.date if expiry else None,
        serial.value if serial else None,
    )


def read_label(scanned: str) -> Label | Refusal:
    """Whatever a scan or a typed entry holds, recognised by its data identifier."""
    text = SYMBOLOGY_PREFIX.sub("", scanned.strip().replace("\r", "").replace("\n", ""))
    if text.startswith("=<"):
        return parse_isbt_product_code(text)
    if text.startswith("&>"):
        return parse_isbt_expiry(text)
    if text.startswith("="):
        return parse_din_structure(text)
    if text[:2].isdigit() and (text.startswith("01") or "\x1d" in text):
        return parse_gs1(text)
    if DIN_BODY.match(re.sub(r"\s+", "", text)[:13]):
        return parse_din_typed(text)
    if LAB_CODE.match(text.upper()):
        return LabCode(text.upper())
    return Refusal("unreadable_label", "{text!r} is not a label code this app knows.", text=text)
