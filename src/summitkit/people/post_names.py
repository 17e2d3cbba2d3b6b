"""Names NER missed beside a post: "президент ... банка Рено-Бассо", "Антониу Гутерриш, генеральный
секретарь ООН,".

A capitalised word pymorphy takes for a name, or does not know, is read as a person's name when a post
stands right before it or, closed off by commas, right after it; the post is then bound to that name.
"""

from __future__ import annotations

import re

from summitkit.lexicons.roles import (
    NAME_PARTICLES,
)
from summitkit.people.grouping import _Grouping
from summitkit.people.records import (
    _Mention,
    _PostHit,
)
from summitkit.people.spans import Spans
from summitkit.people.words import (
    _is_place,
    _is_preposition,
    _is_verb,
    _name_like,
    _Word,
)

#: How far back an open guillemet is looked for on the line of a word.
_QUOTE_REACH = 400


class _PostNames(_Grouping):
    """Names found through the posts beside them."""

    def _name_run(self, i: int, step: int) -> list[_Word]:
        """Name-like words from word ``i`` on, forwards (``step`` 1) or backwards (-1), one space apart."""
        run: list[_Word] = []
        while 0 <= i < len(self.words) and len(run) < 4:
            w = self.words[i]
            if run:
                a, b = (run[-1], w) if step > 0 else (w, run[-1])
                if self.text[a.end : b.start] != " ":
                    break
            if not (_name_like(w.text) or (run and w.text in NAME_PARTICLES)):
                break
            run.append(w)
            i += step
        while run and run[-1].text in NAME_PARTICLES:
            run.pop()
        return run if step > 0 else run[::-1]

    def _inside_guillemets(self, offset: int) -> bool:
        line_start = max(self.text.rfind("\n", max(0, offset - _QUOTE_REACH), offset) + 1, offset - _QUOTE_REACH)
        before = self.text[line_start:offset]
        return before.count("«") > before.count("»")

    def _names_after_posts(self, mentions: list[_Mention]) -> list[_Mention]:
        """Names NER missed next to a post: "президент ... банка Рено-Бассо", "Антониу Гутерриш,
        генеральный секретарь ООН," (capitalised words pymorphy takes for names or does not know)."""
        covered = Spans((m.start, m.end) for m in mentions)
        out: list[_Mention] = []
        for post in self.posts:
            if post.bound or post.post.kind in {"colleague", "other"}:
                continue
            made = self._name_after(post, covered) or self._name_before(post, covered)
            if made is not None:
                covered.add(made.start, made.end)
                out.append(made)
        return out

    def _name_after(self, post: _PostHit, covered: Spans) -> _Mention | None:
        i = self._word_index(post.end)
        prev_lower = True
        for _ in range(10):
            if i >= len(self.words):
                return None
            w = self.words[i]
            gap = self.text[self.words[i - 1].end : w.start] if i > 0 else ""
            if gap.strip() or covered.covers(w.start) or _is_verb(w.text):
                return None
            if prev_lower and _name_like(w.text) and not self._inside_guillemets(w.start):
                if self.words[i - 1].start >= post.end and _is_preposition(self.words[i - 1].text):
                    return None  # "лидерами стран Залива в Эр-Рияде": a place, not a name
                run = self._name_run(i, 1)
                made = self._mention(run[0].start, run[-1].end) if run else None
                if made is None:
                    return None
                comp_end = self.words[i - 1].end if self.words[i - 1].start >= post.end else post.end
                made.post = post
                made.complement = self.text[post.end : comp_end].strip()
                made.complement_span = (post.end, comp_end)
                post.bound = True
                return made
            prev_lower = not w.text[:1].isupper() or _is_place(w.text)  # "аким Алматы Имя Фамилия"
            i += 1
        return None

    def _name_before(self, post: _PostHit, covered: Spans) -> _Mention | None:
        i = self._word_index(post.start) - 1
        if i < 0 or not re.fullmatch(r"\s*,\s*", self.text[self.words[i].end : post.start]):
            return None
        end = self._complement_end(post.end)
        if end >= len(self.text) or self.text[end] not in ",)":
            return None  # an apposition is closed off: "X, генсек ООН, заявил"
        run = self._name_run(i, -1)
        if not run or covered.covers(run[0].start):
            return None
        k = self._word_index(run[0].start) - 1
        if k >= 0 and self.words[k].text[:1].isupper() and not self.text[self.words[k].end : run[0].start].strip():
            return None  # the run starts inside a longer capitalised phrase
        made = self._mention(run[0].start, run[-1].end)
        if made is None:
            return None
        made.post = post
        made.complement = self.text[post.end : end].strip()
        made.complement_span = (post.end, end)
        post.bound = True
        return made
