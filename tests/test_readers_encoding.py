"""Bytes to text: BOMs, UTF-16, cp1251 and KOI8-R detected, --encoding obeyed, binary refused."""

from __future__ import annotations

import codecs

import pytest

import summitkit
from summitkit import Pipeline
from summitkit.readers import NotTextError, decode

SENTENCE = (
    "Президент Узбекистана Шавкат Мирзиёев и президент Казахстана Касым-Жомарт Токаев "
    "договорились довести взаимную торговлю до 10 млрд долларов."
)


@pytest.mark.parametrize("codec", ["utf-8", "cp1251", "koi8-r", "utf-16", "iso8859-5", "mac-cyrillic"])
def test_russian_text_is_detected_in_the_encodings_news_come_in(codec: str) -> None:
    decoded = decode(SENTENCE.encode(codec))
    assert decoded.text == SENTENCE
    assert codecs.lookup(decoded.encoding) == codecs.lookup(codec) or decoded.encoding.startswith("utf-16")


def test_a_short_cp1251_headline_is_detected() -> None:
    headline = "Лидеры подписали декларацию"
    assert decode(headline.encode("cp1251")).text == headline


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_a_byte_order_mark_is_obeyed_and_left_out_of_the_text(bom: bytes, codec: str) -> None:
    decoded = decode(bom + SENTENCE.encode(codec))
    assert decoded.text == SENTENCE  # offsets count characters of the text without the BOM
    assert decoded.bom


def test_line_endings_are_kept_as_in_the_file() -> None:
    text = "Первая строка.\r\nВторая строка.\r\n"
    assert decode(text.encode("cp1251")).text == text
    assert decode(text.encode("utf-8")).text == text


def test_the_given_encoding_overrides_detection() -> None:
    data = SENTENCE.encode("koi8-r")
    assert decode(data, "koi8-r").text == SENTENCE
    assert decode(data, "cp1251").text != SENTENCE  # the user asked for it


def test_bytes_invalid_in_the_given_encoding_are_one_clear_error() -> None:
    with pytest.raises(NotTextError, match=r"not valid utf-8 .* --encoding"):
        decode(SENTENCE.encode("cp1251"), "utf-8")


def test_an_unknown_encoding_name_is_one_clear_error() -> None:
    with pytest.raises(NotTextError, match="unknown encoding 'cp9999'"):
        decode(b"text", "cp9999")


def test_one_bad_byte_in_utf8_becomes_a_replacement_character_and_is_counted() -> None:
    data = SENTENCE.encode("utf-8").replace("Токаев".encode(), b"\xffToka")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 1
    assert "\ufffdToka" in decoded.text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(100), "ZIP"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(300), "executable"),
        (bytes(range(256)) * 8, "binary data"),
    ],
)
def test_data_that_is_not_text_is_refused_with_what_it_looks_like(data: bytes, what: str) -> None:
    with pytest.raises(NotTextError, match=what):
        decode(data)


def test_empty_input_is_empty_text() -> None:
    assert decode(b"").text == ""


def test_extract_bytes_detects_the_encoding_and_says_which(pipeline: Pipeline) -> None:
    report = summitkit.extract_bytes(SENTENCE.encode("cp1251"), pipeline=pipeline)
    assert report.source is not None and report.source.encoding == "cp1251"
    assert report.source.length == len(SENTENCE) and report.source.text is None
    assert {leader.name for leader in report.leaders} == {"Шавкат Мирзиёев", "Касым-Жомарт Токаев"}


def test_a_text_that_is_not_a_string_is_a_type_error(pipeline: Pipeline) -> None:
    with pytest.raises(TypeError, match="must be str, not bytes"):
        pipeline(b"bytes")  # type: ignore[arg-type]
