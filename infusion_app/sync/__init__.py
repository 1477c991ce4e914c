"""Sync with the central PostgreSQL server: push this laptop's events, pull the site's others.

Qt-free: :func:`infusion_app.sync.engine.run_sync` does one push and pull and reports
progress through a callback, so a ``QThread`` worker can wrap it.
"""
