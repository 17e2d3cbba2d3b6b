"""Speech attributed outside the sentence's subject: quotations, lead-ins and transcripts.

«...», — отметил X; "- ..., - сказал X" on a dashed line; "X заявил: «...»" (the lead-in before the
quotation, on its line or closing the paragraph before); and a transcript, whose label ("В.Путин:") owns
the paragraphs after it up to the next label or a separator line.
"""

from __future__ import annotations

import re

from summitkit.lexicons.roles import SPEECH_VERBS
from summitkit.people.actors import _Actors
from summitkit.people.records import Person
from summitkit.people.words import _lemmas

#: How far back (in characters) a quotation closed on a later line may have opened.
_QUOTE_REACH = 600

#: A transcript's speaker label at the start of a paragraph: "В.Путин:", "К.-Ж. Токаев:", "Лукашенко:".
_LABEL = re.compile(r"\s*(?:[А-ЯЁ]\.(?:\s?-?[А-ЯЁ]\.)?\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*:")

#: How many paragraphs back a transcript's speech is followed to its speaker's label.
_TRANSCRIPT_PARAGRAPHS = 8


class _Quotations(_Actors):
    """Quotations and their attributions, lead-ins and transcript labels."""

    def _quotes(self) -> list[tuple[int, int, int]]:
        """Quotations with a speaker named after them: (start, end, where the attribution is)."""
        out: list[tuple[int, int, int]] = []
        pos = 0
        for line in self.text.split("\n"):
            base = pos
            pos += len(line) + 1
            for m in re.finditer(r"([»\"“”])\s*[,.!?…]?\s*[-–—]\s*(?P<verb>[А-Яа-яЁё]+)", line):
                if not _lemmas(m.group("verb")) & SPEECH_VERBS:
                    continue
                q = m.start(1)
                if m.group(1) == "»":
                    depth, k = 0, q
                    while k >= 0:
                        if line[k] == "»":
                            depth += 1
                        elif line[k] == "«":
                            depth -= 1
                            if depth == 0:
                                break
                        k -= 1
                    begin = base + k if k >= 0 else self._opened_above(base)
                else:
                    straight = [i for i, ch in enumerate(line[:q]) if ch in '"“”']
                    begin = base + (straight[0] if len(straight) % 2 == 1 else 0)
                out.append((begin, base + q, base + m.start("verb")))
            dash = re.match(r"\s*[-–—]\s", line)
            if dash:
                for m in re.finditer(r",\s*[-–—]\s*(?P<verb>[А-Яа-яЁё]+)", line):
                    if _lemmas(m.group("verb")) & SPEECH_VERBS:
                        out.append((base + dash.end(), base + m.start(), base + m.start("verb")))
                        break
        return out

    def _opened_above(self, line_start: int) -> int:
        """Where a quotation closed on the line at ``line_start`` opened on a line above ("«Предлагаем ...
        \nТакой фонд ...», — отметил ..."), within a few hundred characters; else the line's start."""
        lo = max(0, line_start - _QUOTE_REACH)
        opener = self.text.rfind("«", lo, line_start)
        return opener if opener > self.text.rfind("»", lo, line_start) else line_start

    def _labelled_speaker(self, line_start: int) -> Person | None:
        """A transcript: "В.Путин: Уважаемые коллеги! ..." opens a speech that runs over the paragraphs
        after it, up to the next label or a separator line ("* * *"). The speaker of the nearest label above."""
        k = line_start
        for _ in range(_TRANSCRIPT_PARAGRAPHS):
            if k <= 0:
                return None
            prev_start = self.text.rfind("\n", 0, k - 1) + 1
            line = self.text[prev_start : k - 1]
            k = prev_start
            if not line.strip():
                continue
            if not re.search(r"[А-Яа-яЁё]", line):
                return None  # "* * *": the speech ends above
            label = _LABEL.match(line)
            if label is not None:
                actor = next(iter(self._actors_in(prev_start, prev_start + label.end())), None)
                return actor.person if actor is not None else None
        return None

    def _quote_lead(self, start: int) -> int | None:
        """A «quotation» introduced by "X заявил:": the offset of the lead-in."""
        line_start = self.text.rfind("\n", 0, start) + 1
        open_at = self.text.rfind("«", line_start, start + 1)
        if open_at < 0 or self.text.find("»", open_at, start) >= 0:
            straight = [k for k in range(line_start, start) if self.text[k] in '"“„']
            if len(straight) % 2 == 0:
                return None
            open_at = straight[-1]  # an unclosed straight quotation: "X заявил: "Предлагаем ...""
        lead = self.text[line_start:open_at].rstrip()
        if not lead.strip() and line_start > 1:
            # the quotation opens its own paragraph: the lead-in ends the one before
            prev_end = len(self.text[: line_start - 1].rstrip())
            return prev_end - 1 if self.text[:prev_end].endswith(":") else None
        if lead.endswith(":"):
            return line_start + len(lead) - 1
        if lead.endswith((".", "!", "?")):
            return line_start + len(lead) - 1  # no attribution: "Моди выступил с речью. «Предлагаю ...»"
        return None
