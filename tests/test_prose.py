"""What reads as prose, and what a lead-in announces."""

from edition.texts.prose import is_sentence_of_names, leads_in, led_in, reads_as_prose

LEAD_IN = "If you want more of the same mood, here are a few things to watch:"


def test_a_lead_in_is_a_line_of_the_texts_length_ending_in_a_colon():
    assert leads_in(LEAD_IN)
    assert not leads_in("Share this:")
    assert not leads_in(LEAD_IN.replace(":", "."))


def test_a_lead_in_leads_into_the_lines_after_it_up_to_the_end_of_a_sentence():
    lines = ["A paragraph.", LEAD_IN, "", "Films", "Paper Moon", "That is all.", "Home"]
    assert led_in(lines) == [False, False, False, True, True, True, False]
    assert not any(led_in(["A paragraph.", "Films", "Paper Moon"]))


# A paragraph and two labels of a Chinese news page (tests/corpus/trswcm-youth-students).
CHINESE_PARAGRAPH = (
    "不少学子时刻关注着国内动态，寻找回国发展的契机，而两会正是一个提供最新最全面信息的窗口。"
)


def test_a_paragraph_in_a_script_without_spaces_reads_as_prose():
    assert reads_as_prose(CHINESE_PARAGRAPH)
    assert reads_as_prose("日本語の文章は、単語の間に空白を入れずに書かれることが普通です。")
    assert not reads_as_prose("返回首页>>")
    assert not reads_as_prose("还没有评论，快来抢沙发吧！")
    # Without its full stop it is not a sentence.
    assert not reads_as_prose(CHINESE_PARAGRAPH.rstrip("。"))


def test_a_sentence_may_end_inside_german_quotation_marks():
    quoted = "Er sagte: „Damit haben wir die Fußball AG für die Zukunft gut aufgestellt.“"
    assert reads_as_prose(quoted)
    assert reads_as_prose(quoted.replace("„", "‚").replace("“", "‘"))


def test_a_sentence_full_of_names_is_told_from_a_headline():
    names = (
        '"He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, '
        "Chelsea, Real Madrid and Manchester United."
    )
    assert not reads_as_prose(names)
    assert is_sentence_of_names(names)
    assert not is_sentence_of_names(
        "Trump Says He May Leave the Country If He Loses. Does He Mean It?"
    )
    assert not is_sentence_of_names(
        "Model Rosalind Lipsett Explains Why There Are So Many Irish People."
    )
