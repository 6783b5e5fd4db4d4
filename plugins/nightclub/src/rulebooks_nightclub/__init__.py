"""rulebooks pack `nightclub`: booking and sales staff of a KTV / nightclub (seed 篇2)."""

__version__ = "0.1.0"
