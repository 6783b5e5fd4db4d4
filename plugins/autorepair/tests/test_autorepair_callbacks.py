"""Call-backs (v1–v6): due within 10 days after a contact, made by the clerk, complete, and a dissatisfied case."""

from __future__ import annotations

import pytest
from autorepair_helpers import of
from rulebooks import DeadlineStatus, Penalty, Sanction, Unresolved
from rulebooks.errors import InputError

MET, BREACHED, OPEN = DeadlineStatus.MET, DeadlineStatus.BREACHED, DeadlineStatus.OPEN
MOBILE = "13900000001"


def service(kind="paid_repair", at="2026-07-01T10:00", id="W1"):
    return {"type": "service", "id": id, "at": at, "customer": MOBILE, "kind": kind}


def callback(at, id="C1", staff="zhou", **more):
    return {"type": "callback", "id": id, "at": at, "service": "W1", "customer": MOBILE, "staff": staff, **more}


def deadline(report):
    [f] = of(report, "autorepair.v3")
    return f.outcome


@pytest.mark.parametrize("kind", ["paid_repair", "warranty", "registration"])
@pytest.mark.parametrize(("calls", "as_of", "status"), [
    ([callback("2026-07-11T23:59:59")], "2026-07-31T12:00", MET),   # day 10, to its last second
    ([callback("2026-07-12T00:00")], "2026-07-31T12:00", BREACHED),  # day 11: overdue
    ([], "2026-07-11T23:59:59", OPEN),                                # none yet, still day 10
    ([], "2026-07-12T00:00", BREACHED),                               # none by the end of day 10
    ([callback("2026-07-11T20:00")], "2026-07-11T19:00", OPEN),       # made after the as-of: not known yet
])
def test_the_call_back_is_due_by_the_end_of_day_10(rulebooks_evaluate, shop, kind, calls, as_of, status):
    d = deadline(rulebooks_evaluate(shop(service(kind), *calls, as_of=as_of)))
    assert d.status is status
    assert (d.due.date().isoformat(), d.due.hour, d.due.minute, d.due.second) == ("2026-07-11", 23, 59, 59)


def test_a_kind_the_site_has_not_listed_is_the_managers_to_decide(rulebooks_evaluate, shop):
    [f] = of(rulebooks_evaluate(shop(service("car_wash"))), "autorepair.v2")
    assert isinstance(f.outcome, Unresolved) and str(f.outcome.decided_by) == "the shop's manager in charge"
    listed = rulebooks_evaluate(shop(service("car_wash"), callback_kinds=["paid_repair", "car_wash"]))
    assert deadline(listed).status is BREACHED


def test_a_call_back_by_anyone_but_the_clerk_is_flagged_and_does_not_count(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(service(), callback("2026-07-05T10:00", staff="sun")))
    assert deadline(report).status is BREACHED
    [flag] = of(report, "autorepair.v1", "conduct")
    assert flag.outcome.consequences[0].sanction is Sanction.VIOLATION and flag.outcome.consequences[0].person == "sun"
    assert "not counted" in str(of(report, "autorepair.v3")[0].reason)


def test_where_the_site_allows_it_a_call_back_by_another_counts(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(service(), callback("2026-07-05T10:00", staff="sun"), clerk_only=False,
                                     non_clerk_callback_fine=50))
    assert deadline(report).status is MET
    assert not of(report, "autorepair.v1", "conduct")


def test_a_record_missing_a_part_is_incomplete(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(service(), callback("2026-07-05T10:00", missing=["goodbye", "explanation"]),
                                     incomplete_callback_fine=30))
    [f] = of(report, "autorepair.v4")
    assert isinstance(f.outcome, Penalty) and f.outcome.consequences[0].amount == 30
    assert str(f.reason).endswith("lacks explanation, goodbye")
    assert deadline(report).status is MET  # still the call-back made (incomplete_counts)
    strict = rulebooks_evaluate(shop(service(), callback("2026-07-05T10:00", missing=["goodbye"]),
                                     incomplete_counts=False))
    assert deadline(strict).status is BREACHED


def test_a_complete_call_back_in_the_system_is_no_violation(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(service(), callback("2026-07-05T10:00")))
    assert not [f for f in report.findings if f.family.value == "conduct"]
    paper = rulebooks_evaluate(shop(service(), callback("2026-07-05T10:00", in_system=False)))
    assert of(paper, "autorepair.v6")


def dissatisfied(at="2026-07-05T10:00", **more):
    return callback(at, satisfied=False, details="the brakes squeak again", involved=["he"], **more)


def report_to(at="2026-07-05T11:00", responsible="he"):
    return {"type": "case_report", "id": "K1", "at": at, "case": "C1", "reported_to": "wu", "responsible": responsible}


def case(report):
    [f] = of(report, "autorepair.v5", "complaints")
    return f


@pytest.mark.parametrize(("again", "as_of", "status"), [
    ([], "2026-07-15T23:59:59", OPEN),
    ([], "2026-07-16T00:00", BREACHED),
    ([callback("2026-07-15T23:59", id="C2", case="C1")], "2026-07-31T12:00", MET),
    ([callback("2026-07-16T09:00", id="C2", case="C1")], "2026-07-31T12:00", BREACHED),
    # called back again, still dissatisfied: the case stays open
    ([callback("2026-07-08T09:00", id="C2", case="C1", satisfied=False)], "2026-07-10T12:00", OPEN),
    ([callback("2026-07-08T09:00", id="C2", case="C1", satisfied=False),
      callback("2026-07-12T09:00", id="C3", case="C1")], "2026-07-31T12:00", MET),
])
def test_a_case_stays_open_until_a_call_back_records_the_customer_satisfied(rulebooks_evaluate, shop, again, as_of,
                                                                           status):
    f = case(rulebooks_evaluate(shop(service(), dissatisfied(), report_to(), *again, as_of=as_of)))
    assert f.outcome.status is status
    assert (f.outcome.owner, f.outcome.escalate_to) == ("he", "wu")
    assert "何濤" not in str(f.reason) and "he made responsible" in str(f.reason)


def test_a_case_still_dissatisfied_says_so(rulebooks_evaluate, shop):
    f = case(rulebooks_evaluate(shop(service(), dissatisfied(), report_to(),
                                     callback("2026-07-08T09:00", id="C2", case="C1", satisfied=False),
                                     as_of="2026-07-10T12:00")))
    assert "still dissatisfied" in str(f.reason)


def test_a_case_not_reported_or_with_no_responsible_person_is_a_violation(rulebooks_evaluate, shop):
    closed = callback("2026-07-08T09:00", id="C2", case="C1")
    unreported = rulebooks_evaluate(shop(service(), dissatisfied(), closed))
    [v] = of(unreported, "autorepair.v5", "conduct")
    assert v.outcome.consequences[0].person == "zhou" and "never reported" in str(v.reason)
    nobody = rulebooks_evaluate(shop(service(), dissatisfied(), report_to(responsible=None), closed))
    [v] = of(nobody, "autorepair.v5", "conduct")
    assert v.outcome.consequences[0].person == "wu"
    # while the case is open and not yet due, a report may still come: no violation yet
    early = rulebooks_evaluate(shop(service(), dissatisfied(), as_of="2026-07-06T09:00"))
    assert not of(early, "autorepair.v5", "conduct")


def test_a_dissatisfied_record_without_the_details_is_a_violation(rulebooks_evaluate, shop):
    bare = callback("2026-07-05T10:00", satisfied=False, apologised=False)
    [v] = of(rulebooks_evaluate(shop(service(), bare, report_to())), "autorepair.v5", "conduct")
    assert str(v.reason).endswith("lacks an apology, the details, the people involved")


def test_two_reports_at_one_moment_naming_different_people_are_unresolved(rulebooks_evaluate, shop):
    other = {**report_to(), "id": "K2", "responsible": "ma"}
    report = rulebooks_evaluate(shop(service(), dissatisfied(), report_to(), other))
    [u] = [f for f in of(report, "autorepair.v5", "complaints") if f.unresolved]
    assert "K1" in str(u.reason) and "K2" in str(u.reason)
    assert case_deadline_owner(report) is None


def case_deadline_owner(report):
    [f] = [f for f in of(report, "autorepair.v5", "complaints") if not f.unresolved]
    return f.outcome.owner


def test_a_result_call_back_must_name_a_dissatisfied_call_back(rulebooks_evaluate, shop):
    with pytest.raises(InputError):
        rulebooks_evaluate(shop(service(), callback("2026-07-05T10:00"),
                                callback("2026-07-06T10:00", id="C2", case="C1")))
