"""Bedside infusion-session logger for trial NCT06610773."""


def __getattr__(name: str) -> str:
    """``infusion_app.__version__``, read from the installed metadata when first asked for
    (importlib.metadata costs 30–60 ms: not at every start-up)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("infusion-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"
