"""The fake Bot API over HTTP on loopback, for process tests, demos and benchmarks.

Wraps `bot.fakeapi.FakeBotAPI` in a small asyncio HTTP/1.1 server (stdlib only) serving
`/bot<token>/<method>` with form-encoded, JSON or multipart bodies, as PTB's HTTPXRequest
sends them. getUpdates long-polls and honours `offset`: updates not confirmed by a later
offset are delivered again, as Telegram does after a crash.

Use from a test's event loop::

    server = FakeServer()
    await server.start()          # server.url -> TELEGRAM_API_URL
    server.push(server.api.text_update(user, "/start"))
    await server.wait_for(lambda: server.count("sendMessage") >= 2)
    await server.stop()

`push` serves any update body, also one the library cannot read (`api.raw_update(...)`, or a
chat without its `type`).

Fault injection, each for the next n calls of one method (by default any but getUpdates):
`fail_next(n, 500)` or `fail_next(n, 429, retry_after=1, method="getUpdates")` answers an
error; `drop_next(n, processed=True)` closes the connection without an answer (after doing
the call, or before); `delay_next(n, seconds)` answers late; `down_next(seconds)` drops the
call and then refuses connections for that long. `await outage(seconds)` stops listening and
listens again on the same port (`refuse=False`: holds every call unanswered instead);
`latency` delays every call. `log` records every call with its arrival time and status, to
measure how long the bot waited.

From a shell, for demos: `python -m bot.fakeserver 8081` serves on that port and prints what
the bot sends; `python -m bot.fakeserver send "/plan our shop is closed"` (with `--port`,
`--user ID`, `--lang`) writes a user's message to the running server and prints the bot's
replies. Both use POST /_control/send and GET /_control/sent on the server.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qs, parse_qsl

from bot.fakeapi import ApiError, FakeBotAPI, plain

#: The user a shell's `send` writes as, unless it says otherwise.
DEMO_USER = 5
#: Methods whose text a demo shows.
SHOWN = ("sendMessage", "editMessageText", "sendDocument")

#: What Telegram says with these codes.
DESCRIPTIONS = {
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot"
         " instance is running",
    429: "Too Many Requests",
}


@dataclass
class Fault:
    """What to do to one call instead of answering it normally."""

    method: str | None  # lower case; None: any method but getUpdates
    code: int = 0  # answer this error
    parameters: dict[str, Any] = field(default_factory=dict)
    drop: str = ""  # "before" or "after" doing the call: close without an answer
    delay: float = 0.0  # answer this late
    down: float = 0.0  # drop the call, then refuse connections this long


@dataclass
class Logged:
    """One call as the server saw it."""

    at: float  # time.monotonic() on arrival
    method: str
    status: int = 0  # 0 while unanswered or when the connection was dropped


class _Dropped(Exception):
    """Close the connection without answering."""


class FakeServer:
    """An HTTP front for a FakeBotAPI, on 127.0.0.1 and a free port."""

    def __init__(self, api: FakeBotAPI | None = None, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.api = api or FakeBotAPI()
        self.host, self.port = host, port
        self.pending: list[dict[str, Any]] = []  # delivered but not yet confirmed by an offset
        self.latency = 0.0
        self.requests = 0
        self.seen: Counter[str] = Counter()  # calls per method, getUpdates included
        self.log: list[Logged] = []
        self.down = False  # in an outage: not listening
        self._faults: list[Fault] = []
        self._server: asyncio.Server | None = None
        self._changed = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._background: set[asyncio.Task[Any]] = set()  # outages started by down_next

    @property
    def url(self) -> str:
        """The base URL to put in TELEGRAM_API_URL."""
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        """Listen."""
        self._server = await asyncio.start_server(self._serve, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._server is not None:
            self._server.close()
            close_clients = getattr(self._server, "close_clients", None)  # Python 3.13+
            if close_clients is not None:
                close_clients()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 1)
            self._server = None
        current = asyncio.current_task()
        for task in [*self._tasks, *self._background]:
            if task is not current:  # an outage stops the server too
                task.cancel()
        others = [t for t in [*self._tasks, *self._background] if t is not current]
        if others:
            await asyncio.gather(*others, return_exceptions=True)

    # --- control API for tests ---------------------------------------------------------

    def push(self, update: dict[str, Any]) -> None:
        """Queue an update for the bot's next getUpdates."""
        self.api.updates.put_nowait(update)
        self._changed.set()

    def fail_next(self, n: int, code: int = 500, retry_after: int | None = None,
                  method: str | None = None) -> None:
        """Answer the next n calls of a method (default: any but getUpdates) with an error."""
        params = {"retry_after": retry_after} if retry_after is not None else {}
        self._faults += [Fault(_lower(method), code=code, parameters=params) for _ in range(n)]

    def drop_next(self, n: int, method: str | None = None, processed: bool = False) -> None:
        """Close the next n calls' connections unanswered, after or before doing the call."""
        when = "after" if processed else "before"
        self._faults += [Fault(_lower(method), drop=when) for _ in range(n)]

    def delay_next(self, n: int, seconds: float, method: str | None = None) -> None:
        """Answer the next n calls late (longer than the bot's read timeout: a timeout)."""
        self._faults += [Fault(_lower(method), delay=seconds) for _ in range(n)]

    def down_next(self, seconds: float, method: str | None = None) -> None:
        """Drop the next call without doing it, then refuse connections for `seconds`."""
        self._faults.append(Fault(_lower(method), down=seconds))

    async def outage(self, seconds: float, refuse: bool = True) -> None:
        """Refuse connections for `seconds`, then listen again on the same port.

        With refuse=False calls are accepted but not answered, and dropped undone at the end.
        """
        self.down = True
        self._changed.set()
        if refuse:
            await self.stop()
            await asyncio.sleep(seconds)
            await self.start()
        else:
            await asyncio.sleep(seconds)
        self.down = False
        self._changed.set()

    def count(self, method: str) -> int:
        """How many calls of a method were received."""
        return self.seen[method.lower()]

    async def wait_for(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until condition() holds, checking after every call; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        while not condition():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("condition not met in time")
            self._changed.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.05))

    # --- HTTP ----------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                _, path, _ = lines[0].split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, _, v in
                           (line.partition(":") for line in lines[1:] if line)}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                try:
                    status, payload = await self._answer(path, headers, body)
                except _Dropped:
                    break
                data = json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n".encode() + data
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ValueError, OSError,
                asyncio.CancelledError):
            pass  # the client went away (a killed bot) or the server is stopping
        finally:
            writer.close()

    async def _answer(self, path: str, headers: dict[str, str],
                      body: bytes) -> tuple[int, dict[str, Any]]:
        self.requests += 1
        if path.startswith("/_control/"):
            return self._control(path, body)
        parts = path.split("?")[0].strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("bot"):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        method = parts[1]
        self.seen[method.lower()] += 1
        entry = Logged(time.monotonic(), method)
        self.log.append(entry)
        params = self._params(headers.get("content-type", ""), body)
        if self.down:  # a silent outage: hold the call, then drop it undone
            while self.down:
                await asyncio.sleep(0.05)
            raise _Dropped
        fault = self._fault_for(method.lower())
        if self.latency or (fault and fault.delay):
            await asyncio.sleep(self.latency + (fault.delay if fault else 0.0))
        try:
            if fault and fault.down:
                task = asyncio.get_running_loop().create_task(self.outage(fault.down))
                self._background.add(task)
                task.add_done_callback(self._background.discard)
                raise _Dropped
            if fault and fault.drop == "before":
                raise _Dropped
            if fault and fault.code:
                description = DESCRIPTIONS.get(fault.code, "Fault injected")
                if fault.parameters.get("retry_after"):
                    description += f": retry after {fault.parameters['retry_after']}"
                raise ApiError(fault.code, description, fault.parameters or None)
            if method.lower() == "getupdates":
                result: Any = await self._get_updates(params)
            else:
                result = self.api.call(method, params)
            if fault and fault.drop == "after":
                raise _Dropped
        except ApiError as error:
            answer: dict[str, Any] = {"ok": False, "error_code": error.code,
                                      "description": error.description}
            if error.parameters:
                answer["parameters"] = error.parameters
            entry.status = error.code
            return error.code, answer
        finally:
            self._changed.set()
        entry.status = 200
        return 200, {"ok": True, "result": result}

    def _control(self, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
        """The shell's calls: write a user's message; read what the bot sent since a call."""
        route, _, query = path.partition("?")
        try:
            if route == "/_control/send":
                request = json.loads(body or b"{}")
                user = self.api.person(int(request.get("user_id", DEMO_USER)),
                                       str(request.get("language", "en")), "Demo")
                since = len(self.api.calls)
                self.push(self.api.text_update(user, str(request["text"])))
                return 200, {"ok": True, "result": {"since": since}}
            if route == "/_control/sent":
                args = {k: v[0] for k, v in parse_qs(query).items()}
                chat_id, since = int(args["chat_id"]), int(args.get("since", 0))
                texts = [plain(str(params.get("text") or params.get("caption") or ""))
                         for method, params in self.api.calls[since:]
                         if method in SHOWN and str(params.get("chat_id")) == str(chat_id)]
                return 200, {"ok": True, "result": {"texts": texts,
                                                    "next": len(self.api.calls)}}
        except (KeyError, ValueError) as error:
            return 400, {"ok": False, "error_code": 400, "description": f"bad request: {error}"}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _fault_for(self, method: str) -> Fault | None:
        """Take the first armed fault that applies to this call."""
        for i, fault in enumerate(self._faults):
            if fault.method == method or (fault.method is None and method != "getupdates"):
                return self._faults.pop(i)
        return None

    @staticmethod
    def _params(content_type: str, body: bytes) -> dict[str, Any]:
        """Parameters as FakeBotAPI expects them: plain strings, JSON objects left encoded."""
        if not body:
            return {}
        if content_type.startswith("application/json"):
            return dict(json.loads(body))
        if content_type.startswith("multipart/form-data"):
            message = BytesParser().parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + body)
            params: dict[str, Any] = {}
            for part in message.walk():
                if part.is_multipart():
                    continue
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                if isinstance(name, str) and isinstance(payload, bytes):
                    params[name] = payload if part.get_filename() else payload.decode()
            return params
        return dict(parse_qsl(body.decode(), keep_blank_values=True))

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        while True:
            # Updates move from the queue to `pending` and stay there until confirmed, so a
            # poller that died (kill -9) never takes an update away from the next one.
            while not self.api.updates.empty():
                self.pending.append(self.api.updates.get_nowait())
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
            remaining = deadline - time.monotonic()
            if self.pending or remaining <= 0:
                break
            self._changed.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.05))
        limit = int(params.get("limit") or 100)
        return self.pending[:limit]


def _lower(method: str | None) -> str | None:
    return method.lower() if method else None


def show_sent(method: str, params: dict[str, Any], result: Any) -> None:
    """Print a message the bot sent, for someone watching a demo server."""
    if method in SHOWN:
        text = plain(str(params.get("text") or params.get("caption") or ""))
        print(f"\n[to {params.get('chat_id')}] {text}", flush=True)


async def serve(port: int) -> None:
    """Serve on a fixed port until interrupted, printing what the bot sends."""
    server = FakeServer(port=port)
    server.api.listeners.append(show_sent)
    await server.start()
    print(f"fake Bot API at {server.url}: set TELEGRAM_API_URL={server.url}", flush=True)
    await asyncio.Event().wait()


def _call(url: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data,  # noqa: S310 - a loopback URL we build
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310
        result: dict[str, Any] = json.loads(answer.read())["result"]
    return result


def send(port: int, user_id: int, language: str, text: str, wait: float) -> int:
    """Write a user's message to a running demo server; print the replies that follow."""
    base = f"http://127.0.0.1:{port}/_control"
    try:
        since = int(_call(f"{base}/send", {"user_id": user_id, "language": language,
                                           "text": text})["since"])
    except OSError as error:
        print(f"no fake Bot API at 127.0.0.1:{port} ({error}); start one with "
              f"`python -m bot.fakeserver {port}`", file=sys.stderr)
        return 1
    deadline, quiet_until = time.monotonic() + wait, 0.0
    while time.monotonic() < deadline and (not quiet_until or time.monotonic() < quiet_until):
        time.sleep(0.2)
        sent = _call(f"{base}/sent?chat_id={user_id}&since={since}")
        for reply in sent["texts"]:
            print(reply, end="\n\n")
        if sent["texts"]:
            quiet_until = time.monotonic() + 1.0  # stop once the bot has been quiet for 1 s
        since = int(sent["next"])
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m bot.fakeserver [PORT]` serves; `... send TEXT` writes as a user."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "send":
        serving = argparse.ArgumentParser(
            prog="python -m bot.fakeserver",
            description="A fake Telegram Bot API on 127.0.0.1 for trying the bot without Telegram"
                        " (TELEGRAM_API_URL=http://127.0.0.1:PORT); `send TEXT` writes to it"
                        " as a user (`python -m bot.fakeserver send --help`).")
        serving.add_argument("port", nargs="?", type=int, default=8081)
        asyncio.run(serve(serving.parse_args(args).port))
        return 0
    parser = argparse.ArgumentParser(prog="python -m bot.fakeserver send")
    parser.add_argument("text", help="the message, a command such as /start or plain text")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--user", type=int, default=DEMO_USER, help="the user's numeric id")
    parser.add_argument("--lang", default="en", help="the user's Telegram language")
    parser.add_argument("--wait", type=float, default=5.0, help="seconds to wait for replies")
    options = parser.parse_args(args[1:])
    return send(options.port, options.user, options.lang, options.text, options.wait)


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
