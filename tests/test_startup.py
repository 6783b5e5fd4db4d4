"""The command line starts light: what `import rulebooks.cli.main` and `rulebooks packs` import, and what they leave."""

from __future__ import annotations

import subprocess
import sys

import click

HEAVY = ("sqlalchemy", "alembic", "python_calamine", "matplotlib", "jinja2", "msgspec", "xlsxwriter", "distributed",
         "dask")


def _imported(code: str) -> list[str]:
    """The top-level names in sys.modules after `code` ran in a fresh interpreter (the last line it prints)."""
    probe = (f"import sys\n{code}\n"
             "print(' '.join(sorted(m for m in sys.modules if m.startswith(('rulebooks',)) "
             f"or m.split('.')[0] in {HEAVY!r})))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()[-1].split() if out.strip() else []


def test_importing_the_command_line_imports_no_store_workbook_chart_template_or_cluster_library():
    imported = _imported("import rulebooks.cli.main")
    assert "rulebooks.cli.main" in imported
    assert [m for m in imported if m.split(".")[0] in HEAVY] == []
    # The store's, the registers' and the chain's commands are read only when one of them runs.
    assert [m for m in imported if m in ("rulebooks.cli.store", "rulebooks.cli.registers", "rulebooks.cli.chain")] == []


def test_listing_the_packs_loads_each_pack_without_its_rules():
    imported = _imported("from rulebooks.cli import main\n"
                         "try:\n    main(['packs', '--format', 'json'])\nexcept SystemExit:\n    pass")
    assert "rulebooks_fitness.pack" in imported and "rulebooks_nightclub.pack" in imported
    assert [m for m in imported if m.split(".")[0] in HEAVY] == []
    # The rules are imported by the hooks that run them, never by the entry point.
    rules = ("rulebooks_fitness.attribution", "rulebooks_fitness.conduct", "rulebooks_fitness.followup",
             "rulebooks_nightclub.conduct", "rulebooks_nightclub.summary", "rulebooks_property.complaints",
             "rulebooks_realestate.attribution", "rulebooks_health.meetings", "rulebooks_autorepair.rescue",
             "rulebooks_construction.ranking", "rulebooks_power.plans", "rulebooks.engine.evaluate")
    assert [m for m in imported if m in rules] == []


def test_every_command_kept_in_its_own_module_is_named_where_the_command_line_looks_for_it():
    import importlib

    from rulebooks.cli.main import _Commands, main

    for module_name in sorted(set(_Commands.LAZY.values())):
        module = importlib.import_module(module_name)
        group = click.Group()
        if hasattr(module, "register"):
            module.register(group)
        else:
            group.add_command(module.registers)
        assert sorted(group.commands) == sorted(n for n, m in _Commands.LAZY.items() if m == module_name)
    ctx = click.Context(main)
    assert all(main.get_command(ctx, name) is not None for name in main.list_commands(ctx))
