"""Site configuration: which packs a site enables, in what precedence, with what parameters.

A TOML file describes one or more sites::

    [sites.tianhe]
    name = "Tianhe club"
    timezone = "Asia/Shanghai"
    currency = "CNY"
    packs = ["fitness"]             # precedence order; a nested list is a group of equal rank

    [sites.tianhe.parameters.fitness]
    claim_full_days = 7

A site of a configuration file may also name its ledgers and scenario files,
`inputs = ["ledgers/tianhe.jsonl"]` (paths relative to the file), which
`rulebooks chain` evaluates.  A scenario may carry the same table inline under
`site:`, without `inputs`.
"""

from __future__ import annotations

import difflib
import hashlib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import orjson

from rulebooks.inputs.convert import make_converter, problems, shown
from rulebooks.errors import ConfigError, InputError, PackError
from rulebooks.engine.manager import PackManager
from rulebooks.messages import DEFAULT_LANGUAGE, LANGUAGES
from rulebooks.model import Site
from rulebooks.params import negative_amounts, overridden

SITE_KEYS = ("name", "timezone", "currency", "language", "packs", "parameters", "mapping", "store")
FILE_SITE_KEYS = (*SITE_KEYS, "inputs")
"""The keys of a site in a configuration file: also `inputs`, the site's own files."""


@attrs.frozen(slots=True)
class SiteSetup:
    """A site resolved against the installed packs: its parameter values per pack."""

    site: Site
    params: dict[str, Any] = attrs.field(eq=False)
    versions: dict[str, str] = attrs.field(eq=False)
    # The shop's own register mapping (`mapping = "registers.toml"`), read with its workbooks; how a
    # sheet is read does not change a decision, so it is no part of the fingerprint.
    mapping: Path | None = attrs.field(default=None, eq=False)

    @property
    def config_hash(self) -> str:
        """A fingerprint of everything that decides the outcome besides the events."""
        doc = {
            "site": self.site.id, "timezone": self.site.timezone.key, "currency": self.site.currency,
            "packs": [list(g) for g in self.site.packs],
            "versions": self.versions,
            "parameters": {p: {f.name: _plain(getattr(v, f.name)) for f in attrs.fields(type(v))}
                           for p, v in self.params.items()},
        }
        return hashlib.sha256(orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]

    def overrides(self, pack: str) -> dict[str, Any]:
        return overridden(self.params[pack])


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return str(value)


def _hint(name: Any, known: Any) -> str:
    """" (did you mean 'fitness'?)" for a typo of one of `known`, else ""."""
    if not isinstance(name, str) or len(name) > 80:
        return ""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def combined(errors: list[InputError], file: str | None) -> InputError:
    """One error for several: one line per problem, each with its file, line and place."""
    if len(errors) == 1:
        return errors[0]
    errors = sorted(errors, key=lambda e: (e.line is None, e.line or 0))
    body = "\n".join(f"  {e}" for e in errors)
    out = ConfigError(f"{len(errors)} problems in the site configuration:\n{body}", file=file)
    out.exit_code = max(e.exit_code for e in errors)  # a broken pack among them makes it the pack's (3)
    return out


def _read_config(path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, int], list[InputError]]:
    """The site tables of a configuration file, the line of each key, and the problems of its outline."""
    from rulebooks.inputs.sources import load_toml_with_lines

    doc, lines = load_toml_with_lines(path)
    file = str(path)
    errors: list[InputError] = []
    for key in sorted(set(doc) - {"sites"}):
        errors.append(ConfigError(f"unknown top-level key {key!r}{_hint(key, ['sites'])}; expected [sites.NAME] "
                                  f"tables", file=file, place=key, line=lines.get(key)))
    sites = doc.get("sites")
    if not isinstance(sites, dict) or not sites:
        errors.append(ConfigError("no sites: expected at least one [sites.NAME] table", file=file,
                                  line=lines.get("sites")))
        return {}, lines, errors
    good = {}
    for sid, table in sites.items():
        if not isinstance(table, dict):
            errors.append(ConfigError("expected a table of site settings", file=file, place=f"sites.{sid}",
                                      line=lines.get(f"sites.{sid}")))
        else:
            good[sid] = table
    return good, lines, errors


def load_config(path: Path) -> dict[str, dict[str, Any]]:
    """The raw site tables of a configuration file, by site id."""
    sites, _, errors = _read_config(path)
    if errors:
        raise combined(errors, str(path))
    return sites


def pick_site(sites: dict[str, dict[str, Any]], wanted: str | None, file: str) -> tuple[str, dict[str, Any]]:
    if wanted is None:
        if len(sites) == 1:
            return next(iter(sites.items()))
        raise ConfigError(f"the file describes several sites ({', '.join(sorted(sites))}); choose one with --site",
                          file=file)
    if wanted not in sites:
        raise ConfigError(f"no site {wanted!r}{_hint(wanted, sites)}; the file describes: "
                          f"{', '.join(sorted(sites))}", file=file)
    return wanted, sites[wanted]


def resolve_site(site_id: str, table: dict[str, Any], manager: PackManager, *, file: str | None,
                 place: str, lines: dict[str, int] | None = None, in_file: bool = False) -> SiteSetup:
    """Check a site table against the installed packs and build its parameter values.

    Every problem of the table is found before any is reported: one error,
    with one line per problem when there are several.
    """
    errors = site_problems(site_id, table, manager, file=file, place=place, lines=lines, in_file=in_file)
    if isinstance(errors, SiteSetup):
        return errors
    raise combined(errors, file)


def site_problems(site_id: str, table: dict[str, Any], manager: PackManager, *, file: str | None,
                  place: str, lines: dict[str, int] | None = None,
                  in_file: bool = False) -> SiteSetup | list[InputError]:
    """The resolved site, or every problem of its table (`in_file`: a site of a configuration file)."""
    errors = outline_problems(table, file=file, place=place, lines=lines, in_file=in_file)

    def err(message: str, at: str) -> None:
        errors.append(_config_error(message, file, at, lines))

    conv = make_converter()
    name = table.get("name", site_id)
    if not isinstance(name, str):
        err(f"expected text, got {shown(name)}", f"{place}.name")
    zone = None
    zone_problems = problems(conv, table.get("timezone", "Asia/Shanghai"), ZoneInfo, f"{place}.timezone")
    for at, message in zone_problems:
        err(message, at)
    if not zone_problems:
        zone = conv.structure(table.get("timezone", "Asia/Shanghai"), ZoneInfo)
    currency = table.get("currency", "CNY")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha() and currency.isupper()):
        err(f"expected a three-letter currency code such as CNY, got {shown(currency)}", f"{place}.currency")
    language = table.get("language", DEFAULT_LANGUAGE)
    if not isinstance(language, str) or language not in LANGUAGES:
        err(f"expected one of {', '.join(LANGUAGES)} (the language of the site's reports), got {shown(language)}",
            f"{place}.language")
    store = table.get("store")
    if store is not None and not (isinstance(store, str) and store.strip()):
        err(f"expected the store's address (an SQLite file path or a postgresql:// URL), got {shown(store)}",
            f"{place}.store")
    packs_raw = table.get("packs")
    groups: list[tuple[str, ...]] = []
    seen: set[str] = set()
    usable: set[str] = set()
    if not isinstance(packs_raw, list) or not packs_raw:
        err("expected a list of packs in precedence order, such as packs = [\"fitness\"]", f"{place}.packs")
        packs_raw = []
    for i, entry in enumerate(packs_raw):
        group = entry if isinstance(entry, list) else [entry]
        if not group or not all(isinstance(p, str) for p in group):
            err("expected a pack name, or a list of pack names of equal rank", f"{place}.packs[{i}]")
            continue
        for p in group:
            if p in seen:
                err(f"pack {shown(p)} is listed twice", f"{place}.packs[{i}]")
                continue
            seen.add(p)
            if p not in manager.packs:
                if p in manager.failed:
                    err(f"pack {p!r} is installed but failed to load: {manager.failed[p].reason}",
                        f"{place}.packs[{i}]")
                    errors[-1].exit_code = PackError.exit_code  # the pack's failure, not the site file's
                elif p in manager.blocked:
                    err(f"pack {p!r} is blocked on this machine", f"{place}.packs[{i}]")
                else:
                    installed = ", ".join(manager.names()) or "none"
                    err(f"unknown pack {shown(p)}{_hint(p, manager.names())}; installed packs: {installed}",
                        f"{place}.packs[{i}]")
                continue
            usable.add(p)
        # Equal rank: the order written inside a group must not change the outcome or the fingerprint.
        groups.append(tuple(sorted(group)))
    overrides = table.get("parameters", {})
    if not isinstance(overrides, dict):
        err("expected a table of parameters per pack", f"{place}.parameters")
        overrides = {}
    params: dict[str, Any] = {}
    unknown = seen - usable
    for pack_name in sorted(overrides):
        if pack_name not in seen and _hint(pack_name, unknown):
            continue  # the parameters of a pack whose name is misspelt in `packs`: that one problem is reported
        if pack_name not in seen:
            err(f"parameters for pack {shown(pack_name)}, which this site does not enable "
                f"(enabled: {', '.join(sorted(seen)) or 'none'}){_hint(pack_name, seen)}",
                f"{place}.parameters.{pack_name}")
        elif not isinstance(overrides[pack_name], dict):
            err("expected a table of parameter values", f"{place}.parameters.{pack_name}")
    for pack_name in sorted(usable):
        cls = manager.get(pack_name).params_class
        values = overrides.get(pack_name, {})
        if not isinstance(values, dict):
            continue
        at = f"{place}.parameters.{pack_name}"
        known = {f.name for f in attrs.fields(cls)}
        bad = sorted(set(values) - known)
        for key in bad:
            err(f"pack {pack_name} has no parameter {shown(key)}{_hint(key, known)}; its parameters: "
                f"{', '.join(sorted(known))}", f"{at}.{key}")
        given = {k: v for k, v in values.items() if k in known}
        found = problems(conv, given, cls, at)
        for where, message in found:
            err(message, where)
        if found:
            continue
        params[pack_name] = conv.structure(given, cls)
        for name in negative_amounts(params[pack_name]):
            err(f"an amount must not be negative, got {getattr(params[pack_name], name)}", f"{at}.{name}")
    mapping = table.get("mapping")
    mapping_path = None
    if mapping is not None:
        if not isinstance(mapping, str) or not mapping.strip():
            err(f"expected the path of a register mapping (TOML), got {shown(mapping)}", f"{place}.mapping")
        else:
            # A path relative to the file that names it, as a shop keeps both in one folder.
            mapping_path = Path(mapping) if file is None or Path(mapping).is_absolute() else \
                Path(file).parent / mapping
            if not mapping_path.is_file():
                err(f"no register mapping {str(mapping_path)!r}", f"{place}.mapping")
            else:  # checked here too, so `rulebooks check` finds what a workbook would be refused for
                from rulebooks.engine.manager import event_vocabulary
                from rulebooks.inputs.sheets import load_mapping_text
                from rulebooks.inputs.sources import read_text

                try:
                    load_mapping_text(read_text(mapping_path), event_vocabulary(manager, sorted(usable)),
                                      str(mapping_path))
                except InputError as exc:
                    errors.append(exc)
    if errors:
        return errors
    assert zone is not None
    site = Site(id=site_id, name=name, timezone=zone, currency=currency, language=language, packs=tuple(groups),
                parameters={k: dict(v) for k, v in overrides.items()})
    versions = {p: manager.get(p).info.version for p in sorted(seen)}
    return SiteSetup(site, params, versions, mapping_path)


def _config_error(message: str, file: str | None, at: str, lines: dict[str, int] | None) -> ConfigError:
    line = None
    if lines is not None:
        from rulebooks.inputs.convert import _nearest_line
        line = _nearest_line(lines, at)
    return ConfigError(message, file=file, place=at, line=line)


def outline_problems(table: dict[str, Any], *, file: str | None, place: str, lines: dict[str, int] | None = None,
                     in_file: bool = True) -> list[InputError]:
    """The problems of a site table that need no pack: unknown settings, and its `inputs`."""
    errors: list[InputError] = []
    keys = FILE_SITE_KEYS if in_file else SITE_KEYS
    for key in sorted(set(table) - set(keys)):
        if key == "inputs":
            message = ("`inputs` names a site's files in a site configuration file; a scenario's own `site:` "
                       "section cannot name other files")
        else:
            message = f"unknown site setting {shown(key)}{_hint(key, keys)}; expected {', '.join(keys)}"
        errors.append(_config_error(message, file, f"{place}.{key}", lines))
    if in_file and "inputs" in table:
        raw = table["inputs"]
        expected = "a list of the site's scenario files and ledgers, such as inputs = [\"ledgers/north.jsonl\"]"
        if not isinstance(raw, list) or not raw:
            errors.append(_config_error(f"expected {expected}, got {shown(raw)}", file, f"{place}.inputs", lines))
        else:
            for i, item in enumerate(raw):
                if not isinstance(item, str) or not item.strip():
                    errors.append(_config_error(f"expected the path of a file (relative to the configuration's "
                                                f"folder), got {shown(item)}", file, f"{place}.inputs[{i}]", lines))
    return errors


def site_inputs(path: Path, table: dict[str, Any]) -> tuple[Path, ...]:
    """A checked site's `inputs`, each relative to the configuration file's folder (an absolute path as given)."""
    return tuple(path.parent / item for item in table.get("inputs", ()))


def site_from_config(path: Path, wanted: str | None, manager: PackManager) -> SiteSetup:
    sites, lines, errors = _read_config(path)
    if errors:
        raise combined(errors, str(path))
    site_id, table = pick_site(sites, wanted, str(path))
    return resolve_site(site_id, table, manager, file=str(path), place=f"sites.{site_id}", lines=lines,
                        in_file=True)


def check_config(path: Path, manager: PackManager) -> list[SiteSetup]:
    """Every site of a configuration file, resolved; every problem of every site is reported at once."""
    sites, lines, errors = _read_config(path)
    setups = []
    for sid in sorted(sites):
        found = site_problems(sid, sites[sid], manager, file=str(path), place=f"sites.{sid}", lines=lines,
                              in_file=True)
        if isinstance(found, SiteSetup):
            setups.append(found)
        else:
            errors += found
    if errors:
        raise combined(errors, str(path))
    return setups


__all__ = ["SiteSetup", "load_config", "resolve_site", "site_from_config", "check_config", "site_inputs",
           "InputError"]
