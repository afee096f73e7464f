"""Every command's error is one line naming the file (and line) and what is wrong."""

import errno
import os
import pickle

from edition.errors import EditionError, error_line


def test_bad_input_names_its_file_and_line():
    error = EditionError("sources/provenance.toml", "bad slug 'A B'", 12)
    assert error_line(error, "capture.txt") == ("error: sources/provenance.toml:12: bad slug 'A B'")


def test_a_failing_system_call_names_its_file_or_else_the_one_the_command_was_given():
    no_space = os.strerror(errno.ENOSPC)
    full = OSError(errno.ENOSPC, no_space, "book/essays/a.md")
    assert error_line(full, "capture.txt") == f"error: book/essays/a.md: {no_space}"
    unnamed = OSError(errno.EIO, os.strerror(errno.EIO))
    assert error_line(unnamed, "capture.txt") == f"error: capture.txt: {os.strerror(errno.EIO)}"


def test_an_edition_error_raised_in_a_worker_process_comes_back_whole():
    """The benchmark cleans pages in processes: an error there must reach the caller."""
    error = pickle.loads(pickle.dumps(EditionError("page.html", "not a web page", 3)))
    assert (str(error), error.line, error.message) == (
        "page.html:3: not a web page",
        3,
        "not a web page",
    )
