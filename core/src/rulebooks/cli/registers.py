"""`rulebooks registers`: the workbooks a shop keeps its registers in.

`template PACK -o FILE` writes an empty workbook from the pack's register
mapping (so the template never disagrees with what is read); `export
SCENARIO... -o FILE` writes a scenario's staff, customers and events into
the registers of its site, which `rulebooks evaluate` reads back to the same
findings.
"""

from __future__ import annotations

import io
from pathlib import Path

import click

from rulebooks.cli.common import check_output, load_inputs, manager_of, replacing, handled
from rulebooks.errors import InputError


@click.group()
def registers() -> None:
    """The spreadsheets (.xlsx, .csv) a shop keeps its registers in."""


def _write(output: Path, mapping, scenario=None) -> None:
    from rulebooks.inputs.sheets import write_workbook

    if output.suffix.lower() != ".xlsx":
        raise InputError("expected a workbook name ending in .xlsx", file=str(output))
    buffer = io.BytesIO()
    write_workbook(buffer, mapping, scenario)
    with replacing(output) as handle:
        handle.write(buffer.getvalue())


@registers.command()
@click.argument("pack")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The workbook to write (.xlsx).")
@click.option("--mapping", type=click.Path(path_type=Path, dir_okay=False),
              help="A shop's own register mapping, laid over the pack's.")
@click.pass_context
@handled
def template(ctx: click.Context, pack: str, output: Path, mapping: Path | None) -> None:
    """Write an empty workbook of PACK's registers, one sheet per register, headers as the mapping names them."""
    from rulebooks.inputs.config import _hint
    from rulebooks.engine.manager import event_vocabulary
    from rulebooks.inputs.sheets import site_mapping

    manager = manager_of(ctx)
    if pack not in manager.packs:
        raise InputError(f"unknown pack {pack!r}{_hint(pack, manager.names())}; installed packs: "
                         f"{', '.join(manager.names()) or 'none'}")
    check_output(output, (), mapping)
    found = site_mapping(manager, [pack], event_vocabulary(manager, [pack], [pack]), mapping)
    if not found.registers:
        raise InputError(f"pack {pack} ships no register mapping (registers/mapping.toml); give --mapping")
    _write(output, found)
    click.echo(f"wrote {output}: {len(found.registers)} registers of {pack}")



@registers.command()
@click.argument("scenarios", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The workbook to write (.xlsx).")
@click.option("--config", type=click.Path(path_type=Path), help="Site configuration (TOML).")
@click.option("--site", help="Which site of the configuration.")
@click.option("--mapping", type=click.Path(path_type=Path, dir_okay=False),
              help="A shop's own register mapping, laid over the packs'.")
@click.pass_context
@handled
def export(ctx: click.Context, scenarios: tuple[Path, ...], output: Path, config: Path | None, site: str | None,
           mapping: Path | None) -> None:
    """Write the staff, customers and events of SCENARIOS into a workbook of the site's registers."""
    from rulebooks.engine.manager import event_vocabulary
    from rulebooks.inputs.sheets import site_mapping

    check_output(output, scenarios, config)
    scenario = load_inputs(ctx, scenarios, config, site, progress=False, mapping=mapping)
    manager = manager_of(ctx)
    packs = scenario.setup.site.pack_names
    found = site_mapping(manager, packs, event_vocabulary(manager, packs), mapping or scenario.setup.mapping)
    _write(output, found, scenario)
    click.echo(f"wrote {output}: {len(scenario.staff)} staff, {len(scenario.customers)} customers, "
               f"{len(scenario.timeline.events)} events")

