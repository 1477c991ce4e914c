"""Adverse-event views: the CTCAE v5 form and the list of a session's events."""
