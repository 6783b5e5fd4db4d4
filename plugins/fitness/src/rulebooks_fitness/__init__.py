"""rulebooks pack `fitness`: a fitness club's membership sales attribution (seed 篇1)."""

__version__ = "0.1.0"
