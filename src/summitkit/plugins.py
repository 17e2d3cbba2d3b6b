"""Finding extractors: built-in plugin modules and third-party entry points, through one hook.

Each call to ``make_plugin_manager`` builds a fresh pluggy manager, so tests and applications never
share or patch a global one. The built-ins are listed in ``BUILTIN_PLUGINS`` and registered exactly
the way a third-party plugin is.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import get_args

import pluggy

from summitkit import hookspecs
from summitkit.document import Layer
from summitkit.extractor import Extractor

__all__ = ["BUILTIN_PLUGINS", "RegisteredExtractor", "collect_extractors", "make_plugin_manager"]

#: The built-in extractors, as plugin modules; each implements ``register_extractors``.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "summitkit.extractors.leaders",
    "summitkit.extractors.money",
    "summitkit.extractors.documents",
    "summitkit.extractors.conventions",
    "summitkit.extractors.event",
)


@dataclass(frozen=True, slots=True)
class RegisteredExtractor:
    """An extractor with the plugin that registered it and where that plugin comes from."""

    extractor: Extractor
    plugin: str
    source: str  #: "built-in", or the distribution's "name version", or "run time"

    @property
    def name(self) -> str:
        return self.extractor.name

    @property
    def builtin(self) -> bool:
        return self.source == "built-in"


def make_plugin_manager(plugins: Iterable[object] = (), *, entry_points: bool = True) -> pluggy.PluginManager:
    """A new manager with the built-ins, the ``summitkit`` entry points (unless turned off) and ``plugins``."""
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    for module in BUILTIN_PLUGINS:
        manager.register(importlib.import_module(module), name=module)
    if entry_points:
        manager.load_setuptools_entrypoints(hookspecs.PROJECT)
    for plugin in plugins:
        manager.register(plugin)
    return manager


def _sources(manager: pluggy.PluginManager) -> dict[int, str]:
    sources = {id(manager.get_plugin(name)): "built-in" for name in BUILTIN_PLUGINS}
    for plugin, dist in manager.list_plugin_distinfo():
        sources[id(plugin)] = f"{dist.project_name} {dist.version}"
    return sources


def collect_extractors(manager: pluggy.PluginManager) -> list[RegisteredExtractor]:
    """Every extractor the plugins register, in registration order; a plugin's extractor replaces
    a built-in one of the same name. Two plugins (not built-in) claiming one name is an error.
    """
    sources = _sources(manager)
    found: dict[str, RegisteredExtractor] = {}
    for impl in manager.hook.register_extractors.get_hookimpls():
        source = sources.get(id(impl.plugin), "run time")
        plugin_name = impl.plugin_name

        def register(extractor: Extractor, _plugin: str = plugin_name, _source: str = source) -> None:
            if not isinstance(extractor, Extractor):
                raise TypeError(f"plugin {_plugin} registered {extractor!r}, which is not an Extractor")
            unknown = set(extractor.requires) - set(get_args(Layer))
            if unknown:
                raise ValueError(
                    f"extractor {extractor.name!r} of plugin {_plugin} requires unknown layers {sorted(unknown)};"
                    f" the Document has {list(get_args(Layer))}"
                )
            entry = RegisteredExtractor(extractor, _plugin, _source)
            previous = found.get(extractor.name)
            if previous is not None and not previous.builtin:
                raise ValueError(
                    f"extractor name {extractor.name!r} is registered by both {previous.plugin} and {_plugin}"
                )
            found[extractor.name] = entry

        impl.function(register=register)
    return list(found.values())
