"""rulebooks pack `property`: a property-management service centre's complaints, front desk and office conduct
(seed 篇3, 篇4, 篇6, 篇7)."""

__version__ = "0.1.0"
