"""Words of proposing: the verbs that put a document or an institution forward, the words that say a
creation is under way, and the words a state speaks through. Read by ``summitkit.proposals`` and by
``summitkit.people.speakers``.

Keys are pymorphy lemmas unless a comment says word forms.
"""

from __future__ import annotations

__all__ = [
    "AGENT_PARTICIPLES",
    "AGREED_VERBS",
    "COMPLETED",
    "CONTINUATIONS",
    "CUES",
    "CUE_PHRASES",
    "EVENT_HEADS",
    "EXTRA_CREATION_NOUNS",
    "EXTRA_CREATION_VERBS",
    "EXTRA_INSTITUTIONS",
    "EXTRA_MECHANISMS",
    "FOUNDING",
    "FOUNDING_VERBS",
    "LEADER_ROLES",
    "NEEDS",
    "NEGOTIATING_CUES",
    "ONGOING",
    "ORDINAL_MARKERS",
    "PROPOSED_PARTICIPLES",
    "PROPOSING_GOVERNORS",
    "QUOTE_LEADS",
    "SETTLED_TEXT_NOUNS",
    "SETTLED_TEXT_VERBS",
    "SPEECH_NOUNS",
    "STATE_VOICES",
    "SUPPORTING",
    "TRIGGER_STEMS",
    "WORK_NOUNS",
]

#: Verbs that take the proposal itself as their object, with the preposition they need and the case
#: it governs: "предложил Договор о ...", "призвал к Пакту ...", "выступил за Конвенцию ...".
PROPOSING_GOVERNORS: dict[str, tuple[str | None, str]] = {
    "предложить": (None, "accs"),
    "предлагать": (None, "accs"),
    "выдвинуть": (None, "accs"),
    "выдвигать": (None, "accs"),
    "призвать": ("к", "datv"),
    "призывать": ("к", "datv"),
    "выступить": ("за", "accs"),
    "выступать": ("за", "accs"),
    "высказаться": ("за", "accs"),
    "высказываться": ("за", "accs"),
}

#: Words that make a clause a proposal besides ``lexicons.documents.PROPOSAL_CUES``: "высказался за",
#: "мы должны создать", "настаивает на создании", "подчеркнул важность учреждения", "с призывом к созданию" (lemmas).
CUES: frozenset[str] = frozenset(
    {
        "высказаться", "высказываться", "должный", "ратовать", "настаивать", "предлагаться", "важность",
        "значимость", "призыв",
    }
)  # fmt: skip

#: Two-word cues, as lower-case word forms: "пришло время учредить ...", "имеет смысл создать ...",
#: "поставил вопрос о создании ...".
CUE_PHRASES: frozenset[tuple[str, str]] = frozenset(
    {
        ("пришло", "время"), ("настало", "время"), ("имеет", "смысл"), ("имело", "бы"), ("поставил", "вопрос"),
        ("ставит", "вопрос"), ("поднял", "вопрос"), ("поднимает", "вопрос"),
    }
)  # fmt: skip

#: Infinitives and verbal nouns of bringing a document or body about, besides ``lexicons.documents``
#: ``CREATION_VERBS`` / ``CREATION_NOUNS``: "предложил выработать Стратегию", "утвердить Программу".
EXTRA_CREATION_VERBS: frozenset[str] = frozenset(
    {"выработать", "вырабатывать", "утвердить", "сформулировать", "ввести", "вводить"}
)
EXTRA_CREATION_NOUNS: frozenset[str] = frozenset({"выработка", "введение"})

#: Words that open the items of a proposal told in sentences: "Во-первых, создать ... Во-вторых, ..."
#: (lower-case word forms; they count only first in their sentence, before a comma, colon or dash).
ORDINAL_MARKERS: frozenset[str] = frozenset(
    {
        "во-первых", "во-вторых", "в-третьих", "в-четвертых", "в-четвёртых", "в-пятых", "в-шестых",
        "первое", "второе", "третье", "четвертое", "четвёртое", "пятое",
    }
)  # fmt: skip

#: Nouns of a leader's speech: a list they introduce ("Главное из выступления Токаева:", "Тезисы речи
#: президента") gives what the speaker put forward (lemmas).
SPEECH_NOUNS: frozenset[str] = frozenset({"выступление", "речь", "доклад", "послание", "тезис"})

#: A creation said to be done, not proposed: "создание центра завершено" (lemmas).
COMPLETED: frozenset[str] = frozenset({"завершить", "завершиться", "завершённый", "состояться", "закончить"})

#: A creation the parties are working towards: "обсудили создание ...", "договорились о создании ...",
#: "согласованы шаги по созданию ...", "поддержали создание ...". They cue a verbal noun of creating only.
NEGOTIATING_CUES: frozenset[str] = frozenset(
    {
        "договориться", "договариваться", "обсудить", "обсуждать", "согласовать", "согласовывать",
        "поддержать", "поддерживать", "приветствовать", "шаг", "переговоры",
    }
)  # fmt: skip

#: Words of a process under way: "продолжили работу над проектом ...", "ускорить формирование ...", "ход
#: работы над созданием ...": what they govern is negotiated already, not proposed (lemmas).
ONGOING: frozenset[str] = frozenset(
    {"продолжить", "продолжать", "ускорить", "ускорять", "завершить", "завершать", "ход"}
)

#: Verbs of backing what another put forward: "Путин поддержал идею создания ...": the subject is not the
#: proposer (lemmas).
SUPPORTING: frozenset[str] = frozenset(
    {"поддержать", "поддерживать", "приветствовать", "одобрить", "одобрять", "согласиться", "соглашаться"}
)

#: Nouns of working on a document, with "над" and the instrumental: "начать работу над Договором ..." (lemmas).
WORK_NOUNS: frozenset[str] = frozenset({"работа"})

#: Verbs that open a quotation as a proposal: "предложил: «...»" (lemmas).
QUOTE_LEADS: frozenset[str] = frozenset({"предложить", "предлагать", "призвать", "призывать"})

#: Nouns a state speaks through ("Кыргызская сторона предлагает", "казахстанская делегация выступила").
STATE_VOICES: frozenset[str] = frozenset({"сторона", "делегация", "руководство"})

#: Roles of the head of state a state's voice stands for, in order (prefixes of the role). A premier or a
#: minister speaks for the government in the text, not for the state: "Казахстан предложил" in a premier's
#: speech is left without a proposer.
LEADER_ROLES: tuple[str, ...] = (
    "президент", "председатель кнр", "председатель китайской народной", "король", "эмир", "султан",
    "глава государства",
)  # fmt: skip

#: Stems (lower case) that any proposal needs somewhere in the text: the cheap test before parsing.
TRIGGER_STEMS: tuple[str, ...] = (
    "созда", "учред", "учрежд", "разраб", "внедр", "приня", "формир", "подгот", "состав", "основа", "запус",
    "откры", "образова", "заключ", "подпис", "стать", "станет", "стало", "предл", "призв", "выступ", "выдви",
    "нуж", "необход", "требу", "проект", "введ", "ввес",
)  # fmt: skip

#: Heads that name an event as often as a body: a forum held is no proposal, a forum founded is one.
EVENT_HEADS: frozenset[str] = frozenset({"форум", "совещание", "диалог"})

#: Words of founding a body, the only ones that make an event head a proposal ("учредить форум").
FOUNDING: frozenset[str] = frozenset(
    {"создать", "учредить", "основать", "образовать", "создание", "учреждение", "основание", "образование"}
)

#: Verbs of founding whose past or participle after a title tells the body exists: "Центр, созданный в
#: 2022 году", "фонд, который был учреждён ранее" (lemmas; pymorphy gives participles the verb's lemma).
FOUNDING_VERBS: frozenset[str] = frozenset({"создать", "учредить", "основать", "образовать", "открыть", "запустить"})

#: Verbs of settling a text: "договор, текст которого парафирован / согласован" is negotiated, not proposed.
SETTLED_TEXT_VERBS: frozenset[str] = frozenset({"парафировать", "согласовать"})

#: Words between a title and such a verb: "текст которого", "проект которого был".
SETTLED_TEXT_NOUNS: frozenset[str] = frozenset({"текст", "проект"})

#: Verbs of signing and adopting: "будет подписано Соглашение" is a document already negotiated, not a proposal.
AGREED_VERBS: frozenset[str] = frozenset({"подписать", "принять", "заключить", "утвердить", "одобрить"})

#: Words of need that take what is needed in the nominative: "нужен Банк развития", "необходим единый
#: механизм", "требуется Конвенция" (lemmas; the short adjective or the verb form).
NEEDS: frozenset[str] = frozenset({"нужный", "необходимый", "требоваться"})

#: Verbs whose participle before a title puts the title forward: "предложенный Казахстаном Центр ...",
#: "предлагаемая Программа ...", "инициированный Узбекистаном проект Конвенции ..." (lemmas).
PROPOSED_PARTICIPLES: frozenset[str] = frozenset(
    {"предложить", "предлагать", "выдвинуть", "выдвигать", "инициировать", "инициированный"}
)

#: Participles whose agent, in the instrumental right after them, is the proposer: "предложенный
#: Казахстаном", "предлагаемого Узбекистаном", "выдвинутой президентом" (folded word beginnings).
AGENT_PARTICIPLES: tuple[str, ...] = ("предложенн", "предлагаем", "выдвинут", "выдвигаем", "инициированн")

#: Bodies a participant may propose besides ``lexicons.documents.INSTITUTION_NOUNS`` (lemmas): "Евразийская
#: служба ...", "Бюро по ...", "Ассамблея ...", "Торговое представительство ...". Not "сообщество": "сообщество
#: единой судьбы" is a slogan far more often than a body.
EXTRA_INSTITUTIONS: frozenset[str] = frozenset(
    {
        "служба", "бюро", "суд", "трибунал", "арбитраж", "ассамблея", "объединение",
        "представительство", "лига", "парламент", "отделение", "миссия", "холдинг", "инкубатор", "акселератор",
        "портал", "телеканал", "полигон", "регулятор",
    }
)  # fmt: skip

#: Joint mechanisms proposed only as one named or unified thing ("единая валюта", "Шелковая виза",
#: "Азиатское энергетическое кольцо", "Зеленый пояс Центральной Азии", "совместная транспортная компания"),
#: besides ``lexicons.documents.MECHANISM_NOUNS``.
EXTRA_MECHANISMS: frozenset[str] = frozenset({"валюта", "виза", "кольцо", "пояс", "компания"})

#: Openings of a sentence that names one of the things the sentence before said (lower-case token texts
#: joined by spaces): "В частности, ...", "Среди них — ...", "Одно из них — ...".
CONTINUATIONS: tuple[str, ...] = (
    "в частности", "в том числе", "среди них", "среди которых", "одно из них", "одним из них", "одной из них",
    "одна из них", "речь идет о", "речь идёт о", "так ,", "в их числе", "в числе них", "в числе которых",
)  # fmt: skip
