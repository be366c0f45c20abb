# The claimwatch daemon. docker-compose.yml runs it against PostgreSQL with a mail catcher.
FROM python:3.11-slim

RUN useradd --create-home claimwatch
WORKDIR /app
COPY pyproject.toml README.md LICENSE ./
COPY scraper ./scraper
COPY storage ./storage
COPY notifier ./notifier
COPY claimwatch ./claimwatch
RUN pip install --no-cache-dir '.[postgres]'

USER claimwatch
# healthy while no health condition holds (a source failing or overdue, a channel failing, rounds late)
HEALTHCHECK --interval=1m --timeout=30s --start-period=2m CMD ["claimwatch", "health"]
ENTRYPOINT ["claimwatch"]
CMD ["run"]
