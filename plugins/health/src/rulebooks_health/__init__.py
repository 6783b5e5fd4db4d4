"""rulebooks pack `health`: meeting marketing of health products by two divisions (seed 篇11)."""

__version__ = "0.1.0"
