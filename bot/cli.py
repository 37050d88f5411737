"""The `msme-advisor` console script: run, chat, plan, check."""

from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import sys
from pathlib import Path
from typing import Any

from bot.config import Settings, SettingsError, load_settings
from bot.content import ContentError, LineDict, load_yaml
from bot.knowledge import Knowledge, load_knowledge
from bot.plan import build_plan, render_blocks, render_json

EXIT_CONTENT = 1
EXIT_SETTINGS = 2


class TokenFilter(logging.Filter):
    """Masks the bot token wherever a library might log it (URLs above all)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the token in the formatted message."""
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg, record.args = message.replace(self.token, "<token>"), None
        return True


def _setup_logging(settings: Settings, verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the URL
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per nudge tick
    for handler in logging.getLogger().handlers:
        handler.addFilter(TokenFilter(settings.token))


def _knowledge(settings: Settings) -> Knowledge:
    return load_knowledge(settings.content_root)


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """Validate the content and print a coverage summary."""
    from bot.coverage import coverage_report
    from bot.relief import load_relief

    knowledge = _knowledge(settings)
    load_relief(settings.content_root)  # raises ContentError with file and line
    report, problems = coverage_report(knowledge)
    print(report)
    for warning in knowledge.warnings:
        print(f"warning: {warning}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return EXIT_CONTENT if problems else 0


def cmd_plan(args: argparse.Namespace, settings: Settings) -> int:
    """Print the plan for a file of answers."""
    knowledge = _knowledge(settings)
    raw: Any = load_yaml(Path(args.answers))
    if not isinstance(raw, LineDict):
        raise ContentError(f"{args.answers}:1: expected a mapping of question: option")
    answers = {str(k): str(v) for k, v in raw.items() if v is not None}
    for key, value in answers.items():
        question = knowledge.question(key)
        if question is None:
            raise ContentError(f"{raw.where(key)}: unknown question '{key}'")
        if question.option(value) is None:
            raise ContentError(f"{raw.where(key)}: question '{key}' has no option '{value}'")
    plan = build_plan(knowledge, answers)
    lang = knowledge.language(args.lang)
    if args.format == "json":
        print(render_json(knowledge, plan, lang))
    else:
        print("\n\n".join(render_blocks(knowledge, lang, plan, args.format)))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """Talk to the advisor in the terminal."""
    from bot.terminal import chat

    logging.basicConfig(level=logging.WARNING)
    asyncio.run(chat(settings, _knowledge(settings), args.lang))
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """The bot on Telegram, by long polling."""
    from telegram import Update

    from bot.app import build_application

    _setup_logging(settings, args.verbose)
    app = build_application(settings, _knowledge(settings), rate_limit=True)
    # Telegram unreachable at start-up: keep trying (getMe and the like are retried with
    # backoff by the rate limiter first), rather than exit and need an outside restart.
    retries = -1
    if args.webhook_url:
        # Telegram sends the secret in a header; PTB answers 403 to requests without it.
        secret = settings.webhook_secret or secrets.token_urlsafe(32)
        path = secrets.token_hex(8)
        app.run_webhook(
            listen=args.listen, port=args.port, url_path=path,
            webhook_url=f"{args.webhook_url.rstrip('/')}/{path}", secret_token=secret,
            allowed_updates=Update.ALL_TYPES, bootstrap_retries=retries,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=retries)
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line."""
    top = argparse.ArgumentParser(prog="msme-advisor", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot on Telegram (long polling)")
    run.add_argument("--verbose", action="store_true")
    run.add_argument("--webhook-url", help="receive updates by webhook at this public URL")
    run.add_argument("--listen", default="127.0.0.1", help="webhook: address to listen on")
    run.add_argument("--port", type=int, default=8443, help="webhook: port to listen on")
    chat = sub.add_parser("chat", help="talk to the advisor in the terminal, offline")
    chat.add_argument("--lang", choices=["en", "fr", "es"], default=None)
    plan = sub.add_parser("plan", help="print the plan for a YAML file of answers")
    plan.add_argument("--answers", required=True, help="YAML file: question_id: option_id")
    plan.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    plan.add_argument("--lang", default="en")
    sub.add_parser("check", help="validate knowledge/ and conversations/, print coverage")
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = parser().parse_args(argv)
    try:
        settings = load_settings(require_token=args.command == "run")
    except SettingsError as error:
        print(f"msme-advisor: {error}", file=sys.stderr)
        return EXIT_SETTINGS
    commands = {"run": cmd_run, "chat": cmd_chat, "plan": cmd_plan, "check": cmd_check}
    try:
        return commands[args.command](args, settings)
    except ContentError as error:
        print(f"msme-advisor: {error}", file=sys.stderr)
        return EXIT_CONTENT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
