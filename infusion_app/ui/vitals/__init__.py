"""Vital-signs views: the live chart, the schedule and the table of a session."""
