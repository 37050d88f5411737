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

Fault injection: `server.fail_next(n, 500)` or `server.fail_next(n, 429, retry_after=1)`
answers the next n non-getUpdates calls with that error; `server.latency` delays every call.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import Counter
from collections.abc import Callable
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qsl

from bot.fakeapi import ApiError, FakeBotAPI


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
        self._faults: list[tuple[int, dict[str, Any]]] = []
        self._server: asyncio.Server | None = None
        self._changed = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()

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
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # --- control API for tests ---------------------------------------------------------

    def push(self, update: dict[str, Any]) -> None:
        """Queue an update for the bot's next getUpdates."""
        self.api.updates.put_nowait(update)
        self._changed.set()

    def fail_next(self, n: int, code: int = 500, retry_after: int | None = None) -> None:
        """Answer the next n calls (other than getUpdates) with an error."""
        params = {"retry_after": retry_after} if retry_after is not None else {}
        self._faults += [(code, params)] * n

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
                status, payload = await self._answer(path, headers, body)
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
        parts = path.split("?")[0].strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("bot"):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        method = parts[1]
        self.seen[method.lower()] += 1
        params = self._params(headers.get("content-type", ""), body)
        if self.latency:
            await asyncio.sleep(self.latency)
        try:
            if method.lower() == "getupdates":
                result: Any = await self._get_updates(params)
            else:
                if self._faults:
                    code, extra = self._faults.pop(0)
                    raise ApiError(code, "Too Many Requests" if code == 429 else "Fault injected",
                                   extra or None)
                result = self.api.call(method, params)
        except ApiError as error:
            answer: dict[str, Any] = {"ok": False, "error_code": error.code,
                                      "description": error.description}
            if error.parameters:
                answer["parameters"] = error.parameters
            return error.code, answer
        finally:
            self._changed.set()
        return 200, {"ok": True, "result": result}

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


async def _main() -> None:
    """Serve on a fixed port for manual demos: `python -m bot.fakeserver 8081`."""
    import sys

    server = FakeServer(port=int(sys.argv[1]) if len(sys.argv) > 1 else 8081)
    await server.start()
    print(f"fake Bot API at {server.url}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(_main())
