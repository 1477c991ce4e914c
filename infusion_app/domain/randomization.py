"""Reading a randomization list (CSV: subject code and arm) into allocations, row by row.

Every row is accepted or rejected with its reason; nothing is guessed.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from infusion_app.domain.messages import Listing, Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import Protocol

CODE_COLUMNS = ("subject_code", "subject", "subject code")
ARM_COLUMNS = ("arm", "group", "allocation")


@dataclass(frozen=True)
class Allocation:
    """One participant's arm from the list."""

    line: int
    subject_code: str
    arm: str


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not taken, with the file's line number and the reason."""

    line: int
    text: str
    message: Message

    @property
    def reason(self) -> str:
        """The reason in English (as stored with the import)."""
        return str(self.message)


@dataclass(frozen=True)
class RandomizationPreview:
    """What an import would do."""

    accepted: tuple[Allocation, ...]
    rejected: tuple[RejectedRow, ...]


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    cleaned = [h.strip().lower() for h in header]
    return next((cleaned.index(n) for n in names if n in cleaned), None)


def _arm_code(protocol: Protocol, given: str) -> str | None:
    wanted = given.strip().lower()
    for arm in protocol.arms:
        if wanted in (arm.code.lower(), arm.label.en.lower(), arm.label.zh):
            return arm.code
    return None


def _judge_row(
    protocol: Protocol, line: int, code: str, arm_text: str, seen: dict[str, int]
) -> Allocation | Message:
    if not re.fullmatch(protocol.site.subject_code_pattern, code):
        return Message(
            "subject code {code!r} is not in the site's format (e.g. {example})",
            code=code,
            example=protocol.site.subject_code_example,
        )
    arm = _arm_code(protocol, arm_text)
    if arm is None:
        return Message(
            "arm {arm!r} is not one of {choices}",
            arm=arm_text,
            choices=Listing(a.code for a in protocol.arms),
        )
    if code in seen:
        return Message("{code} is listed twice (first on line {line})", code=code, line=seen[code])
    seen[code] = line
    return Allocation(line, code, arm)


def parse_randomization(protocol: Protocol, text: str) -> RandomizationPreview | Refusal:
    """Judge every row of the list; a file without the two columns is refused whole."""
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    except csv.Error as error:
        return Refusal(
            "unreadable_csv", "The file cannot be read as CSV: {error}.", error=str(error)
        )
    if not rows:
        return Refusal("empty_file", "The file is empty.")
    code_at, arm_at = _column(rows[0], CODE_COLUMNS), _column(rows[0], ARM_COLUMNS)
    if code_at is None or arm_at is None:
        return Refusal(
            "missing_columns", "The first line must name the columns subject_code and arm."
        )
    accepted: list[Allocation] = []
    rejected: list[RejectedRow] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(code_at, arm_at):
            rejected.append(
                RejectedRow(line, ",".join(row), Message("the row has too few columns"))
            )
            continue
        judged = _judge_row(protocol, line, row[code_at].strip().upper(), row[arm_at], seen)
        if isinstance(judged, Message):
            rejected.append(RejectedRow(line, ",".join(row), judged))
        else:
            accepted.append(judged)
    return RandomizationPreview(tuple(accepted), tuple(rejected))
