"""Words of time that place a document or a proposal at this event or before it: months, previous events,
"ранее", "сегодня", auxiliaries of the future and the past, recollections.

Keys are pymorphy lemmas (written as pymorphy writes them, ё included) unless a comment says word forms.
"""

from __future__ import annotations

__all__ = [
    "AGO",
    "CONTRASTS",
    "COUNTED_EVENTS",
    "EARLIER_ADVERBS",
    "FUTURE_AUX",
    "FUTURE_CUES",
    "IMPLEMENTING",
    "MONTHS",
    "NEGATION_LEADS",
    "NOW",
    "PAST_AUX",
    "PREVIOUS",
    "PREVIOUS_EVENTS",
    "RECALLED",
    "RECALLING_PHRASES",
    "THIS_EVENT",
    "TODAY",
]

MONTHS: frozenset[str] = frozenset(
    {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
)

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

#: Words of carrying out: "ход реализации принятой Стратегии" speaks of a document already in force.
IMPLEMENTING: frozenset[str] = frozenset(
    {"реализация", "выполнение", "исполнение", "осуществление", "реализовывать", "выполнять", "исполнять"}
)

#: Words that place a participle's document at this event ("принятую сегодня", "подписанный на саммите").
THIS_EVENT: frozenset[str] = frozenset({"сегодня", "саммит", "встреча", "заседание", "переговоры", "визит", "форум"})

#: Auxiliaries that put a participle in the future or a modal ("будет подписан", "должны быть подписаны").
FUTURE_AUX: frozenset[str] = frozenset({"будет", "будут", "буду", "будем", "будете", "быть"})

#: The past of "быть" ("было подписано"): "не было подписано", "подписано не было" deny the act.
PAST_AUX: frozenset[str] = frozenset({"был", "была", "было", "были"})

#: What may stand between a participle and the "не" that denies it: "подписано так и не было", "одобрен пока
#: не был", "подписан не был" (the empty phrase).
NEGATION_LEADS: frozenset[str] = frozenset({"", "так и", "пока", "ещё", "еще", "до сих пор"})

#: Words that tell of the past: a proposal made long ago and carried out, a document signed before
#: ("Напомним, Договор ... был подписан ...").
RECALLED: frozenset[str] = frozenset({"напомнить", "напоминать"})

#: Word forms that speak of a step to come ("станет создание ...", "стало бы принятие ...").
FUTURE_CUES: frozenset[str] = frozenset({"станет", "станут", "бы", "б"})
