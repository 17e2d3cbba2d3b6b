"""Words of proposing and of creating: the cues that make a clause a proposal and the verbs and verbal
nouns of bringing something new about, read by the proposals extractor and the title grammar.

Keys are pymorphy lemmas (written as pymorphy writes them, ё included).
"""

from __future__ import annotations

__all__ = [
    "CREATION_NOUNS",
    "CREATION_VERBS",
    "PROPOSAL_CUES",
    "PROPOSING_VERBS",
    "RELATIONAL_NOUNS",
]

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

#: Verbs that attribute a quotation as a proposal ("..., — предложил президент").
PROPOSING_VERBS: frozenset[str] = frozenset({"предложить", "предлагать", "призвать", "призывать"})

#: Nouns of place that take a genitive ("на базе университета", "на территории парка"): a proposal's
#: head is not looked for in that genitive.
RELATIONAL_NOUNS: frozenset[str] = frozenset({"база", "территория", "основа", "рамка", "площадка"})
