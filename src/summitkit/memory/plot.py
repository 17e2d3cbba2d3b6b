"""Figures over time: actual amounts and targets for one indicator, a line per country or pair.

A series is named by who the figure is about: the two states of a bilateral summit ("KZ–RU"), or
the organisation or format of a multilateral one ("ШОС"). Actual figures are solid lines with
dots; targets are dashed with open markers. A figure stands at its own year where the text gives
one (a target's deadline), else at its summit's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summitkit.memory.store import TargetRow

__all__ = ["Series", "plot_targets", "series_of"]

#: A series: its label and kind, and its points as (year, amount).
Series = tuple[str, str, list[tuple[float, float]]]


def _label(row: TargetRow) -> str:
    if len(row.participants) == 2:
        return "–".join(row.participants)
    return row.organisation or ("–".join(row.participants) if row.participants else row.summit)


def _year(row: TargetRow) -> float | None:
    """The year a figure is for: its own (a deadline, a reference year), else its summit's."""
    if row.year:
        return float(row.year)
    return float(row.date[:4]) if row.date else None


def series_of(rows: Sequence[TargetRow]) -> list[Series]:
    """The rows as series, one per (who, kind) and currency, points sorted by year."""
    grouped: dict[tuple[str, str], dict[float, float]] = {}
    for row in rows:
        year = _year(row)
        if year is None:
            continue
        kind = "actual" if row.kind == "actual" else "target" if row.kind == "target" else "pledge"
        points = grouped.setdefault((f"{_label(row)} ({row.currency})", kind), {})
        points[year] = max(points.get(year, 0.0), float(row.amount))
    return [(label, kind, sorted(points.items())) for (label, kind), points in sorted(grouped.items())]


def plot_targets(rows: Sequence[TargetRow], path: str | Path, *, title: str | None = None) -> list[Series]:
    """Draw the rows to ``path`` (PNG or SVG by its suffix) and return the series drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    series = series_of(rows)
    if not series:
        raise ValueError("no dated figures to plot")
    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=100)
    try:
        for label, kind, points in series:
            xs, ys = zip(*points, strict=True)
            style = {"actual": ("-", "o", "full"), "target": ("--", "s", "none"), "pledge": (":", "^", "full")}[kind]
            axes.plot(
                xs,
                [y / 1e9 for y in ys],
                linestyle=style[0],
                marker=style[1],
                fillstyle=style[2],
                label=f"{label}, {kind}",
            )
        axes.set_xlabel("год")
        axes.set_ylabel("млрд")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.grid(True, alpha=0.3)
        axes.legend(fontsize="small")
        if title:
            axes.set_title(title)
        figure.tight_layout()
        figure.savefig(path)
    finally:
        plt.close(figure)
    return series
