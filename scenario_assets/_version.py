"""The package version (one place: read by the User-Agent and ``scenario_assets.__version__``)."""

__version__ = "0.1.0"
