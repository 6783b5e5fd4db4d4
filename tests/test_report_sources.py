"""What a report carries for explaining itself (`Report.sources`): the site's clauses and each evidence event as shown.

A renderer explains a decision from these alone, so each field is pinned: the event's id, its
type, its time to the minute in the site's zone, and where it was read (`file:line` of a
scenario file or a ledger).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rulebooks import API_VERSION, Clause, Consequence, Family, Finding, PackInfo, Penalty, Sanction, Subject, hookimpl
from rulebooks.authoring.testing import isolated_manager, run_scenario
from rulebooks.engine.evaluate import for_audience

from test_invariants import Late, NoParameters


class Shop:
    """Fines li for each late arrival; the fine may be told to li (outward) when `outward` is set."""

    name = "shop"

    def __init__(self, outward: bool = False) -> None:
        self.outward = outward

    @hookimpl
    def rulebooks_pack(self) -> PackInfo:
        return PackInfo(name="shop", version="2.1", title_en="Shop", title_zh="店", seed_articles=("test",),
                        api_version=API_VERSION, decided_by="the owner",
                        clauses=(Clause("shop.late", (Family.CONDUCT,), "late: a fine of 50", text_zh="遲到罰50"),))

    @hookimpl
    def rulebooks_parameters(self) -> type:
        return NoParameters

    @hookimpl
    def rulebooks_event_types(self):
        return [Late]

    @hookimpl
    def rulebooks_conduct(self, ctx):
        for e in ctx.timeline.of_type(Late):
            yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", e.staff),),
                          outcome=Penalty((Consequence(Sanction.FINE, e.staff, amount=50),)),
                          clauses=("shop.late",), reason=f"late at {e.at:%H:%M}", on=e.at.date(),
                          evidence=(e.id,), outward="a fine of 50 for coming late" if self.outward else None)


EVENTS = [{"type": "shop.late", "id": "L1", "at": "2026-03-05T19:40:30", "staff": "li"},
          {"type": "shop.late", "id": "L2", "at": "2026-03-06T08:05", "staff": "wang"}]


SCENARIO = """\
site: {name: Shop, timezone: Asia/Shanghai, packs: [shop]}
as_of: 2026-03-31T23:00
events:
  - {type: shop.late, id: L1, at: "2026-03-05T19:40:30", staff: li}

  - {type: shop.late, id: L2, at: 2026-03-06T08:05, staff: wang}
"""


def _scenario(tmp_path):
    path = tmp_path / "shop.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    return path


def test_each_evidence_event_is_shown_with_its_type_minute_and_line(tmp_path):
    path = _scenario(tmp_path)
    report = run_scenario(path, isolated_manager(Shop()))
    # the type as the pack names it; the time cut to the minute, in the site's zone; the line of the event
    assert report.sources.event("L1") == {"id": "L1", "type": "late", "at": "2026-03-05T19:40+08:00",
                                          "source": f"{path}:4"}
    assert report.sources.event("L2") == {"id": "L2", "type": "late", "at": "2026-03-06T08:05+08:00",
                                          "source": f"{path}:6"}


def test_an_event_of_a_ledger_is_shown_with_its_line(tmp_path):
    import json

    ledger = tmp_path / "shop.jsonl"
    head = [{"site": {"name": "Shop", "timezone": "Asia/Shanghai", "packs": ["shop"]}},
            {"as_of": "2026-03-31T23:00"}]
    ledger.write_text("".join(json.dumps(x) + "\n" for x in head + EVENTS), encoding="utf-8")
    report = run_scenario(ledger, isolated_manager(Shop()))
    assert report.sources.event("L2")["source"] == f"{ledger}:4"
    assert report.sources.event("L1")["source"] == f"{ledger}:3"


def test_an_event_the_timeline_lacks_is_shown_by_its_id_alone(tmp_path):
    report = run_scenario(_scenario(tmp_path), isolated_manager(Shop()))
    assert report.sources.event("L9") == {"id": "L9"}


def test_the_clauses_of_the_site_packs_are_looked_up_by_id(tmp_path):
    report = run_scenario(_scenario(tmp_path), isolated_manager(Shop()))
    assert report.sources.clause("shop.late").text_zh == "遲到罰50"
    assert report.sources.clause("shop.early") is None
    assert report.packs == (("shop", "2.1"),)
    assert report.events == 2


def test_a_partner_reads_only_outward_findings_with_the_outward_text_and_no_reasoning(tmp_path):
    report = run_scenario(_scenario(tmp_path), isolated_manager(Shop(outward=True)))
    assert [str(d.finding.reason) for d in report.decisions] == ["late at 19:40", "late at 08:05"]
    partner = for_audience(report, "partner")
    assert [d.id for d in partner.decisions] == [d.id for d in report.decisions]
    assert [d.finding.reason for d in partner.decisions] == ["a fine of 50 for coming late"] * 2
    assert all(d.finding.considered == () for d in partner.decisions)
    assert [d.finding.outcome for d in partner.decisions] == [d.finding.outcome for d in report.decisions]
    assert partner.superseded == ()
    assert for_audience(report, "staff") is report


def test_a_partner_reads_nothing_a_pack_did_not_let_go_out(tmp_path):
    report = run_scenario(_scenario(tmp_path), isolated_manager(Shop(outward=False)))
    assert len(report.decisions) == 2
    assert for_audience(report, "partner").decisions == ()


def test_an_unknown_audience_is_refused_naming_the_known_ones(tmp_path):
    from rulebooks import InputError

    report = run_scenario(_scenario(tmp_path), isolated_manager(Shop()))
    with pytest.raises(InputError) as caught:
        for_audience(report, "public")
    assert str(caught.value).endswith("unknown audience 'public'; expected one of: staff, partner")


class Watcher(Shop):
    """The shop, noting what each evaluation told its rules: the as-of moment, the roster, the customers."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple] = []

    @hookimpl
    def rulebooks_conduct(self, ctx):
        self.seen.append((ctx.as_of, sorted(ctx.staff), sorted(ctx.customers)))
        yield from super().rulebooks_conduct(ctx)


SITE = """\
site: {name: Tianhe shop, timezone: Asia/Shanghai, currency: HKD, language: zh, packs: [shop]}
as_of: 2026-03-31T23:00
staff:
  - {id: li, name: 李麗}
  - {id: wang}
customers:
  - {mobile: "13800001111"}
events:
  - {type: shop.late, id: L1, at: "2026-03-05T19:40:30", staff: li}
"""


def test_a_report_carries_the_site_the_moment_the_packs_and_the_roster_names(tmp_path):
    from rulebooks.engine.evaluate import _with_ids

    path = tmp_path / "shop.yaml"
    path.write_text(SITE, encoding="utf-8")
    watcher = Watcher()
    report = run_scenario(path, isolated_manager(watcher), as_of=dt.datetime(2026, 4, 1, 2, 0, tzinfo=dt.timezone.utc))
    assert (report.site_id, report.site_name, report.timezone, report.currency, report.language) == (
        "Tianhe shop", "Tianhe shop", "Asia/Shanghai", "HKD", "zh")  # a scenario's site is known by its name
    # the as-of moment given, shown in the site's zone; the rules were told the same moment
    assert report.as_of.isoformat() == "2026-04-01T10:00:00+08:00" and str(report.as_of.tzinfo) == "Asia/Shanghai"
    assert watcher.seen == [(report.as_of, ["li", "wang"], ["13800001111"])]
    assert report.names == {"li": "李麗 (li)"}
    assert report.packs == (("shop", "2.1"),) and report.events == 1
    assert report.config_hash and [d.id for d in report.decisions] == [
        d.id for d in _with_ids(report.findings, report.config_hash)]
    assert report.findings == [d.finding for d in report.decisions] and report.unresolved == []


def test_a_scenario_without_an_as_of_moment_is_refused_naming_its_file(tmp_path):
    from rulebooks import InputError
    from rulebooks.engine.evaluate import evaluate
    from rulebooks.inputs.scenario import load_scenario

    path = tmp_path / "shop.yaml"
    path.write_text(SITE.replace("as_of: 2026-03-31T23:00\n", ""), encoding="utf-8")
    manager = isolated_manager(Shop())
    scenario = load_scenario([path], manager)
    with pytest.raises(InputError) as caught:
        evaluate(scenario, manager)
    assert str(caught.value) == f"{path}: no as-of time: give --as-of or an `as_of:` in the scenario"
