"""equipment.v3 and equipment.v2: the first call-back, one calendar month after installation and commissioning,
by phone, letter or visit; a greeting card is logged but does not count.

Each test evaluates a few records and compares every finding whole, as one line (the test kit's
`finding_lines`: family, subject, day, clauses cited, evidence, the deadline with its due, status, owner and
when it was done, the reason, and each clause considered with why it did not decide). `finding_lines` also
fails when a text of the finding has no Chinese. The dues follow the digest: 02-10 + 1 month is 03-10, 01-31 +
1 month is 02-28 (the month's last day), and the whole due day is in time (until 23:59:59 local time).
"""

from __future__ import annotations

from rulebooks.authoring.testing import finding_lines

from equipment_records import B, callback, card, installation, scenario

DUE_0310 = "first call-back due 2026-03-10T23:59+08:00"
INSTALLED_0210 = "press P-200 was installed on 2026-02-10; the call-back is due 1 month later, by 2026-03-10"


def test_a_call_back_on_the_due_day_is_met_and_one_a_day_later_is_late(rulebooks_evaluate):
    """Installed 01-31, due 02-28 (clamped): met by phone at 23:30; installed 02-10, due 03-10: a letter at
    midnight is a day late. Both calls are evidence and both cite v2 (the call is what v2 counts); an
    installation with no one responsible names no owner."""
    report = rulebooks_evaluate(scenario(
        installation("2026-01-31T16:00"), callback("2026-02-28T23:30"),
        installation("2026-02-10T09:00", id="I2", customer=B, owner=None),
        callback("2026-03-11T00:00", id="C2", customer=B, method="letter"), as_of="2026-03-20T12:00"))
    assert finding_lines(report) == [
        "follow-up installation:I1 on 2026-01-31 [equipment.v3 equipment.v2] <I1 C1> first call-back due "
        "2026-02-28T23:59+08:00 met owner=zhao done_at=2026-02-28T23:30+08:00 | press P-200 was installed on "
        "2026-01-31; the call-back is due 1 month later, by 2026-02-28: called back by phone on 2026-02-28",
        f"follow-up installation:I2 on 2026-02-10 [equipment.v3 equipment.v2] <I2 C2> {DUE_0310} breached "
        f"done_at=2026-03-11T00:00+08:00 | {INSTALLED_0210}: the first call-back, by letter, came late on 2026-03-11",
    ]


def test_no_call_back_is_open_through_the_due_day_and_breached_after_it(rulebooks_evaluate):
    data = scenario(installation("2026-02-10T09:00"))
    assert finding_lines(rulebooks_evaluate(data | {"as_of": "2026-03-10T23:59:59"})) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3] <I1> {DUE_0310} open owner=zhao | "
        f"{INSTALLED_0210}: not called back yet"]
    assert finding_lines(rulebooks_evaluate(data | {"as_of": "2026-03-11T00:00"})) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3] <I1> {DUE_0310} breached owner=zhao | "
        f"{INSTALLED_0210}: no call-back by phone, letter or visit was made"]


def test_an_installation_is_followed_up_from_the_moment_it_is_commissioned(rulebooks_evaluate):
    """Commissioned at the as-of moment: the call-back is owed; a minute later: not installed yet, nothing owed."""
    report = rulebooks_evaluate(scenario(installation("2026-03-31T18:00"), installation("2026-03-31T18:01", id="I2"),
                                         as_of="2026-03-31T18:00"))
    assert finding_lines(report) == [
        "follow-up installation:I1 on 2026-03-31 [equipment.v3] <I1> first call-back due 2026-04-30T23:59+08:00 "
        "open owner=zhao | press P-200 was installed on 2026-03-31; the call-back is due 1 month later, by "
        "2026-04-30: not called back yet"]


def test_only_a_call_after_the_commissioning_follows_it_up(rulebooks_evaluate):
    """A form dated at the very moment commissioning ended is no call-back after it; a minute later it is."""
    report = rulebooks_evaluate(scenario(
        installation("2026-02-10T09:00"), callback("2026-02-10T09:00"),
        installation("2026-02-10T09:00", id="I2", customer=B), callback("2026-02-10T09:01", id="C2", customer=B),
        as_of="2026-03-01T12:00"))
    assert finding_lines(report) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3] <I1> {DUE_0310} open owner=zhao | "
        f"{INSTALLED_0210}: not called back yet",
        f"follow-up installation:I2 on 2026-02-10 [equipment.v3 equipment.v2] <I2 C2> {DUE_0310} met owner=zhao "
        f"done_at=2026-02-10T09:01+08:00 | {INSTALLED_0210}: called back by phone on 2026-02-10",
    ]


def test_a_call_back_after_the_as_of_moment_is_not_known_yet(rulebooks_evaluate):
    data = scenario(installation("2026-02-10T09:00"), callback("2026-03-01T12:01"))
    assert finding_lines(rulebooks_evaluate(data | {"as_of": "2026-03-01T12:00"})) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3] <I1> {DUE_0310} open owner=zhao | "
        f"{INSTALLED_0210}: not called back yet"]
    assert finding_lines(rulebooks_evaluate(data | {"as_of": "2026-03-01T12:01"})) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3 equipment.v2] <I1 C1> {DUE_0310} met owner=zhao "
        f"done_at=2026-03-01T12:01+08:00 | {INSTALLED_0210}: called back by phone on 2026-03-01"]


def test_the_first_call_back_decides_and_forms_of_its_moment_all_count(rulebooks_evaluate):
    """Two visit forms of one moment are both evidence (the method named once), the later phone call is not;
    a call-back naming an installation follows up that one only, one naming none every earlier one."""
    report = rulebooks_evaluate(scenario(
        installation("2026-02-10T09:00"), callback("2026-02-20T10:00", method="visit"),
        callback("2026-02-20T10:00", id="C2", method="visit"), callback("2026-02-21T10:00", id="C3"),
        installation("2026-02-10T09:00", id="I2", customer=B), installation("2026-02-11T09:00", id="I3", customer=B),
        callback("2026-02-19T10:00", id="C5", customer=B, installation="I3"),
        callback("2026-02-20T10:00", id="C4", customer=B, installation="I2", method="letter"),
        as_of="2026-03-01T12:00"))
    assert finding_lines(report) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3 equipment.v2] <I1 C1 C2> {DUE_0310} met "
        f"owner=zhao done_at=2026-02-20T10:00+08:00 | {INSTALLED_0210}: called back by visit on 2026-02-20",
        f"follow-up installation:I2 on 2026-02-10 [equipment.v3 equipment.v2] <I2 C4> {DUE_0310} met owner=zhao "
        f"done_at=2026-02-20T10:00+08:00 | {INSTALLED_0210}: called back by letter on 2026-02-20",
        "follow-up installation:I3 on 2026-02-11 [equipment.v3 equipment.v2] <I3 C5> first call-back due "
        "2026-03-11T23:59+08:00 met owner=zhao done_at=2026-02-19T10:00+08:00 | press P-200 was installed on "
        "2026-02-11; the call-back is due 1 month later, by 2026-03-11: called back by phone on 2026-02-19",
    ]


def test_a_site_that_sets_two_months_says_so(rulebooks_evaluate):
    report = rulebooks_evaluate(scenario(installation("2026-01-31T16:00"), callback("2026-03-31T10:00"),
                                         first_callback_months=2))
    assert finding_lines(report) == [
        "follow-up installation:I1 on 2026-01-31 [equipment.v3 equipment.v2] <I1 C1> first call-back due "
        "2026-03-31T23:59+08:00 met owner=zhao done_at=2026-03-31T10:00+08:00 | press P-200 was installed on "
        "2026-01-31; the call-back is due 2 months later, by 2026-03-31: called back by phone on 2026-03-31"]


# --------------------------------------------------------------------------- greeting cards (equipment.v2)

CARD = "is an informal call-back: logged, but it does not count"


def test_greeting_cards_alone_are_named_and_the_call_back_is_still_missed(rulebooks_evaluate):
    report = rulebooks_evaluate(scenario(installation("2026-02-10T09:00"), card("2026-02-20T10:00"),
                                         card("2026-03-01T10:00", id="G2", occasion="holiday"),
                                         as_of="2026-03-11T00:00"))
    assert finding_lines(report) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3 equipment.v2] <I1 G1 G2> {DUE_0310} breached "
        f"owner=zhao | {INSTALLED_0210}: no call-back by phone, letter or visit was made (only 2 greeting cards, "
        f"which do not count) / not equipment.v2: greeting card G1 (birthday) on 2026-02-20 {CARD} / not "
        f"equipment.v2: greeting card G2 (holiday) on 2026-03-01 {CARD}"]


def test_one_greeting_card_while_the_call_back_is_still_open(rulebooks_evaluate):
    report = rulebooks_evaluate(scenario(installation("2026-02-10T09:00"), card("2026-02-20T10:00", occasion="moving"),
                                         as_of="2026-03-01T00:00"))
    assert finding_lines(report) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3 equipment.v2] <I1 G1> {DUE_0310} open owner=zhao | "
        f"{INSTALLED_0210}: not called back yet (only 1 greeting card, which does not count) / not equipment.v2: "
        f"greeting card G1 (moving) on 2026-02-20 {CARD}"]


def test_the_cards_listed_are_those_between_the_commissioning_and_the_call_back(rulebooks_evaluate):
    """G0 at the commissioning moment and G3 after the call-back are not about this call-back; G2, sent at the
    call-back's own moment, is. With a formal call-back the reason does not mention the cards."""
    report = rulebooks_evaluate(scenario(
        installation("2026-02-10T09:00"), card("2026-02-10T09:00", id="G0"), card("2026-02-12T09:00", id="G1"),
        callback("2026-02-20T10:00"), card("2026-02-20T10:00", id="G2", occasion="promotion"),
        card("2026-02-21T10:00", id="G3"), as_of="2026-03-01T12:00"))
    assert finding_lines(report) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3 equipment.v2] <I1 C1 G1 G2> {DUE_0310} met "
        f"owner=zhao done_at=2026-02-20T10:00+08:00 | {INSTALLED_0210}: called back by phone on 2026-02-20 / not "
        f"equipment.v2: greeting card G1 (birthday) on 2026-02-12 {CARD} / not equipment.v2: greeting card G2 "
        f"(promotion) on 2026-02-20 {CARD}"]


def test_with_no_call_back_the_cards_up_to_the_as_of_moment_are_listed(rulebooks_evaluate):
    report = rulebooks_evaluate(scenario(installation("2026-02-10T09:00"), card("2026-03-01T12:00", occasion="other"),
                                         card("2026-03-01T12:01", id="G2"), as_of="2026-03-01T12:00"))
    assert finding_lines(report) == [
        f"follow-up installation:I1 on 2026-02-10 [equipment.v3 equipment.v2] <I1 G1> {DUE_0310} open owner=zhao | "
        f"{INSTALLED_0210}: not called back yet (only 1 greeting card, which does not count) / not equipment.v2: "
        f"greeting card G1 (other) on 2026-03-01 {CARD}"]
