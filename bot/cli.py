"""The `msme-advisor` console script: run, chat, plan, check."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dtm
import json
import logging
import secrets
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bot.config import Settings, SettingsError, load_settings
from bot.content import load_knowledge
from bot.coverage import coverage_report
from bot.describe import MAX_DESCRIPTION, Describer, understood, understood_lines
from bot.knowledge import Knowledge
from bot.plan import build_plan, render_blocks, render_json
from bot.relief import matching
from bot.sharpen import unanswered
from bot.store import DatabaseUnavailable, check_database, lock_database
from bot.yamlfile import ContentError, LineDict, load_yaml

EXIT_CONTENT = 1
EXIT_SETTINGS = 2
EXIT_USAGE = 2  # as argparse
EXIT_DATABASE = 3
EXIT_CONFLICT = 4  # another instance polls with the same token


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
    knowledge = _knowledge(settings)  # knowledge/relief.yaml included, ids checked
    report, problems = coverage_report(knowledge)
    print(report)
    for warning in knowledge.warnings:
        print(f"warning: {warning}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return EXIT_CONTENT if problems else 0


def _answers_file(knowledge: Knowledge, path: str) -> dict[str, str]:
    raw: Any = load_yaml(Path(path))
    if not isinstance(raw, LineDict):
        raise ContentError(f"{path}:1: expected a mapping of question: option")
    answers = {str(k): str(v) for k, v in raw.items() if v is not None}
    for key, value in answers.items():
        question = knowledge.question(key)
        if question is None:
            raise ContentError(f"{raw.where(key)}: unknown question '{key}'")
        if question.option(value) is None:
            raise ContentError(f"{raw.where(key)}: question '{key}' has no option '{value}'")
    return answers


def cmd_plan(args: argparse.Namespace, settings: Settings) -> int:
    """The plan for a file of answers or a description, printed or written to --output."""
    if (args.answers is None) == (args.description is None):
        print("msme-advisor: give either a description or --answers FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "pdf" and not args.output:
        print("msme-advisor: a PDF is binary, so --format pdf needs --output FILE "
              "(for example --output plan.pdf).", file=sys.stderr)
        return EXIT_USAGE
    knowledge = _knowledge(settings)
    if args.answers is not None:
        answers = _answers_file(knowledge, args.answers)
        lang = knowledge.language(args.lang)
        described = None
    else:
        if len(args.description) > MAX_DESCRIPTION:
            print(f"msme-advisor: the description is longer than {MAX_DESCRIPTION} characters",
                  file=sys.stderr)
            return EXIT_USAGE
        reading = Describer(knowledge).read(args.description, prefer=args.lang)
        answers, lang = reading.answers, knowledge.language(args.lang or reading.lang)
        described = understood(knowledge, answers)
        if not described:
            print("msme-advisor: nothing in the description answers a question", file=sys.stderr)
    plan = build_plan(knowledge, answers)
    # The file's programmes only: changes made in the chat live in the bot's database.
    offered = matching(knowledge.programmes, answers, dtm.date.today())
    content: str | bytes
    if args.format == "pdf":
        from bot.pdf import render_pdf  # ReportLab is slow to import; only pdf needs it

        content = render_pdf(knowledge, lang, plan, dtm.date.today(), offered,
                             settings.branding)
    elif args.format == "json":
        document = json.loads(render_json(knowledge, plan, lang, offered))
        if described is not None:
            document["understood"] = [asdict(item) for item in described]
            # What the chat would ask before this plan, most plan-changing first.
            document["unanswered"] = unanswered(knowledge, answers, limit=None)
        content = json.dumps(document, ensure_ascii=False, indent=2)
    else:
        blocks = render_blocks(knowledge, lang, plan, args.format, offered)
        if described is not None:
            lines = [knowledge.message(lang, "describe_understood_group")]
            lines += [f"- {line}" for line in understood_lines(knowledge, lang, answers)]
            asking = unanswered(knowledge, answers)
            if asking:
                names = ", ".join(knowledge.short_name(lang, qid) for qid in asking)
                lines += ["", knowledge.message(lang, "describe_group_sharpen", questions=names)]
            blocks.insert(0, "\n".join(lines))
        content = "\n\n".join(blocks)
    return _write(args, content)


def _write(args: argparse.Namespace, content: str | bytes) -> int:
    """Print the plan, or write it to --output (required for the binary pdf)."""
    if not args.output:
        print(content)
        return 0
    try:
        if isinstance(content, bytes):
            Path(args.output).write_bytes(content)
        else:
            Path(args.output).write_text(content + "\n", encoding="utf-8")
    except OSError as error:
        print(f"msme-advisor: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return EXIT_CONTENT
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """Talk to the advisor in the terminal."""
    from bot.terminal import chat  # python-telegram-bot is slow to import: chat and run only

    logging.basicConfig(level=logging.WARNING)
    asyncio.run(chat(settings, _knowledge(settings), args.lang))
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """The bot on Telegram, by long polling."""
    # python-telegram-bot is slow to import: only chat and run need it, not check and plan.
    from telegram import Update

    from bot.app import build_application
    from bot.context import AdvisorApplication

    _setup_logging(settings, args.verbose)
    knowledge = _knowledge(settings)
    # One instance per database: the lock file stays open, and so locked, until the process
    # ends (the kernel frees it then, kill -9 included).
    lock_database(settings.db_path)
    # The database before Telegram: a fault there is one sentence at once, not a traceback
    # after connecting (or never, were Telegram unreachable).
    asyncio.run(check_database(settings.db_path))
    app = build_application(settings, knowledge, rate_limit=True)
    # Telegram unreachable at start-up: keep trying (getMe and the like are retried with
    # backoff by the rate limiter first), rather than exit and need an outside restart.
    if args.webhook_url:
        from bot import webhook

        # Telegram sends the secret in a header; requests without it get 403.
        secret = settings.webhook_secret or secrets.token_urlsafe(32)
        path = secrets.token_hex(8)
        asyncio.run(webhook.serve(app, args.listen, args.port, path,
                                  f"{args.webhook_url.rstrip('/')}/{path}", secret))
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
        if isinstance(app, AdvisorApplication) and app.conflict:
            return EXIT_CONFLICT
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
    plan = sub.add_parser("plan", help="print the plan for a description or a file of answers")
    plan.add_argument("description", nargs="?",
                      help="the business in a few sentences (en, fr or es)")
    plan.add_argument("--answers", help="YAML file: question_id: option_id")
    plan.add_argument("--format", choices=["text", "markdown", "json", "pdf"], default="text")
    plan.add_argument("--output", help="write the plan to this file (needed for pdf)")
    plan.add_argument("--lang", default=None,
                      help="language of the output, and of the description (default: guessed)")
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
    except DatabaseUnavailable as error:
        print(f"msme-advisor: {error}", file=sys.stderr)
        return EXIT_DATABASE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
