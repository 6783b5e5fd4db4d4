"""Helpers of the construction pack's tests: each finding as one line that shows everything a reader is told
(the test kit's `finding_line`, shared by every pack)."""

from rulebooks.authoring.testing import finding_line as line, finding_lines as lines

__all__ = ["line", "lines"]
