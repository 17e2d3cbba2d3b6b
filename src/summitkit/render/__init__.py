"""Reports for people: an HTML page with the evidence marked in the article, terminal tables, CSV.

It reads the models only, so it can show any report, including one read back from JSON.

>>> from summitkit.render import render_html
>>> page = render_html(report, text)   # doctest: +SKIP
"""

from __future__ import annotations

from summitkit.render.html import Article, render_fragment, render_html, render_page

__all__ = ["Article", "render_fragment", "render_html", "render_page"]
