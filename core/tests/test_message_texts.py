"""A long tuple's text is remembered per reader: every reader still sees their own words."""

from rulebooks import messages
from rulebooks.messages import Messages, person, render, value_text

_ = Messages("rulebooks")


def test_a_shared_line_reads_for_each_reader():
    line = tuple(person(s) for s in ("wang", "li", "chen", "zhao", "sun"))
    names = {"wang": "王麗 (wang)", "chen": "陳明 (chen)"}
    other = {"li": "李強 (li)"}
    reason = _("(next: {line})", line=line)
    for _round in range(2):  # the second time from what was remembered
        assert render(reason) == "(next: wang, li, chen, zhao, sun)"
        assert value_text(line, "zh", names) == "王麗 (wang)、li、陳明 (chen)、zhao、sun"
        assert value_text(line, "en", names) == "王麗 (wang), li, 陳明 (chen), zhao, sun"
        assert value_text(line, "zh", other) == "wang、李強 (li)、chen、zhao、sun"


def test_a_tuple_with_a_changeable_value_is_not_remembered():
    cell = ["a"]
    value = ("x", "y", "z", cell)
    assert value_text(value) == "x, y, z, a"
    cell.append("b")
    assert value_text(value) == "x, y, z, a, b"


def test_the_remembered_texts_are_bounded():
    for i in range(messages._SHARED_MAX + 100):
        value_text(tuple(f"{i}-{k}" for k in range(4)))
    assert len(messages._shared_texts) <= messages._SHARED_MAX
