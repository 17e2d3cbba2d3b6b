"""Cues of a document's status: the verbs and verbal nouns that sign, adopt or approve, and the phrases by
which the documents extractor reads lists, follow-ups, ceremonies and denials.

Keys are pymorphy lemmas (written as pymorphy writes them, ё included) unless a comment says word forms.
"""

from __future__ import annotations

__all__ = [
    "ABOUT_THAT",
    "ANOTHER_ONE",
    "APPROVING_VERBS",
    "BACK_REFERENCES",
    "CEREMONY",
    "CEREMONY_BEFORE",
    "COPIES",
    "DECIDED",
    "DOMESTIC_SUBJECTS",
    "DRAFTS",
    "EVENT_NOUNS",
    "EXCHANGE_VERBS",
    "FINAL_ADJECTIVES",
    "INCLUSIONS",
    "LINKING_VERBS",
    "NOT_ADOPTING",
    "NOT_APPROVED_OBJECTS",
    "ORDINALS",
    "ORDINAL_ADVERBS",
    "OUTCOME_NOUNS",
    "PRESENT_PASSIVES",
    "SCHEDULING_NOUNS",
    "SELECTIVE_OPENINGS",
    "STATUS_NOUNS",
    "STATUS_VERBS",
    "SUBJECT_VERBS",
]

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

#: Follow-up sentences ("Второе соглашение посвящено ..."): ordinals that pick one of the documents just
#: counted, words that add one more ("ещё одно", "другой", "отдельный"), and the verbs that say what it is about.
ORDINALS: frozenset[str] = frozenset({"первый", "второй", "третий", "четвёртый", "пятый", "шестой", "последний"})

ANOTHER_ONE: frozenset[str] = frozenset({"один", "другой", "отдельный"})

SUBJECT_VERBS: frozenset[str] = frozenset(
    {"касаться", "посвятить", "предусматривать", "регулировать", "затрагивать", "направить", "нацелить",
     "определять", "устанавливать", "закреплять", "регламентировать", "охватывать"}
)  # fmt: skip

#: Words before a bare infinitive that make it a decision taken, not a plan ("приняли решение одобрить").
DECIDED: frozenset[str] = frozenset({"решение", "решить"})

#: What a lower-case "решение о ..." is about when it schedules work rather than decides a matter: such a
#: decision taken is not a document ("о проведении следующего заседания"); "о приеме в члены" is one.
SCHEDULING_NOUNS: frozenset[str] = frozenset({"проведение", "перенос", "созыв", "продолжение", "продление"})

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

#: Linking verbs of "Одним из документов стала Декларация ...", by lemma.
LINKING_VERBS: frozenset[str] = frozenset({"стать", "являться"})

#: "Итоговым документом саммита стала ...": the adjectives that make a document the meeting's outcome.
FINAL_ADJECTIVES: frozenset[str] = frozenset({"итоговый", "заключительный"})

#: "одобрили проект Соглашения о ...": a draft approved; the document is the one named in the genitive.
DRAFTS: frozenset[str] = frozenset({"проект"})

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
