"""Words the title grammar reads around a head noun: prepositions that continue a title, settings that end
it, numerals and quantities, nouns of situations, fields and measures.

Keys are pymorphy lemmas (written as pymorphy writes them, ё included) unless a comment says word forms.
"""

from __future__ import annotations

__all__ = [
    "ACTION_NOUNS",
    "AMOUNT_NOUNS",
    "ANAPHORIC",
    "APPROXIMATE",
    "BETWEEN",
    "CURRENCY_SIGNS",
    "DOTTED_ABBREVIATIONS",
    "FIELD_NOUNS",
    "FIELD_PREPOSITIONS",
    "MEASURE_NOUNS",
    "NUMERALS",
    "OUTCOME_STATEMENTS",
    "POSSESSIVES",
    "PURPOSE_NOUNS",
    "PURPOSE_PREPOSITIONS",
    "QUANTIFIERS",
    "SETTING_NOUNS",
    "SHARED_COMPLEMENTS",
    "SITUATION_NOUNS",
    "SPONSOR_NOUNS",
    "SUBJECT_NOUNS",
    "TITLE_PREPOSITIONS",
]

#: Determiners that point back to a document named earlier ("соответствующий меморандум").
ANAPHORIC: frozenset[str] = frozenset(
    {"соответствующий", "данный", "этот", "такой", "указанный", "следующий", "весь", "каждый", "тот", "один",
     "другой", "свой", "наш", "ваш", "их", "его", "её", "который", "ряд", "целый", "настоящий", "вышеуказанный"}
)  # fmt: skip

#: Prepositions that continue a title ("Соглашение о ...", "Программа по ...", "Договор между ...").
TITLE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "о",
        "об",
        "обо",
        "по",
        "между",
        "в",
        "во",
        "на",
        "для",
        "с",
        "со",
        "до",
        "к",
        "ко",
        "при",
        "против",
        "среди",
        "через",
        "от",
    }
)

#: Prepositions of a complement that two coordinated heads share ("соглашение и протокол о ...").
SHARED_COMPLEMENTS: frozenset[str] = frozenset({"о", "об", "обо", "по", "между"})

#: Possessive pronouns that may open a noun phrase inside a title ("Дорожная карта по ее реализации").
POSSESSIVES: frozenset[str] = frozenset({"ее", "её", "его", "их"})

#: Prepositions of purpose: they end an institution's name unless the name is a bare noun.
PURPOSE_PREPOSITIONS: frozenset[str] = frozenset({"для"})

PURPOSE_NOUNS: frozenset[str] = frozenset({"цель"})

#: Nouns of the event or the setting: "в ходе саммита", "по итогам встречи" end an inline title.
#: Whose idea a body was, after "по" ("по его предложению", "по инициативе Казахстана"): never part of a name.
SPONSOR_NOUNS: frozenset[str] = frozenset({"предложение", "инициатива", "поручение", "просьба", "приглашение"})

SETTING_NOUNS: frozenset[str] = frozenset(
    {"саммит", "встреча", "заседание", "переговоры", "визит", "церемония", "ход", "итог", "присутствие",
     "время", "день", "неделя", "месяц", "год", "сайт", "полях", "поле", "сторона", "имя"}
)  # fmt: skip

#: States of affairs a place belongs to inside a title ("Заявление о ситуации в Афганистане"), not the setting.
SITUATION_NOUNS: frozenset[str] = frozenset(
    {"ситуация", "положение", "обстановка", "урегулирование", "мир", "стабильность", "безопасность",
     "конфликт", "кризис", "событие", "процесс", "восстановление"}
)  # fmt: skip

#: Statements whose title names the meeting they sum up: "Совместное заявление по итогам встречи ...".
OUTCOME_STATEMENTS: frozenset[str] = frozenset({"заявление", "коммюнике", "декларация"})

#: "бюджет в размере 12 млн долларов": what follows "в" + these is the amount, not the title.
AMOUNT_NOUNS: frozenset[str] = frozenset({"размер", "объём", "объем", "сумма", "стоимость"})

#: Measures a quantity follows inside a title ("АЭС мощностью 2,4 ГВт", "дороги протяжённостью 280 км").
MEASURE_NOUNS: frozenset[str] = frozenset(
    {"мощность", "стоимость", "объём", "объем", "протяжённость", "протяженность", "длина", "вместимость",
     "производительность", "грузоподъёмность", "площадь", "ёмкость"}
)  # fmt: skip

#: Signs of a currency written before an amount ("контракт на $1,2 млрд").
CURRENCY_SIGNS: frozenset[str] = frozenset({"$", "€", "₽", "¥", "£"})

#: Numerals by lemma: "двух соглашений: об X и о Y" counts the documents its complements name.
NUMERALS: dict[str, int] = {
    "два": 2, "оба": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10,
}  # fmt: skip

#: Words that make a count approximate ("более 20 соглашений"): such a count names no documents.
APPROXIMATE: frozenset[str] = frozenset({"более", "свыше", "около", "порядка", "почти", "примерно", "больше"})

#: Words that count documents: "ряд соглашений", "пакет документов", "несколько меморандумов".
QUANTIFIERS: frozenset[str] = frozenset({"ряд", "пакет", "несколько", "множество", "десяток", "серия"})

#: Who acts in summit news: such a noun right before a verb is the clause's subject, not a title's genitive
#: ("в принятой декларации стороны осудили ...").
SUBJECT_NOUNS: frozenset[str] = frozenset({"сторона", "глава", "участник", "делегация", "министр"})

#: Nouns of action without the -ние ending that also take objects ("обмен опытом", "контроль за ...").
ACTION_NOUNS: frozenset[str] = frozenset(
    {"обмен", "контроль", "надзор", "руководство", "торговля", "помощь", "содействие"}
)

#: Prepositions whose object is a coordinated pair by nature: "между X и Y" does not part the documents.
BETWEEN: frozenset[str] = frozenset({"между"})

#: Prepositions of a field ("в сфере", "в области"): a plural field noun shared by several documents is one
#: field in each ("соглашения в сферах X и Y" -> "в сфере X", "в сфере Y").
FIELD_PREPOSITIONS: frozenset[str] = frozenset({"в", "во"})

#: Nouns of a field after "в" ("в области", "в сфере"): with "о ...", "по ...", what a document is about.
FIELD_NOUNS: frozenset[str] = frozenset({"область", "сфера"})

#: Abbreviations that keep their dot inside a title ("на 2026-2028 гг.").
DOTTED_ABBREVIATIONS: frozenset[str] = frozenset({"гг", "г", "вв", "в", "тыс", "млн", "млрд", "трлн", "руб", "долл"})
