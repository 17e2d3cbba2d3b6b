"""The proposal reading in its other shapes: verbs of proposing with the proposal as their object,
creations under way, relative clauses, quotations led in with a colon, and states that speak.

Every text here is written for the test.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.proposals import proposals
from summitkit.proposals.zones import zones
from summitkit.titles import tokens


def found(text: str) -> list[tuple[str, str | None]]:
    return [(p.title, who) for p, who in proposals(Document(text))]


def titles(text: str) -> list[str]:
    return [title for title, _ in found(text)]


def test_a_verb_of_proposing_takes_a_document_as_its_object() -> None:
    text = "Президент Армении Ваагн Хачатурян предложил партнерам Пакт о ненападении между странами Кавказа."
    assert found(text) == [("Пакт о ненападении между странами Кавказа", "Ваагн Хачатурян")]


def test_called_for_and_stood_for_take_their_preposition() -> None:
    assert titles("Премьер призвал к Договору о совместной охране границ.") == ["Договор о совместной охране границ"]
    assert titles("Министр выступил за Хартию открытого неба.") == ["Хартия открытого неба"]


def test_a_proposed_way_of_working_is_no_institution() -> None:
    assert titles("Президент предложил новый формат взаимодействия между министерствами.") == []
    assert titles("Посол предложил программу визита делегации.") == []


def test_an_initiative_of_founding_needs_no_other_cue() -> None:
    text = "Глава государства выступил с инициативой учреждения Евразийского центра по сейсмологии."
    assert titles(text) == ["Евразийский центр по сейсмологии"]


def test_a_creation_the_parties_negotiate_has_no_proposer() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев встретился с коллегами. Стороны обсудили создание "
        "Совместного фонда прямых инвестиций."
    )
    assert found(text) == [("Совместный фонд прямых инвестиций", None)]
    assert titles("Лидеры договорились о создании Центра мониторинга паводков.") == ["Центр мониторинга паводков"]


def test_a_relative_which_stands_for_the_institution_before_it() -> None:
    text = "Взносы в резервный фонд Союза, о создании которого стороны договорились весной, будут равными."
    assert titles(text) == ["Резервный фонд Союза"]


def test_a_quoted_decision_on_founding_is_a_title_not_a_proposal() -> None:
    text = 'Среди принятых решений – "О создании совета по цифровым стандартам Союза" и ряд других.'
    assert titles(text) == []


def test_a_quotation_led_in_by_proposed_and_a_colon() -> None:
    text = (
        "Президент Узбекистана Шавкат Мирзиёев предложил: «В будущем году мы могли бы учредить "
        "Азиатский центр по изучению ледников»."
    )
    assert found(text) == [("Азиатский центр по изучению ледников", "Шавкат Мирзиёев")]
    toks = tokens(Document(text))
    where = zones(Document(text), toks)
    inside = next(t.index for t in toks if t.text == "учредить")
    assert where.quoted[inside]
    assert not where.quoted[0]


def test_a_state_adjective_with_side_speaks_for_its_president() -> None:
    text = (
        "Президент Кыргызстана Садыр Жапаров выступил на саммите. Кыргызская сторона предлагает учредить "
        "Фонд развития горных территорий."
    )
    assert found(text) == [("Фонд развития горных территорий", "Садыр Жапаров")]


def test_a_state_named_in_the_nominative_speaks_for_its_president() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Душанбе. Казахстан выступил с инициативой "
        "создания Центра по борьбе с эпидемиями."
    )
    assert found(text) == [("Центр по борьбе с эпидемиями", "Касым-Жомарт Токаев")]


def test_a_states_initiative_in_the_genitive_is_its_presidents() -> None:
    text = (
        "Президент Таджикистана Эмомали Рахмон открыл форум. Участники поддержали инициативу Таджикистана "
        "о создании Международного водного хаба."
    )
    assert found(text) == [("Международный водный хаб", "Эмомали Рахмон")]


def test_a_state_speaking_in_a_premiers_speech_stays_without_a_proposer() -> None:
    text = (
        "Премьер-министр Казахстана Олжас Бектенов выступил на заседании. Казахстан предложил создать "
        "Центр изучения засухи."
    )
    assert found(text) == [("Центр изучения засухи", None)]


def test_two_infinitives_under_one_verb_of_proposing() -> None:
    text = (
        "Президент Туркменистана Сердар Бердымухамедов предложил создать Совет по водным ресурсам и "
        "разработать Программу охраны ледников."
    )
    assert found(text) == [
        ("Совет по водным ресурсам", "Сердар Бердымухамедов"),
        ("Программа охраны ледников", "Сердар Бердымухамедов"),
    ]


def test_items_of_a_list_of_initiatives_are_titles_themselves() -> None:
    text = (
        "Президент Монголии Ухнаагийн Хурэлсух выдвинул несколько инициатив:\n"
        "— Северный центр изучения вечной мерзлоты;\n"
        "— Программа обмена студентами-кочевниками;\n"
        "— ежегодная выставка ремесел.\n"
    )
    assert found(text) == [
        ("Северный центр изучения вечной мерзлоты", "Ухнаагийн Хурэлсух"),
        ("Программа обмена студентами-кочевниками", "Ухнаагийн Хурэлсух"),
    ]


def test_a_list_without_a_proposing_intro_proposes_nothing() -> None:
    text = "В программе визита:\n— Национальный музей;\n— Центр современного искусства.\n"
    assert titles(text) == []


def test_sentences_opened_by_ordinals_are_the_items_of_a_proposal() -> None:
    text = (
        "Президент Таджикистана Эмомали Рахмон внес ряд предложений. Во-первых, учредить Совет по горным "
        "территориям. Во-вторых, разработка Программы защиты снежного барса. В-третьих, создать Фонд "
        "поддержки пастбищ."
    )
    assert found(text) == [
        ("Совет по горным территориям", "Эмомали Рахмон"),
        ("Программа защиты снежного барса", "Эмомали Рахмон"),
        ("Фонд поддержки пастбищ", "Эмомали Рахмон"),
    ]


def test_ordinals_after_no_proposal_propose_nothing() -> None:
    text = "Министр рассказал о работе ведомства. Во-первых, создание Центра обработки данных завершено."
    assert titles(text) == []


def test_more_words_of_creating_and_of_proposing() -> None:
    assert titles("Премьер предложил выработать Стратегию охраны озер.") == ["Стратегия охраны озер"]
    assert titles("Посол высказался за создание Фонда культурного наследия.") == ["Фонд культурного наследия"]
    assert titles("Мы должны учредить Совет по делам молодежи, сказал министр.") == ["Совет по делам молодежи"]
    assert titles("Президент считает, что настало время учредить Академию дипломатии.") == ["Академия дипломатии"]


def test_a_leaders_quotation_about_creating_an_institution_proposes_it() -> None:
    text = "«Создание Союза транспортных операторов снизит издержки», — подчеркнул Президент Армении Ваагн Хачатурян."
    assert found(text) == [("Союз транспортных операторов", "Ваагн Хачатурян")]
    done = "«Создание Союза транспортных операторов завершено», — подчеркнул министр."
    assert titles(done) == []
    helped = "«Создание Союза транспортных операторов позволило снизить издержки», — подчеркнул министр."
    assert titles(helped) == []
    would = "«Создание Союза транспортных операторов позволило бы снизить издержки», — подчеркнул министр."
    assert titles(would) == ["Союз транспортных операторов"]


def test_a_body_to_be_created_is_a_plan_without_a_proposer() -> None:
    assert found("Совет по делам соотечественников будет создан до конца года, сообщил министр.") == [
        ("Совет по делам соотечественников", None)
    ]
    assert titles("Совет по делам соотечественников был создан в прошлом году.") == []


def test_by_the_proposal_of_a_side_a_body_will_be_created() -> None:
    text = (
        "Президент Армении Ваагн Хачатурян и Президент Грузии провели встречу. По предложению армянской "
        "стороны будет учрежден Кавказский совет по туризму."
    )
    assert found(text) == [("Кавказский совет по туризму", "Ваагн Хачатурян")]


def test_a_plural_head_over_coordinated_complements_is_one_proposal_each() -> None:
    text = "Президент предложил открыть центры по изучению вулканов и по прогнозу землетрясений."
    assert titles(text) == ["Центр по изучению вулканов", "Центр по прогнозу землетрясений"]


def test_a_forum_held_is_an_event_a_forum_founded_is_a_body() -> None:
    assert titles("Президент предложил организовать Форум молодых дипломатов в Бишкеке.") == []
    assert titles("Президент предложил учредить Форум молодых дипломатов.") == ["Форум молодых дипломатов"]


def test_a_refused_creation_is_no_proposal() -> None:
    assert titles("Казахстан не предлагает создавать Наднациональный совет по миграции.") == []
    assert titles("Предлагаем не только создать Совет по миграции, но и наделить его полномочиями.") == [
        "Совет по миграции"
    ]


def test_the_subject_of_a_reported_clause_proposes_not_the_reporter() -> None:
    text = (
        "Президент Армении Ваагн Хачатурян сообщил, что Президент Грузии Нино Беридзе предложила учредить "
        "Черноморский совет по туризму."
    )
    assert found(text) == [("Черноморский совет по туризму", "Нино Беридзе")]


def test_a_word_of_need_governs_what_is_needed() -> None:
    assert titles("Президент считает, что региону нужен Банк горных проектов.") == ["Банк горных проектов"]
    assert titles("Нужен новый подход к развитию торговли.") == []


def test_a_draft_under_review_proposes_the_document_it_drafts() -> None:
    assert titles("Министрам предложено рассмотреть проект Конвенции о степных пастбищах.") == [
        "Конвенция о степных пастбищах"
    ]


def test_a_signing_to_come_is_a_document_already_negotiated() -> None:
    assert titles("В ходе визита будет подписано Соглашение о воздушном сообщении.") == []


def test_the_agent_of_a_proposing_participle_is_the_proposer() -> None:
    text = (
        "Президент Монголии Ухнаагийн Хурэлсух выступил на форуме. Делегации поддержали выдвинутую Монголией "
        "инициативу создания Степного фонда сохранения лошадей."
    )
    assert found(text) == [("Степной фонд сохранения лошадей", "Ухнаагийн Хурэлсух")]


def test_a_dialogue_line_is_a_quotation_of_its_speaker() -> None:
    text = (
        "Президент Армении Ваагн Хачатурян выступил на саммите.\n"
        "– Создание Кавказского банка развития позволит строить дороги, – подчеркнул глава государства.\n"
    )
    assert found(text) == [("Кавказский банк развития", "Ваагн Хачатурян")]
    toks = tokens(Document(text))
    where = zones(Document(text), toks)
    assert where.spoken[next(t.index for t in toks if t.text == "Создание")]
    assert not where.quoted[next(t.index for t in toks if t.text == "Создание")]


def test_more_bodies_and_unified_mechanisms() -> None:
    assert titles("Президент предложил учредить Евразийскую службу по охране лесов.") == [
        "Евразийская служба по охране лесов"
    ]
    assert titles("Премьер предложил ввести единую туристическую визу стран Кавказа.") == [
        "Единая туристическая виза стран Кавказа"
    ]
    assert titles("Нужно расширить расчеты в национальных валютах и выдавать визы быстрее.") == []


def test_a_sentence_naming_one_of_the_proposals_before_it_proposes() -> None:
    text = (
        "Президент Монголии Ухнаагийн Хурэлсух выдвинул ряд инициатив. В частности, создание Степного "
        "центра по борьбе с засухой."
    )
    assert found(text) == [("Степной центр по борьбе с засухой", "Ухнаагийн Хурэлсух")]
    told = "Министр рассказал о работе. В частности, создание Степного центра по борьбе с засухой завершено."
    assert titles(told) == []


def test_a_creation_that_became_a_step_is_done() -> None:
    assert titles("Важным шагом стало создание Центра горной медицины.") == []
    assert titles("Важным шагом стало бы создание Центра горной медицины.") == ["Центр горной медицины"]
    assert titles("Важным шагом станет создание Центра горной медицины.") == ["Центр горной медицины"]


def test_one_of_the_proposals_became_is_still_a_proposal() -> None:
    text = "Президент выдвинул ряд идей, одной из которых стало создание Центра горной медицины."
    assert titles(text) == ["Центр горной медицины"]


def test_a_post_before_the_holder_is_named_goes_to_the_holder_named_next() -> None:
    lead = "Президент Казахстана предложил учредить Совет по продовольственной безопасности."
    assert found(f"{lead} Об этом Касым-Жомарт Токаев заявил на саммите.") == [
        ("Совет по продовольственной безопасности", "Касым-Жомарт Токаев")
    ]
    headline = (
        "Глава государства предложил создать Совет по ИИ\nАСТАНА, 3 мая. Касым-Жомарт Токаев выступил на саммите."
    )
    assert found(headline) == [("Совет по ИИ", "Касым-Жомарт Токаев")]


def test_a_post_of_another_state_does_not_go_to_the_holder_named_next() -> None:
    text = "Президент Узбекистана предложил создать Совет по туризму. Касым-Жомарт Токаев выступил на саммите."
    assert found(text) == [("Совет по туризму", None)]


def test_a_creation_that_is_the_subject_of_a_past_verb_was_done() -> None:
    done = "Касым-Жомарт Токаев отметил, что создание Совета по энергетике стало важным шагом."
    assert found(done) == []
    wished = "Касым-Жомарт Токаев отметил, что важным шагом стало бы создание Совета по энергетике."
    assert titles(wished) == ["Совет по энергетике"]


def test_a_headline_with_a_speaker_a_dash_and_about_creating_proposes() -> None:
    text = "Касым-Жомарт Токаев — о создании Совета по ИИ\nАСТАНА. Президент Казахстана выступил на саммите."
    assert found(text) == [("Совет по ИИ", "Касым-Жомарт Токаев")]


def test_a_headline_about_the_work_of_a_body_proposes_nothing() -> None:
    assert found("Касым-Жомарт Токаев — о работе Совета по инвестициям\nАСТАНА. Президент выступил.") == []


def test_importance_a_call_and_a_question_raised_are_cues() -> None:
    text = "Президент Армении Ваагн Хачатурян подчеркнул важность учреждения Кавказского центра по сейсмологии."
    assert found(text) == [("Кавказский центр по сейсмологии", "Ваагн Хачатурян")]
    text = "Премьер обратился к соседям с призывом к созданию Горного союза спасателей."
    assert titles(text) == ["Горный союз спасателей"]
    text = "Глава государства поставил вопрос о создании Речного совета бассейна Амура."
    assert titles(text) == ["Речной совет бассейна Амура"]


def test_a_sentence_opened_by_in_their_number_names_the_proposals_before() -> None:
    text = (
        "Президент Армении Ваагн Хачатурян озвучил несколько инициатив. В их числе — учреждение "
        "Горного университета Кавказа и запуск Фонда «Чистые реки»."
    )
    assert found(text) == [
        ("Горный университет Кавказа", "Ваагн Хачатурян"),
        ("Фонд «Чистые реки»", "Ваагн Хачатурян"),
    ]


def test_who_backs_an_idea_is_not_who_proposed_it() -> None:
    text = "Президент Армении Ваагн Хачатурян поддержал идею создания Кавказского агентства по туризму."
    assert found(text) == [("Кавказское агентство по туризму", None)]
    text = (
        "Президент Армении Ваагн Хачатурян выступил первым. Президент Грузии Нико Абашидзе поддержал идею "
        "Хачатуряна о создании Кавказского агентства по туризму."
    )
    assert found(text) == [("Кавказское агентство по туризму", "Ваагн Хачатурян")]
    text = "Президент Армении Ваагн Хачатурян поддержал эту идею и предложил учредить Кавказское агентство по туризму."
    assert found(text) == [("Кавказское агентство по туризму", "Ваагн Хачатурян")]


def test_a_word_inside_a_post_is_no_proposal_noun() -> None:
    text = "Президент России Михаил Орлов поддержал предложение о создании Северного фонда по туризму."
    assert found(text) == [("Северный фонд по туризму", None)]


def test_inline_numbered_items_keep_the_proposer_of_their_intro() -> None:
    text = (
        "Президент Армении Ваагн Хачатурян предложил: 1) учредить Совет по горному туризму; 2) создать Фонд "
        "охраны ледников; 3) запустить Платформу «Кавказские тропы»."
    )
    assert [who for _, who in found(text)] == ["Ваагн Хачатурян"] * 3


def test_unmarked_lines_of_a_list_keep_the_proposer_of_their_intro() -> None:
    text = "Президент Армении Ваагн Хачатурян внес ряд предложений:\nКавказский центр сейсмологии\n"
    assert found(text) == [("Кавказский центр сейсмологии", "Ваагн Хачатурян")]


def test_a_proposal_noun_without_an_owner_belongs_to_the_speaker_before() -> None:
    text = (
        "Президент Армении Ваагн Хачатурян выступил на саммите. Одним из главных предложений стало учреждение "
        "Кавказского центра по сейсмологии."
    )
    assert found(text) == [("Кавказский центр по сейсмологии", "Ваагн Хачатурян")]


def test_whom_a_proposal_is_made_to_is_not_the_proposal() -> None:
    text = (
        "Президент Армении Ваагн Хачатурян предложил Организации черноморских государств учредить Совет морских портов."
    )
    assert titles(text) == ["Совет морских портов"]


def test_a_body_said_to_be_founded_already_is_no_proposal() -> None:
    assert titles("Президент предложил расширить Центр по ледникам, который был учрежден в 2022 году.") == []
    assert titles("Премьер призвал ускорить запуск Фонда охраны рек, созданного весной.") == []
    text = "Президент предложил учредить Центр по ледникам, который будет создан в Ереване."
    assert titles(text) == ["Центр по ледникам"]


def test_a_participle_of_proposing_puts_the_title_after_it_forward() -> None:
    text = (
        "Президент Армении Ваагн Хачатурян выступил первым. Участники обсудили предложенный Арменией "
        "Кавказский центр по сейсмологии."
    )
    assert found(text) == [("Кавказский центр по сейсмологии", "Ваагн Хачатурян")]
    assert titles("Премьер отметил, что предложенный им ранее Центр уже работает.") == []


def test_a_participle_phrase_after_a_title_is_not_coordinated_with_it() -> None:
    text = "Премьер предложил создать Кавказскую платформу данных, объединяющую национальные системы."
    assert titles(text) == ["Кавказская платформа данных"]


def test_a_belt_is_proposed_as_one_named_thing() -> None:
    assert titles("Премьер предложил создать Зеленый пояс Кавказа.") == ["Зеленый пояс Кавказа"]


def test_a_named_subject_wins_over_an_unnamed_office_before_it() -> None:
    text = "Как сообщает пресс-служба Акорды, Касым-Жомарт Токаев предложил учредить Совет по цифровому развитию Союза."
    assert found(text) == [("Совет по цифровому развитию Союза", "Касым-Жомарт Токаев")]


def test_work_on_a_document_governs_it_with_nad() -> None:
    text = "Президент Армении Ваагн Хачатурян предложил начать работу над Договором о горных реках Кавказа."
    assert found(text) == [("Договор о горных реках Кавказа", "Ваагн Хачатурян")]
    assert titles("Эксперты продолжили работу над Соглашением о транзите грузов.") == []


def test_a_quotation_over_two_lines_belongs_to_whom_it_is_attributed_after() -> None:
    text = (
        "«Предлагаем создать Фонд поддержки горных общин.\nТакой фонд поможет малым селам», — отметил "
        "Президент Армении Ваагн Хачатурян."
    )
    assert found(text) == [("Фонд поддержки горных общин", "Ваагн Хачатурян")]


def test_a_list_of_following_documents_is_no_call_to_create_them() -> None:
    text = "В 2019 году министры подписали следующие документы:\n— Соглашение о транзите;\n— Меморандум о туризме."
    assert found(text) == []


def test_recalling_after_the_proposal_does_not_make_it_history() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев призвал учредить Тюркский центр по защите от паводков "
        "и напомнил, что ущерб от стихии растет."
    )
    assert found(text) == [("Тюркский центр по защите от паводков", "Касым-Жомарт Токаев")]


def test_recalling_before_the_creation_still_tells_history() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев напомнил, что его страна выступила инициатором "
        "создания Тюркского центра по защите от паводков."
    )
    assert found(text) == []


def test_a_joint_company_is_a_proposal_a_plain_company_is_not() -> None:
    text = (
        "Президент Узбекистана Шавкат Мирзиёев предложил учредить совместную лизинговую компанию. "
        "Он также предложил создать новые компании в сфере услуг."
    )
    assert found(text) == [("Совместная лизинговая компания", "Шавкат Мирзиёев")]


def test_a_proposal_for_a_later_period_is_not_the_signed_one_for_an_earlier() -> None:
    text = (
        "Президент Беларуси Александр Лукашенко предложил разработать Программу военного сотрудничества "
        "ОДКБ на период до 2035 года. Лидеры подписали Решение о Плане реализации Программы военного "
        "сотрудничества ОДКБ на период до 2025 года."
    )
    assert found(text) == [("Программа военного сотрудничества ОДКБ на период до 2035 года", "Александр Лукашенко")]


def test_a_proposal_signed_under_the_same_years_is_no_proposal() -> None:
    text = (
        "Президент Беларуси Александр Лукашенко предложил принять Программу военного сотрудничества "
        "ОДКБ на период до 2035 года. Лидеры подписали Программу военного сотрудничества ОДКБ на период "
        "до 2035 года."
    )
    assert found(text) == []


def test_a_body_named_as_the_issuer_of_a_signed_title_is_not_the_proposed_body() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев призвал учредить Экспертный совет СНГ по водной "
        "безопасности. Лидеры приняли Заявление Совета глав государств СНГ о безопасности."
    )
    assert found(text) == [("Экспертный совет СНГ по водной безопасности", "Касым-Жомарт Токаев")]


def test_a_body_a_signed_title_creates_is_no_proposal() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев предложил учредить Банк развития регионов СНГ. "
        "Лидеры подписали Соглашение о создании Банка развития регионов СНГ."
    )
    assert found(text) == []


def test_a_regulator_is_a_body_one_may_propose() -> None:
    text = "Премьер России Михаил Мишустин предложил учредить единый регулятор рынка газа Союза."
    assert found(text) == [("Единый регулятор рынка газа Союза", "Михаил Мишустин")]


def test_a_treaty_whose_text_is_initialled_already_is_no_proposal() -> None:
    text = (
        "Президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян обсудили подготовку "
        "к подписанию Мирного соглашения между двумя странами, текст которого был парафирован в марте."
    )
    assert found(text) == []


def test_a_treaty_whose_text_is_still_to_be_written_is_a_proposal() -> None:
    text = (
        "Президент Азербайджана Ильхам Алиев предложил заключить Мирное соглашение между двумя странами, "
        "текст которого нужно составить заново."
    )
    assert found(text) == [("Мирное соглашение между двумя странами", "Ильхам Алиев")]


def test_a_creation_in_the_title_of_a_document_to_be_signed_is_negotiated() -> None:
    text = (
        "Президенты условились, что на следующем заседании будет подписано Соглашение о создании "
        "совместного лизингового центра."
    )
    assert found(text) == []


def test_a_document_proposed_for_signing_keeps_its_creation_as_a_proposal() -> None:
    text = (
        "Президент Беларуси Александр Лукашенко предложил подписать Соглашение о создании совместного "
        "лизингового центра."
    )
    assert found(text) == [("Соглашение о создании совместного лизингового центра", "Александр Лукашенко")]
