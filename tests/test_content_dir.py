"""The organisation's own content (ADVISOR_CONTENT_DIR): file by file over the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.content import load_knowledge
from bot.knowledge import default_root
from bot.yamlfile import ContentError, ContentFiles

EN_MESSAGES = "conversations/lang/en.messages.yaml"


def own_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`content init` into tmp_path/content, used as ADVISOR_CONTENT_DIR."""
    folder = tmp_path / "content"
    assert main(["content", "init", str(folder)]) == 0
    monkeypatch.setenv("ADVISOR_CONTENT_DIR", str(folder))
    return folder


def without_line(path: Path, starting: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(starting)]
    assert len(kept) == len(lines) - 1, starting
    path.write_text("".join(kept), encoding="utf-8")


def test_content_init_copies_every_shipped_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = own_copy(tmp_path, monkeypatch)
    shipped = default_root()
    names = sorted(str(p.relative_to(shipped)) for d in ("knowledge", "conversations")
                   for p in (shipped / d).rglob("*.yaml"))
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*.yaml")) == names
    assert f"Set ADVISOR_CONTENT_DIR={folder.resolve()}" in capsys.readouterr().out
    (folder / "knowledge" / "rules.yaml").write_text("# ours\n", encoding="utf-8")
    assert main(["content", "init", str(folder)]) == 1  # never over the organisation's edits
    assert "nothing was copied" in capsys.readouterr().err
    assert (folder / "knowledge" / "rules.yaml").read_text(encoding="utf-8") == "# ours\n"


def test_own_files_replace_shipped_ones_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = own_copy(tmp_path, monkeypatch)
    for path in folder.rglob("*.yaml"):  # keep only the file we change
        if path.name != "en.messages.yaml":
            path.unlink()
    messages = folder / EN_MESSAGES
    text = messages.read_text(encoding="utf-8")
    messages.write_text(text.replace("language_name: \"English\"",
                                     "language_name: \"English (Chamber)\""), encoding="utf-8")
    without_line(messages, "  welcome_back:")  # as if an upgrade had added this text
    capsys.readouterr()
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Content: 1 file(s) of {folder} over the shipped content.\n")
    assert (f"warning: {messages} lacks 1 text(s) of the shipped file, whose text is used: "
            f"messages.welcome_back") in out
    knowledge = load_knowledge(ContentFiles(default_root(), folder))
    shipped = load_knowledge(default_root())
    assert knowledge.text("en", "language_name") == "English (Chamber)"
    assert knowledge.message("en", "welcome_back") == shipped.message("en", "welcome_back")
    assert knowledge.questions == shipped.questions and knowledge.rules == shipped.rules


def test_a_fault_in_an_own_file_names_its_full_path(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = own_copy(tmp_path, monkeypatch)
    rules = folder / "knowledge" / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("is:", "iz:", 1),
                     encoding="utf-8")
    with pytest.raises(ContentError, match=rf"^{rules}:\d+: "):
        load_knowledge(ContentFiles(default_root(), folder))


def test_content_dir_must_be_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ADVISOR_CONTENT_DIR", str(tmp_path / "missing"))
    assert main(["check"]) == 2
    assert "ADVISOR_CONTENT_DIR must be a folder" in capsys.readouterr().err
