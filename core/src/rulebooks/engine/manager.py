"""The typed plugin manager: finds packs, loads them, and calls their hooks one pack at a time.

First-party and third-party packs load through the same path: the
`rulebooks.packs` entry-point group.  A pack that fails to load is kept in
the listing as failed, with the reason, and does not take the tool down; a
site that enables it fails naming it.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from importlib import metadata
from typing import Any

import attrs
import pluggy

from rulebooks import hookspecs
from rulebooks.errors import InputError, PackError
from rulebooks.model import Event, Family, Finding
from rulebooks.engine.context import PackContext
from rulebooks.pack import PackInfo
from rulebooks.params import ParameterSpec, specs_of

ENTRY_POINT_GROUP = "rulebooks.packs"
BLOCK_ENV = "RULEBOOKS_BLOCK_PACKS"

_FAMILY_HOOK = dict(zip(Family, hookspecs.FAMILY_HOOKS))


@attrs.frozen(slots=True)
class LoadedPack:
    """A pack that loaded: its metadata, parameter class and event types."""

    info: PackInfo
    params_class: type
    event_types: tuple[type[Event], ...]
    distribution: str
    plugin: Any = attrs.field(eq=False, repr=False)
    hooks: tuple[str, ...] = ()
    # Each implemented hook's function and argument names, looked up once when the pack loads.
    impls: dict[str, tuple[Any, tuple[str, ...]]] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def parameters(self) -> tuple[ParameterSpec, ...]:
        return specs_of(self.params_class)


@attrs.frozen(slots=True)
class FailedPack:
    name: str
    distribution: str
    reason: str


def _api_compatible(wanted: str, have: str) -> bool:
    try:
        w_major, w_minor = (int(x) for x in wanted.split(".")[:2])
        h_major, h_minor = (int(x) for x in have.split(".")[:2])
    except ValueError:
        return False
    return w_major == h_major and w_minor <= h_minor


class PackManager:
    """Wraps pluggy: one method per hook, each result tagged with its pack."""

    def __init__(self, blocked: Iterable[str] = ()) -> None:
        self._pm = pluggy.PluginManager(hookspecs.PROJECT)
        self._pm.add_hookspecs(hookspecs)
        self.blocked = frozenset(blocked)
        for name in sorted(self.blocked):
            self._pm.set_blocked(name)  # pluggy's own blocking: a blocked name is never registered
        self.packs: dict[str, LoadedPack] = {}
        self.failed: dict[str, FailedPack] = {}

    # ----------------------------------------------------------------- loading

    @classmethod
    def from_entry_points(cls, blocked: Iterable[str] = ()) -> PackManager:
        """Load every installed pack, except those blocked by name (option or RULEBOOKS_BLOCK_PACKS)."""
        env_blocked = [b.strip() for b in os.environ.get(BLOCK_ENV, "").split(",") if b.strip()]
        manager = cls(blocked=[*blocked, *env_blocked])
        seen: dict[str, str] = {}
        # Sorted by name, so that what is installed first never changes the outcome.
        for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
            dist = ep.dist.name if ep.dist is not None else "?"
            if ep.name in seen:
                reason = f"two installed distributions provide pack {ep.name!r}: {seen[ep.name]} and {dist}"
                manager.failed[ep.name] = FailedPack(ep.name, f"{seen[ep.name]}, {dist}", reason)
                manager.packs.pop(ep.name, None)
                continue
            seen[ep.name] = dist
            if manager._pm.is_blocked(ep.name):
                continue  # not even imported: a blocked pack's import errors cannot take the tool down
            try:
                plugin = ep.load()
            except Exception as exc:  # any import failure is the pack's, reported by name
                manager.failed[ep.name] = FailedPack(ep.name, dist, f"cannot be imported: {type(exc).__name__}: {exc}")
                continue
            manager.register(plugin, name=ep.name, distribution=dist)
        return manager

    def register(self, plugin: Any, *, name: str | None = None, distribution: str = "(registered)") -> LoadedPack | None:
        """Register a pack object (module or instance); a broken pack is recorded as failed, a blocked one skipped."""
        if name is not None and self._pm.is_blocked(name):
            return None
        try:
            loaded = self._load(plugin, name, distribution)
        except PackError as exc:
            self.failed[exc.pack] = FailedPack(exc.pack, distribution, exc.reason)
            return None
        self.packs[loaded.name] = loaded
        self.failed.pop(loaded.name, None)
        return loaded

    def _load(self, plugin: Any, name: str | None, distribution: str) -> LoadedPack:
        label = name or getattr(plugin, "__name__", repr(plugin))
        try:
            self._pm.register(plugin, name=label)
        except (ValueError, pluggy.PluginValidationError) as exc:
            raise PackError(label, f"not a valid pack: {exc}") from exc
        try:
            unknown = self._unknown_hooks(plugin)
            if unknown:
                raise PackError(label, "; ".join(unknown))
            hooks = tuple(sorted(h.name for h in self._pm.get_hookcallers(plugin) or ()))
            for required in hookspecs.REGISTRATION_HOOKS[:2]:
                if required not in hooks:
                    raise PackError(label, f"does not implement the required hook {required}")
            info = self._call_one(plugin, label, "rulebooks_pack")
            if not isinstance(info, PackInfo):
                raise PackError(label, f"rulebooks_pack returned {type(info).__name__}, not PackInfo", hook="rulebooks_pack")
            if name is not None and info.name != name:
                raise PackError(label, f"its entry point is named {name!r} but the pack calls itself {info.name!r}")
            if not _api_compatible(info.api_version, hookspecs.API_VERSION):
                raise PackError(info.name, f"targets rulebooks API {info.api_version}, "
                                f"but this rulebooks provides API {hookspecs.API_VERSION}")
            params_class = self._call_one(plugin, label, "rulebooks_parameters")
            try:
                specs_of(params_class)
                params_class()  # every default must satisfy its own constraints
            except Exception as exc:
                raise PackError(info.name, f"bad parameter declaration: {exc}", hook="rulebooks_parameters") from exc
            event_types: tuple[type[Event], ...] = ()
            if "rulebooks_event_types" in hooks:
                event_types = tuple(self._call_one(plugin, label, "rulebooks_event_types") or ())
                for et in event_types:
                    if not (isinstance(et, type) and issubclass(et, Event) and attrs.has(et)):
                        raise PackError(info.name, f"event type {et!r} is not an attrs subclass of Event",
                                        hook="rulebooks_event_types")
        except PackError:
            self._pm.unregister(plugin)
            raise
        except Exception as exc:
            self._pm.unregister(plugin)
            raise PackError(label, f"failed while loading: {type(exc).__name__}: {exc}") from exc
        impls = {}
        for hook in hooks:
            impl = next(i for i in getattr(self._pm.hook, hook).get_hookimpls() if i.plugin is plugin)
            impls[hook] = (impl.function, tuple(impl.argnames))
        return LoadedPack(info, params_class, event_types, distribution, plugin, hooks, impls)

    def _unknown_hooks(self, plugin: Any) -> list[str]:
        """Hooks the pack implements that no specification defines, each with the nearest real name.

        pluggy registers such an implementation without complaint and never calls it, so a pack whose
        `rulebooks_followup` should have been `rulebooks_follow_up` would load and silently do nothing.
        """
        known = sorted(n for n, c in vars(self._pm.hook).items() if getattr(c, "spec", None) is not None)
        out = []
        for caller in self._pm.get_hookcallers(plugin) or ():
            if caller.spec is None:
                near = difflib.get_close_matches(caller.name, known, n=1, cutoff=0.6)
                out.append(f"implements {caller.name}, which is not a rulebooks hook"
                           + (f" (did you mean {near[0]}?)" if near else
                              f"; the hooks are: {', '.join(h for h in known if h.startswith('rulebooks_'))}"))
        return sorted(out)

    def _call_one(self, plugin: Any, label: str, hook: str, **kwargs: Any) -> Any:
        impls = [i for i in getattr(self._pm.hook, hook).get_hookimpls() if i.plugin is plugin]
        if not impls:
            return None
        impl = impls[0]
        try:
            return impl.function(*(kwargs[a] for a in impl.argnames))
        except PackError:
            raise
        except Exception as exc:
            raise PackError(label, f"failed: {type(exc).__name__}: {exc}", hook=hook) from exc

    # ----------------------------------------------------------------- queries

    def get(self, name: str) -> LoadedPack:
        return self.packs[name]

    def names(self) -> list[str]:
        return sorted(self.packs)

    # ----------------------------------------------------------------- the family hooks

    def findings(self, family: Family, ctx: PackContext) -> list[Finding]:
        """One pack's findings of one family, each tagged with the pack's name.

        The pack's generator is consumed here, inside the error wrapper, so a
        rule that breaks halfway is reported against its pack and hook.
        """
        pack = self.packs[ctx.pack.name]
        hook = _FAMILY_HOOK[family]
        found_impl = pack.impls.get(hook)
        if found_impl is None:
            return []
        function, argnames = found_impl
        try:
            produced = function(*({"ctx": ctx}[a] for a in argnames))
            found = list(produced or ())
        except InputError:
            raise  # the pack found bad input: that is the user's to fix, not the pack's
        except (Exception, SystemExit) as exc:  # a pack that calls sys.exit() has failed, not finished
            raise PackError(pack.name, f"failed: {type(exc).__name__}: {exc}", hook=hook) from exc
        out = []
        for f in found:
            if not isinstance(f, Finding):
                raise PackError(pack.name, f"returned {type(f).__name__}, not Finding", hook=hook)
            if f.family is not family:
                raise PackError(pack.name, f"returned a {f.family.value} finding from the {family.value} hook", hook=hook)
            if f.pack == "":
                # A finding is stamped with the pack that produced it as it leaves the pack: setting
                # the slot directly saves rebuilding (and revalidating) every finding of a large ledger.
                object.__setattr__(f, "pack", pack.name)
            elif f.pack != pack.name:
                f = attrs.evolve(f, pack=pack.name)
            out.append(f)
        return out


def event_vocabulary(manager: PackManager, packs: Iterable[str],
                     written_for: Iterable[str] = ()) -> dict[str, type[Event]]:
    """Event type names a scenario file may use on a site with these packs.

    `pack.name` is always accepted.  A short `name` is the type of the one
    pack the file was written for that defines it (`written_for`: the file's
    `pack:`, or the packs of its own `site:` section), else of the one enabled
    pack that defines it.  So enabling a second pack that also defines `sale`
    leaves a fitness scenario working; only a file written for neither pack,
    or for both, must say `fitness.sale`.
    """
    enabled = sorted(packs)
    full: dict[str, type[Event]] = {}
    short: dict[str, list[str]] = {}
    for pack in enabled:
        for et in manager.get(pack).event_types:
            full[f"{pack}.{et.type_name}"] = et
            short.setdefault(et.type_name, []).append(pack)
    preferred = set(written_for) & set(enabled)
    vocab = dict(full)
    for name, owners in short.items():
        mine = [p for p in owners if p in preferred]
        if len(mine) == 1:
            vocab[name] = full[f"{mine[0]}.{name}"]
        elif len(owners) == 1:
            vocab[name] = full[f"{owners[0]}.{name}"]
    return vocab
