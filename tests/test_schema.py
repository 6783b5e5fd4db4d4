"""`rulebooks schema` is a valid JSON Schema (Draft 2020-12) that accepts every example scenario of every pack
and refuses the mistakes an editor should underline."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator
from strategies import fitness_scenarios

from rulebooks.inputs.sources import load_yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(ROOT.glob("plugins/*/examples/**/*.yaml")) + sorted(ROOT.glob("plugins/*/examples/**/*.yml"))


@pytest.fixture(scope="module")
def schema() -> dict:
    from click.testing import CliRunner

    from rulebooks.cli import main

    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def validator(schema) -> Draft202012Validator:
    return Draft202012Validator(schema)


def test_schema_is_valid_draft_2020_12(schema):
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_knows_the_installed_event_types(schema):
    titles = {e["title"] for e in schema["properties"]["events"]["items"]["anyOf"]}
    assert {"fitness.sale", "fitness.claim", "fitness.visit", "fitness.follow_up_sheet"} <= titles


def test_there_are_examples_to_check():
    assert any(p.parts[-3] == "fitness" for p in EXAMPLES), EXAMPLES


@pytest.mark.parametrize("path", EXAMPLES, ids=[str(p.relative_to(ROOT / "plugins")) for p in EXAMPLES])
def test_every_example_validates(validator, path):
    doc, _ = load_yaml(path)  # as rulebooks reads it: times stay text
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(doc)]
    assert not errors, "\n".join(errors)


BASE = {
    "site": {"name": "Tianhe club", "packs": ["fitness"], "parameters": {"fitness": {"claim_full_days": 5}}},
    "as_of": "2026-03-31T23:00",
    "staff": [{"id": "wang", "roles": ["consultant"]}],
    "events": [{"type": "sale", "id": "S1", "at": "2026-03-05T15:00", "customer": "13800001111",
                "handler": "wang", "amount": "3600.00"}],
    "expect": [{"family": "attribution", "subject": "sale:S1", "credit": {"wang": 1}}],
}


def test_a_valid_scenario_validates(validator):
    assert not list(validator.iter_errors(BASE))


@pytest.mark.parametrize("mistake", [
    lambda d: d.update(expects=[]),
    lambda d: d["events"][0].update(type="sael"),
    lambda d: d["events"][0].pop("type"),
    lambda d: d["events"][0].update(handlr="wang"),
    lambda d: d["events"][0].pop("handler"),
    lambda d: d["events"][0].update(amount=-5),
    lambda d: d["events"][0].update(amount="-5"),
    lambda d: d["events"][0].update(at="yesterday"),
    lambda d: d["events"][0].update(kind="gift"),
    lambda d: d["site"].update(packs=["gym"]),
    lambda d: d["site"].update(currency="yuan"),
    lambda d: d["site"]["parameters"]["fitness"].update(claim_ful_days=3),
    lambda d: d["site"]["parameters"]["fitness"].update(claim_full_days="seven"),
    lambda d: d["staff"][0].update(role="consultant"),
    lambda d: d["expect"][0].update(persn="wang"),
], ids=["top-level typo", "unknown type", "no type", "field typo", "missing field", "negative amount",
        "negative amount as text", "malformed time", "choice", "unknown pack", "currency", "unknown parameter",
        "parameter type", "staff typo", "expectation typo"])
def test_mistakes_are_refused(validator, mistake):
    doc = copy.deepcopy(BASE)
    mistake(doc)
    assert list(validator.iter_errors(doc)), "the schema accepted a mistake rulebooks refuses"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fitness_scenarios())
def test_random_fitness_scenarios_validate(validator, scenario):
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(scenario)]
    assert not errors, "\n".join(errors)
