"""The randomization list: preview, a clear report of rejected rows, then allocations."""

from __future__ import annotations

from infusion_app.domain.outcomes import Refusal
from infusion_app.services import participants, randomization
from infusion_app.services.context import Accepted, Actor, Workspace

LIST = """subject_code,arm
HPV-001,huc_msc
HPV-002,placebo
hpv-003,Placebo comparator: normal saline with 5 % albumin
HPV-4,placebo
HPV-005,vitamin
HPV-001,placebo

HPV-006
"""


def test_the_preview_says_which_rows_are_taken_and_why_others_are_not(site: Workspace) -> None:
    preview = randomization.preview_randomization(site, LIST)
    assert not isinstance(preview, Refusal)
    assert [(a.subject_code, a.arm) for a in preview.accepted] == [
        ("HPV-001", "huc_msc"),
        ("HPV-002", "placebo"),
        ("HPV-003", "placebo"),
    ]
    report = {r.line: r.reason for r in preview.rejected}
    assert "not in the site's format" in report[5]
    assert report[6] == "arm 'vitamin' is not one of huc_msc, placebo"
    assert "listed twice (first on line 2)" in report[7]
    assert report[9] == "the row has too few columns"
    assert site.store.count() == 5, "a preview records nothing"


def test_a_file_without_the_columns_is_refused_whole(site: Workspace) -> None:
    result = randomization.preview_randomization(site, "code;group\nHPV-001;placebo\n")
    assert isinstance(result, Refusal) and result.code == "missing_columns"


def test_import_then_register_takes_the_arm_from_the_list(
    site: Workspace, investigator: Actor
) -> None:
    imported = randomization.import_randomization(site, investigator, csv_text=LIST)
    assert isinstance(imported, Accepted)
    assert imported.created == {"imported": 3, "rejected": 4}
    registered = participants.register_participant(
        site,
        investigator,
        subject_code="HPV-002",
        initials="ZY",
        year_of_birth=1990,
        consent_date="2026-11-20",
    )
    assert isinstance(registered, Accepted)
    arm = site.db.execute("SELECT arm FROM participants").fetchone()[0]
    assert arm == "placebo"
    differs = participants.register_participant(
        site,
        investigator,
        subject_code="HPV-001",
        initials="LX",
        year_of_birth=1985,
        consent_date="2026-11-20",
        arm="placebo",
    )
    assert isinstance(differs, Refusal) and differs.code == "arm_differs_from_list"


def test_a_second_import_rejects_codes_already_allocated(
    site: Workspace, investigator: Actor
) -> None:
    randomization.import_randomization(site, investigator, csv_text=LIST)
    again = randomization.preview_randomization(site, "subject_code,arm\nHPV-001,placebo\n")
    assert not isinstance(again, Refusal) and not again.accepted
    assert "already allocated to huc_msc" in again.rejected[0].reason


def test_without_a_list_the_arm_must_be_entered(site: Workspace, investigator: Actor) -> None:
    result = participants.register_participant(
        site,
        investigator,
        subject_code="HPV-009",
        initials="AB",
        year_of_birth=1980,
        consent_date="2026-11-20",
    )
    assert isinstance(result, Refusal) and result.code == "no_arm"
