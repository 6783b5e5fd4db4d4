"""`rulebooks new-pack NAME`: the starting files of a new rule pack.

The pack is a separate distribution `rulebooks-NAME` (import package
`rulebooks_NAME`, entry point `NAME` in the `rulebooks.packs` group) with one
example rule citing one clause, its parameter class, a README clause table,
an example scenario whose `expect:` section is a test, and tests written with
the test kit.  It installs and passes its own tests unchanged: CI generates
one and runs them.

The files come from `templates/pack/` beside this module; `{{name}}`,
`{{Name}}`, `{{package}}`, `{{title}}` and `{{requirement}}` are filled in,
and the folder `PACKAGE` becomes the import package (a file `PACKAGE.po.tmpl`
likewise becomes the package's catalog `rulebooks_NAME.po`).
"""

from __future__ import annotations

import importlib.util
from importlib import metadata
from pathlib import Path

from rulebooks.errors import InputError
from rulebooks.engine.manager import ENTRY_POINT_GROUP
from rulebooks.pack import PACK_NAME

TEMPLATES = Path(__file__).parent / "templates" / "pack"
SUFFIX = ".tmpl"
MAX_NAME = 40


def check_name(name: str) -> None:
    """A usable new pack name, or an InputError saying why not."""
    if not PACK_NAME.match(name) or len(name) > MAX_NAME:
        raise InputError(f"pack name {name!r} is not allowed: use lower-case letters, digits and _, starting "
                         f"with a letter, at most {MAX_NAME} characters (for example: bike_shop)")
    taken = {ep.name: ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)}
    if name in taken:
        dist = taken[name].dist.name if taken[name].dist is not None else "an installed distribution"
        raise InputError(f"a pack named {name!r} is already installed (from {dist}); choose another name")
    try:
        metadata.distribution(f"rulebooks-{name}")
    except metadata.PackageNotFoundError:
        pass
    else:
        raise InputError(f"the distribution rulebooks-{name} is already installed; choose another name")
    if importlib.util.find_spec(f"rulebooks_{name}") is not None:
        raise InputError(f"a module rulebooks_{name} is already importable here; choose another name")


def _requirement() -> str:
    """The core versions a new pack accepts: this release's minor series (`rulebooks>=0.1,<0.2`)."""
    from rulebooks import __version__

    major, minor = (int(x) for x in __version__.split(".")[:2])
    return f"rulebooks>={major}.{minor},<{major}.{minor + 1}"


def create_pack(name: str, directory: Path) -> Path:
    """Create `directory/rulebooks-NAME` with a working, tested pack; return its folder."""
    check_name(name)
    directory = Path(directory)
    target = directory / f"rulebooks-{name}"
    if target.exists():
        raise InputError("already exists; choose another --dir or name, nothing was overwritten", file=str(target))
    if directory.exists() and not directory.is_dir():
        raise InputError("is not a folder", file=str(directory))
    package = f"rulebooks_{name}"
    values = {
        "name": name,
        "Name": "".join(part.capitalize() for part in name.split("_") if part),
        "package": package,
        "title": name.replace("_", " ").capitalize(),
        "requirement": _requirement(),
    }
    files = sorted(p for p in TEMPLATES.rglob("*" + SUFFIX) if p.is_file())
    if not files:
        raise InputError("the pack templates are missing from this installation of rulebooks", file=str(TEMPLATES))
    target.mkdir(parents=True)
    for template in files:
        rel = template.relative_to(TEMPLATES)
        parts = [package + part[len("PACKAGE"):] if part == "PACKAGE" or part.startswith("PACKAGE.") else part
                 for part in rel.parts]
        out = target.joinpath(*parts)
        out = out.with_name(out.name[: -len(SUFFIX)])
        text = template.read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace("{{" + key + "}}", value)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    return target
