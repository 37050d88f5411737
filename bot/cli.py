"""The `msme-advisor` console script: run, chat, plan, check, content, backup, restore, health."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dtm
import json
import logging
import secrets
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bot import __version__, logs
from bot.config import Settings, SettingsError, load_settings
from bot.content import load_knowledge
from bot.coverage import coverage_report
from bot.cuecache import CueCache
from bot.health import MAX_AGE, verdict
from bot.knowledge import Knowledge, default_root
from bot.plan import build_plan, render_blocks, render_json
from bot.relief import matching
from bot.store import (
    DatabaseError,
    DatabaseUnavailable,
    backup_database,
    check_database,
    lock_database,
    read_health,
    restore_database,
    take_lock,
)
from bot.yamlfile import ContentError, LineDict, load_yaml

#: Seconds after start that `run` writes the parsed cues it could not take from the cache.
CUE_CACHE_DELAY = 5
EXIT_CONTENT = 1
EXIT_SETTINGS = 2
EXIT_USAGE = 2  # as argparse
EXIT_DATABASE = 3
EXIT_CONFLICT = 4  # another instance polls with the same token


def _knowledge(settings: Settings) -> Knowledge:
    cache = CueCache.beside(settings.db_path, settings.token)
    knowledge = load_knowledge(settings.content, cache)
    cache.save()
    return knowledge


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """Validate the content and print a coverage summary."""
    knowledge = _knowledge(settings)  # knowledge/relief.yaml included, ids checked
    report, problems = coverage_report(knowledge)
    files = settings.content
    if files.own is not None:
        own = [p for folder in ("knowledge", "conversations")
               for p in (files.own / folder).rglob("*.yaml")]
        print(f"Content: {len(own)} file(s) of {files.own} over the shipped content.")
    print(report)
    for warning in knowledge.warnings:
        print(f"warning: {warning}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return EXIT_CONTENT if problems else 0


def cmd_content(args: argparse.Namespace, settings: Settings) -> int:
    """`content init DIR`: copy the shipped content as the organisation's starting point."""
    target = Path(args.dir)
    taken = [folder for folder in ("knowledge", "conversations") if (target / folder).exists()]
    if taken:
        print(f"msme-advisor: {target} already has {' and '.join(f'{f}/' for f in taken)}: "
              f"nothing was copied, so no edit is lost (choose an empty folder).",
              file=sys.stderr)
        return EXIT_CONTENT
    shipped = default_root()
    files = sorted(p for folder in ("knowledge", "conversations")
                   for p in (shipped / folder).rglob("*.yaml"))
    try:
        for path in files:
            copy = target / path.relative_to(shipped)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
    except OSError as error:
        print(f"msme-advisor: cannot write in {target}: {error.strerror}.", file=sys.stderr)
        return EXIT_CONTENT
    print(f"Copied the shipped content ({len(files)} files) to {target}. Set "
          f"ADVISOR_CONTENT_DIR={target.resolve()}, edit the files (you may delete those you "
          f"keep as shipped), run msme-advisor check, then /reload the bot.")
    return 0


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
    # The description reader is not imported before `run` polls: only plan needs it here.
    from bot.describe import MAX_DESCRIPTION, Describer, understood, understood_lines
    from bot.sharpen import unanswered

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
    # python-telegram-bot is slow to import: chat and run only
    from bot.terminal import chat, chat_database

    logging.basicConfig(level=logging.WARNING)
    # Never the deployment's database: trying the bot there must not add to the real data.
    path = Path(args.db) if args.db else chat_database()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"msme-advisor: cannot create {path.parent}: {error.strerror}; give another "
              f"file with --db.", file=sys.stderr)
        return EXIT_CONTENT
    settings = dataclasses.replace(settings, db_path=str(path))
    asyncio.run(chat(settings, _knowledge(settings), args.lang))
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """The bot on Telegram, by long polling."""
    # python-telegram-bot is slow to import: only chat and run need it, not check and plan.
    from telegram import Update
    from telegram.error import InvalidToken

    from bot.app import build_application
    from bot.context import AdvisorApplication
    from bot.link import Link, MonitoredRequest
    from bot.serving import Serving

    logs.setup("DEBUG" if args.verbose else settings.log_level, settings.log_format,
               settings.token)
    cache = CueCache.beside(settings.db_path, settings.token, made=True)
    knowledge = load_knowledge(settings.content, cache)
    # One instance per database: the lock file stays open, and so locked, until the process
    # ends (the kernel frees it then, kill -9 included).
    lock_database(settings.db_path)
    # The database before Telegram: a fault there is one sentence at once, not a traceback
    # after connecting (or never, were Telegram unreachable).
    asyncio.run(check_database(settings.db_path, settings.backup_dir))
    link = Link(settings.api_url)
    serving = Serving(link, webhook=bool(args.webhook_url))
    app = build_application(settings, knowledge, rate_limit=True, serving=serving,
                            request=MonitoredRequest(link, connection_pool_size=256),
                            updates_request=MonitoredRequest(link, connection_pool_size=1))

    def without_rejected_token(record: logging.LogRecord) -> bool:
        # PTB logs a rejected token with a traceback before raising it; said below instead.
        return not (record.exc_info and isinstance(record.exc_info[1], InvalidToken))

    for handler in logging.getLogger().handlers:
        handler.addFilter(without_rejected_token)
    if app.job_queue is not None and isinstance(app, AdvisorApplication):
        advisor = app.advisor

        # Once polling runs, not before: the knowledge just read is cached, and the
        # description reader is made (its modules imported, its cues read from the cache),
        # so that the first /plan need not wait for either.
        async def after_start(_: object) -> None:
            await asyncio.to_thread(cache.save)
            await asyncio.to_thread(lambda: advisor.describer)

        app.job_queue.run_once(after_start, CUE_CACHE_DELAY, name="content cache and reader")
    # Telegram unreachable at start-up: keep trying (getMe and the like are retried with
    # backoff by the rate limiter first), rather than exit and need an outside restart.
    try:
        if args.webhook_url:
            from bot import webhook

            # Telegram sends the secret in a header; requests without it get 403.
            secret = settings.webhook_secret or secrets.token_urlsafe(32)
            path = secrets.token_hex(8)
            asyncio.run(webhook.serve(app, args.listen, args.port, path,
                                      f"{args.webhook_url.rstrip('/')}/{path}", secret,
                                      serving=serving))
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
            if isinstance(app, AdvisorApplication) and app.conflict:
                return EXIT_CONFLICT
    except InvalidToken:
        print("msme-advisor: Telegram rejected TELEGRAM_BOT_TOKEN (it was revoked or mistyped): "
              "copy the token again from @BotFather (/mybots, API Token).", file=sys.stderr)
        return EXIT_SETTINGS
    return 0


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    """A checked copy of the database, made while the bot may be running."""
    copy = backup_database(Path(settings.db_path), Path(args.file))
    print(f"Backed up {settings.db_path} to {copy.path} ({_size(copy.size)}, integrity ok, "
          f"{copy.seconds:.1f} s).")
    return 0


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    """Put a backup in the database's place (the bot stopped)."""
    lock = take_lock(settings.db_path)  # refused while a running bot holds the database
    try:
        kept = restore_database(Path(args.file), Path(settings.db_path))
    finally:
        lock.release()
    aside = f"; the database it replaced is kept as {kept}" if kept else ""
    print(f"Restored {args.file} into {settings.db_path}{aside}. Start the bot again.")
    return 0


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 when the database answers and the running bot reached Telegram lately."""
    record = read_health(Path(settings.db_path))
    healthy, reason = verdict(record, time.time(), args.max_age)
    if healthy and not _held(settings.db_path):
        # The record outlives a killed bot by up to --max-age; the lock dies with it.
        healthy, reason = False, f"no msme-advisor run holds {settings.db_path}"
    print(reason if healthy else f"unhealthy: {reason}")
    return 0 if healthy else EXIT_CONTENT


def _held(db_path: str) -> bool:
    """Whether a running `run` holds the database's instance lock."""
    try:
        lock = take_lock(db_path)
    except DatabaseUnavailable:
        return True
    lock.release()
    return False


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def parser() -> argparse.ArgumentParser:
    """The command line."""
    top = argparse.ArgumentParser(prog="msme-advisor", description=__doc__)
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = top.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot on Telegram (long polling)")
    run.add_argument("--verbose", action="store_true")
    run.add_argument("--webhook-url", help="receive updates by webhook at this public URL")
    run.add_argument("--listen", default="127.0.0.1", help="webhook: address to listen on")
    run.add_argument("--port", type=int, default=8443, help="webhook: port to listen on")
    chat = sub.add_parser("chat", help="talk to the advisor in the terminal, offline")
    chat.add_argument("--lang", choices=["en", "fr", "es"], default=None)
    chat.add_argument("--db", help="its database file (default: one in your cache folder, "
                                   "never ADVISOR_DB)")
    plan = sub.add_parser("plan", help="print the plan for a description or a file of answers")
    plan.add_argument("description", nargs="?",
                      help="the business in a few sentences (en, fr or es)")
    plan.add_argument("--answers", help="YAML file: question_id: option_id")
    plan.add_argument("--format", choices=["text", "markdown", "json", "pdf"], default="text")
    plan.add_argument("--output", help="write the plan to this file (needed for pdf)")
    plan.add_argument("--lang", default=None,
                      help="language of the output, and of the description (default: guessed)")
    sub.add_parser("check", help="validate knowledge/ and conversations/, print coverage")
    content = sub.add_parser("content", help="the organisation's own copy of the content")
    content_sub = content.add_subparsers(dest="action", required=True)
    init = content_sub.add_parser("init", help="copy the shipped content into a new folder")
    init.add_argument("dir", help="the folder (ADVISOR_CONTENT_DIR) to create")
    backup = sub.add_parser("backup", help="copy the database (ADVISOR_DB) while the bot runs, "
                                           "and check the copy")
    backup.add_argument("file", help="the copy to write, or a folder to write it in")
    restore = sub.add_parser("restore", help="put a backup in ADVISOR_DB's place (stop the "
                                             "bot first)")
    restore.add_argument("file", help="the backup to restore")
    check_health = sub.add_parser("health", help="exit 0 if the running bot is healthy (for "
                                                 "Docker and systemd)")
    check_health.add_argument("--max-age", type=float, default=MAX_AGE,
                              help="seconds since Telegram last answered that still count as "
                                   "healthy (default %(default)s)")
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = parser().parse_args(argv)
    try:
        settings = load_settings(require_token=args.command == "run")
    except SettingsError as error:
        print(f"msme-advisor: {error}", file=sys.stderr)
        return EXIT_SETTINGS
    commands = {"run": cmd_run, "chat": cmd_chat, "plan": cmd_plan, "check": cmd_check,
                "backup": cmd_backup, "restore": cmd_restore, "content": cmd_content,
                "health": cmd_health}
    try:
        return commands[args.command](args, settings)
    except DatabaseUnavailable as error:  # before DatabaseError, which it is a kind of
        print(f"msme-advisor: {error}", file=sys.stderr)
        return EXIT_DATABASE
    except (ContentError, DatabaseError) as error:
        print(f"msme-advisor: {error}", file=sys.stderr)
        return EXIT_CONTENT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
