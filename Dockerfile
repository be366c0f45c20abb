# The claimwatch daemon. docker-compose.yml runs it against PostgreSQL with a mail catcher.
FROM python:3.11-slim

RUN useradd --create-home claimwatch
WORKDIR /app
COPY pyproject.toml README.md ./
COPY scraper ./scraper
COPY storage ./storage
COPY notifier ./notifier
COPY claimwatch ./claimwatch
RUN pip install --no-cache-dir '.[postgres]'

USER claimwatch
ENTRYPOINT ["claimwatch"]
CMD ["run"]
