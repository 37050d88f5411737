"""Settings from the environment or a .env file, checked once at start-up."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.knowledge import default_root
from bot.nudges import parse_quiet_hours
from bot.yamlfile import ContentFiles

DEFAULT_API_URL = "https://api.telegram.org"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
TOKEN_PATTERN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,}$")


#: Telegram's own accounts, never a person: service notifications, the sender of channel
#: posts in groups, anonymous group admins.
SERVICE_IDS = frozenset({777000, 136817688, 1087968824})
#: Telegram user ids have at most 52 significant bits.
MAX_USER_ID = 2**52 - 1


def person_id(user_id: int) -> bool:
    """Whether a number can be a person's Telegram user id (who may be staff)."""
    return 0 < user_id <= MAX_USER_ID and user_id not in SERVICE_IDS


#: What a logo file starts with: PNG, JPEG.
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class Branding:
    """The support organisation offering the advisor: on the PDF, the welcome, the description."""

    name: str = ""
    contact: str = ""
    logo: Path | None = None


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one sentence for the operator."""


@dataclass(frozen=True)
class Settings:
    """Everything the advisor reads from its environment."""

    token: str = ""
    api_url: str = DEFAULT_API_URL
    db_path: str = "advisor.sqlite3"
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    time_scale: float = 1.0
    #: The organisation's own content (ADVISOR_CONTENT_DIR), over the shipped content.
    content_dir: Path | None = None
    tz: str = "UTC"
    quiet_hours: tuple[int, int] | None = (21, 8)
    send_rate: float = 30.0
    webhook_secret: str = ""
    broadcast_per_second: float = 30.0
    group_per_minute: int = 20
    staff_chat_id: int | None = None
    concurrent_updates: int = 64
    log_level: str = "INFO"
    log_format: str = "text"
    backup_dir: Path | None = None
    backup_keep: int = 14
    branding: Branding = field(default_factory=Branding)

    @property
    def content(self) -> ContentFiles:
        """The content files: the organisation's own, file by file over the shipped ones."""
        return ContentFiles(default_root(), self.content_dir)

    def __repr__(self) -> str:
        # The token must never reach a log line, even through a repr.
        return f"Settings(api_url={self.api_url!r}, db_path={self.db_path!r})"


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file; comments, trailing ones too, and blank lines are ignored."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip().removeprefix("export ").strip()] = _dotenv_value(value)
    return values


def _dotenv_value(text: str) -> str:
    """A value as docker compose and python-dotenv read it: quoted, or up to a ` #` comment."""
    text = text.strip()
    if text[:1] in ("'", '"'):
        end = text.find(text[0], 1)
        if end > 0:
            return text[1:end]
    return re.split(r"\s#", text, maxsplit=1)[0].strip()


def load_settings(
    environ: Mapping[str, str] | None = None,
    dotenv: Path | None = Path(".env"),
    require_token: bool = True,
) -> Settings:
    """Read the settings; the environment wins over the .env file."""
    given = os.environ if environ is None else environ
    env = {**(read_dotenv(dotenv) if dotenv else {}), **given}
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if require_token and not token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set: put the token from @BotFather in the "
                            "environment or in a .env file.")
    if token and not TOKEN_PATTERN.match(token):
        raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token "
                            "(digits, a colon, then letters).")
    api_url = env.get("TELEGRAM_API_URL", "").strip() or DEFAULT_API_URL
    if not re.match(r"^https?://[^\s/]+", api_url):
        raise SettingsError(f"TELEGRAM_API_URL must be an http(s) URL, not {api_url!r}.")
    admin_ids: set[int] = set()
    for part in env.get("ADVISOR_ADMIN_IDS", "").replace(";", ",").split(","):
        if part.strip():
            if not re.fullmatch(r"-?\d+", part.strip()):
                raise SettingsError(f"ADVISOR_ADMIN_IDS must list numeric Telegram user ids; "
                                    f"{part.strip()!r} is not one.")
            if not person_id(int(part)):
                raise SettingsError(f"ADVISOR_ADMIN_IDS lists {part.strip()}, which is not a "
                                    f"person's Telegram user id (one of Telegram's own "
                                    f"accounts, or out of range).")
            admin_ids.add(int(part))
    time_scale = _positive(env, "ADVISOR_TIME_SCALE", "1", 1000,
                           "a positive number such as 1 or 0.001")
    content = env.get("ADVISOR_CONTENT_DIR", "").strip()
    if content and not Path(content).is_dir():
        raise SettingsError(f"ADVISOR_CONTENT_DIR must be a folder (msme-advisor content init "
                            f"FOLDER makes one), and {content!r} is not.")
    tz = env.get("ADVISOR_TZ", "").strip() or "UTC"
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"ADVISOR_TZ must be a time zone such as UTC or Africa/Nairobi, "
                            f"not {tz!r}.") from None
    quiet_text = env.get("ADVISOR_QUIET_HOURS", "21-8")
    try:
        quiet_hours = parse_quiet_hours(quiet_text)
    except ValueError:
        raise SettingsError(f"ADVISOR_QUIET_HOURS must be two hours such as 21-8, or empty for "
                            f"none, not {quiet_text!r}.") from None
    send_rate = _positive(env, "ADVISOR_SEND_RATE", "30", 10000,
                          "a positive number of messages per second such as 30")
    webhook_secret = env.get("ADVISOR_WEBHOOK_SECRET", "").strip()
    if webhook_secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", webhook_secret):
        raise SettingsError("ADVISOR_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, "
                            "_ and -.")
    log_level = env.get("ADVISOR_LOG_LEVEL", "").strip().upper() or "INFO"
    if log_level not in LOG_LEVELS:
        raise SettingsError(f"ADVISOR_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, "
                            f"not {log_level!r}.")
    log_format = env.get("ADVISOR_LOG_FORMAT", "").strip().lower() or "text"
    if log_format not in ("text", "json"):
        raise SettingsError(f"ADVISOR_LOG_FORMAT must be text or json, not {log_format!r}.")
    backup_dir = env.get("ADVISOR_BACKUP_DIR", "").strip()
    staff_chat = env.get("ADVISOR_STAFF_CHAT_ID", "").strip()
    if staff_chat and not re.fullmatch(r"-?\d+", staff_chat):
        raise SettingsError(f"ADVISOR_STAFF_CHAT_ID must be a numeric chat id, "
                            f"not {staff_chat!r}.")
    return Settings(
        branding=_branding(env),
        token=token,
        api_url=api_url.rstrip("/"),
        db_path=env.get("ADVISOR_DB", "").strip() or "advisor.sqlite3",
        admin_ids=frozenset(admin_ids),
        time_scale=time_scale,
        content_dir=Path(content) if content else None,
        tz=tz,
        quiet_hours=quiet_hours,
        send_rate=send_rate,
        webhook_secret=webhook_secret,
        broadcast_per_second=_positive(env, "ADVISOR_BROADCAST_PER_SECOND", "30", 100000,
                                       "a positive number such as 30"),
        group_per_minute=int(_positive(env, "ADVISOR_GROUP_PER_MINUTE", "20", 100000,
                                       "a positive number such as 20")),
        staff_chat_id=int(staff_chat) if staff_chat else None,
        concurrent_updates=int(_positive(env, "ADVISOR_CONCURRENT_UPDATES", "64", 4096,
                                         "a positive whole number such as 64")),
        log_level=log_level,
        log_format=log_format,
        backup_dir=Path(backup_dir) if backup_dir else None,
        backup_keep=_whole(env, "ADVISOR_BACKUP_KEEP", "14", 10000,
                           "a whole number of daily backups to keep, such as 14"),
    )


def _whole(env: Mapping[str, str], key: str, default: str, upper: int, hint: str) -> int:
    """A whole-number setting in [1, upper]; anything else is one sentence naming it."""
    text = env.get(key, "").strip() or default
    if not text.isdigit() or not 1 <= int(text) <= upper:
        raise SettingsError(f"{key} must be {hint}, not {text!r}.")
    return int(text)


def _branding(env: Mapping[str, str]) -> Branding:
    """ADVISOR_ORG_NAME, ADVISOR_ORG_CONTACT and ADVISOR_ORG_LOGO (a PNG or JPEG file)."""
    name = " ".join(env.get("ADVISOR_ORG_NAME", "").split())
    contact = " ".join(env.get("ADVISOR_ORG_CONTACT", "").split())
    for key, value, limit in (("ADVISOR_ORG_NAME", name, 80),
                              ("ADVISOR_ORG_CONTACT", contact, 120)):
        if len(value) > limit:
            raise SettingsError(f"{key} must be at most {limit} characters, not {len(value)}.")
    logo_text = env.get("ADVISOR_ORG_LOGO", "").strip()
    logo = Path(logo_text).expanduser() if logo_text else None
    if logo is not None:
        try:
            with logo.open("rb") as image:
                head = image.read(8)
        except OSError:
            raise SettingsError(f"ADVISOR_ORG_LOGO must be a readable image file; "
                                f"{logo_text!r} cannot be read.") from None
        if not head.startswith(IMAGE_MAGIC):
            raise SettingsError(f"ADVISOR_ORG_LOGO must be a PNG or JPEG file; "
                                f"{logo_text!r} is neither.")
    return Branding(name, contact, logo)


def _positive(env: Mapping[str, str], key: str, default: str, upper: float, hint: str) -> float:
    """A number setting in (0, upper]; anything else is one sentence naming the setting."""
    text = env.get(key, "").strip() or default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= upper:
        raise SettingsError(f"{key} must be {hint}, not {text!r}.")
    return value
