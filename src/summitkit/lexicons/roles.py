"""Lexicons for the people in a text: the posts officials hold, who is not an official, speech verbs.

Keys are pymorphy lemmas (ё folded to е) joined by spaces, so every case form of a post matches:
"генерального секретаря", "Премьер-министром", "главы". Logic lives in ``summitkit.people``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ACTION_VERBS",
    "COMPANY_FORMS",
    "COMPLEMENT_NOISE",
    "HEAD_IN_COMPLEMENT",
    "HOME_AGENCIES",
    "HOME_SITES",
    "HOME_WORDS",
    "KEEP_COUNTRY",
    "LIST_MARKERS",
    "LOCAL_POSTS",
    "NAMED_AFTER",
    "NAME_ARTICLES",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NATIONAL_BODIES",
    "NON_STATE_WORDS",
    "ORG_ABBREVIATIONS",
    "ORG_WORDS",
    "PHOTO_MARKERS",
    "POSTS",
    "PROPOSAL_NOUNS",
    "SAYING_LEADS",
    "SPEECH_VERBS",
    "SPOUSES",
    "Kind",
    "Post",
]

#: What a post says about its holder. "state": head of state; "government": head of government;
#: "official": any other office; "generic": глава/лидер, whose meaning comes from the complement;
#: "colleague": коллега, who holds the post of the person they are a colleague of; "other": not an official.
Kind = Literal["state", "government", "official", "generic", "colleague", "other"]


@dataclass(frozen=True, slots=True)
class Post:
    """A post: the nominative role it gives and what kind of office it is."""

    role: str
    kind: Kind


POSTS: dict[str, Post] = {
    # heads of state
    "президент": Post("президент", "state"),
    "король": Post("король", "state"),
    "королева": Post("королева", "state"),
    "эмир": Post("эмир", "state"),
    "султан": Post("султан", "state"),
    "наследный принц": Post("наследный принц", "state"),
    "глава государство": Post("глава государства", "state"),
    "глава наш государство": Post("глава государства", "state"),
    "глава наш страна": Post("глава государства", "state"),
    "лидер наш государство": Post("глава государства", "state"),
    "лидер наш страна": Post("глава государства", "state"),
    # heads of government
    "премьер-министр": Post("премьер-министр", "government"),
    "премьер": Post("премьер-министр", "government"),
    "премьер госсовет": Post("премьер Госсовета", "government"),
    "премьер государственный совет": Post("премьер Государственного совета", "government"),
    "глава правительство": Post("премьер-министр", "government"),
    "председатель правительство": Post("председатель правительства", "government"),
    "канцлер": Post("канцлер", "government"),
    "председатель кабинет министр": Post("председатель кабинета министров", "government"),
    "глава кабинет министр": Post("председатель кабинета министров", "government"),
    "председатель кабмин": Post("председатель кабинета министров", "government"),
    "глава кабмин": Post("председатель кабинета министров", "government"),
    # other officials of states and organisations
    "вице-президент": Post("вице-президент", "official"),
    "первый вице-президент": Post("первый вице-президент", "official"),
    "вице-премьер": Post("вице-премьер", "official"),
    "вице-премьер-министр": Post("вице-премьер-министр", "official"),
    "первый вице-премьер-министр": Post("первый вице-премьер-министр", "official"),
    "первый вице-премьер": Post("первый вице-премьер", "official"),
    "министр": Post("министр", "official"),
    "глава мид": Post("министр иностранных дел", "official"),
    "госсекретарь": Post("госсекретарь", "official"),
    "государственный секретарь": Post("государственный секретарь", "official"),
    "генеральный секретарь": Post("генеральный секретарь", "official"),
    "генсек": Post("генеральный секретарь", "official"),
    "исполнительный секретарь": Post("исполнительный секретарь", "official"),
    "секретарь совет безопасность": Post("секретарь Совета безопасности", "official"),
    "секретарь совбез": Post("секретарь Совбеза", "official"),
    "верховный представитель": Post("верховный представитель", "official"),
    "официальный представитель": Post("официальный представитель", "official"),
    "пресс-секретарь": Post("пресс-секретарь", "official"),
    "помощник": Post("помощник", "official"),
    "советник": Post("советник", "official"),
    "посол": Post("посол", "official"),
    "спикер": Post("спикер", "official"),
    "вице-спикер": Post("вице-спикер", "official"),
    "еврокомиссар": Post("еврокомиссар", "official"),
    "председатель": Post("председатель", "official"),
    "заместитель председатель": Post("заместитель председателя", "official"),
    "заместитель председатель кабинет министр": Post("заместитель председателя кабинета министров", "official"),
    "первый заместитель председатель кабинет министр": Post(
        "первый заместитель председателя кабинета министров", "official"
    ),
    "заместитель министр": Post("заместитель министра", "official"),
    "первый заместитель министр": Post("первый заместитель министра", "official"),
    "вице-министр": Post("вице-министр", "official"),
    "первый вице-министр": Post("первый вице-министр", "official"),
    "замминистра": Post("заместитель министра", "official"),  # pymorphy knows no case forms of it
    "замминистр": Post("заместитель министра", "official"),
    "заместитель председатель кабмин": Post("заместитель председателя кабинета министров", "official"),
    "первый заместитель председатель кабмин": Post("первый заместитель председателя кабинета министров", "official"),
    "заместитель премьер-министр": Post("заместитель премьер-министра", "official"),
    "первый заместитель премьер-министр": Post("первый заместитель премьер-министра", "official"),
    "заместитель председатель правительство": Post("заместитель председателя правительства", "official"),
    "первый заместитель председатель правительство": Post("первый заместитель председателя правительства", "official"),
    "статс-секретарь": Post("статс-секретарь", "official"),
    "специальный представитель": Post("специальный представитель", "official"),
    "спецпредставитель": Post("специальный представитель", "official"),
    "постоянный представитель": Post("постоянный представитель", "official"),
    "постпред": Post("постоянный представитель", "official"),
    "полпред": Post("полномочный представитель", "official"),
    # regional and city officials
    "аким": Post("аким", "official"),
    "заместитель аким": Post("заместитель акима", "official"),
    "заместитель хоким": Post("заместитель хокима", "official"),
    "мэр": Post("мэр", "official"),
    "вице-мэр": Post("вице-мэр", "official"),
    "заместитель мэр": Post("заместитель мэра", "official"),
    "вице-губернатор": Post("вице-губернатор", "official"),
    "заместитель губернатор": Post("заместитель губернатора", "official"),
    "хоким": Post("хоким", "official"),
    "губернатор": Post("губернатор", "official"),
    "раис": Post("раис", "official"),  # the head of Tatarstan
    "градоначальник": Post("градоначальник", "official"),
    # posts whose meaning comes from what follows them
    "глава": Post("глава", "generic"),
    "руководитель": Post("руководитель", "generic"),
    "лидер": Post("лидер", "generic"),
    "коллега": Post("коллега", "colleague"),
    # people a news text names who do not act for a state
    "бывший президент": Post("бывший президент", "other"),
    "бывший премьер-министр": Post("бывший премьер-министр", "other"),
    "бывший министр": Post("бывший министр", "other"),
    "экс-президент": Post("экс-президент", "other"),
    "экс-премьер": Post("экс-премьер", "other"),
    "экс-премьер-министр": Post("экс-премьер-министр", "other"),
    "супруга": Post("супруга", "other"),
    "супруг": Post("супруг", "other"),
    "жена": Post("жена", "other"),
    "первая леди": Post("первая леди", "other"),
    "журналист": Post("журналист", "other"),
    "корреспондент": Post("корреспондент", "other"),
    "фотограф": Post("фотограф", "other"),
    "фотокорреспондент": Post("фотокорреспондент", "other"),
    "эксперт": Post("эксперт", "other"),
    "политолог": Post("политолог", "other"),
    "аналитик": Post("аналитик", "other"),
    "экономист": Post("экономист", "other"),
    "автор": Post("автор", "other"),
    "редактор": Post("редактор", "other"),
    "главный редактор": Post("главный редактор", "other"),
    "обозреватель": Post("обозреватель", "other"),
    "профессор": Post("профессор", "other"),
    "блогер": Post("блогер", "other"),
    "писатель": Post("писатель", "other"),
    "исследователь": Post("исследователь", "other"),
    "историк": Post("историк", "other"),
    "востоковед": Post("востоковед", "other"),
    "социолог": Post("социолог", "other"),
    "ведущий": Post("ведущий", "other"),
    "бизнесмен": Post("бизнесмен", "other"),
    "предприниматель": Post("предприниматель", "other"),
    "актер": Post("актер", "other"),
    "певец": Post("певец", "other"),
    "спортсмен": Post("спортсмен", "other"),
}

#: Posts of a province or a city, and the one state that names the post so (None: several do). Such an
#: official with no state named takes the state of the provinces and cities the text names.
LOCAL_POSTS: dict[str, str | None] = {
    "аким": "KZ", "заместитель акима": "KZ", "хоким": "UZ", "заместитель хокима": "UZ", "губернатор": None,
    "вице-губернатор": None, "заместитель губернатора": None, "мэр": None, "вице-мэр": None,
    "заместитель мэра": None, "раис": "RU", "градоначальник": None,
}  # fmt: skip

#: A spouse of an official is no official: "супруга президента ..." holds no post of her own.
SPOUSES: frozenset[str] = frozenset({"супруга", "супруг", "жена", "первая леди"})

#: Posts that keep a country after them in the role: "председатель КНР" is not just "председатель".
KEEP_COUNTRY: frozenset[str] = frozenset({"председатель"})

#: Words after a post that add nothing to the role: "президент республики" is a president.
COMPLEMENT_NOISE: frozenset[str] = frozenset({"республика", "страна"})

#: A head of state inside a complement ("пресс-секретарь главы РФ") reads as "президента".
HEAD_IN_COMPLEMENT: dict[str, str] = {"глава": "президента", "президент": "президента", "лидер": "президента"}

#: Words that make a post one of an international organisation, not of the state named after them.
ORG_WORDS: frozenset[str] = frozenset(
    {
        "организация", "союз", "союзный", "банк", "фонд", "центр", "секретариат", "евросовет", "еврокомиссия",
        "евросоюз", "европарламент", "содружество", "ассамблея", "комиссия", "агентство", "трибунал",
        "евразийский", "международный", "всемирный", "европейский", "объединение", "сообщество",
    }
)  # fmt: skip

#: Words after a post that make it a post outside any state: "глава компании", "лидер партии".
NON_STATE_WORDS: frozenset[str] = frozenset(
    {
        "компания", "корпорация", "холдинг", "концерн", "группа", "фирма", "партия", "клуб", "университет",
        "институт", "редакция", "издание", "телеканал", "ассоциация", "движение", "предприятие", "завод",
        "биржа", "стартап", "директор",
    }
)  # fmt: skip

#: Legal forms of companies, as written: "председатель правления АО ...".
COMPANY_FORMS: frozenset[str] = frozenset({"АО", "ТОО", "ООО", "ПАО", "ОАО", "ЗАО", "АК", "НК", "ГК"})

#: Abbreviations of international organisations (as written).
ORG_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "ООН", "ЕС", "ОДКБ", "ШОС", "СНГ", "ЕАЭС", "ЕЭК", "ОТГ", "ЕАБР", "ЕБРР", "ЕИБ", "АБР", "АБИИ", "МВФ",
        "НАТО", "ОБСЕ", "БРИКС", "АСЕАН", "ССАГЗ", "ОИС", "ВТО", "ВОЗ", "ЮНЕСКО", "СВМДА", "МФСА", "ОЭС",
        "ЕврАзЭС", "АТЭС", "МАГАТЭ", "ЮНИСЕФ", "ФАО", "ОПЕК", "ОПЕК+", "ЛАГ", "АС", "ЕК", "ПАСЕ", "ОЧЭС",
    }
)  # fmt: skip

#: Abbreviations of a state's own bodies: "официальный представитель МИД КНР" speaks for China, so the
#: country after them is the person's, unlike after an international organisation's.
NATIONAL_BODIES: frozenset[str] = frozenset(
    {"МИД", "МВД", "МЧС", "ФСБ", "СВР", "ФТС", "ФНС", "ЦБ", "КНБ", "ГКНБ", "СГБ", "ГТК", "МЭР", "МПР"}
)  # fmt: skip

#: Lower-case particles inside names: "фон дер Ляйен", "аль-Сауд" is one word anyway.
#: Arabic articles written lower case and hyphenated before a capitalised surname: "ас-Сиси", "аль-Судани".
NAME_ARTICLES: frozenset[str] = frozenset({"аль", "ал", "эль", "ас", "ад", "ан", "ат", "аш", "аз", "ар"})

NAME_PARTICLES: frozenset[str] = frozenset(
    {"фон", "дер", "де", "ван", "ди", "да", "дель", "ла", "ле", "бин", "бен", "ибн"}
)

#: Lower-case words after a surname that belong to the name: "Нурбек Асанбек уулу", "Айгуль Токтосун кызы".
NAME_SUFFIXES: frozenset[str] = frozenset({"уулу", "кызы", "улы", "оглу", "оглы", "гызы", "угли", "кизи"})

#: A name right after these is the person a place or a prize is named after: "площадь имени ...".
NAMED_AFTER: frozenset[str] = frozenset({"имени", "им"})

#: A name right after these is a photo credit, not a person in the story.
PHOTO_MARKERS: tuple[str, ...] = ("фото", "фотография", "источник", "автор", "коллаж", "иллюстрация")

#: Verbs that attribute a quotation or a proposal to its speaker (lemmas).
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "сказать", "заявить", "отметить", "подчеркнуть", "добавить", "предложить", "сообщить", "пояснить",
        "подытожить", "обратиться", "указать", "резюмировать", "считать", "говорить", "уточнить", "призвать",
        "напомнить", "заключить", "констатировать", "выразить", "высказать", "заметить", "признать",
        "отмечать", "подчёркивать", "подчеркивать", "заявлять", "добавлять", "предлагать", "сообщать",
        "рассказать", "рассказывать", "объяснить", "ответить", "выступить", "акцентировать", "убеждать",
        "убедить", "обещать", "пообещать", "назвать", "написать", "процитировать", "цитировать",
        "перечислить", "перечислять", "дополнить",
    }
)  # fmt: skip

#: Verbs of a leader's acts at a summit: a person they are said of, with no post anywhere, is still one.
ACTION_VERBS: frozenset[str] = frozenset(
    {"провести", "встретиться", "подписать", "посетить", "прибыть", "выступить", "возглавить", "председательствовать"}
)

#: "По словам X", "по мнению X": the speaker in the genitive after these.
SAYING_LEADS: tuple[str, ...] = ("по словам", "по мнению", "по оценке", "по данным", "как отметил", "как заявил")

#: Nouns whose genitive complement is the one who proposes: "предложение президента РФ создать...",
#: "идею Токаева о создании ...", "призыв президента к созданию ...".
PROPOSAL_NOUNS: tuple[str, ...] = ("предложени", "инициатив", "иде", "призыв")

#: What starts an item of a list under a lead-in line ending with a colon.
LIST_MARKERS: tuple[str, ...] = ("–", "—", "―", "-", "•", "·", "*")

#: National news agencies (folded, as a dateline writes them) and the state they report from: in their
#: copy "Глава государства" with no state named is their own head of state.
HOME_AGENCIES: dict[str, str] = {
    "казинформ": "KZ", "kazinform": "KZ", "кабар": "KG", "kabar": "KG", "акипресс": "KG", "уза": "UZ",
    "uza": "UZ", "ховар": "TJ", "khovar": "TJ", "тасс": "RU", "риа": "RU", "интерфакс": "RU", "белта": "BY",
    "азертадж": "AZ", "арменпресс": "AM", "синьхуа": "CN", "анадолу": "TR", "тдх": "TM", "акорда": "KZ",
    "акорды": "KZ", "акорде": "KZ", "akorda": "KZ", "дунё": "UZ", "dunyo": "UZ", "жахон": "UZ", "belta": "BY",
}  # fmt: skip

#: Official sites of heads of state and national agencies, as a dateline or a credit writes them
#: ("Фото: president.uz"): the state the text reports from.
HOME_SITES: dict[str, str] = {
    "president.uz": "UZ", "uza.uz": "UZ", "akorda.kz": "KZ", "inform.kz": "KZ", "kazinform.kz": "KZ",
    "president.kg": "KG", "kabar.kg": "KG", "president.tj": "TJ", "khovar.tj": "TJ", "kremlin.ru": "RU",
    "president.az": "AZ", "president.gov.by": "BY", "belta.by": "BY", "president.am": "AM",
}  # fmt: skip

#: "Глава нашего государства", "наш президент": the outlet's own head of state.
HOME_WORDS: frozenset[str] = frozenset({"наш"})
