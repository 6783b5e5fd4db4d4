"""The pack's messages: `_` makes a message in English with named placeholders; the Chinese is in
locale/zh/LC_MESSAGES/rulebooks_equipment.po, in the after-sales department's own words.

Every module writes its texts as `_("literal English {placeholder}", placeholder=value)`, so the
catalog check (and `pybabel extract`) finds them all.
"""

from rulebooks import Messages

_ = Messages("rulebooks_equipment")

# The seed names no one; the pack's reading: the after-sales manager settles what no clause settles.
AFTER_SALES_MANAGER = _("after-sales manager (售後經理)")
