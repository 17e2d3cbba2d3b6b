"""Finding plugins: built-in plugin modules, ``summitkit`` entry points and run-time objects.

``load_plugins`` builds a fresh pluggy manager each time (tests and applications never share or
patch a global one) and asks every plugin, through the hooks in ``hookspecs``, what it brings:
extractors and fact types. Each plugin is its own isolation unit: one that fails to import, or
raises or registers something invalid while registering, is skipped as a whole, logged in one
line and listed in ``Plugins.broken``; ``strict=True`` raises instead. The built-ins are listed in
``BUILTIN_PLUGINS`` and registered exactly the way a third-party plugin is.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import logging
import types
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, get_args

import pluggy

from summitkit import gazetteer, hookspecs
from summitkit.document import Layer
from summitkit.extractor import Extractor
from summitkit.models import BUILTIN_FACTS, RESERVED_FACT_TYPES, Fact, add_fact_type_loader

__all__ = [
    "BUILTIN_PLUGINS",
    "BrokenPlugin",
    "PluginError",
    "Plugins",
    "RegisteredExtractor",
    "collect",
    "collect_extractors",
    "load_plugins",
    "make_plugin_manager",
    "plugin_fact_types",
    "plugin_name",
]

log = logging.getLogger(__name__)

#: The built-in extractors, as plugin modules; each implements ``register_extractors``.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "summitkit.extractors.leaders",
    "summitkit.extractors.money",
    "summitkit.extractors.documents",
    "summitkit.extractors.conventions",
    "summitkit.extractors.event",
)

BUILTIN = "built-in"
RUN_TIME = "run time"


class PluginError(RuntimeError):
    """A plugin that could not be loaded or registered, raised in strict mode (``__cause__`` is why)."""


@dataclass(frozen=True, slots=True)
class RegisteredExtractor:
    """An extractor with the plugin that registered it and where that plugin comes from."""

    extractor: Extractor
    plugin: str
    source: str  #: "built-in", the distribution's "name version", or "run time"

    @property
    def name(self) -> str:
        return self.extractor.name

    @property
    def builtin(self) -> bool:
        return self.source == BUILTIN


@dataclass(frozen=True, slots=True)
class BrokenPlugin:
    """A plugin left out because it failed to load or to register."""

    plugin: str  #: the entry point's or the plugin's name
    source: str  #: the distribution's "name version", or "run time"
    stage: str  #: "load", or the hook that raised ("register_extractors", ...)
    error: str  #: exception class name
    message: str


@dataclass(slots=True)
class Plugins:
    """What the plugins bring: extractors, fact types, and the plugins that were left out."""

    manager: pluggy.PluginManager
    extractors: list[RegisteredExtractor] = field(default_factory=list)
    #: Every fact type a report may carry, built-in and plugin, by ``fact_type``.
    fact_types: dict[str, type[Fact]] = field(default_factory=dict)
    #: The plugin (name, source) that registered each plugin fact type.
    fact_type_plugins: dict[str, tuple[str, str]] = field(default_factory=dict)
    broken: list[BrokenPlugin] = field(default_factory=list)
    #: Where each registered plugin comes from, by plugin name.
    sources: dict[str, str] = field(default_factory=dict)


#: The sources and broken plugins of the managers ``make_plugin_manager`` built, for ``collect_extractors``.
_ORIGINS: weakref.WeakKeyDictionary[pluggy.PluginManager, tuple[dict[str, str], list[BrokenPlugin]]] = (
    weakref.WeakKeyDictionary()
)


def plugin_name(plugin: object) -> str:
    """A plugin's name for messages and ``--no-plugin``: its module's name, or its class's dotted path."""
    if isinstance(plugin, types.ModuleType):
        return plugin.__name__
    cls = plugin if isinstance(plugin, type) else type(plugin)
    return f"{cls.__module__}.{cls.__qualname__}"


def _has_hooks(plugin: object) -> bool:
    marker = f"{hookspecs.PROJECT}_impl"
    return any(hasattr(getattr(plugin, name, None), marker) for name in dir(plugin) if not name.startswith("__"))


class _ExtractorPlugin:
    """Makes a bare extractor passed where a plugin is expected into a plugin that registers it."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    @hookspecs.hookimpl
    def register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(self.extractor)


def make_plugin_manager(
    plugins: Iterable[object] = (), *, entry_points: bool = True, exclude: Iterable[str] = (), strict: bool = False
) -> pluggy.PluginManager:
    """A new manager with the built-ins, the ``summitkit`` entry points (unless turned off) and ``plugins``.

    ``exclude`` names plugins to leave out: an entry point's name, a distribution's name, or a
    plugin's name (``plugin_name``). An entry point that fails to import is skipped with a warning
    (``strict=True`` raises ``PluginError``). A bare extractor in ``plugins`` is registered as if a
    plugin had registered it.
    """
    excluded = set(exclude)
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    sources: dict[str, str] = {}
    broken: list[BrokenPlugin] = []
    seen: set[str] = set()
    for module in BUILTIN_PLUGINS:
        seen.add(module)
        if module not in excluded:
            manager.register(importlib.import_module(module), name=module)
            sources[module] = BUILTIN
    if entry_points:
        for entry in importlib.metadata.entry_points(group=hookspecs.PROJECT):
            dist = entry.dist
            source = f"{dist.name} {dist.version}" if dist is not None else "entry point"
            seen.update({entry.name, dist.name if dist is not None else entry.name})
            if {entry.name, source.split()[0]} & excluded or manager.get_plugin(entry.name) is not None:
                continue
            try:
                manager.register(entry.load(), name=entry.name)
            except Exception as error:
                _broken(broken, BrokenPlugin(entry.name, source, "load", type(error).__name__, str(error)), strict)
                continue
            sources[entry.name] = source
    for plugin in plugins:
        if isinstance(plugin, Extractor) and not _has_hooks(plugin):
            plugin = _ExtractorPlugin(plugin)
            name = plugin_name(plugin.extractor)
        else:
            name = plugin_name(plugin)
        seen.add(name)
        if name in excluded:
            continue
        unique, n = name, 1
        while manager.get_plugin(unique) is not None or manager.is_blocked(unique):
            n += 1
            unique = f"{name}#{n}"
        manager.register(plugin, name=unique)
        sources[unique] = RUN_TIME
    unknown = excluded - seen
    if unknown:
        raise ValueError(f"cannot leave out unknown plugin(s): {', '.join(sorted(unknown))}")
    _ORIGINS[manager] = (sources, broken)
    return manager


def _broken(broken: list[BrokenPlugin], entry: BrokenPlugin, strict: bool) -> None:
    """Record a plugin left out, with a one-line warning (the traceback goes to the debug log)."""
    if strict:
        raise PluginError(f"plugin {entry.plugin} ({entry.source}) failed at {entry.stage}: {entry.message}")
    log.warning(
        "plugin %s (%s) skipped: %s failed: %s: %s", entry.plugin, entry.source, entry.stage, entry.error, entry.message
    )
    log.debug("plugin %s failed", entry.plugin, exc_info=True)
    broken.append(entry)


def _check_extractor(extractor: object, plugin: str) -> Extractor:
    if not isinstance(extractor, Extractor):
        raise TypeError(f"plugin {plugin} registered {extractor!r}, which is not an Extractor")
    unknown = set(extractor.requires) - set(get_args(Layer))
    if unknown:
        raise ValueError(
            f"extractor {extractor.name!r} of plugin {plugin} requires unknown layers {sorted(unknown)};"
            f" the Document has {list(get_args(Layer))}"
        )
    return extractor


def _check_fact_type(cls: object, plugin: str, plugins: Plugins) -> type[Fact]:
    """A plugin fact class, checked: its own ``fact_type``, not reserved, not another plugin's."""
    if not (isinstance(cls, type) and issubclass(cls, Fact)):
        raise TypeError(f"plugin {plugin} registered {cls!r} as a fact type, which is not a subclass of summitkit.Fact")
    name = cls.fact_type
    if "fact_type" not in cls.__dict__:
        raise ValueError(
            f"fact class {cls.__qualname__} of plugin {plugin} must set its own fact_type (it inherits {name!r})"
        )
    if name in RESERVED_FACT_TYPES or name in BUILTIN_FACTS:
        raise ValueError(
            f"fact_type {name!r} of {cls.__qualname__} (plugin {plugin}) clashes with a report field or built-in fact"
            f" type; reserved: {', '.join(sorted(RESERVED_FACT_TYPES))}"
        )
    if not name.isidentifier():
        raise ValueError(f"fact_type {name!r} of {cls.__qualname__} (plugin {plugin}) must be an identifier")
    previous = plugins.fact_types.get(name)
    if previous is not None and previous is not cls:
        owner = plugins.fact_type_plugins.get(name, ("?", "?"))[0]
        raise ValueError(
            f"fact_type {name!r} is registered by both {owner} ({previous.__qualname__})"
            f" and {plugin} ({cls.__qualname__})"
        )
    return cls


def _ask(
    name: str, impls: dict[str, Any], plugins: Plugins, stage: list[str]
) -> tuple[list[Extractor], list[type[Fact]], list[tuple[str, list[Mapping[str, Any]]]]]:
    """One plugin's fact types, extractors and gazetteer entries, checked; ``stage[0]`` is the hook called."""
    extractors: list[Extractor] = []
    fact_types: list[type[Fact]] = []
    entries: list[tuple[str, list[Mapping[str, Any]]]] = []
    extractor_impl, fact_impl, gazetteer_impl = (impls.get(hook) for hook in _HOOKS)
    if fact_impl is not None:
        stage[0] = "register_fact_types"
        fact_impl.function(register=lambda cls: fact_types.append(_check_fact_type(cls, name, plugins)))
    if len({cls.fact_type for cls in fact_types}) != len(fact_types):
        raise ValueError(f"plugin {name} registers one fact_type twice")
    if extractor_impl is not None:
        stage[0] = "register_extractors"
        extractor_impl.function(register=lambda extractor: extractors.append(_check_extractor(extractor, name)))
    if gazetteer_impl is not None:
        stage[0] = "register_gazetteer"
        gazetteer_impl.function(add=lambda kind, found: entries.append((kind, gazetteer.check(kind, found))))
    return extractors, fact_types, entries


_HOOKS = ("register_extractors", "register_fact_types", "register_gazetteer")


def collect(manager: pluggy.PluginManager, *, strict: bool = False) -> Plugins:
    """Ask every plugin of ``manager`` for its extractors and fact types, one plugin at a time.

    A plugin's extractor replaces a built-in one of the same name; two plugins (not built-in)
    claiming one name, or one ``fact_type``, is refused: the later plugin is left out.
    """
    sources, load_broken = _ORIGINS.get(manager, ({}, []))
    plugins = Plugins(manager, broken=list(load_broken), sources=dict(sources))
    plugins.fact_types.update({cls.fact_type: cls for cls in BUILTIN_FACTS.values()})
    found: dict[str, RegisteredExtractor] = {}
    impls: dict[str, dict[str, Any]] = {}
    for hook in _HOOKS:
        for impl in getattr(manager.hook, hook).get_hookimpls():
            impls.setdefault(impl.plugin_name, {})[hook] = impl
    for name, registered in manager.list_name_plugin():
        if registered is None:  # blocked
            continue
        source = sources.get(name, RUN_TIME)
        plugins.sources.setdefault(name, source)
        stage = ["load"]
        try:
            extractors, fact_types, entries = _ask(name, impls.get(name, {}), plugins, stage)
            for extractor in extractors:
                previous = found.get(extractor.name)
                if previous is not None and not previous.builtin and previous.plugin != name:
                    raise ValueError(
                        f"extractor name {extractor.name!r} is registered by both {previous.plugin} and {name}"
                    )
        except Exception as error:
            if source == BUILTIN:
                raise
            _broken(plugins.broken, BrokenPlugin(name, source, stage[0], type(error).__name__, str(error)), strict)
            continue
        for kind, checked in entries:
            gazetteer.add(kind, checked)
        for cls in fact_types:
            plugins.fact_types[cls.fact_type] = cls
            plugins.fact_type_plugins[cls.fact_type] = (name, source)
        for extractor in extractors:
            found[extractor.name] = RegisteredExtractor(extractor, name, source)
    plugins.extractors = list(found.values())
    return plugins


def load_plugins(
    plugins: Iterable[object] = (), *, entry_points: bool = True, exclude: Iterable[str] = (), strict: bool = False
) -> Plugins:
    """Every plugin's extractors and fact types: ``make_plugin_manager`` then ``collect``."""
    return collect(
        make_plugin_manager(plugins, entry_points=entry_points, exclude=exclude, strict=strict), strict=strict
    )


def collect_extractors(manager: pluggy.PluginManager) -> list[RegisteredExtractor]:
    """Every extractor the plugins register, in registration order (see ``collect``)."""
    return collect(manager).extractors


@functools.cache
def installed_fact_types() -> Mapping[str, type[Fact]]:
    """The fact types of the installed plugins, loaded once per process: reading a report back in a
    process that never built a pipeline still finds the plugin classes its ``fact_type`` tags name."""
    return dict(load_plugins().fact_types)


add_fact_type_loader(installed_fact_types)


def plugin_fact_types(plugins: Plugins) -> list[type[Fact]]:
    """The fact types plugins brought (not the built-ins), for the schema."""
    return [cls for cls in plugins.fact_types.values() if cls not in BUILTIN_FACTS.values()]
