"""rulebooks pack `equipment`: an equipment maker's after-sales call-backs (seed 篇10)."""

__version__ = "0.1.0"
