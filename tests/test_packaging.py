"""The package as an operator installs it: a wheel in a fresh virtual environment, elsewhere.

The tests marked `wheel` build the wheel from a copy of this tree, install it with
constraints.txt into a new virtual environment under the temporary folder (the pip cache
makes that a few seconds; only the package index is reached) and run the installed
`msme-advisor` from there, so nothing can come from the checkout. They take about 20 s, so
`python -m pytest` leaves them out and `.ci/run` runs them (`python -m pytest -m wheel`).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import __version__
from bot.fakeapi import FakeBotAPI
from bot.fakeserver import FakeServer

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"  # noqa: S105 - a fake token
OWNER = FakeBotAPI.person(702, "en", "Amina")
#: Left out of the copy the wheel is built from: local environments and build leftovers.
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", ".ci-venv", "build", "dist", "*.egg-info",
                                    "__pycache__", ".*_cache", "*.sqlite3*", ".env")


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in ROOT.glob("bot/**/*.py")
             if init.name == "__init__.py"}
    assert found <= listed, f"add to pyproject.toml's packages: {sorted(found - listed)}"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without this checkout's virtual environment or import path."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith(("TELEGRAM_",
                                                                           "ADVISOR_"))}
    return {**env, **extra}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bin folder of a fresh virtual environment holding the installed wheel."""
    base = tmp_path_factory.mktemp("wheel")
    source, dist, venv = base / "source", base / "dist", base / "venv"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)

    def run(*command: str | Path) -> None:
        subprocess.run([str(c) for c in command], check=True, capture_output=True,  # noqa: S603
                       env=clean_env(), cwd=base)

    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", dist,
        source)
    run(sys.executable, "-m", "venv", venv)
    wheels = list(dist.glob("*.whl"))
    assert len(wheels) == 1, wheels
    run(venv / "bin" / "pip", "install", "--quiet", "--constraint", ROOT / "constraints.txt",
        wheels[0])
    shutil.rmtree(source)  # nothing may come from a source tree
    yield venv / "bin"


def advisor(bin_dir: Path, cwd: Path, *args: str,
            stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The installed console script, run in `cwd` (its cache folder there too)."""
    return subprocess.run([str(bin_dir / "msme-advisor"), *args], input=stdin,  # noqa: S603
                          capture_output=True, text=True, cwd=cwd, timeout=60, check=False,
                          env=clean_env(XDG_CACHE_HOME=str(cwd / "cache")))


@pytest.mark.wheel
def test_installed_wheel_checks_and_chats(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run([str(installed / "python"), "-c",  # noqa: S603
                            "import bot; print(bot.__file__)"], capture_output=True, text=True,
                           cwd=tmp_path, env=clean_env(), check=True).stdout
    assert where.startswith(str(installed.parent)), where
    assert advisor(installed, tmp_path, "--version").stdout == f"msme-advisor {__version__}\n"
    check = advisor(installed, tmp_path, "check")
    assert check.returncode == 0, check.stderr
    assert "Translation fr: 0 texts missing" in check.stdout
    chat = advisor(installed, tmp_path, "chat", stdin="1\n6 people\nSkip\n")
    assert chat.returncode == 0, chat.stderr
    assert "How many people work in the business" in chat.stdout
    assert (tmp_path / "cache" / "msme-advisor" / "chat.sqlite3").is_file()
    assert not (tmp_path / "advisor.sqlite3").exists()
    plan = advisor(installed, tmp_path, "plan", "our shop is closed, cash for two weeks",
                   "--format", "pdf", "--output", "plan.pdf")
    assert plan.returncode == 0, plan.stderr
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    # The learned reader's model travels in the wheel (conversations/learned/reader.model).
    shipped = subprocess.run([str(installed / "python"), "-c",  # noqa: S603
                              "from bot.content import load_knowledge; "
                              "from bot.knowledge import default_root; "
                              "print(load_knowledge(default_root()).learned is not None)"],
                             capture_output=True, text=True, cwd=tmp_path, env=clean_env(),
                             check=True).stdout
    assert shipped.strip() == "True"


@pytest.mark.wheel
async def test_installed_wheel_runs_against_the_fake_bot_api(
    installed: Path, server: FakeServer, tmp_path: Path
) -> None:
    env = clean_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=server.url,
                    ADVISOR_DB=str(tmp_path / "advisor.sqlite3"))
    with (tmp_path / "bot.log").open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            str(installed / "msme-advisor"), "run", env=env, cwd=tmp_path, stdout=log,
            stderr=log)
    try:
        await server.wait_for(lambda: server.count("getUpdates") > 0, 30)
        server.push(server.api.text_update(OWNER, "/start"))
        await server.wait_for(lambda: any("· 1 of " in m.get("text", "")
                                          for m in server.api.sent_to(OWNER["id"])), 20)
    finally:
        proc.terminate()
        code = await proc.wait()
    assert code == 0, (tmp_path / "bot.log").read_text()
