"""Bedside infusion-session logger for trial NCT06610773."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("infusion-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
