# The advisor as a container: `docker compose up -d` with compose.yaml, or
#   docker build -t msme-advisor . && docker run -d --env-file .env -v advisor-data:/data msme-advisor
# The database (and the automatic backups) live on the /data volume; docs/DEPLOY.md explains.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
COPY conversations ./conversations
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    ADVISOR_DB=/data/advisor.sqlite3 \
    ADVISOR_BACKUP_DIR=/data/backups
# A system user that owns nothing but /data: the code and the content are read-only to it.
RUN useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin advisor \
    && mkdir /data && chown advisor:advisor /data
COPY constraints.txt /tmp/constraints.txt
COPY --from=build /wheels /tmp/wheels
RUN pip install --no-cache-dir --constraint /tmp/constraints.txt /tmp/wheels/*.whl \
    && rm -r /tmp/constraints.txt /tmp/wheels
USER advisor
WORKDIR /data
VOLUME /data
# Healthy while the database answers and the bot has reached Telegram in the last minutes.
HEALTHCHECK --interval=60s --timeout=15s --start-period=90s --retries=3 \
    CMD ["msme-advisor", "health"]
ENTRYPOINT ["msme-advisor"]
CMD ["run"]
