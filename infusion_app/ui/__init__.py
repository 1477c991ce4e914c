"""The Qt widgets. Importing any of them first stops PySide6 reading every module's source."""

from infusion_app.ui.feature_scan import skip_feature_source_scan

skip_feature_source_scan()
