"""Words of documents, institutions and proposals: the lexicons the title grammar and the documents and
proposals extractors read, kept apart from their rules so that a new head noun or cue is one line here.

Keys are pymorphy lemmas (written as pymorphy writes them, ё included) unless a comment says word forms.
"""

from __future__ import annotations

__all__ = [
    "ABOUT_THAT",
    "ACTION_NOUNS",
    "ADOPTED_BY_DEFAULT",
    "AMOUNT_NOUNS",
    "ANAPHORIC",
    "ANOTHER_ONE",
    "APPROVING_VERBS",
    "APPROXIMATE",
    "BACK_REFERENCES",
    "BETWEEN",
    "CAPITALISED_HEADS",
    "CEREMONY",
    "CEREMONY_BEFORE",
    "CONTRASTS",
    "COUNTED_EVENTS",
    "CREATION_NOUNS",
    "CREATION_VERBS",
    "DECIDED",
    "DECISIONS",
    "DOCUMENT_NOUNS",
    "DOMESTIC_SUBJECTS",
    "DOTTED_ABBREVIATIONS",
    "DRAFTS",
    "EARLIER_ADVERBS",
    "EVENT_NOUNS",
    "FIELD_PREPOSITIONS",
    "FINAL_ADJECTIVES",
    "FUTURE_AUX",
    "FUTURE_CUES",
    "GENERIC_DOCUMENT_NOUNS",
    "IMPLEMENTING",
    "INCLUSIONS",
    "INSTITUTION_NOUNS",
    "LINKING_VERBS",
    "MECHANISM_NOUNS",
    "MONTHS",
    "NEGATION_LEADS",
    "NOT_ADOPTING",
    "NOT_APPROVED_OBJECTS",
    "NOT_PROPOSABLE",
    "NOW",
    "NUMERALS",
    "ORDINALS",
    "ORDINAL_ADVERBS",
    "OUTCOME_NOUNS",
    "PAST_AUX",
    "PLURAL_DOCUMENT_NOUNS",
    "PRESENT_PASSIVES",
    "PREVIOUS",
    "PREVIOUS_EVENTS",
    "PROPOSAL_CUES",
    "PROPOSING_VERBS",
    "PROVISION_NOUNS",
    "PURPOSE_NOUNS",
    "PURPOSE_PREPOSITIONS",
    "QUANTIFIERS",
    "RECALLED",
    "RECALLING_PHRASES",
    "SCHEDULING_NOUNS",
    "SELECTIVE_OPENINGS",
    "SETTING_NOUNS",
    "SHARED_COMPLEMENTS",
    "SITUATION_NOUNS",
    "SPONSOR_NOUNS",
    "STATUS_NOUNS",
    "STATUS_VERBS",
    "SUBJECT_NAMED",
    "SUBJECT_NOUNS",
    "SUBJECT_VERBS",
    "THIS_EVENT",
    "TITLE_PREPOSITIONS",
    "TODAY",
    "UNIFYING_ADJECTIVES",
]  # fmt: skip

# -- heads of titles --------------------------------------------------------------------------------

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

#: Verbs by lemma, and the status they give a document.
STATUS_VERBS: dict[str, str] = {
    "подписать": "signed",
    "заключить": "signed",
    "скрепить": "signed",
    "подписывать": "signed",
    "принять": "adopted",
    "принимать": "adopted",
    "одобрить": "approved",
    "утвердить": "approved",
    "согласовать": "approved",
}

#: Reflexive passives in the present tense of news ("По итогам саммита принимается декларация"), by lemma.
PRESENT_PASSIVES: dict[str, str] = {
    "подписываться": "signed",
    "приниматься": "adopted",
    "утверждаться": "approved",
    "одобряться": "approved",
}

#: Verbs of exchanging signed copies: "обменялись Меморандумом о ..." (the document in the instrumental) is signed.
EXCHANGE_VERBS: frozenset[str] = frozenset({"обменяться"})

#: Copies of a document a signing participle describes: "обменялись подписанными экземплярами соглашения".
COPIES: frozenset[str] = frozenset({"экземпляр", "текст", "оригинал"})

#: Verbs whose object is approved whatever its noun ("утвердили бюджет, отчёт и структуру секретариата").
APPROVING_VERBS: frozenset[str] = frozenset({"одобрить", "утвердить", "согласовать"})

#: Objects of an approving verb that are no document: people, proposals, plans, positions, dates.
NOT_APPROVED_OBJECTS: frozenset[str] = frozenset(
    {
        "кандидатура", "кандидат", "инициатива", "предложение", "идея", "шаг", "позиция", "подход",
        "мера", "дата", "место", "срок", "время", "вопрос", "итог", "ряд", "пакет", "число", "количество",
        "назначение", "проведение", "формат", "параметр", "условие", "намерение", "линия", "курс",
        "текст", "проект", "порядок", "повестка", "состав", "должность", "результат", "работа",
        "деятельность", "заявка", "усилие", "создание", "учреждение", "вступление", "присоединение",
        "участие", "председательство", "продление", "принцип", "закон",
    }
)  # fmt: skip

#: Subjects of a state's own act on a treaty ("закон о ратификации Соглашения ...", "указ о денонсации ..."):
#: a document about them is that state's, not one signed at the event.
DOMESTIC_SUBJECTS: frozenset[str] = frozenset({"ратификация", "денонсация"})

#: Infinitives of creating something new (the proposal's verb: "предложил создать ...").
CREATION_VERBS: frozenset[str] = frozenset(
    {
        "создать", "учредить", "разработать", "внедрить", "принять", "сформировать", "основать",
        "подготовить", "составить", "запустить", "открыть", "организовать", "образовать", "создавать",
        "учреждать", "разрабатывать", "формировать", "заключить", "подписать",
    }
)  # fmt: skip

#: Verbal nouns of creating something new ("создание Банка", "о принятии Конвенции").
CREATION_NOUNS: frozenset[str] = frozenset(
    {
        "создание", "учреждение", "разработка", "внедрение", "принятие", "формирование", "основание",
        "подготовка", "составление", "запуск", "открытие", "образование", "заключение", "подписание",
    }
)  # fmt: skip

#: Words that make a clause a proposal, a call or an offer (lemmas).
PROPOSAL_CUES: frozenset[str] = frozenset(
    {
        "предложить", "предлагать", "предложение", "призвать", "призывать", "инициатива", "инициировать",
        "выдвинуть", "выдвигать", "целесообразный", "целесообразно", "намерить", "намерен", "намеренный",
        "решить", "поручить", "необходимо", "нужно", "важно", "следовать", "выступить", "выступать",
        "мочь", "можно", "подумать", "стоить", "хотеть", "рассмотреть", "надо", "предусмотреть", "пора",
        "предлагаться", "правильно", "полезно", "целесообразность", "инициатор", "идея", "необходимый",
        "важный", "нужный", "необходимость", "назреть", "скорейший", "рассчитывать", "надеяться", "готовый",
    }
)  # fmt: skip

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

MONTHS: frozenset[str] = frozenset(
    {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
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

# -- the documents extractor (word forms and phrases, lower case) -----------------------------------

#: Intro phrases that point back to the documents of the previous sentence ("Среди них — ...").
BACK_REFERENCES: frozenset[str] = frozenset(
    {
        "среди них",
        "в их числе",
        "в том числе",
        "в числе них",
        "из них",
        "в частности",
        "среди которых",
        "в числе которых",
    }
)

#: Sentence openings that go through the documents just counted one by one ("Во-первых, План ...").
ORDINAL_ADVERBS: frozenset[str] = frozenset(
    {"во-первых", "во-вторых", "в-третьих", "в-четвертых", "в-четвёртых", "в-пятых", "наконец"}
)

#: Openings that pick some of the documents just counted when a document noun follows ("среди документов").
SELECTIVE_OPENINGS: tuple[str, ...] = ("среди", "в числе", "из")

#: Phrases inside a sentence that introduce some of the documents it counts ("..., в том числе ...").
INCLUSIONS: frozenset[str] = BACK_REFERENCES | {
    "включая", "в частности", "такие как", "а именно", "включают", "включали", "включили", "включает",
    "включающий", "включающие", "включающих", "включающая", "включивший", "включавший",
}  # fmt: skip

#: Nouns that make a verbless list intro an outcome ("Итоги саммита:", "По результатам встречи:").
OUTCOME_NOUNS: frozenset[str] = frozenset({"итог", "результат"})

#: Documents that are adopted, not signed, when a list gives no verb ("Итоги саммита:" then "— Декларация ...").
ADOPTED_BY_DEFAULT: frozenset[str] = frozenset(
    {"декларация", "заявление", "коммюнике", "резолюция", "решение", "постановление", "обращение", "манифест"}
)

#: Follow-up sentences ("Второе соглашение посвящено ..."): ordinals that pick one of the documents just
#: counted, words that add one more ("ещё одно", "другой", "отдельный"), and the verbs that say what it is about.
ORDINALS: frozenset[str] = frozenset({"первый", "второй", "третий", "четвёртый", "пятый", "шестой", "последний"})
ANOTHER_ONE: frozenset[str] = frozenset({"один", "другой", "отдельный"})
#: Document heads that also name a part of a document ("Отдельное положение касается ..."): no follow-up.
PROVISION_NOUNS: frozenset[str] = frozenset({"положение", "направление", "правило", "комплекс", "акт"})
SUBJECT_VERBS: frozenset[str] = frozenset(
    {"касаться", "посвятить", "предусматривать", "регулировать", "затрагивать", "направить", "нацелить",
     "определять", "устанавливать", "закреплять", "регламентировать", "охватывать"}
)  # fmt: skip

#: Words before a bare infinitive that make it a decision taken, not a plan ("приняли решение одобрить").
DECIDED: frozenset[str] = frozenset({"решение", "решить"})

#: Heads that "принять" takes as a decision, not a document, unless written as one ("Решение о ...").
DECISIONS: frozenset[str] = frozenset({"решение"})

#: What a lower-case "решение о ..." is about when it schedules work rather than decides a matter: such a
#: decision taken is not a document ("о проведении следующего заседания"); "о приеме в члены" is one.
SCHEDULING_NOUNS: frozenset[str] = frozenset({"проведение", "перенос", "созыв", "продолжение", "продление"})

#: Adjectives of a previous event: "на прошлом саммите была принята ..." is not this event's document.
PREVIOUS: frozenset[str] = frozenset({"прошлый", "предыдущий", "прошедший", "прошлогодний", "позапрошлый"})
PREVIOUS_EVENTS: frozenset[str] = frozenset(
    {"саммит", "встреча", "заседание", "визит", "форум", "сессия", "год", "месяц", "неделя", "лето", "осень",
     "зима", "весна"}
)  # fmt: skip
#: Events counted by an ordinal: "на первом саммите" is not the event reported as the second one.
COUNTED_EVENTS: frozenset[str] = frozenset({"саммит", "встреча", "заседание", "сессия", "форум"})
#: "Напомним, сегодня ...": the one word that keeps a recollection at this event (word forms).
TODAY: frozenset[str] = frozenset({"сегодня"})
#: "Как известно, ...": phrases by which the writer recalls a fact of the past (word forms, lower case).
RECALLING_PHRASES: frozenset[str] = frozenset({"как известно"})
#: Words of now that keep a contrasted clause to itself: "в прошлом году подписали X, а сегодня ... Y" (word forms).
NOW: frozenset[str] = frozenset({"сегодня", "теперь", "ныне", "нынешнем", "нынешней", "нынешнего", "текущем"})
#: Conjunctions that open a contrasted clause after a comma ("..., а сегодня ...", "..., но теперь ...").
CONTRASTS: frozenset[str] = frozenset({"а", "но", "однако"})
#: "Ранее был подписан ...": adverbs that place a signing before this event (word forms).
EARLIER_ADVERBS: frozenset[str] = frozenset({"ранее", "прежде"})
#: "год назад", "несколько лет назад": a time past, when the document was signed before this event.
AGO: frozenset[str] = frozenset({"назад"})

#: "об этом": the document is about what the sentence before told.
ABOUT_THAT: frozenset[str] = frozenset({"об этом", "о нем", "о нём", "о том"})

#: Passive participles of personnel and founding events, by lemma, and the noun a document about them takes.
EVENT_NOUNS: dict[str, str] = {
    "назначить": "назначение",
    "избрать": "избрание",
    "освободить": "освобождение",
    "наградить": "награждение",
    "учредить": "учреждение",
    "создать": "создание",
    "присвоить": "присвоение",
    "продлить": "продление",
    "принять": "принятие",
}


#: Words of carrying out: "ход реализации принятой Стратегии" speaks of a document already in force.
IMPLEMENTING: frozenset[str] = frozenset(
    {"реализация", "выполнение", "исполнение", "осуществление", "реализовывать", "выполнять", "исполнять"}
)

#: Words that place a participle's document at this event ("принятую сегодня", "подписанный на саммите").
THIS_EVENT: frozenset[str] = frozenset({"сегодня", "саммит", "встреча", "заседание", "переговоры", "визит", "форум"})

#: Linking verbs of "Одним из документов стала Декларация ...", by lemma.
LINKING_VERBS: frozenset[str] = frozenset({"стать", "являться"})

#: "Итоговым документом саммита стала ...": the adjectives that make a document the meeting's outcome.
FINAL_ADJECTIVES: frozenset[str] = frozenset({"итоговый", "заключительный"})

#: "одобрили проект Соглашения о ...": a draft approved; the document is the one named in the genitive.
DRAFTS: frozenset[str] = frozenset({"проект"})

#: Auxiliaries that put a participle in the future or a modal ("будет подписан", "должны быть подписаны").
FUTURE_AUX: frozenset[str] = frozenset({"будет", "будут", "буду", "будем", "будете", "быть"})

#: The past of "быть" ("было подписано"): "не было подписано", "подписано не было" deny the act.
PAST_AUX: frozenset[str] = frozenset({"был", "была", "было", "были"})
#: What may stand between a participle and the "не" that denies it: "подписано так и не было", "одобрен пока
#: не был", "подписан не был" (the empty phrase).
NEGATION_LEADS: frozenset[str] = frozenset({"", "так и", "пока", "ещё", "еще", "до сих пор"})

#: A ceremony that happened: "состоялось подписание Соглашения ...", "после подписания Договора".
CEREMONY: frozenset[str] = frozenset(
    {"состояться", "церемония", "пройти", "стать", "завершиться", "ознаменоваться", "увенчаться"}
)

#: Verbal nouns of the acts, and the status each gives ("состоялось подписание", "завершился принятием").
STATUS_NOUNS: dict[str, str] = {
    "подписание": "signed",
    "принятие": "adopted",
    "утверждение": "approved",
    "одобрение": "approved",
}
CEREMONY_BEFORE: frozenset[str] = frozenset({"после", "церемония", "церемонии", "итогам", "при"})

#: What follows "принять" when it does not mean adopting a document.
NOT_ADOPTING: frozenset[str] = frozenset(
    {"к сведению", "к рассмотрению", "к исполнению", "во внимание", "к обсуждению"}
)

# -- the proposals extractor ------------------------------------------------------------------------

#: Verbs that attribute a quotation as a proposal ("..., — предложил президент").
PROPOSING_VERBS: frozenset[str] = frozenset({"предложить", "предлагать", "призвать", "призывать"})

#: Nouns of place that take a genitive ("на базе университета", "на территории парка"): a proposal's
#: head is not looked for in that genitive.
RELATIONAL_NOUNS: frozenset[str] = frozenset({"база", "территория", "основа", "рамка", "площадка"})

#: Words that tell of the past: a proposal made long ago and carried out, a document signed before
#: ("Напомним, Договор ... был подписан ...").
RECALLED: frozenset[str] = frozenset({"напомнить", "напоминать"})

#: Word forms that speak of a step to come ("станет создание ...", "стало бы принятие ...").
FUTURE_CUES: frozenset[str] = frozenset({"станет", "станут", "бы", "б"})
