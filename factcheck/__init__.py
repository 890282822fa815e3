"""factcheck: verify quotes and claims against their sources."""

__version__ = "0.1.0"
