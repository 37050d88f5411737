"""Malformed content stops loading with an error naming the file and the line."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from bot.content import load_knowledge
from bot.knowledge import PLACEHOLDERS, Knowledge, default_root
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
    path.write_text(text.replace(case["find"], case["put"], 1),
                    encoding=case.get("encoding", "utf-8"))
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


def test_run_refuses_content_that_check_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Start-up runs the same checks, before the database or Telegram is touched."""
    root = copy_content(tmp_path / "copy")
    french = root / "conversations" / "lang" / "fr.messages.yaml"
    french.write_text(french.read_text(encoding="utf-8").replace("{area}", "{aera}", 1),
                      encoding="utf-8")
    monkeypatch.setenv("ADVISOR_CONTENT_DIR", str(root))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:" + "A" * 30)
    monkeypatch.setenv("ADVISOR_DB", str(tmp_path / "advisor.sqlite3"))
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9")  # never called
    assert main(["check"]) == 1
    checked = capsys.readouterr().err
    assert main(["run"]) == 1
    refused = capsys.readouterr().err
    assert refused == checked
    assert "conversations/lang/fr.messages.yaml:9: '{aera}' is not a placeholder" in refused
    assert not (tmp_path / "advisor.sqlite3").exists()


def message_calls() -> list[tuple[str, int, str, set[str]]]:
    """(file, line, key, names passed) of every call of message() with a written key."""
    calls = []
    for path in sorted((default_root() / "bot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            key = node.args[1]
            if name in ("message", "say") and isinstance(key, ast.Constant) \
                    and isinstance(key.value, str):
                names = {k.arg or "**" for k in node.keywords}
                calls.append((path.name, node.lineno, key.value, names))
    return calls


def test_placeholders_list_exactly_what_the_code_passes(knowledge: Knowledge) -> None:
    calls = message_calls()
    assert len(calls) > 100  # the scan finds them
    wrong = [(f, line, key, names) for f, line, key, names in calls if "**" not in names
             and names != PLACEHOLDERS.get(key, frozenset())]
    assert wrong == []
    assert set(PLACEHOLDERS) <= set(knowledge.texts["en"]["messages"])  # none left over
    # Calls with a computed key or values are held to the list when they run.
    with pytest.raises(ValueError, match="PLACEHOLDERS lists"):
        knowledge.message("en", "progress", area="Cash", number=1)
    with pytest.raises(ValueError, match="PLACEHOLDERS lists"):
        knowledge.message("en", "welcome", name="Ama")
