"""Malformed content stops loading with an error naming the file and the line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from bot.content import load_knowledge
from bot.knowledge import default_root
from bot.yamlfile import ContentError

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "bad_content" / "cases.yaml").read_text(encoding="utf-8")
)


def copy_content(target: Path) -> Path:
    for folder in ("knowledge", "conversations"):
        shutil.copytree(default_root() / folder, target / folder)
    return target


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_broken_file_names_file_and_line(case: dict[str, Any], tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    path = root / case["file"]
    text = path.read_text(encoding="utf-8")
    assert case["find"] in text, f"fixture no longer matches {case['file']}"
    start = text.index(case["find"])
    line = text.count("\n", 0, start) + 1 + case["put"].count("\n", 0, case["put"].find(
        case["find"].strip()) if case["find"].strip() in case["put"] else 0)
    path.write_text(text.replace(case["find"], case["put"], 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge(root)
    message = str(caught.value)
    assert case["expect"] in message
    where = re.match(r"^([^:]+):(\d+):", message)
    assert where is not None, message
    assert where.group(1) == case["file"]
    assert abs(int(where.group(2)) - line) <= 1, message


def test_check_command_exit_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    assert "Content OK" in capsys.readouterr().out
    root = copy_content(tmp_path / "copy")
    rules = root / "knowledge" / "rules.yaml"
    rules.write_text(rules.read_text().replace("recommend: [", "recommend: [ghost, ", 1))
    monkeypatch.setenv("ADVISOR_CONTENT_DIR", str(root))
    assert main(["check"]) == 1
    assert "knowledge/rules.yaml:" in capsys.readouterr().err


def test_run_without_token_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN is not set" in err and "Traceback" not in err
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "nonsense")
    assert main(["run"]) == 2
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:" + "A" * 30)
    monkeypatch.setenv("ADVISOR_TIME_SCALE", "fast")
    assert main(["run"]) == 2
    assert "ADVISOR_TIME_SCALE" in capsys.readouterr().err


def test_check_counts_the_questions_on_the_longest_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    assert "Questions asked: at most 16 on any path" in capsys.readouterr().out
    # One question more, asked of everyone, is one too many; asked only of a business of one
    # (who skips the two staff questions) it fits again.
    root = copy_content(tmp_path / "copy")
    questionnaire = root / "conversations" / "questionnaire.yaml"
    questionnaire.write_text(questionnaire.read_text() + (
        "  - id: premises\n    area: profile\n    options: [owned, rented]\n"))
    english = root / "conversations" / "lang" / "en.yaml"
    english.write_text(english.read_text().replace("questions:\n", (
        "questions:\n  premises:\n    text: \"Do you own or rent?\"\n    options:\n"
        "      owned: {label: \"Own\"}\n      rented: {label: \"Rent\"}\n"), 1))
    monkeypatch.setenv("ADVISOR_CONTENT_DIR", str(root))
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert "at most 17 on any path" in captured.out
    assert "can be asked 17 questions; at most 16" in captured.err
    questionnaire.write_text(questionnaire.read_text().replace(
        "  - id: premises\n", "  - id: premises\n    ask_when: {question: size, is: solo}\n"))
    assert main(["check"]) == 0
    assert "at most 16 on any path" in capsys.readouterr().out
