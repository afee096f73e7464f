"""What reads as prose, and what a lead-in announces."""

from edition.texts.prose import leads_in, led_in

LEAD_IN = "If you want more of the same mood, here are a few things to watch:"


def test_a_lead_in_is_a_line_of_the_texts_length_ending_in_a_colon():
    assert leads_in(LEAD_IN)
    assert not leads_in("Share this:")
    assert not leads_in(LEAD_IN.replace(":", "."))


def test_a_lead_in_leads_into_the_lines_after_it_up_to_the_end_of_a_sentence():
    lines = ["A paragraph.", LEAD_IN, "", "Films", "Paper Moon", "That is all.", "Home"]
    assert led_in(lines) == [False, False, False, True, True, True, False]
    assert not any(led_in(["A paragraph.", "Films", "Paper Moon"]))
