"""rulebooks pack `autorepair`: a repair shop's customer call-backs and 24-hour rescue service (seed 篇9)."""

__version__ = "0.1.0"
