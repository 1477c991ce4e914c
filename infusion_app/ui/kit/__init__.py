"""Small widgets and helpers every screen shares (form fields, headings, error lines, restyling).

A screen builds its controls from here so that they look and behave the same everywhere:
labels tied to their fields for screen readers, errors with an icon (never colour alone).
"""
