"""The proposed-conventions extractor: what is proposed, its nominative title, and who proposes it.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from summitkit.document import Document
from summitkit.extractors.conventions import ConventionsExtractor
from summitkit.models import ProposedConvention
from summitkit.proposals import proposals


def titles(text: str) -> list[str]:
    return [p.title for p, _ in proposals(Document(text))]


def test_proposed_to_create_an_institution_in_a_city() -> None:
    text = (
        "Президент Монголии Ухнаагийн Хурэлсух предложил создать в Улан-Баторе Региональный центр по "
        "изучению изменения климата, который объединит ученых пяти стран."
    )
    assert titles(text) == ["Региональный центр по изучению изменения климата"]


def test_proposer_is_the_speaker() -> None:
    text = "Президент Казахстана Касым-Жомарт Токаев предложил создать Евразийский фонд водных инноваций."
    (found,) = proposals(Document(text))
    assert found[0].title == "Евразийский фонд водных инноваций"
    assert found[1] is not None and found[1].endswith("Токаев")


def test_start_drafting_a_declaration() -> None:
    text = "Предлагаем начать разработку Хартии о свободе транзита грузов между странами региона."
    assert titles(text) == ["Хартия о свободе транзита грузов между странами региона"]


def test_adoption_with_an_inserted_phrase() -> None:
    text = "В перспективе можно подумать о принятии с учетом мирового опыта Рамочного соглашения по охране ледников."
    assert titles(text) == ["Рамочное соглашение по охране ледников"]


def test_expedient_to_introduce_a_system() -> None:
    text = "Считаем целесообразным рассмотреть вопрос внедрения Общей системы электронных виз, сказал вице-премьер."
    assert titles(text) == ["Общая система электронных виз"]


def test_dashed_list_of_proposals_drops_the_purpose() -> None:
    text = (
        "Глава МИД Азербайджана выдвинул ряд предложений по развитию сотрудничества:\n"
        "– создание постоянно действующего механизма – Совета министров сельского хозяйства;\n"
        "– создание совместной рабочей группы по логистике для подготовки новых маршрутов;\n"
        "– создание Деловой палаты стран Каспия в целях роста торговли."
    )
    assert titles(text) == [
        "Постоянно действующий механизм – Совет министров сельского хозяйства",
        "Совместная рабочая группа по логистике",
        "Деловая палата стран Каспия",
    ]


def test_a_bare_institution_keeps_its_purpose() -> None:
    text = "Канцлер предложил создать консорциум для разработки литиевых месторождений."
    assert titles(text) == ["Консорциум для разработки литиевых месторождений"]


def test_two_creations_joined_by_and() -> None:
    text = (
        "Одним из шагов может стать создание Инвестиционного банка СНГ и внедрение механизма страхования "
        "экспортных кредитов, — отметил премьер-министр."
    )
    assert titles(text) == ["Инвестиционный банк СНГ", "Механизм страхования экспортных кредитов"]


def test_may_become_names_a_document_without_a_verb_of_creating() -> None:
    text = "Основой для дальнейшей работы может стать Соглашение о взаимном признании дипломов."
    assert titles(text) == ["Соглашение о взаимном признании дипломов"]


def test_decided_to_establish_several_coordinated_institutions() -> None:
    text = (
        "Азербайджан решил учредить центр по развитию ремесел, центр по защите горных лесов, "
        "а также площадку по поддержке стартапов для студентов."
    )
    assert titles(text) == [
        "Центр по развитию ремесел",
        "Центр по защите горных лесов",
        "Площадка по поддержке стартапов",
    ]


def test_intend_to_create_a_body() -> None:
    text = "Армения и Иран намерены создать координационный совет по проекту «Южный мост», уточнил посол."
    assert titles(text) == ["Координационный совет по проекту «Южный мост»"]


def test_noted_the_proposal_to_create() -> None:
    text = "Участники саммита отметили предложение о создании Центра цифровых компетенций."
    assert titles(text) == ["Центр цифровых компетенций"]


def test_supported_the_proposal_to_create_a_union_of_named_states() -> None:
    text = "Министр заявил о поддержке предложения создать энергетический союз Казахстана, Киргизии и Узбекистана."
    assert titles(text) == ["Энергетический союз Казахстана, Киргизии и Узбекистана"]


def test_quotation_attributed_as_a_proposal() -> None:
    text = (
        "«Рост торговли требует переговоров по созданию механизмов страхования инвестиций. Помогло бы также "
        "принятие «Дорожной карты» по переходу на расчеты в национальных валютах», — предложил премьер."
    )
    assert titles(text) == [
        "Механизмы страхования инвестиций",
        "Дорожная карта по переходу на расчеты в национальных валютах",
    ]


def test_quoted_head_loses_its_quotes() -> None:
    text = 'Министрам поручили подготовить "дорожную карту" расширения торговли между странами региона.'
    assert titles(text) == ["Дорожная карта расширения торговли между странами региона"]


def test_same_proposal_in_two_sentences_keeps_the_fuller_name() -> None:
    text = (
        "Стороны намерены разработать программу по развитию туризма. Министрам поручено подготовить программу "
        "по развитию туризма и гостиничного бизнеса в приграничных районах."
    )
    assert titles(text) == ["Программа по развитию туризма и гостиничного бизнеса в приграничных районах"]


def test_what_was_signed_is_not_a_proposal() -> None:
    text = "Лидеры подписали Соглашение о создании Евразийского фонда водных инноваций и предложили создать фонд."
    assert titles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Создание Центра цифровых компетенций завершено в прошлом году.",
        "Стороны договорились о совместном создании благоприятных условий для бизнеса.",
        "Министр предложил принять действенные меры по поддержке фермеров.",
        "Президент предложил рассмотреть возможность включения форума в систему взаимодействия.",
    ],
)
def test_facts_and_other_proposals_are_not_conventions(text: str) -> None:
    assert titles(text) == []


def test_no_speaker_gives_no_proposer() -> None:
    text = "В коммюнике упомянуто предложение о создании Центра морских исследований."
    facts = list(ConventionsExtractor().extract(Document(text)))
    assert len(facts) == 1
    fact = facts[0]
    assert isinstance(fact, ProposedConvention)
    assert fact.title == "Центр морских исследований"
    assert fact.proposer is None
    assert all(text[s.start : s.end] == s.text for s in fact.evidence)


def test_impersonal_proposal_and_two_infinitives() -> None:
    text = "Предлагается создать Совет молодежи стран СНГ и разработать Концепцию молодежной политики."
    assert titles(text) == ["Совет молодежи стран СНГ", "Концепция молодежной политики"]


def test_proposal_to_conclude_an_agreement_in_a_quotation() -> None:
    text = "«Предлагаю заключить соглашение о свободной торговле услугами», — сказал президент."
    assert titles(text) == ["Соглашение о свободной торговле услугами"]


def test_initiative_to_create() -> None:
    text = "Глава государства выступил с инициативой создания Международного агентства по водным ресурсам."
    assert titles(text) == ["Международное агентство по водным ресурсам"]


def test_a_step_to_come_is_a_proposal() -> None:
    text = "Важным шагом станет создание регионального хаба по обработке данных."
    assert titles(text) == ["Региональный хаб по обработке данных"]


def test_lets_create_is_an_offer() -> None:
    text = "«Давайте создадим Евразийский центр компетенций в сфере искусственного интеллекта», — сказал президент."
    assert titles(text) == ["Евразийский центр компетенций в сфере искусственного интеллекта"]


def test_necessary_creation_drops_the_purpose_of_a_modified_name() -> None:
    text = "Также считаем необходимым создание Тюркской торговой палаты для поддержки предпринимателей."
    assert titles(text) == ["Тюркская торговая палата"]


def test_a_recalled_initiative_is_history() -> None:
    text = "Президент напомнил, что Казахстан выступил инициатором создания Совещания по мерам доверия в Азии."
    assert titles(text) == []


def test_headline_proposal_yields_to_the_body_only_when_restated() -> None:
    text = (
        "Президент предложил создать Фонд зеленых инвестиций региона\n\n"
        "Выступая на саммите, президент предложил создать Фонд зеленых инвестиций Центральной Азии, "
        "а также предложил учредить Фонд поддержки молодых ученых.\n"
    )
    assert titles(text) == ["Фонд зеленых инвестиций Центральной Азии", "Фонд поддержки молодых ученых"]


def test_another_object_first_means_no_proposal() -> None:
    text = "Президент предложил создать условия для привлечения инвестиций в Фонд развития."
    assert titles(text) == []


def test_joint_market_or_corridor_counts_only_as_one_named_thing() -> None:
    text = "Премьер-министр предложил создать единый рынок газа стран союза к 2030 году."
    assert titles(text) == ["Единый рынок газа стран союза"]
    assert titles("Необходимо создать Транспортный коридор «Север – Юг» и Центр логистики.") == [
        "Транспортный коридор «Север – Юг»",
        "Центр логистики",
    ]
    assert titles("Важно сформировать новые транспортные коридоры и рынки сбыта.") == []


def test_need_is_a_cue_and_a_technopark_is_an_institution() -> None:
    assert titles("Президент отметил, что назрела необходимость создания Банка развития региона.") == [
        "Банк развития региона"
    ]
    assert titles("Президент предложил учредить совместный технопарк в Бишкеке.") == ["Совместный технопарк"]


def test_initiative_and_could_think_cues() -> None:
    text = "Президент выступил с инициативой разработать Концепцию цифровой торговли региона."
    assert titles(text) == ["Концепция цифровой торговли региона"]
    assert titles("Мы могли бы подумать о создании Агентства по ценным бумагам.") == ["Агентство по ценным бумагам"]


def test_a_document_and_the_creation_that_goes_with_it_are_one_proposal() -> None:
    text = (
        "«Основой может стать Соглашение о партнерстве в сфере науки и создание единого научного "
        "пространства стран региона», — сказал президент."
    )
    assert titles(text) == [
        "Соглашение о партнерстве в сфере науки и создание единого научного пространства стран региона"
    ]


def test_a_trading_house_is_an_institution() -> None:
    text = "Президент предложил рассмотреть вопрос создания торгового дома в Душанбе."
    assert titles(text) == ["Торговый дом"]


def test_the_genitive_of_a_place_noun_is_not_the_proposal() -> None:
    text = "Считаем целесообразным создание на базе Бухарского университета Центра ремесленного искусства."
    assert titles(text) == ["Центр ремесленного искусства"]


def test_counting_on_an_early_signing_is_a_call() -> None:
    text = "Рассчитываем на скорейшее подписание Соглашения о свободной торговле с Ираном."
    assert titles(text) == ["Соглашение о свободной торговле с Ираном"]


def test_a_country_ready_to_open_an_institution_offers_it() -> None:
    text = "Казахстан готов открыть для партнеров по СНГ Международный центр по водным ресурсам."
    assert titles(text) == ["Международный центр по водным ресурсам"]


def test_a_lexicon_head_pymorphy_does_not_know_and_a_place_with_a_genitive() -> None:
    text = "Премьер предложил создать на территории свободной экономической зоны Логистический хаб."
    assert titles(text) == ["Логистический хаб"]


# -- round 3: reported speech with a modal cue, a past "стала" ---------------------------------------------


def test_reported_speech_with_a_modal_proposes_two_institutions() -> None:
    text = (
        "Президент Узбекистана Шавкат Мирзиёев выступил на пленарной сессии. По его словам, необходимо "
        "создать Фонд поддержки фермеров и Банк семян региона."
    )
    found = proposals(Document(text))
    assert [(p.title, who) for p, who in found] == [
        ("Фонд поддержки фермеров", "Шавкат Мирзиёев"),
        ("Банк семян региона", "Шавкат Мирзиёев"),
    ]


def test_as_the_president_noted_it_is_needed_to_form() -> None:
    text = (
        "Президент Таджикистана Эмомали Рахмон выступил на форуме. Как отметил президент, нужно "
        "сформировать Совет по сохранению ледников."
    )
    assert [(p.title, who) for p, who in proposals(Document(text))] == [
        ("Совет по сохранению ледников", "Эмомали Рахмон")
    ]


def test_important_to_found() -> None:
    text = "Как сказал глава Туркменистана Сердар Бердымухамедов, важно учредить Центр изучения пустынь."
    assert [(p.title, who) for p, who in proposals(Document(text))] == [
        ("Центр изучения пустынь", "Сердар Бердымухамедов")
    ]


def test_a_past_became_is_no_offer() -> None:
    text = (
        "Министры обсудили девять проектов, готовых к подписанию. Одним из проектов стала Программа озеленения городов "
        "региона на 2027-2030 годы."
    )
    assert titles(text) == []


def test_a_signed_strategy_sharing_words_does_not_hide_a_proposed_bank() -> None:
    text = (
        "Лидеры приняли Стратегию развития Содружества до 2040 года. Президент Армении Ваагн Хачатурян "
        "предложил учредить Банк развития Содружества."
    )
    assert titles(text) == ["Банк развития Содружества"]


def test_a_signed_agreement_on_founding_the_bank_hides_it() -> None:
    text = (
        "Лидеры подписали Соглашение о создании Банка развития Содружества. Ранее президент Армении "
        "предлагал учредить Банк развития Содружества."
    )
    assert titles(text) == []


def test_it_is_time_to_create() -> None:
    text = "Президент Казахстана Касым-Жомарт Токаев считает, что пора создать Тюркский фонд водных технологий."
    assert titles(text) == ["Тюркский фонд водных технологий"]


def test_a_past_became_with_an_important_is_no_proposal() -> None:
    text = "Министры обсудили проекты к подписанию. Важнейшим из них стал Договор о совместной разведке недр."
    assert titles(text) == []


def test_would_become_is_still_a_proposal() -> None:
    text = "Правовой основой для этого стало бы Соглашение о единых стандартах зарядных станций, заявил он."
    assert titles(text) == ["Соглашение о единых стандартах зарядных станций"]


def test_drafting_a_convention_proposes_the_convention() -> None:
    text = "Президент Монголии Ухнаагийн Хурэлсух предложил подготовить проект Конвенции о степных пожарах."
    assert titles(text) == ["Конвенция о степных пожарах"]


def test_a_construction_project_is_no_proposal() -> None:
    assert titles("Предлагаем разработать проект реконструкции стадиона.") == []
