from edition.apparatus.parallels import Passage, find_parallels

LONG = (
    "The liberal concept of allyship is embedded in a rights-based discourse of identity "
    "politics, and it works with the idea that there are fixed groups of people."
)


def test_a_repeated_paragraph_is_found_both_ways_despite_punctuation():
    a = Passage("whole", "5", LONG)
    b = Passage("excerpt", "2", LONG.replace(",", "").replace("rights-based", "rights based") + "!")
    parallels = find_parallels([a, b, Passage("other", "1", "Something else entirely.")])
    assert [(p.source.text, p.target.text, p.kind) for p in parallels] == [
        ("excerpt", "whole", "paragraph"),
        ("whole", "excerpt", "paragraph"),
    ]


def test_a_shared_run_of_eight_words_is_a_quotation():
    quoting = Passage(
        "blog", "3", "The essay says “it works with the idea that there are fixed groups” here."
    )
    parallels = find_parallels([Passage("essay", "1", LONG), quoting])
    assert {p.kind for p in parallels} == {"quotation"}
    assert 0 < parallels[0].overlap < 0.8


def test_fewer_shared_words_or_the_same_text_are_no_parallel():
    near = Passage("blog", "1", "there are fixed groups of people, some say")
    same = Passage("essay", "2", LONG)
    assert find_parallels([Passage("essay", "1", LONG), near, same]) == []
