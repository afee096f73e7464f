"""Words: the sequence the fidelity tests compare, and the count the cleaning measures by."""

from edition.texts.words import word_count, words


def test_words_are_letters_and_digits_with_inner_apostrophes():
    assert words("Don’t stop—renters.I said") == ["Don’t", "stop", "renters", "I", "said"]


def test_words_set_apart_by_spaces_are_counted_as_split_counts_them():
    for text in ("Share this:", "By then, it was too late.", "a — b", ""):
        assert word_count(text) == len(text.split())


def test_chinese_and_japanese_runs_count_one_word_for_every_two_characters():
    assert word_count("返回首页") == 2
    assert word_count("教育部：中国教育对外交流走上“快车道”") == 2 + 5 + 2
    assert word_count("日本語のテキストです。") == 5
    # Latin words and numbers inside a run count as one each; punctuation counts for none.
    assert word_count("发稿时间：2017-03-10 08:42:00") == 2 + 1 + 1
    assert word_count("Hello 世界 world") == 3
