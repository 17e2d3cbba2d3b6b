"""People the office-holders data knows: leaders named bare, and the state of a post that names none.

"переговоры Владимира Путина и Си Цзиньпина" gives no post; "Президент Садыр Жапаров" gives no state.
The bundled office-holders (``summitkit.lexicons.officeholders``) say what the person held in the year
the text is written (``era.text_year``). A name the data does not know is read as before: an official
only with a post. Two groups the data takes for one person ("Си" and "Си Цзиньпин") become one.
"""

from __future__ import annotations

from summitkit.lexicons.officeholders import OfficeHolder, officeholders
from summitkit.lexicons.roles import Kind
from summitkit.people.era import text_year
from summitkit.people.records import _Candidate, _Group, _Reading
from summitkit.text import fold

#: A surname named alone is looked up only from this length: "Ли", "Хан" name too many people.
_BARE_SURNAME_MIN = 4

#: The kind of office a post of the data is, by its first words (others are "official").
_KINDS: dict[str, Kind] = {
    "президент": "state", "король": "state", "эмир": "state", "султан": "state", "председатель кнр": "state",
    "наследный принц": "state", "верховный лидер": "state", "премьер-министр": "government",
    "премьер госсовета": "government", "канцлер": "government", "председатель правительства": "government",
    "председатель кабинета": "government",
}  # fmt: skip


def _kind(post: str) -> Kind:
    words = fold(post).replace(",", " ").split()
    for n in (2, 1):
        kind = _KINDS.get(" ".join(words[:n]))
        if kind is not None and (n == 2 or len(words) == 1 or words[1] not in {"всемирного", "нового"}):
            return kind
    return "official"


#: Case endings a surname named alone may carry ("Токаева", "Рахмону", "Пашиняном"), longest first: cut
#: off, they leave the nominative the data is keyed by. Only tried where the form itself is unknown, so a
#: woman's surname the data holds ("Набиуллина") is found as it is.
_OBLIQUE_ENDINGS = ("ым", "ом", "ем", "а", "я", "у", "ю", "е")


def _by_oblique_surname(folded: str, year: int | None, given: str | None = None) -> OfficeHolder | None:
    """The office-holder a surname in an oblique case names (with the first name the text gives, if any), if
    exactly one fits."""
    for ending in _OBLIQUE_ENDINGS:
        stem = folded.removesuffix(ending)
        if stem != folded and len(stem) >= _BARE_SURNAME_MIN:
            holder = officeholders().lookup(stem, given, year)
            if holder is not None:
                return holder
    return None


class _Known(_Reading):
    """Roles and states from the office-holders data, for the groups the text leaves without them."""

    def _holder(self, g: _Group, year: int | None) -> OfficeHolder | None:
        """The office-holder a group is: by its surname, its first name or initial, the text's year."""
        words = g.name.split()
        given = words[0] if len(words) > 1 else None
        if given is None and len(g.nominative) < _BARE_SURNAME_MIN:
            return None
        holder = officeholders().lookup(g.nominative, given, year)
        if holder is None and given is None:
            holder = _by_oblique_surname(g.nominative, year)
            if holder is not None:  # "переговоры Лукашенко и Токаева": the surname alone, in the nominative
                g.name = holder.surname or holder.name.split()[-1]
                g.nominative = fold(g.name)
        if holder is None and given is not None and given.endswith("."):
            return None
        if holder is None and given is not None and len(words) == 2:
            # "встреча Садыра Жапарова": a man's genitive that the declension took for a woman's nominative
            # an undated text names only a holder still in office this way
            holder = _by_oblique_surname(g.nominative, year, given)
            if holder is not None and year is None and holder.end is not None:
                holder = None
            if holder is not None:
                g.name = holder.name
                g.nominative = fold(holder.surname or holder.name.split()[-1])
        return holder

    @staticmethod
    def _canonical_name(g: _Group, holder: OfficeHolder) -> None:
        """The data's nominative of a first name the text gives only in an oblique case that the
        declension guessed wrong: "Каей Каллас" is "Кая Каллас". A spelling of the text's own
        ("Эммануэль", not the data's "Эмманюэль") is kept."""
        ours, theirs = g.name.split(), holder.name.split()
        if len(ours) != len(theirs) or len(ours) < 2 or "." in g.name:
            return
        if any("nomn" in m.cases and m.given for m in g.mentions):
            return  # the text gives the first name in the nominative itself: "Рустами Эмомали"
        originals = {fold(w.text) for m in g.mentions for w in m.given}
        for k in range(len(ours) - 1):
            mine, data = fold(ours[k]), fold(theirs[k])
            if mine != data and any(o.startswith(data[:-1]) for o in originals if len(data) > 2):
                ours[k] = theirs[k]
        g.name = " ".join(ours)

    def _known_officeholders(self) -> None:
        """Give a role to a bare name the data knows, a state to a post without one, and merge the
        groups that turn out to be one person."""
        year = text_year(self.text)
        by_person: dict[str, _Group] = {}
        merged: set[int] = set()
        for g in self.groups:
            if g.other:
                continue  # a journalist or an ex-president, by the text's own words
            holder = self._holder(g, year)
            if holder is None:
                continue
            if not g.official or g.role is None:
                org = holder.country is None
                g.role = _Candidate(2, holder.post, _kind(holder.post), holder.country, org)
                g.official = True
            elif g.role.country is None and not g.role.org and holder.country is not None:
                c = g.role
                g.role = _Candidate(c.rank, c.role, c.kind, holder.country, c.org)
            self._canonical_name(g, holder)
            first = by_person.get(holder.name)
            if first is None:
                by_person[holder.name] = g
                continue
            keep, drop = (first, g) if len(first.name) >= len(g.name) else (g, first)
            keep.mentions = sorted([*keep.mentions, *drop.mentions], key=lambda m: m.start)
            keep.extra.extend(drop.extra)
            merged.add(id(drop))
            by_person[holder.name] = keep
        for g in self.groups:
            if id(g) in merged or len(g.name.split()) > 1:
                continue
            # a bare surname too short to look up alone joins the person the text names in full: "Си"
            same = {h.name for h in officeholders().find(g.nominative, year=year)} & set(by_person)
            if len(same) == 1:
                keep = by_person[same.pop()]
                if keep is not g:
                    keep.mentions = sorted([*keep.mentions, *g.mentions], key=lambda m: m.start)
                    keep.extra.extend(g.extra)
                    merged.add(id(g))
        if merged:
            self.groups = [g for g in self.groups if id(g) not in merged]
