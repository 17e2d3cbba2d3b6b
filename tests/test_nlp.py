"""natasha runs on pymorphy3 on every Python, and its models load once per process."""

from __future__ import annotations

import subprocess
import sys

from summitkit.nlp import models, morph_analyzer


def test_natasha_morph_vocab_works_on_this_python() -> None:
    """pymorphy2 cannot start on 3.12+ (pkg_resources); summitkit points natasha at pymorphy3."""
    vocab = models().vocab
    assert vocab.lemmatize("переговорах", "NOUN", {"Case": "Loc", "Number": "Plur"}) == "переговоры"
    assert type(vocab).__mro__[1].__module__.startswith("pymorphy3")


def test_models_are_loaded_once() -> None:
    assert models() is models()
    assert morph_analyzer() is morph_analyzer()


def test_importing_summitkit_in_a_fresh_process_gives_a_working_lemmatizer() -> None:
    code = (
        "import summitkit\n"
        "from natasha import MorphVocab\n"
        "print(MorphVocab().lemmatize('саммитах', 'NOUN', {'Case': 'Loc', 'Number': 'Plur'}))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "саммит"


def test_natasha_imported_before_summitkit_still_runs_on_pymorphy3() -> None:
    code = (
        "import natasha\n"
        "import summitkit\n"
        "from summitkit.nlp import models\n"
        "print(type(models().vocab).__mro__[1].__module__)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip().startswith("pymorphy3")


def test_one_dictionary_serves_natasha_and_summitkit() -> None:
    from summitkit.nlp import vocab

    assert vocab().dictionary is morph_analyzer().dictionary
    assert type(vocab().parse("саммитах")[0]).__name__ == "MorphForm"
    assert morph_analyzer().parse("саммитах")[0].inflect({"nomn", "sing"}).word == "саммит"


def test_known_words_are_remembered_with_the_same_answers() -> None:
    analyzer = morph_analyzer()
    words = ["саммит", "саммита", "Токаева", "ёлка", "елка", "Ыфвапр"]
    plain = [analyzer.dictionary.word_is_known(w, analyzer.char_substitutes) for w in words]
    assert plain == [analyzer.parse(w)[0].is_known for w in words] == [True, True, False, True, True, False]
    assert analyzer.dictionary.word_is_known("елка", None) is False  # strict: no е/ё substitution
