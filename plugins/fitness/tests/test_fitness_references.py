"""Fields naming another event or a staff member are declared, so the core checks them; one fact, one fine."""

from __future__ import annotations

import attrs
from rulebooks import Penalty

from rulebooks_fitness.events import EVENT_TYPES, Claim, HandlerChange, RegisterCorrection, Visit

# Fields that name a staff member, whatever the event type.
STAFF_NAMES = {"staff", "handler", "received_by", "registered_by", "named_consultant", "voucher_staff",
               "to_staff", "receiver"}


def test_fields_naming_a_sale_declare_it():
    for et in (Claim, HandlerChange, RegisterCorrection):
        assert et.refers_to == {"sale": "sale"}, et


def test_every_field_naming_a_staff_member_is_a_staff_field():
    for et in EVENT_TYPES:
        named = {f.name for f in attrs.fields(et)} & STAFF_NAMES
        assert named <= set(et.staff_fields), (et.type_name, named - set(et.staff_fields))
    assert {"named_consultant", "voucher_staff"} <= set(Visit.staff_fields)


def test_a_visitor_registered_under_another_number_is_fined_once(rulebooks_evaluate, fitness_scenario):
    # walkin.11 covers the differing number; claim.7 (an unregistered visitor) must not fine the same fact.
    events = [{"type": "visit", "id": "V1", "at": "2026-03-05T10:00", "customer": "13500000099", "received_by": "li"},
              {"type": "sale", "id": "S1", "at": "2026-03-05T11:00", "customer": "13500000010", "handler": "li",
               "register_number": "13500000099"}]
    fines = [f for f in rulebooks_evaluate(fitness_scenario(*events)).findings if isinstance(f.outcome, Penalty)]
    assert [f.clauses for f in fines] == [("fitness.walkin.11",)]


def test_a_buyer_with_no_entry_under_any_number_is_an_unregistered_visitor(rulebooks_evaluate, fitness_scenario):
    events = [{"type": "sale", "id": "S1", "at": "2026-03-05T11:00", "customer": "13500000010", "handler": "li"}]
    fines = [f for f in rulebooks_evaluate(fitness_scenario(*events)).findings if isinstance(f.outcome, Penalty)]
    assert [f.clauses for f in fines] == [("fitness.claim.7",)]
