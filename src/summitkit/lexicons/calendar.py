"""Calendar words: month names and abbreviations, relative days and weekdays as news write them."""

from __future__ import annotations

import re

__all__ = ["MONTHS", "RELATIVE_DAYS", "RELATIVE_DAY_RE", "WEEKDAYS"]

#: Month stems and abbreviations (a stem is matched by its longest prefix).
MONTHS: dict[str, int] = {
    "январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3, "апрел": 4, "апр": 4, "ма": 5,
    "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9, "сент": 9, "октябр": 10,
    "окт": 10, "ноябр": 11, "ноя": 11, "нояб": 11, "декабр": 12, "дек": 12,
}  # fmt: skip


#: Days counted back from the publication date: "вчера", "в среду".
RELATIVE_DAYS: dict[str, int] = {"сегодня": 0, "вчера": 1, "позавчера": 2}
WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6,
}  # fmt: skip
RELATIVE_DAY_RE = re.compile(
    r"\b(сегодня|вчера|позавчера|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
    re.IGNORECASE,
)
