"""rulebooks pack `realestate`: a sales office's reception rotation and sales credit (seed 篇5)."""

__version__ = "0.1.0"
