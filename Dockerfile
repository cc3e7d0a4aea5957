# One image for the web process, the sandbox worker and Flower (the GPU worker: Dockerfile.gpu).
FROM python:3.11-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap util-linux python3 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY benchmark ./benchmark
COPY webapp ./webapp
COPY workers ./workers
COPY templates ./templates
COPY manage.py ./
# CPU wheels of torch: PyPI's default torch build would pull CUDA libraries into this image.
RUN pip install --no-cache-dir --extra-index-url https://download.pytorch.org/whl/cpu '.[hf,ops]'
# The authors' Pygments, for token counts only (benchmark/pygments_count.py), beside the newer one.
RUN pip install --no-cache-dir --no-deps --target /usr/local/pygments-2.11.2 pygments==2.11.2

ENV POLYEVAL_DATA_DIR=/data DJANGO_SETTINGS_MODULE=webapp.polyeval.settings
RUN mkdir -p /data && DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["gunicorn", "webapp.polyeval.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
