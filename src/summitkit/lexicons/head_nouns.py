"""Head nouns of titles: the documents that are signed, adopted or approved, and the institutions a summit
proposes to create, with the registry the rules read them from, which plugins extend.

The frozensets below are the built-in words. The rules read ``NOUNS`` (``NOUNS.documents``, ...) at call time,
so that the nouns a plugin adds through ``add_document`` and ``add_institution`` (the ``documents`` and
``institutions`` kinds of ``summitkit.gazetteer``) are seen everywhere; a module that derives something from
the nouns (a cache, a union, a pattern) rebuilds it in a callback given to ``on_change``.

Keys are pymorphy lemmas, written as pymorphy writes them (ё included).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import final

from summitkit.lexicons.proposals import EXTRA_INSTITUTIONS, EXTRA_MECHANISMS

__all__ = [
    "ADOPTED_BY_DEFAULT",
    "CAPITALISED_HEADS",
    "DECISIONS",
    "DOCUMENT_NOUNS",
    "GENERIC_DOCUMENT_NOUNS",
    "INSTITUTION_NOUNS",
    "MECHANISM_NOUNS",
    "NOT_PROPOSABLE",
    "NOUNS",
    "PLURAL_DOCUMENT_NOUNS",
    "PROVISION_NOUNS",
    "SUBJECT_NAMED",
    "UNIFYING_ADJECTIVES",
    "HeadNouns",
    "add_document",
    "add_institution",
    "on_change",
    "restore_builtins",
]

#: Head nouns of documents that are signed, adopted or approved (pymorphy lemmas). A budget approved by the
#: leaders ("утвердили бюджет Комиссии на 2026 год") is a document too, as the decision that approves it is.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "соглашение", "договор", "декларация", "заявление", "меморандум", "протокол", "концепция",
        "программа", "стратегия", "план", "карта", "решение", "обращение", "каталог", "конвенция",
        "хартия", "устав", "кодекс", "контракт", "постановление", "коммюнике", "пакт", "резолюция",
        "доктрина", "перечень", "указ", "распоряжение", "акт", "положение", "регламент", "комплекс",
        "правило", "договорённость-меморандум", "манифест", "план-график", "направление", "бюджет",
        "директива", "декрет", "повестка", "соглашение-рамка", "поправка", "изменение", "дополнение",
        "сообщение", "смета", "вывод",
    }
)  # fmt: skip

#: Heads that name a document only when written with a capital ("Повестка дня ОТГ до 2040 года"); in lower
#: case they are the agenda of a sitting ("утвердили повестку дня заседания"); "Информационное сообщение" is
#: a communiqué, "сообщение" a message.
CAPITALISED_HEADS: frozenset[str] = frozenset({"повестка", "сообщение"})

#: Words that name documents without naming one: never a title on their own.
GENERIC_DOCUMENT_NOUNS: frozenset[str] = frozenset({"документ", "документация", "бумага", "договорённость"})

#: Of those, the ones a subject after them makes a title ("документ о научном сотрудничестве").
SUBJECT_NAMED: frozenset[str] = frozenset({"документ"})

#: Head nouns of institutions, systems and mechanisms a participant may propose to create.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "центр", "банк", "фонд", "механизм", "система", "консорциум", "комитет", "группа", "палата",
        "союз", "орган", "площадка", "платформа", "совет", "совещание", "организация", "агентство",
        "секретариат", "альянс", "корпорация", "комиссия", "институт", "хаб", "реестр", "академия",
        "ассоциация", "клуб", "форум", "сеть", "пул", "офис", "коалиция", "партнёрство", "инструмент",
        "формат", "диалог", "биржа", "лаборатория", "университет", "кластер", "зона", "база", "технопарк", "дом",
        "обсерватория",
    }
)  # fmt: skip

#: Lexicon heads that are not proposals on their own ("принятие решений", "формирование повестки").
NOT_PROPOSABLE: frozenset[str] = frozenset(
    {"решение", "постановление", "указ", "распоряжение", "акт", "положение", "направление", "бюджет", "смета",
     "вывод", "декрет", "повестка", "поправка", "изменение", "дополнение"}
)  # fmt: skip

#: Document heads whose plural is the name of one document ("Основные направления ...", "Правила процедуры").
PLURAL_DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "направление",
        "правило",
        "поправка",
        "изменение",
        "дополнение",
        "вывод",  # "Выводы Совета по ...": a council's conclusions are one document
    }  # "Поправки к Уставу ...", not "изменение климата"
)

#: Joint mechanisms that are proposed only as one thing: with a unifying adjective, a capital or a quoted
#: name ("единый рынок электроэнергии", "Транспортный коридор «Восток – Запад»"), not "новые коридоры".
MECHANISM_NOUNS: frozenset[str] = frozenset({"рынок", "пространство", "коридор"})

UNIFYING_ADJECTIVES: frozenset[str] = frozenset({"единый", "общий", "совместный", "единое", "общее"})

#: Documents that are adopted, not signed, when a list gives no verb ("Итоги саммита:" then "— Декларация ...").
ADOPTED_BY_DEFAULT: frozenset[str] = frozenset(
    {"декларация", "заявление", "коммюнике", "резолюция", "решение", "постановление", "обращение", "манифест"}
)

#: Document heads that also name a part of a document ("Отдельное положение касается ..."): no follow-up.
PROVISION_NOUNS: frozenset[str] = frozenset({"положение", "направление", "правило", "комплекс", "акт"})

#: Heads that "принять" takes as a decision, not a document, unless written as one ("Решение о ...").
DECISIONS: frozenset[str] = frozenset({"решение"})


# -- the registry the rules read ----------------------------------------------------------------------


@final
class HeadNouns:
    """The head nouns the rules read: the built-in ones above and the ones plugins added.

    Read the attributes at call time (``NOUNS.documents``), never bind them to a name at import: an addition
    replaces them with larger frozensets (kept frozen, so they stay hashable keys of the per-word caches).
    """

    __slots__ = (
        "adopted", "documents", "heads", "institutions", "not_proposable", "plural_documents", "proposable", "version"
    )  # fmt: skip

    def __init__(self) -> None:
        self.documents: frozenset[str] = DOCUMENT_NOUNS
        """Heads of documents that are signed, adopted or approved."""
        self.institutions: frozenset[str] = INSTITUTION_NOUNS
        """Heads of institutions, systems and mechanisms a participant may propose to create."""
        self.heads: frozenset[str] = DOCUMENT_NOUNS | INSTITUTION_NOUNS
        """Documents and institutions together: every head a title may have."""
        self.plural_documents: frozenset[str] = PLURAL_DOCUMENT_NOUNS
        """Document heads whose plural names one document ("Правила процедуры")."""
        self.adopted: frozenset[str] = ADOPTED_BY_DEFAULT
        """Documents adopted, not signed, when a list gives no verb (declarations, resolutions)."""
        self.not_proposable: frozenset[str] = NOT_PROPOSABLE
        """Document heads that are no proposal on their own ("принятие решений")."""
        self.proposable: frozenset[str] = _proposable(self)
        """Heads a proposal may have: documents, institutions (the proposals' own too) and joint mechanisms, but
        not decisions or agendas."""
        self.version = 0
        """How many changes were made: a cache keyed on it is stale when it differs."""


def _proposable(nouns: HeadNouns) -> frozenset[str]:
    heads = nouns.documents | nouns.institutions | EXTRA_INSTITUTIONS | MECHANISM_NOUNS | EXTRA_MECHANISMS
    return heads - nouns.not_proposable


#: The head nouns of this process, read by the title grammar and the documents and proposals extractors.
NOUNS = HeadNouns()

_LISTENERS: list[Callable[[], None]] = []


def on_change(callback: Callable[[], None]) -> Callable[[], None]:
    """Call ``callback()`` after every change of ``NOUNS``: an owner of a cache or of a set derived from the
    nouns clears or rebuilds it there. Returns the callback, so it can decorate a function."""
    _LISTENERS.append(callback)
    return callback


def _changed() -> None:
    NOUNS.heads = NOUNS.documents | NOUNS.institutions
    NOUNS.proposable = _proposable(NOUNS)
    NOUNS.version += 1
    for callback in _LISTENERS:
        callback()


def add_document(noun: str, *, one_in_plural: bool = False, adopted: bool = False, proposable: bool = True) -> bool:
    """Add a document head noun (a lemma), with what the rules need to know of it; True if anything changed.

    ``one_in_plural``: its plural names one document, as "Правила ..." do; ``adopted``: a list that gives no
    verb adopts it rather than signs it, as it does a declaration; ``proposable``: a call to create or adopt
    it is a proposal. Flags only add: a built-in noun keeps what the lexicon says of it.
    """
    wanted = {
        "documents": True,
        "plural_documents": one_in_plural,
        "adopted": adopted,
        "not_proposable": not proposable,
    }
    changed = False
    for name, wants in wanted.items():
        current: frozenset[str] = getattr(NOUNS, name)
        if wants and noun not in current:
            setattr(NOUNS, name, current | {noun})
            changed = True
    if changed:
        _changed()
    return changed


def add_institution(noun: str) -> bool:
    """Add the head noun (a lemma) of an institution a summit may propose to create; True if it was new."""
    if noun in NOUNS.institutions:
        return False
    NOUNS.institutions = NOUNS.institutions | {noun}
    _changed()
    return True


def restore_builtins() -> None:
    """Forget every added noun (for tests that add some and must leave the process as they found it)."""
    fresh = HeadNouns()
    names = ("documents", "institutions", "plural_documents", "adopted", "not_proposable")
    if all(getattr(NOUNS, name) == getattr(fresh, name) for name in names):
        return
    for name in names:
        setattr(NOUNS, name, getattr(fresh, name))
    _changed()
