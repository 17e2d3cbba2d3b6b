"""The leaders extractor: one Leader per official, with evidence for every mention.

Every text here is written for the test, in the genre of summit news.
"""

from __future__ import annotations

import summitkit
from summitkit import Document, Leader, Pipeline
from summitkit.extractors.leaders import LeadersExtractor
from summitkit.plugins import collect_extractors, make_plugin_manager

TEXT = (
    "Ашхабад. 12 марта. Президент Туркменистана Сердар Бердымухамедов и премьер-министр Пакистана "
    "Шахбаз Шариф провели переговоры в узком составе.\n"
    "Фото: Мурад Аманов / ТДХ\n"
    "«Мы предлагаем создать совместный транспортный коридор», — сказал глава государства. "
    "Шариф поблагодарил туркменского коллегу за приглашение. "
    "По мнению экономиста Бахтиёра Назарова, проект окупится за десять лет."
)


def _leaders(text: str) -> list[Leader]:
    return list(LeadersExtractor().extract(Document(text)))


def test_one_leader_per_official_with_role_and_country() -> None:
    leaders = {leader.name: leader for leader in _leaders(TEXT)}
    assert sorted(leaders) == ["Сердар Бердымухамедов", "Шахбаз Шариф"]
    assert (leaders["Сердар Бердымухамедов"].role, leaders["Сердар Бердымухамедов"].country) == ("президент", "TM")
    assert (leaders["Шахбаз Шариф"].role, leaders["Шахбаз Шариф"].country) == ("премьер-министр", "PK")


def test_evidence_covers_every_mention_and_points_into_the_text() -> None:
    leaders = {leader.name: leader for leader in _leaders(TEXT)}
    evidence = leaders["Сердар Бердымухамедов"].evidence
    assert [span.text for span in evidence] == ["Сердар Бердымухамедов", "глава государства"]
    for leader in leaders.values():
        for span in leader.evidence:
            assert TEXT[span.start : span.end] == span.text
    assert [span.text for span in leaders["Шахбаз Шариф"].evidence] == ["Шахбаз Шариф", "Шариф"]


def test_report_has_one_entry_per_person(pipeline: Pipeline) -> None:
    text = (
        "Президент России Владимир Путин прибыл в Астану. Путин провел встречу с президентом Казахстана "
        "Касым-Жомартом Токаевым. Токаев и Путин обсудили энергетику, сообщил пресс-секретарь "
        "президента России Дмитрий Песков."
    )
    report = pipeline(text)
    names = [leader.name for leader in report.leaders]
    assert sorted(names) == ["Владимир Путин", "Дмитрий Песков", "Касым-Жомарт Токаев"]
    putin = next(leader for leader in report.leaders if leader.name == "Владимир Путин")
    assert len(putin.evidence) == 3


def test_no_leaders_in_a_text_without_officials() -> None:
    assert _leaders("Рецепт плова: рис, морковь, баранина и зира. Готовить на медленном огне.") == []
    assert _leaders("") == []


def test_registered_through_the_hook_like_any_plugin() -> None:
    registered = {r.name: r for r in collect_extractors(make_plugin_manager(entry_points=False))}
    entry = registered["leaders"]
    assert entry.builtin
    assert isinstance(entry.extractor, summitkit.Extractor)
    assert entry.extractor.fills == ("leaders",)
    assert entry.extractor.requires == frozenset({"sentences", "entities"})


def test_speakers_of_parliament_carry_their_chambers_state_and_whole_name() -> None:
    text = (
        "БИШКЕК, 3 октября – Кабар. Председатель Жогорку Кенеша Нурбек Асанбек уулу принял в Бишкеке "
        "Председателя Государственной Думы Вячеслава Володина. Глава нашего государства поприветствовал гостей."
    )
    leaders = {leader.name: leader for leader in _leaders(text)}
    assert (leaders["Нурбек Асанбек уулу"].role, leaders["Нурбек Асанбек уулу"].country) == (
        "председатель Жогорку Кенеша",
        "KG",
    )
    assert leaders["Вячеслав Володин"].country == "RU"
    assert [span.text for span in leaders["Нурбек Асанбек уулу"].evidence] == ["Нурбек Асанбек уулу"]


def test_the_state_an_official_represents_gives_the_country() -> None:
    text = "Саммит открыл президент Сербии Драган Петрович. Черногорию на встрече представлял вице-премьер Марко Вукич."
    assert {(x.name, x.country) for x in _leaders(text)} == {("Драган Петрович", "RS"), ("Марко Вукич", "ME")}
    text = "Вице-премьер Марко Вукич представил план поездок в Черногорию и Албанию."
    assert [(x.name, x.country) for x in _leaders(text)] == [("Марко Вукич", None)]  # where to, not whom
