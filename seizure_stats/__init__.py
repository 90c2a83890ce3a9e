"""seizure-stats: published seizure figures -> a warehouse analysts can query."""

__version__ = "0.1.0"
