"""Exports of the record: PDF source record, CSV, FHIR R4 bundle and CDISC ODM 1.3.2.

Every format reads a :class:`~infusion_app.reports.session_record.SessionRecord` gathered once;
only :mod:`infusion_app.reports.pdf_record` imports Qt.
"""
