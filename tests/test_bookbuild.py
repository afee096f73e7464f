import pytest

from edition_tools.bookbuild import TAIL_LINES, BuildError, run_build


def test_a_failed_build_raises_with_its_output(tmp_path):
    with pytest.raises(BuildError) as raised:
        run_build([str(tmp_path / "no-such-book")])
    assert "jupyter-book exited with status" in str(raised.value)
    assert "no-such-book" in raised.value.output


def test_the_tail_of_a_failure_keeps_the_last_lines():
    error = BuildError(2, "\n".join(f"line {n}" for n in range(100)))
    lines = error.tail().splitlines()
    assert lines[0] == f"jupyter-book exited with status 2; last {TAIL_LINES} lines of its output:"
    assert lines[1:] == [f"line {n}" for n in range(100 - TAIL_LINES, 100)]
