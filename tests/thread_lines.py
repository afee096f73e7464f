"""Lines the comment-thread tests share: an essay's paragraphs and readers' comments."""

PROSE = "A paragraph of the essay, which is long enough to be prose and not a widget label."
MORE = "Another paragraph of the essay, which the author wrote to follow the first one."
SAYS = [
    "I read this twice and I still disagree with the second half of the argument.",
    "Thank you for writing this. It named something I had felt for years.",
    "I had not thought of it that way, and now I cannot stop thinking of it.",
]
