"""The mutation check of this repository's packs: `python tools/mutation.py PACK [MODULE ...] [--min 90]`.

PACK is `core`, a first-party pack's name (`fitness` → plugins/fitness), `equipment` (the outside
example pack, examples/equipment-pack) or a pack folder. The rest goes to
`python -m rulebooks.authoring.mutation` (the kit's mutation check, which any pack author can run
on their own pack); what each pack mutates is in its pyproject.toml, [tool.rulebooks.mutation].
Run through tox: `uvx --with tox-uv tox -e mutation -- fitness`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rulebooks.authoring.mutation import main

ROOT = Path(__file__).resolve().parent.parent
NAMED = {"core": ROOT / "core", "equipment": ROOT / "examples" / "equipment-pack"}


def folder(name: str) -> Path:
    if name in NAMED:
        return NAMED[name]
    if (ROOT / "plugins" / name / "pyproject.toml").is_file():
        return ROOT / "plugins" / name
    return Path(name)


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        packs = ", ".join(["core", *sorted(p.name for p in (ROOT / "plugins").iterdir() if p.is_dir()), "equipment"])
        print(f"usage: python tools/mutation.py PACK [MODULE ...] [--min PERCENT] [--jobs N]\n  PACK: {packs}, "
              "or a pack folder", file=sys.stderr)
        sys.exit(2)
    sys.exit(main([str(folder(args[0])), *args[1:]]))
