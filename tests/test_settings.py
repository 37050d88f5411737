"""Settings read from a .env file, as operators write them."""

from __future__ import annotations

from pathlib import Path

from bot.config import load_settings, read_dotenv


def test_dotenv_accepts_trailing_comments_and_quotes(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "# the advisor\n"
        "ADVISOR_TZ=Africa/Nairobi  # local time\n"
        "ADVISOR_QUIET_HOURS=22-7\t# nights\n"
        "export ADVISOR_ADMIN_IDS=11,12 # two staff\n"
        "ADVISOR_DB='/var/lib/advisor/a#b.sqlite3' # quoted: the # is part of it\n"
        "ADVISOR_STAFF_CHAT_ID=\n"
        "TELEGRAM_API_URL=http://127.0.0.1:8081/#x\n",
        encoding="utf-8",
    )
    values = read_dotenv(dotenv)
    assert values["ADVISOR_TZ"] == "Africa/Nairobi"
    assert values["ADVISOR_DB"] == "/var/lib/advisor/a#b.sqlite3"
    assert values["ADVISOR_STAFF_CHAT_ID"] == ""
    assert values["TELEGRAM_API_URL"] == "http://127.0.0.1:8081/#x"  # no space: not a comment
    settings = load_settings({}, dotenv, require_token=False)
    assert (settings.tz, settings.quiet_hours) == ("Africa/Nairobi", (22, 7))
    assert settings.admin_ids == {11, 12}
