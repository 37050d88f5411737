"""A Bot API in memory: the transport of `msme-advisor chat`, the tests and the benchmarks.

`FakeBotAPI` answers the Bot API methods the advisor uses, enforces the limits that bite
(4096 characters, 64-byte callback data, well-formed HTML) and records every call.
`InProcessRequest` plugs it into python-telegram-bot in place of the HTTP client, the way
PTB's own test-suite swaps the request object.
"""

from __future__ import annotations

import asyncio
import collections
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "MSME Crisis Advisor",
    "username": "msme_advisor_bot",
}
TELEGRAM_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
DESCRIPTION_LIMIT = 512
SHORT_DESCRIPTION_LIMIT = 120
CALLBACK_DATA_LIMIT = 64

Listener = Callable[[str, dict[str, Any], Any], None]


@dataclass(frozen=True)
class Limits:
    """Telegram's sending limits, enforced with 429 (retry after 1 s) past them.

    Overall: `per_second` in any one-second window. A group: `group_per_minute` in any
    minute. A private chat (when `chat_per_second` is set): a bucket of `chat_burst`
    messages refilled at `chat_per_second`. `slack` allows for timer jitter, as Telegram
    allows short bursts. Sends, copies, documents and edits count; callback answers do not.
    """

    per_second: float = 30.0
    group_per_minute: int = 20
    chat_per_second: float | None = None
    chat_burst: float = 3.0
    slack: float = 0.1


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


class _HtmlChecker(HTMLParser):
    """Checks Telegram's HTML subset and measures the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.visible = 0
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.error = self.error or f"Unsupported start tag \"{tag}\""
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.error = self.error or f"Unmatched end tag \"{tag}\""

    def handle_data(self, data: str) -> None:
        # Telegram counts UTF-16 code units.
        self.visible += len(data.encode("utf-16-le")) // 2


def visible_length(text: str, parse_mode: str | None) -> int:
    """Length of a message as Telegram counts it, after entity parsing; -1 if it cannot parse."""
    if parse_mode != "HTML":
        return len(text.encode("utf-16-le")) // 2
    checker = _HtmlChecker()
    checker.feed(text)
    checker.close()
    if checker.error or checker.open:
        return -1
    return checker.visible


def plain(text: str) -> str:
    """Telegram HTML as terminal text."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


class FakeBotAPI:
    """The state of a pretend Telegram: chats, messages, pending updates, recorded calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.updates: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.listeners: list[Listener] = []
        self.blocked: set[int] = set()
        #: chat id -> errors to answer to the next sends there, one per send (tests).
        self.faults: dict[int, list[ApiError]] = {}
        #: group id -> supergroup id: sends to the old id answer "migrated".
        self.migrated: dict[int, int] = {}
        #: Limits enforced with 429, or None for none.
        self.limits: Limits | None = None
        self.too_many = 0
        self._sent_at: collections.deque[float] = collections.deque()
        self._group_sent: dict[int, list[float]] = {}
        self._chat_tokens: dict[int, tuple[float, float]] = {}  # chat -> (tokens, at)
        #: ("description" or "short_description", language code or "") -> the text set.
        self.descriptions: dict[tuple[str, str], str] = {}
        self._message_ids = itertools.count(1)
        #: file_id -> the size in bytes of each photo uploaded (the bytes are in `calls`).
        self.photos: dict[str, int] = {}
        # Unique across fake APIs, as Telegram's are across bots: a file_id one never gave
        # is unknown to it.
        self._file_ids = itertools.count(time.time_ns() // 1000)
        # Telegram's update ids only grow; starting from the clock keeps that true across
        # several fake servers in one test, as the advisor drops ids it has seen.
        self._update_ids = itertools.count(time.time_ns() // 1000)

    # --- what the bot calls ------------------------------------------------------------

    def call(self, method: str, params: dict[str, Any]) -> Any:
        """Answer one Bot API method, or raise ApiError."""
        self.calls.append((method, params))
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        result = handler(params)
        for listener in self.listeners:
            listener(method, params, result)
        return result

    def _m_getme(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    def _m_setmycommands(self, params: dict[str, Any]) -> Any:
        return True

    def _describe(self, kind: str, limit: int, params: dict[str, Any]) -> Any:
        text = str(params.get(kind, ""))
        if len(text) > limit:
            raise ApiError(400, f"Bad Request: {kind.replace('_', ' ')} is too long")
        self.descriptions[(kind, str(params.get("language_code", "")))] = text
        return True

    def _m_setmydescription(self, params: dict[str, Any]) -> Any:
        return self._describe("description", DESCRIPTION_LIMIT, params)

    def _m_setmyshortdescription(self, params: dict[str, Any]) -> Any:
        return self._describe("short_description", SHORT_DESCRIPTION_LIMIT, params)

    _m_deletemycommands = _m_setmycommands
    _m_deletewebhook = _m_setmycommands
    _m_setwebhook = _m_setmycommands  # the parameters stay in `calls` for the tests
    _m_sendchataction = _m_setmycommands
    _m_answercallbackquery = _m_setmycommands
    _m_leavechat = _m_setmycommands

    def _chat(self, params: dict[str, Any]) -> int:
        chat_id = int(params["chat_id"])
        if self.faults.get(chat_id):
            raise self.faults[chat_id].pop(0)
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.migrated:
            raise ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                           {"migrate_to_chat_id": self.migrated[chat_id]})
        self._enforce_limits(chat_id)
        return chat_id

    def _enforce_limits(self, chat_id: int) -> None:
        """Answer 429 when a limit is exceeded (see Limits)."""
        limits = self.limits
        if limits is None:
            return
        now = time.monotonic()
        while self._sent_at and self._sent_at[0] <= now - 1.0:
            self._sent_at.popleft()
        over = len(self._sent_at) >= limits.per_second * (1 + limits.slack)
        group = [t for t in self._group_sent.get(chat_id, []) if t > now - 60.0]
        if chat_id < 0:
            over = over or len(group) >= limits.group_per_minute
        tokens = 0.0
        if chat_id > 0 and limits.chat_per_second:
            left, at = self._chat_tokens.get(chat_id, (limits.chat_burst, now))
            tokens = min(limits.chat_burst, left + (now - at) * limits.chat_per_second)
            over = over or tokens < 1 - limits.slack
        if over:
            self.too_many += 1
            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        self._sent_at.append(now)
        if chat_id < 0:
            self._group_sent[chat_id] = [*group, now]
        elif limits.chat_per_second:
            self._chat_tokens[chat_id] = (tokens - 1, now)

    def fail_next(self, chat_id: int, code: int, description: str,
                  parameters: dict[str, Any] | None = None) -> None:
        """Make the next send to a chat answer an error (429, 403, 5xx...)."""
        self.faults.setdefault(chat_id, []).append(ApiError(code, description, parameters))

    def _check_markup(self, params: dict[str, Any]) -> None:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= CALLBACK_DATA_LIMIT:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _check_text(self, text: str, parse_mode: str | None, limit: int) -> None:
        length = visible_length(text, parse_mode)
        if length < 0:
            raise ApiError(400, "Bad Request: can't parse entities")
        if length == 0 and limit == TEXT_LIMIT:
            raise ApiError(400, "Bad Request: message text is empty")
        if length > limit:
            raise ApiError(400, "Bad Request: message is too long")

    def _new_message(self, chat_id: int, params: dict[str, Any], **content: Any) -> Any:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": BOT_USER,
            **content,
        }
        if params.get("reply_markup"):
            markup = params["reply_markup"]
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _m_sendmessage(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        text = str(params.get("text", ""))
        self._check_text(text, params.get("parse_mode"), TEXT_LIMIT)
        self._check_markup(params)
        return self._new_message(chat_id, params, text=text)

    def _m_senddocument(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        caption = str(params.get("caption", ""))
        self._check_text(caption, params.get("parse_mode"), CAPTION_LIMIT)
        files = params.get("_files") or {}
        name = next(iter(files.values()))[0] if files else "document"  # an upload's own name
        document = {"file_id": f"doc{len(self.messages)}", "file_unique_id": "u",
                    "file_name": name}
        return self._new_message(chat_id, params, document=document, caption=caption)

    def _m_sendphoto(self, params: dict[str, Any]) -> Any:
        """An uploaded photo gets a file_id; a file_id sent again must be one we gave."""
        chat_id = self._chat(params)
        caption = str(params.get("caption", ""))
        self._check_text(caption, params.get("parse_mode"), CAPTION_LIMIT)
        self._check_markup(params)
        photo = params.get("photo")
        if params.get("_files"):
            file_id = f"photo{next(self._file_ids)}"
            self.photos[file_id] = len(next(iter(params["_files"].values()))[1])
        elif isinstance(photo, str) and photo in self.photos:
            file_id = photo
        else:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        sizes = [{"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 320,
                  "height": 180}]
        return self._new_message(chat_id, params, photo=sizes, caption=caption)

    def _m_copymessage(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        return {"message_id": self._new_message(chat_id, params, text="(copy)")["message_id"]}

    def _m_editmessagetext(self, params: dict[str, Any]) -> Any:
        key = (int(params["chat_id"]), int(params["message_id"]))
        if key not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        self._enforce_limits(key[0])
        text = str(params.get("text", ""))
        self._check_text(text, params.get("parse_mode"), TEXT_LIMIT)
        self._check_markup(params)
        message = self.messages[key]
        if message.get("text") == text and message.get("reply_markup") == params.get(
            "reply_markup"
        ):
            raise ApiError(400, "Bad Request: message is not modified")
        message["text"] = text
        message["edit_date"] = int(time.time())
        message.pop("reply_markup", None)
        if params.get("reply_markup"):
            markup = params["reply_markup"]  # a JSON string when it came over HTTP
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return message

    def _m_editmessagereplymarkup(self, params: dict[str, Any]) -> Any:
        key = (int(params["chat_id"]), int(params["message_id"]))
        if key not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        self._enforce_limits(key[0])
        message = self.messages[key]
        message.pop("reply_markup", None)
        if params.get("reply_markup"):
            markup = params["reply_markup"]  # a JSON string when it came over HTTP
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return message

    def _m_deletemessage(self, params: dict[str, Any]) -> Any:
        key = (int(params["chat_id"]), int(params["message_id"]))
        return self.messages.pop(key, None) is not None

    # --- what users do -----------------------------------------------------------------

    def next_update_id(self) -> int:
        """A fresh update id."""
        return next(self._update_ids)

    @staticmethod
    def person(user_id: int, language: str = "en", name: str = "Owner") -> dict[str, Any]:
        """A Telegram user dict."""
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": language}

    def text_update(
        self, user: dict[str, Any], text: str, chat: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """An update carrying a text message from a user (a command if it starts with /)."""
        chat = chat or {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            length = len(command.encode("utf-16-le")) // 2
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": self.next_update_id(), "message": message}

    def raw_update(self, body: dict[str, Any]) -> dict[str, Any]:
        """An update with any body at all, such as one the library cannot read."""
        return {"update_id": self.next_update_id(), **body}

    def message_update(
        self, user: dict[str, Any], content: dict[str, Any], chat: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """An update with any other message content (a sticker, a photo...)."""
        chat = chat or {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        message = {"message_id": next(self._message_ids), "date": int(time.time()),
                   "chat": chat, "from": user, **content}
        return {"update_id": self.next_update_id(), "message": message}

    def press_update(self, user: dict[str, Any], message_id: int, data: str) -> dict[str, Any]:
        """An update for a user pressing an inline button under a bot message."""
        chat_id = user["id"]
        message = self.messages.get((chat_id, message_id)) or {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": "…",
        }
        query = {
            "id": str(self.next_update_id()),
            "from": user,
            "chat_instance": str(chat_id),
            "message": message,
            "data": data,
        }
        return {"update_id": self.next_update_id(), "callback_query": query}

    # --- what the tests read -----------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        """Messages the bot has in a chat, oldest first, as they are now (after edits)."""
        return [m for (c, _), m in sorted(self.messages.items()) if c == chat_id
                and m.get("from", {}).get("id") == BOT_USER["id"]]

    def last_keyboard(self, chat_id: int) -> tuple[int, list[tuple[str, str]]] | None:
        """The newest bot message in the chat that has buttons: (message id, [(label, data)])."""
        for message in reversed(self.sent_to(chat_id)):
            markup = message.get("reply_markup")
            if markup and markup.get("inline_keyboard"):
                buttons = [(b["text"], b.get("callback_data") or b.get("url", ""))
                           for row in markup["inline_keyboard"] for b in row]
                return message["message_id"], buttons
        return None


class InProcessRequest(BaseRequest):
    """A `BaseRequest` that hands every call to a FakeBotAPI instead of the network."""

    def __init__(self, api: FakeBotAPI, poll_timeout: float = 1.0) -> None:
        self.api = api
        self.poll_timeout = poll_timeout
        #: Delivered, not yet confirmed by a later offset.
        self.unconfirmed: list[dict[str, Any]] = []

    @property
    def read_timeout(self) -> float | None:
        """How long getUpdates may wait."""
        return self.poll_timeout

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Answer the call from the in-memory Bot API."""
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        if request_data and request_data.multipart_data:
            # Uploaded files, by field name: (filename, bytes, mime type). For the tests.
            params["_files"] = dict(request_data.multipart_data)
        try:
            if name == "getUpdates":
                result: Any = await self._get_updates(params)
            else:
                result = self.api.call(name, params)
        except ApiError as error:
            body: dict[str, Any] = {"ok": False, "error_code": error.code,
                                    "description": error.description}
            if error.parameters:
                body["parameters"] = error.parameters
            return error.code, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": result}).encode()

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Telegram's getUpdates: what an `offset` has not confirmed is delivered again."""
        offset = int(params.get("offset") or 0)
        self.unconfirmed = [u for u in self.unconfirmed if u["update_id"] >= offset]
        if not self.unconfirmed:
            try:
                first = await asyncio.wait_for(self.api.updates.get(), timeout=self.poll_timeout)
            except TimeoutError:
                return []
            self.unconfirmed.append(first)
        while not self.api.updates.empty() and len(self.unconfirmed) < 100:
            self.unconfirmed.append(self.api.updates.get_nowait())
        return list(self.unconfirmed)
