"""Normalisation rewrites three machine-specific things, and nothing else."""

from __future__ import annotations

from pathlib import Path

from importdemo.runner.normalise import decode_output, normalise_output


def normalise(text: str) -> str:
    return normalise_output(
        text, example=Path("/tmp/importdemo-x/demo"), stdlib=Path("/opt/py/lib/python3.12")
    )


def test_the_copy_path_becomes_example() -> None:
    assert normalise('File "/tmp/importdemo-x/demo/main.py"') == 'File "<example>/main.py"'


def test_the_stdlib_directory_becomes_stdlib() -> None:
    assert normalise("/opt/py/lib/python3.12/os.py") == "<stdlib>/os.py"


def test_memory_addresses_become_dots_but_small_hex_numbers_stay() -> None:
    assert normalise("<object at 0x7f3a2c1b2d30> 0xff 0x1234") == "<object at 0x...> 0xff 0x1234"
    # 32-bit WebAssembly: short addresses, recognised in a repr
    assert normalise("<function f at 0x11b9a08> 0x11b9a08") == "<function f at 0x...> 0x11b9a08"


def test_everything_else_is_left_alone() -> None:
    text = "Traceback (most recent call last):\n  ~~~^^^\n/usr/lib/other.py 12:00\n"
    assert normalise(text) == text


def test_invalid_utf8_is_escaped() -> None:
    assert decode_output(b"caf\xc3\xa9 \xff") == "caf\u00e9 \\xff"
