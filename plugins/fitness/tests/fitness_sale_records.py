"""Helpers of the fitness pack's attribution tests: the club's records as scenario events, and a sale's
attribution finding as one line that shows everything a manager is told (the test kit's `finding_line`)."""

from __future__ import annotations

from rulebooks.authoring.testing import finding_lines

M = "13700000001"  # the customer
M2 = "13700000002"
M3 = "13700000003"
SIGNED = {"signed_by": "director"}
STAFF = ("wang", "li", "zhao", "chen")
CHEN_LEFT = {"chen": "2026-02-28"}  # chen left at the end of February


def club(*events, as_of="2026-03-31T23:00", left=None, customers=(), **parameters):
    """A one-site scenario of the club: the four consultants (those in `left` employed until the day given),
    the members with their consultants (`customers`: mobile → consultant) and the events."""
    site = {"name": "Tianhe club", "timezone": "Asia/Shanghai", "packs": ["fitness"]}
    if parameters:
        site["parameters"] = {"fitness": parameters}
    staff = [{"id": s, "roles": ["consultant"], **({"employed_until": left[s]} if left and s in left else {})}
             for s in STAFF]
    scenario = {"site": site, "as_of": as_of, "staff": staff, "events": list(events)}
    if customers:
        scenario["customers"] = [{"mobile": m, "consultant": c} for m, c in dict(customers).items()]
    return scenario


def sheet(id, at, staff, customer=M, **more):
    return {"type": "follow_up_sheet", "id": id, "at": at, "staff": staff, "customer": customer, **more}


def appointment(id, at, staff, day, customer=M, **more):
    return {"type": "appointment", "id": id, "at": at, "staff": staff, "customer": customer, "day": day,
            **SIGNED, **more}


def visit(id, at, received_by="li", customer=M, **more):
    return {"type": "visit", "id": id, "at": at, "customer": customer, "received_by": received_by, **more}


def sale(id, at, handler="li", customer=M, **more):
    return {"type": "sale", "id": id, "at": at, "customer": customer, "handler": handler, **more}


def claim(id, at, staff, sale="S1", **more):
    return {"type": "claim", "id": id, "at": at, "staff": staff, "sale": sale, **more}


def change(id, at, to_staff, sale="S1", signed=True, **more):
    flags = {"both_agreed": signed, "manager_signed": signed, "director_signed": signed}
    return {"type": "handler_change", "id": id, "at": at, "sale": sale, "to_staff": to_staff, **flags, **more}


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def reassigned(id, at, staff, customer=M):
    return record("member_reassigned", id, at, customer=customer, staff=staff)


def transfer(id, at, from_customer=M2, to_customer=M):
    return record("card_transfer", id, at, from_customer=from_customer, to_customer=to_customer)


def attribution(report, subject=None) -> list[str]:
    """The report's attribution findings (of one sale, `S1` or `sale:S1`, when given) as lines; each reads in
    Chinese as well."""
    if subject is not None and ":" not in subject:
        subject = f"sale:{subject}"
    return finding_lines(report, family="attribution", subject=subject)
