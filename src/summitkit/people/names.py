"""The nominative of a name.

pymorphy guesses unknown names from their endings and often gets them wrong ("Олафа" as a feminine
noun, "Токаева" as a first name); the declension of Russian surnames is regular enough to write
down. The nominative of a person is the one every case form of their mentions agrees with.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from summitkit.morphology import parses
from summitkit.nlp import WORD_FORMS
from summitkit.people.records import (
    _Group,
    _Mention,
    _Reading,
)
from summitkit.people.words import (
    _ALL_CASES,
    _Word,
)
from summitkit.text import fold

# feminine noun, "Токаева" as a first name); the declension of surnames is regular enough to write down.

_VOWELS_FIXED = ("о", "е", "и", "у", "ю", "э", "ы", "ё")
_HUSHING = "гкхжшщч"
_OBLIQUE_ENDINGS = ("ым", "ом", "ем", "ому", "ого", "ую", "ой")


def _a_declension(n: str) -> dict[str, frozenset[str]]:
    s = n[:-1]
    gen = s + ("и" if s[-1:] in _HUSHING else "ы")
    return {
        n: frozenset({"nomn"}),
        gen: frozenset({"gent"}),
        s + "е": frozenset({"datv", "loct"}),
        s + "у": frozenset({"accs"}),
        s + "ой": frozenset({"ablt"}),
        s + "ей": frozenset({"ablt"}),
    }


def _paradigm(n: str, gender: str) -> dict[str, frozenset[str]]:
    """Folded forms of a (folded) nominative name and the cases each can stand in."""
    if len(n) < 2:
        return {n: _ALL_CASES}
    if n.endswith(_VOWELS_FIXED) or n.endswith(("ых", "их")):
        return {n: _ALL_CASES}
    out: dict[str, frozenset[str]] = {}
    if gender == "femn":
        if n.endswith("ая"):
            s = n[:-2]
            out = {n: frozenset({"nomn"}), s + "ой": frozenset({"gent", "datv", "ablt", "loct"})}
            out[s + "ую"] = frozenset({"accs"})
        elif n.endswith(("ова", "ева", "ина", "ына")):
            s = n[:-1]
            out = {n: frozenset({"nomn"}), s + "ой": frozenset({"gent", "datv", "ablt", "loct"})}
            out[s + "у"] = frozenset({"accs"})
        elif n.endswith("а"):
            out = _a_declension(n)
        elif n.endswith("я"):
            s = n[:-1]
            out = {n: frozenset({"nomn"}), s + "и": frozenset({"gent", "datv", "loct"})}
            out.update({s + "ю": frozenset({"accs"}), s + "ей": frozenset({"ablt"})})
        else:
            return {n: _ALL_CASES}
        return out
    if n.endswith(("ий", "ый", "ой")) and len(n) > 4:
        s = n[:-2]
        return {
            n: frozenset({"nomn"}),
            s + "ого": frozenset({"gent", "accs"}),
            s + "ому": frozenset({"datv"}),
            s + "им": frozenset({"ablt"}),
            s + "ом": frozenset({"loct"}),
        }
    if n.endswith("а"):
        return _a_declension(n)
    if n.endswith("я"):
        s = n[:-1]
        return {
            n: frozenset({"nomn"}),
            s + "и": frozenset({"gent"}),
            s + "е": frozenset({"datv", "loct"}),
            s + "ю": frozenset({"accs"}),
            s + "ей": frozenset({"ablt"}),
        }
    if n.endswith(("й", "ь")):
        s = n[:-1]
        return {
            n: frozenset({"nomn"}),
            s + "я": frozenset({"gent", "accs"}),
            s + "ю": frozenset({"datv"}),
            s + "ем": frozenset({"ablt"}),
            s + "е": frozenset({"loct"}),
        }
    out = {
        n: frozenset({"nomn"}),
        n + "а": frozenset({"gent", "accs"}),
        n + "у": frozenset({"datv"}),
        n + "е": frozenset({"loct"}),
        n + "ом": frozenset({"ablt"}),
    }
    if n[-1] in "жшчщц":
        out[n + "ем"] = frozenset({"ablt"})  # "Шольцем"; after other consonants -ем means a soft stem
    if n.endswith(("ов", "ев", "ин", "ын")):
        out[n + "ым"] = frozenset({"ablt"})
    return out


#: (ending of an oblique form, what replaces it in the nominative)
_STRIP: tuple[tuple[str, str], ...] = (
    ("ым", ""), ("ом", ""), ("ем", ""), ("а", ""), ("у", ""), ("е", ""),
    ("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"), ("я", "ь"), ("ю", "ь"), ("ем", "ь"), ("е", "ь"),
    ("ой", "а"), ("у", "а"), ("ы", "а"), ("и", "а"), ("е", "а"), ("ей", "а"),
    ("и", "я"), ("е", "я"), ("ю", "я"), ("ей", "я"),
    ("ого", "ий"), ("ому", "ий"), ("им", "ий"), ("ом", "ий"), ("ого", "ый"), ("ому", "ый"), ("им", "ый"),
    ("ой", "ая"), ("ую", "ая"),
)  # fmt: skip


@lru_cache(maxsize=WORD_FORMS)
def _nominatives(form: str) -> tuple[str, ...]:
    """Candidate nominatives (folded) of a folded name form, without repeats; once per form, since every
    name mention asks."""
    out = {form}
    for ending, repl in _STRIP:
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            stem = form[: len(form) - len(ending)]
            if repl in {"й", "ь"} and (stem[-1] in "аеёиоуыэюя") != (repl == "й"):
                continue  # й follows a vowel (Андреем), ь a consonant (Эммануэлем)
            if repl[:1] in {"я", "ю"} and stem[-1] in "жшчщц":
                continue  # spelling: "Джорджей" is Джорджа, never Джорджя
            out.add(stem + repl)
    return tuple(out)


def _display(nominative: str, original: str) -> str:
    """The folded nominative spelt like the original form: capitals and ё kept."""
    keep = 0
    while keep < min(len(nominative), len(original)) and fold(original[keep]) == nominative[keep]:
        keep += 1
    out = original[:keep] + nominative[keep:]
    return out[:1].upper() + out[1:] if original[:1].isupper() else out


@lru_cache(maxsize=WORD_FORMS)
def _pymorphy_names(word: str, tag: str) -> tuple[tuple[str, str, str], ...]:
    """Known dictionary analyses of a name: (folded lemma, gender, case). Cached: pymorphy's
    ``is_known`` walks its dictionary, and a name recurs in every paragraph."""
    out = []
    for p in parses(word.lower()):
        if p.is_known and tag in p.tag and p.tag.case:
            out.append((fold(str(p.normal_form)), str(p.tag.gender or ""), str(p.tag.case)))
    return tuple(out)


#: Case endings of patronymics and their nominative: "Григорьевичем" -> "Григорьевич" (pymorphy's own
#: lemma is a rarer spelling, "Григориевич").
_PATRONYMIC_ENDINGS = (
    ("ичем", "ич"), ("ича", "ич"), ("ичу", "ич"), ("иче", "ич"),
    ("ичной", "ична"), ("ичны", "ична"), ("ичне", "ична"), ("ичну", "ична"),
    ("вной", "вна"), ("вны", "вна"), ("вне", "вна"), ("вну", "вна"),
)  # fmt: skip


def _patronymic_nominative(folded: str) -> str | None:
    """The nominative of a patronymic in an oblique case, by its ending; None where none fits."""
    for ending, nominative in _PATRONYMIC_ENDINGS:
        if folded.endswith(ending):
            return folded[: -len(ending)] + nominative
    return None


# -- mentions, posts and people -------------------------------------------------------------------


#: Endings of a Russian-type surname form that only a man's nominative has ("-ова", "-овой" are a woman's).
_MASCULINE_ONLY = ("ов", "ев", "ин", "ын")


class _Names(_Reading):
    """The nominative of each person's name, from the case forms of all their mentions."""

    def _gender(self, g: _Group) -> str:
        """Feminine where a first name or a past-tense verb right after the name says so."""
        votes = 0
        for m in g.mentions:
            if fold(m.surname.text).endswith(_MASCULINE_ONLY):
                return "masc"  # "Кудратов", "Путин": no woman's surname ends so, in any case
            for w in m.given[:1]:
                genders = {gender for _, gender, _ in _pymorphy_names(w.text, "Name")}
                if genders == {"femn"}:
                    votes -= 1
                elif "masc" in genders:
                    votes += 1
            nxt = self._word_index(m.end)
            if nxt < len(self.words) and not self._gap_has_punct(m.end, self.words[nxt].start):
                found = parses(self.words[nxt].text.lower())
                if found and found[0].tag.POS == "VERB" and found[0].tag.tense == "past" and found[0].score > 0.5:
                    votes += {"femn": -1, "masc": 1}.get(str(found[0].tag.gender), 0)
        return "femn" if votes < 0 else "masc"

    def _gap_has_punct(self, a: int, b: int) -> bool:
        return bool(self.text[a:b].strip())

    def _nominative(self, g: _Group) -> None:
        """The group's surname in the nominative and its gender, from all its forms and contexts."""
        # one entry per distinct (form, cases the context allows), with how many mentions share it
        constraints = {id(m): self._constraint(m) for m in g.mentions}
        forms = Counter((fold(m.surname.text), constraints[id(m)]) for m in g.mentions)
        prior = self._gender(g)
        known: set[str] = set()
        for surname in {m.surname.text for m in g.mentions}:
            known.update(lemma for lemma, _, _ in _pymorphy_names(surname, "Surn"))
        best: tuple[float, str, str] | None = None
        attested = {f for f, _ in forms}
        candidates = {c for f in attested for c in _nominatives(f)}
        for cand in sorted(candidates):
            for gender in ("masc", "femn"):
                table = _paradigm(cand, gender)
                ok = True
                for f, allowed in forms:
                    cases = table.get(f)
                    if cases is None or not (cases & allowed):
                        ok = False
                        break
                if not ok:
                    continue
                score = 0.0
                if cand in attested:
                    score += 1.5
                if cand in known:
                    score += 2.0
                if gender == prior:
                    score += 1.0
                if cand.endswith(_OBLIQUE_ENDINGS) and cand not in known:
                    score -= 2.0
                # Where the context says the name is not in the nominative, a declined reading beats
                # an indeclinable one: "президенту ... Масуду Пезешкиану" is Пезешкиан.
                score += (
                    2.0
                    * sum(
                        n for (f, allowed), n in forms.items() if f != cand and "nomn" not in allowed and table.get(f)
                    )
                    / len(g.mentions)
                )
                score -= 0.001 * len(cand)
                if best is None or score > best[0]:
                    best = (score, cand, gender)
        if best is None:
            first = g.mentions[0]
            g.nominative, g.gender = fold(first.surname.text), prior
        else:
            g.nominative, g.gender = best[1], best[2]
        table = _paradigm(g.nominative, g.gender)
        for m in g.mentions:
            m.cases = (table.get(fold(m.surname.text), _ALL_CASES) & constraints[id(m)]) or _ALL_CASES

    def _constraint(self, m: _Mention) -> frozenset[str]:
        """Cases the context allows: the post in apposition before the name, a known first name; a man's
        surname form in "-ов", "-ин" is a nominative whatever a first name pymorphy misreads says ("Лазиз")."""
        if fold(m.surname.text).endswith(_MASCULINE_ONLY):
            return frozenset({"nomn"})
        allowed = _ALL_CASES
        if m.post is not None and m.post.end <= m.start and not m.post.plural and m.post.cases != _ALL_CASES:
            allowed = allowed & m.post.cases
        for w in m.given[:1]:
            cases = {case for _, _, case in _pymorphy_names(w.text, "Name")}
            if cases and cases & allowed:
                allowed = allowed & frozenset(cases)
        return allowed or _ALL_CASES

    def _given(self, w: _Word, m: _Mention, gender: str, attested: dict[str, str]) -> str:
        """A first name or patronymic in the nominative, in the case its surname stands in; a
        nominative the text itself gives elsewhere wins ("Эммануэлем" -> "Эммануэль", not "Эммануэл")."""
        if m.cases & {"nomn"} and len(m.cases) == 1:
            return w.text
        folded = fold(w.text)
        for cand in _nominatives(folded):
            cases = _paradigm(cand, gender).get(folded)
            if cand in attested and cases and cases & m.cases:
                return attested[cand]
        known = [(lemma, case) for lemma, gen, case in _pymorphy_names(w.text, "Name") if gen in {gender, "ms-f"}]
        known += [
            (_patronymic_nominative(folded) or lemma, case)
            for lemma, gen, case in _pymorphy_names(w.text, "Patr")
            if gen in {gender, "ms-f"}
        ]
        if known:
            if any(case == "nomn" and lemma == fold(w.text) for lemma, case in known) and "nomn" in m.cases:
                return w.text
            for lemma, case in known:
                if case in m.cases:
                    return _display(lemma, w.text)
        if "nomn" in m.cases:
            return w.text
        for cand in sorted(_nominatives(folded), key=len):
            cases = _paradigm(cand, gender).get(folded)
            if cand != folded and cases and cases & m.cases:
                return _display(cand, w.text)
        return w.text

    def _name_group(self, g: _Group) -> None:
        best: tuple[tuple[int, int, int, int, int], str] | None = None
        attested = {fold(w.text): w.text for m in g.mentions if "nomn" in m.cases for w in m.given}
        for m in g.mentions:
            surname = _display(g.nominative, m.surname.text)
            given = [self._given(w, m, g.gender, attested) for w in m.given]
            words = [*given, *m.particles, surname]
            if m.initials and not given:
                words = [m.initials, *m.particles, surname]
            if m.suffix:
                words.append(m.suffix)
            name = " ".join(words)
            rank = (int(bool(given)), len(given), int(bool(m.suffix)), int(bool(m.initials)), int("nomn" in m.cases))
            if best is None or rank > best[0]:
                best = (rank, name)
        assert best is not None
        g.name = best[1]
