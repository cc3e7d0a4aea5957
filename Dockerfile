# One image for the web process, the sandbox worker and Flower (the GPU worker: Dockerfile.gpu).
FROM python:3.11-slim-bookworm

# The multilingual sandbox's toolchains too (the Makefile's TOOLCHAIN_PACKAGES; Debian's Node.js
# is 18, which runs TypeScript 5): a sandbox worker without them fails a multilingual run's gate
# with "toolchain missing" rather than scoring it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap util-linux python3 \
    gcc g++ openjdk-17-jdk-headless libjavatuples-java golang-go nodejs npm php-cli ruby rustc \
    scala mono-mcs mono-runtime \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY benchmark ./benchmark
COPY webapp ./webapp
COPY workers ./workers
COPY templates ./templates
COPY manage.py ./
COPY tools/typescript/package.json tools/typescript/package-lock.json ./tools/typescript/
RUN npm ci --prefix tools/typescript --no-audit --no-fund
# CPU wheels of torch: PyPI's default torch build would pull CUDA libraries into this image.
RUN pip install --no-cache-dir --extra-index-url https://download.pytorch.org/whl/cpu '.[hf,ops]'
# The authors' Pygments, for token counts only (benchmark/pygments_count.py), beside the newer one.
RUN pip install --no-cache-dir --no-deps --target /usr/local/pygments-2.11.2 pygments==2.11.2

ENV POLYEVAL_DATA_DIR=/data DJANGO_SETTINGS_MODULE=webapp.polyeval.settings
RUN mkdir -p /data && DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["gunicorn", "webapp.polyeval.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
