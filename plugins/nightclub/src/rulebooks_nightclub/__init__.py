"""rulebooks pack `nightclub`."""

__version__ = "0.1.0"
