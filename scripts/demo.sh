#!/usr/bin/env bash
# Start a Celery worker and the Django server, submit the tiny model through the queue, wait for
# its evaluation, and serve the leaderboard until interrupted. Reuses what an earlier run built.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${DATA_DIR:-var}
PY=.venv/bin/python
PORT=${PORT:-8000}
export DJANGO_DEBUG=${DJANGO_DEBUG:-1}
# The demo's worker is the only one: any run still active when it starts was left behind by an
# earlier demo that stopped, so it is resumed at once (workers/recovery.py).
export POLYEVAL_STALE_RUN_SECONDS=${POLYEVAL_STALE_RUN_SECONDS:-0}
mkdir -p "$DATA_DIR/log"

$PY manage.py migrate --noinput >/dev/null
echo "database ready (${DATABASE_URL:-sqlite: $DATA_DIR/polyeval.sqlite3})"
echo "broker: ${REDIS_URL:-embedded filesystem broker in $DATA_DIR/broker}"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# No beat and no supervisor here: a pool wedged by killed children (a task held, never run)
# would stall the demo for good, so the run worker restarts itself in place after 60 s of it
# and resumes the run (workers/watchdog.py).
POLYEVAL_WEDGE_SECONDS=${POLYEVAL_WEDGE_SECONDS:-60} \
  .venv/bin/celery -A workers.app worker -Q default,gpu,sandbox --concurrency 1 \
  --loglevel INFO --hostname "demo@%h" >"$DATA_DIR/log/worker.log" 2>&1 &
pids+=($!)
echo "celery worker started (log: $DATA_DIR/log/worker.log)"
# Webhook deliveries have a queue and a worker of their own: a receiver that never answers holds
# this one, never the runs' (its --concurrency is the demo's cap on deliveries in flight).
.venv/bin/celery -A workers.app worker -Q webhooks --concurrency 1 \
  --loglevel INFO --hostname "webhooks@%h" >"$DATA_DIR/log/webhooks.log" 2>&1 &
pids+=($!)
echo "webhook worker started (log: $DATA_DIR/log/webhooks.log)"
$PY manage.py runserver "127.0.0.1:$PORT" --noreload >"$DATA_DIR/log/web.log" 2>&1 &
pids+=($!)
echo "web server started (log: $DATA_DIR/log/web.log)"

# Queue every demo model first, then wait for each run (the worker takes them in order).
M="$DATA_DIR/models"
submissions=(
  "$M/tiny --name tiny-random-gpt2"
  "$M/tiny-trained-step50 --name tiny-trained@50 --series tiny-trained --step 50"
  "$M/tiny-trained-step100 --name tiny-trained@100 --series tiny-trained --step 100"
  "$M/tiny-trained --name tiny-trained@150 --series tiny-trained --step 150"
  "$M/small-trained --name small-trained --series small-trained --step 60"
)
for args in "${submissions[@]}"; do
  # shellcheck disable=SC2086  # word splitting of the argument list is intended
  $PY manage.py submit $args --suite demo
done
# One model also runs the multilingual-demo suite: HumanEval in the paper's 12 languages
# (3 problems each, compiled and run in the sandbox), so the demo shows a multilingual run.
multilingual="$M/small-trained --name small-trained --series small-trained --step 60"
# shellcheck disable=SC2086
$PY manage.py submit $multilingual --suite multilingual-demo
for args in "${submissions[@]}"; do
  # shellcheck disable=SC2086
  $PY manage.py submit $args --suite demo --wait | tail -n 1
done
# shellcheck disable=SC2086
multilingual_run=$($PY manage.py submit $multilingual --suite multilingual-demo --wait | tail -n 1)
echo "$multilingual_run"

echo
# The demo evaluates the demo suite, so its runs are on the demo board (the default board is
# the paper suite's, with the paper's reported rows).
echo "Leaderboard: http://127.0.0.1:$PORT/?suite=demo"
run_id=$(echo "$multilingual_run" | sed -n 's/^run \([0-9]*\) .*/\1/p')
if [ -n "$run_id" ]; then
  echo "Multilingual run (pass@k per language): http://127.0.0.1:$PORT/runs/$run_id/"
fi
echo "Serving until interrupted (Ctrl-C)."
wait
