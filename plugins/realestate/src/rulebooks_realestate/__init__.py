"""rulebooks pack `realestate`."""

__version__ = "0.1.0"
