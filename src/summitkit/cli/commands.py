"""The commands ``extract``, ``render``, ``batch``, ``schema`` and ``plugins``: each reads its
parsed arguments and returns the exit status (the memory's commands live in ``summitkit.memory.cli``)."""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from summitkit.cli.io import (
    SAMPLE,
    VERBOSE_HINT,
    Fail,
    emit,
    label,
    one_line,
    read_path,
    report_writer,
    sample,
)
from summitkit.readers import Source

if TYPE_CHECKING:
    from summitkit.pipeline import Pipeline

__all__ = ["batch", "extract", "pipeline_for", "plugins", "render", "schema"]


def pipeline_for(args: argparse.Namespace, **options: object) -> Pipeline:
    """The pipeline the global plugin flags ask for (``--no-plugins``, ``--no-plugin NAME``)."""
    from summitkit.pipeline import Pipeline
    from summitkit.plugins import PluginError

    try:
        return Pipeline(entry_points=not args.no_plugins, exclude_plugins=args.no_plugin, **options)  # type: ignore[arg-type]
    except (ValueError, PluginError) as error:
        raise Fail(str(error)) from None


def extract(args: argparse.Namespace) -> int:
    from summitkit.inputs import extract_source
    from summitkit.pipeline import ExtractorError
    from summitkit.readers import read_text

    html = True if args.html else None
    sources: list[tuple[str, Callable[[], Source]]] = [
        (path, partial(read_path, path, args.encoding, html)) for path in args.files
    ]
    if args.sample:
        sources.insert(0, (SAMPLE, lambda: read_text(sample(), html=False)))
    if not sources:
        raise Fail("extract: give at least one FILE, '-' for standard input, or --sample")
    if args.format == "json" and len(sources) > 1:
        raise Fail("extract: --format json takes one file; use --format jsonl for several")
    pipeline = pipeline_for(args, disable=args.disable, strict=args.strict, time_limit=args.time_limit)
    status = 0
    write = report_writer(args.format)
    failed: list[str] = []
    for path, read in sources:
        try:
            report = extract_source(read(), pipeline)
        except Fail as error:  # keep going: the other files' reports are not lost
            print(f"summitkit: {error}", file=sys.stderr)
            status, failed = max(status, 2), [*failed, label(path)]
            continue
        except ExtractorError as error:
            print(f"summitkit: {label(path)}: {error} (leave out --strict to keep the other facts)", file=sys.stderr)
            status, failed = max(status, 1), [*failed, label(path)]
            continue
        except Exception as error:  # a bug: say so in one line, keep going with the other files
            if args.verbose:
                traceback.print_exc()
            print(f"summitkit: {label(path)}: internal error, {one_line(error)}{VERBOSE_HINT}", file=sys.stderr)
            status, failed = max(status, 1), [*failed, label(path)]
            continue
        if args.format == "json":
            emit(report.model_dump_json(indent=2))
        elif args.format == "jsonl":
            emit(json.dumps({"path": path, **report.model_dump(mode="json")}, ensure_ascii=False))
        else:
            write(path, report)
    if failed and len(sources) > 1:
        print(f"summitkit: {len(failed)} of {len(sources)} inputs failed: {', '.join(failed)}", file=sys.stderr)
    return status


def render(args: argparse.Namespace) -> int:
    """``summitkit render FILE... -o page.html``: one self-contained page, a section per article."""
    from summitkit.inputs import extract_source
    from summitkit.pipeline import ExtractorError
    from summitkit.readers import read_text
    from summitkit.render import Article, render_page

    sources: list[tuple[str, Callable[[], Source]]] = [(path, partial(read_path, path)) for path in args.files]
    if args.sample:
        sources.insert(0, (SAMPLE, lambda: read_text(sample(), html=False)))
    if not sources:
        raise Fail("render: give at least one FILE, '-' for standard input, or --sample")
    pipeline = pipeline_for(args, disable=args.disable)
    status = 0
    articles: list[Article] = []
    for path, read in sources:
        try:
            source = read()
            articles.append(Article(path, extract_source(source, pipeline), source.text))
        except Fail as error:  # keep going: the other articles still make the page
            print(f"summitkit: {error}", file=sys.stderr)
            status = 2
        except ExtractorError as error:
            print(f"summitkit: {path}: {error}", file=sys.stderr)
            status = 1
    if not articles:
        raise Fail("render: no article could be read; no page written")
    title = args.title or (f"summitkit: {articles[0].title}" if len(articles) == 1 else "summitkit report")
    try:
        # errors="replace": a lone surrogate from badly decoded input becomes "?", one character for one
        with open(args.output, "w", encoding="utf-8", errors="replace") as handle:
            handle.write(render_page(articles, title=title))
    except OSError as error:
        raise Fail(f"{args.output}: cannot write the page ({error.strerror or error})") from None
    print(f"summitkit: wrote {len(articles)} article(s) to {args.output}", file=sys.stderr)
    return status


def schema(args: argparse.Namespace) -> int:
    from summitkit.plugins import plugin_fact_types
    from summitkit.schema import report_schema

    schema = report_schema(plugin_fact_types(pipeline_for(args).plugins), line=args.format == "jsonl")
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0


def plugins(args: argparse.Namespace) -> int:
    plugins = pipeline_for(args).plugins
    extractors = [
        {
            "extractor": r.name,
            "plugin": r.plugin,
            "source": r.source,
            "fills": list(r.extractor.fills),
            "requires": sorted(r.extractor.requires),
        }
        for r in plugins.extractors
    ]
    fact_types = [
        {"fact_type": name, "class": f"{cls.__module__}.{cls.__qualname__}", "plugin": plugin, "source": source}
        for name, (plugin, source) in plugins.fact_type_plugins.items()
        for cls in [plugins.fact_types[name]]
    ]
    broken = [
        {"plugin": b.plugin, "source": b.source, "stage": b.stage, "error": b.error, "message": b.message}
        for b in plugins.broken
    ]
    if args.json:
        listing = {"extractors": extractors, "fact_types": fact_types, "broken": broken}
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    keys = ("extractor", "plugin", "source", "fills", "requires")
    rows = [tuple(", ".join(v) if isinstance(v, list) else str(v) for v in (e[k] for k in keys)) for e in extractors]
    header = tuple(key.upper() for key in keys)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(keys))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    for fact_type in fact_types:
        print(
            f"fact type {fact_type['fact_type']}: {fact_type['class']} ({fact_type['plugin']}, {fact_type['source']})"
        )
    for b in broken:
        print(f"BROKEN    {b['plugin']} ({b['source']}): {b['stage']} failed: {b['error']}: {b['message']}")
    return 0


def batch(args: argparse.Namespace) -> int:
    """Many texts to one JSONL file, on worker processes or a Dask cluster, resumable."""
    from pathlib import Path

    from summitkit.batch import InputError, PipelineSpec, run_batch
    from summitkit.batch.spec import pin_threads

    if args.engine == "dask" and args.scheduler is None:
        raise Fail("batch: --engine dask needs --scheduler ADDRESS (tcp://host:8786)")
    if args.workers < 1:
        raise Fail("batch: --workers must be at least 1")
    pin_threads()  # before numpy loads: the workers are the parallelism, not BLAS threads
    spec = PipelineSpec(disable=tuple(args.disable), entry_points=not args.no_plugins, strict=args.strict)
    try:
        summary = run_batch(
            args.inputs,
            Path(args.output) if args.output != "-" else None,
            spec=spec,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            resume=args.resume,
            progress=False if args.quiet else None,
        )
    except (InputError, ValueError, ImportError) as error:
        raise Fail(f"batch: {error}") from None
    if (not args.quiet and sys.stderr.isatty()) or args.verbose:
        print(
            f"summitkit: {summary.read} texts read, {summary.errors} errors, {summary.skipped} already done",
            file=sys.stderr,
        )
    return 1 if summary.errors else 0
