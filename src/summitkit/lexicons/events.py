"""Word lists for the event: event nouns, level words, leaders' posts, ordinals, time and tense cues.

Every list is keyed by lemma or written as a small regular expression over stems, so that one entry
serves every case form; the rules that read them live in ``summitkit.event``.
"""

from __future__ import annotations

import re

__all__ = [
    "BELOW_SUMMIT_BEFORE_RE",
    "HELD_RE",
    "HIGH_LEVEL_TAIL_RE",
    "HOST_TRIGGERS",
    "LEADER_WORDS",
    "LIST_HEAD_WORDS",
    "LOW_LEVEL_RE",
    "LOW_LEVEL_SUBJECT_RE",
    "NAME_STOP_ADJECTIVES",
    "ONLINE_RE",
    "ORDINALS",
    "OTHER_INSTANCE_ADJECTIVES",
    "OTHER_TIME_RE",
    "PARTICIPATION_RE",
    "PAST_RE",
    "POST_TAIL_WORDS",
    "SPORTS_RE",
    "SUMMIT_LEVEL_RE",
    "TENS",
    "TRIGGERS",
    "TRIGGER_RE",
]

#: Event nouns by lemma, with how surely each names a summit-level event.
TRIGGERS: dict[str, int] = {
    "саммит": 3,
    "встреча": 2,
    "заседание": 2,
    "переговоры": 2,
    "переговор": 2,
    "визит": 2,
    "форум": 1,
    "совещание": 1,
    "конференция": 1,
    "сессия": 1,
}

#: The cheap gate: no stem of an event noun, no event.
TRIGGER_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:[Сс]аммит|[Вв]стреч|[Зз]аседани|[Пп]ереговор|[Вв]изит|[Фф]орум|[Сс]овещани|[Кк]онференци|[Сс]есси)"
    r"[а-яё]*"
)

#: Words after the event noun that make it a meeting below the leaders' level, or not a summit at all.
LOW_LEVEL_RE = re.compile(
    r"\s+(?:(?:совет\w*\s+)?министр|СМИД|глав\w*\s+(?:МИД|внешнеполитическ|оборонн|ведомств|министерств)|"
    r"эксперт|посл(?:ов|ами|ы)\b|представител|делегаци|рабоч\w+\s+групп|заместител|секретар|"
    r"координатор|парламентари|депутат|журналист|пресс|бизнес|предпринимател|деловых|молод|студент|"
    r"с\s+(?:журналист|прессой|представител|общественност|соотечественник|избирател|жител|ветеран|студент))",
    re.IGNORECASE,
)

#: Words before an event noun that make it a meeting of others than leaders ("Молодежный саммит ШОС").
BELOW_SUMMIT_BEFORE_RE = re.compile(
    r"молод[её]жн|бизнес|делов|эксперт|студенч|медиа|научн|парламентск|женск|детск|спортивн|культурн"
    r"|гражданск|общественн|отраслев|министерск|предпринимат|инвестиционн",
    re.IGNORECASE,
)

#: Words of sport on the line of an event noun: the meeting is a game ("встреча прошла на стадионе").
SPORTS_RE = re.compile(
    r"\b(?:матч|турнир|чемпионат|сборн(?:ая|ой|ую|ые|ых)\b|стадион|футбол|хокке|болельщик|полуфинал|четвертьфинал"
    r"|финальн\w+\s+встреч|со\s+сч[её]том\s+\d)",
    re.IGNORECASE,
)

#: Officials below the leaders as the subject holding the event: "Министры иностранных дел ... провели встречу".
LOW_LEVEL_SUBJECT_RE = re.compile(
    r"\s*(?:[А-ЯЁ][а-яё]+\s+)?(?:Министры|Замминистры|Вице-министры|Главы\s+(?:МИД|внешнеполитических|оборонных)"
    r"|Эксперты|Депутаты|Парламентарии|Послы)\b[^,.;:!?]*"
    r"\b(?:провели|проведут|собрались\s+на|приняли\s+участие\s+в|участвовали\s+в)\s+(?:[а-яё]+\s+)?$"
)

#: Words that lift a mention to the leaders' level.
SUMMIT_LEVEL_RE = re.compile(r"глав\w*\s+(?:государств|правительств)|на\s+высшем\s+уровне|лидер", re.IGNORECASE)

#: Posts and words for leaders: a country named right after one of them takes part.
LEADER_WORDS: frozenset[str] = frozenset(
    {
        "президент", "премьер-министр", "премьер", "глава", "лидер", "председатель", "канцлер",
        "король", "эмир", "султан", "шейх", "принц", "вице-президент", "делегация", "коллега",
        "руководитель", "правительство", "госсекретарь", "генсек", "министр", "председательство",
    }
)  # fmt: skip

#: Words of a post that may stand between the leader word and the country ("министр иностранных дел").
POST_TAIL_WORDS: frozenset[str] = frozenset(
    {"мид", "иностранных", "дел", "правительства", "министров", "совета", "обороны", "финансов", "экономики"}
)

#: Genitives between a leaders' post and a list of their states ("глав государств – членов ЕАЭС: ...").
LIST_HEAD_WORDS: frozenset[str] = frozenset({"государств", "правительств", "стран"})

#: Adjectives before an event noun that judge or place it in time and are no part of its name.
NAME_STOP_ADJECTIVES: frozenset[str] = frozenset(
    {
        "плодотворный", "важный", "успешный", "продуктивный", "исторический", "масштабный", "конструктивный",
        "насыщенный", "долгожданный", "очередной", "последний", "предстоящий", "прошедший", "нынешний",
        "текущий", "будущий", "ближайший", "этот", "тот", "весь", "данный", "сегодняшний", "вчерашний",
        "состоявшийся", "завершившийся", "минувший", "прошлый", "следующий", "ежегодный",
    }
)  # fmt: skip
#: Adjectives that make a mention another instance of the format than the one reported.
OTHER_INSTANCE_ADJECTIVES: frozenset[str] = frozenset({"следующий", "предыдущий", "прошлогодний", "прошлый"})
#: Time words that put a mention in another year than the reported event.
OTHER_TIME_RE = re.compile(
    r"\b(?:в\s+прошлом\s+году|год\s+назад|в\s+следующем\s+году|в\s+будущем\s+году|в\s+предыдущий\s+раз)\b",
    re.IGNORECASE,
)
#: "переговоры на высшем уровне": the level belongs to the name.
HIGH_LEVEL_TAIL_RE = re.compile(r"\s+на\s+(?:высшем|самом\s+высоком)\s+уровне")

#: Ordinal adjectives by lemma (pymorphy writes ё).
ORDINALS: dict[str, int] = {
    "первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "пятый": 5, "шестой": 6, "седьмой": 7,
    "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11, "двенадцатый": 12,
    "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15, "шестнадцатый": 16,
    "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19, "двадцатый": 20,
    "тридцатый": 30, "сороковой": 40, "пятидесятый": 50,
}  # fmt: skip

#: Tens before an ordinal: "двадцать пятый".
TENS: dict[str, int] = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60}

#: An event held online: the dateline names the newsroom, not a host.
ONLINE_RE = re.compile(r"онлайн|видеоконференц|видеосвяз|виртуальн|дистанционн", re.IGNORECASE)
#: Verbs that say when an event is held: only then is a bare year the event's ("пройдет осенью 2030 года").
HELD_RE = re.compile(r"пройд|пройт|состо|прош[её]л|прошл|проход|провод|провед|планир", re.IGNORECASE)
#: A past-tense verb: an event dated after the publication date happened the year before.
PAST_RE = re.compile(r"\b(?:состоял\w*|прош[её]л|прошл[аои]|заверш\w*ся|открыл\w*|провел\w*|провёл|принял\w*)\b")
#: Sentences that say who took part.
PARTICIPATION_RE = re.compile(
    r"участи[еяю]|участв[оу]|участник|представлял[аи]?\b|представля[ею]т\b|"
    # leaders as a group, listing their states: "Главы правительств стран ЕАЭС — Армении, Беларуси ..."
    r"(?:глав[ыа]м?и?\s+(?:государств|правительств)|лидер(?:ы|ов|ам|ами)|президент(?:ы|ов|ам|ами))\s+[А-ЯЁ]",
    re.IGNORECASE,
)
#: Event nouns that make an event of named people meeting in a host country, with no state named as a side.
HOST_TRIGGERS: frozenset[str] = frozenset({"саммит", "переговоры", "переговор", "визит", "заседание"})
