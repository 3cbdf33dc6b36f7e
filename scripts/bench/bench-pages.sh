#!/usr/bin/env bash
# Page throughput of the knowledge bank beside a one-view Django project (the floor) and, where a
# checkout is given, Wagtail's bakerydemo (the anchor), in one run on loopback: wrk per URL, the
# sites interleaved URL by URL, plus SQL queries per page. The bank is served twice from one
# database: uncached, and with its page cache for anonymous readers on (PAGE_CACHE_SECONDS).
# EXTRA_PRACTICES=N adds N generated practices to the demo. Prints a Markdown table, saved to
# $BENCH_ROOT/results.md. `make bench-pages` runs it; adapted from the team's shared harness.
#
#   BAKERYDEMO_GIT=DIR bench-pages.sh [PROJECT_DIR [KIND=]PATH...]
#
# BAKERYDEMO_GIT: a git directory (bare or not) of wagtail/bakerydemo; needed only while
# $BENCH_ROOT holds no checkout. Run from anywhere; the example below is the project's own pages:
#   BAKERYDEMO_GIT=/path/to/bakerydemo.git bash ../shared/bench/bench-pages.sh . home=/fi/ \
#     index=/fi/kaytannot/ detail=/fi/kaytannot/kempeleen-kulttuurikumppanuuspoyta/ search=/fi/haku/?q=kulttuuri
# KIND pairs a project URL with bakerydemo's page of that kind: home, index (blog index), detail
# (blog page), search; bread (a bread page) too. The project runs with its own default settings and
# DATABASE_URL (fresh SQLite), DJANGO_DEBUG=0, SECRET_KEY, ALLOWED_HOSTS; export others (such as
# DJANGO_SETTINGS_MODULE) before calling. Other knobs: BAKERYDEMO_COMMIT, BAKERYDEMO_URLS,
# PROJECT_WSGI, DURATION, WARMUP.
set -euo pipefail

BENCH_ROOT=${BENCH_ROOT:-/tmp/benchpages}
BAKERYDEMO_COMMIT=${BAKERYDEMO_COMMIT:-8e2b625}
BAKERYDEMO_URLS=${BAKERYDEMO_URLS:-home=/ index=/blog/ detail=/blog/wild-yeast/ bread=/breads/anadama-bread/ search=/search/?q=bread}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
WRK=(wrk -t2 -c8 --timeout 10s)  # wrk drops replies slower than its 2 s default from the latencies
HERE=$(cd "$(dirname "$0")" && pwd)
RUN=$BENCH_ROOT/run
LOGS=$BENCH_ROOT/logs
STARTED=$(date +%s)
export PIP_CACHE_DIR=$BENCH_ROOT/cache/pip PIP_DISABLE_PIP_VERSION_CHECK=1

say() { echo "[bench $(date +%T)] $*"; }
die() { echo "[bench] ERROR: $*" >&2; exit 1; }
logged() {  # logged LOG CMD...: quiet into $BENCH_ROOT/logs/LOG; on failure show its tail
  local log=$1; shift
  "$@" >>"$LOGS/$log" 2>&1 || { tail -n 15 "$LOGS/$log" >&2; die "see \$BENCH_ROOT/logs/$log"; }
}

# A site: DIR (its cwd), PY (its venv's python), ENVS (its environment), MANAGE, WSGI, URLS.
declare -A DIR PY ENVS MANAGE WSGI URLS PID BASE
site() { local s=$1; shift; (cd "${DIR[$s]}" && env ${ENVS[$s]} "$@"); }
manage() { local s=$1; shift; site "$s" "${PY[$s]}" ${MANAGE[$s]} "$@"; }
versions() { "${PY[$1]}" -c 'from importlib.metadata import version as v
print(", ".join(f"{p} {v(p)}" for p in ("Wagtail", "Django", "gunicorn")))'; }

venv() {  # venv DIR PIP-ARGS...: a venv made once per DIR; the caller puts a hash of its inputs in DIR
  [ -x "$1/bin/gunicorn" ] && return
  say "venv ${1##*/}: pip install (log: \$BENCH_ROOT/logs/${1##*/}.pip.log)"
  rm -rf "$1" && python3 -m venv "$1"
  logged "${1##*/}.pip.log" "$1/bin/pip" install --upgrade pip
  logged "${1##*/}.pip.log" "$1/bin/pip" install "${@:2}"
}

setup_bakerydemo() {
  local co=$BENCH_ROOT/bakerydemo commit req v
  if [ -n "${BAKERYDEMO_GIT:-}" ]; then
    commit=$(git --git-dir="$BAKERYDEMO_GIT" rev-parse -q --verify "$BAKERYDEMO_COMMIT^{commit}") ||
      { commit=$(git --git-dir="$BAKERYDEMO_GIT" rev-parse HEAD); say "bakerydemo: no commit $BAKERYDEMO_COMMIT, using the newest"; }
    if [ "$(cut -d' ' -f1 "$co.commit" 2>/dev/null)" != "$commit" ]; then
      rm -rf "$co" && mkdir -p "$co"
      git --git-dir="$BAKERYDEMO_GIT" archive "$commit" | tar x -C "$co"
      git --git-dir="$BAKERYDEMO_GIT" log -1 --format='%H (%cs, %s)' "$commit" >"$co.commit"
    fi
  fi
  [ -f "$co.commit" ] || { say "no bakerydemo (set BAKERYDEMO_GIT to compare with it): the floor and the bank only"; return 1; }
  # Its pins (Django 6.0 needs Python 3.12; Wagtail 7.4) become Wagtail 8.0.1 on the newest Django
  # 5.2; whitenoise (from production.txt) serves its production settings' static files.
  req=$BENCH_ROOT/bakerydemo-requirements.txt
  { sed -E -e 's/^django[<>=~!].*/Django>=5.2,<5.3/I' -e 's/^wagtail[<>=~!].*/wagtail==8.0.1/I' "$co/requirements/base.txt"
    grep -i '^whitenoise' "$co/requirements/production.txt"; echo gunicorn; } >"$req"
  REQ_CHANGES=$(diff --old-line-format='`-%l` ' --new-line-format='`+%l` ' --unchanged-line-format='' \
    "$co/requirements/base.txt" "$req" || true)
  REQ_CHANGES=${REQ_CHANGES% }
  v=$BENCH_ROOT/venv-bakerydemo-$(sha1sum <"$req" | cut -c1-10)
  venv "$v" -r "$req"
  DIR[bakerydemo]=$co PY[bakerydemo]=$v/bin/python MANAGE[bakerydemo]=manage.py WSGI[bakerydemo]=bakerydemo.wsgi
  ENVS[bakerydemo]="DJANGO_SETTINGS_MODULE=bakerydemo.settings.production DJANGO_SECRET_KEY=bench-not-secret
    SECURE_SSL_REDIRECT=False DATABASE_URL=sqlite:///$BENCH_ROOT/bakerydemo.sqlite3"
  URLS[bakerydemo]=$BAKERYDEMO_URLS
  say "bakerydemo: fresh SQLite, migrate, load_initial_data, collectstatic"
  rm -rf "$BENCH_ROOT/bakerydemo.sqlite3" "$co/bakerydemo/media"
  logged bakerydemo.setup.log manage bakerydemo migrate --noinput
  logged bakerydemo.setup.log manage bakerydemo load_initial_data
  logged bakerydemo.setup.log manage bakerydemo collectstatic --noinput
}

setup_floor() {  # served from bakerydemo's venv (else the project's): the same Django and gunicorn
  mkdir -p "$BENCH_ROOT/floor" && cp "$HERE/floor_site.py" "$BENCH_ROOT/floor/"
  DIR[floor]=$BENCH_ROOT/floor PY[floor]=${PY[bakerydemo]:-${PY[project]}} MANAGE[floor]="-m django"
  WSGI[floor]="django.core.wsgi:get_wsgi_application()" URLS[floor]=floor=/
  ENVS[floor]="DJANGO_SETTINGS_MODULE=floor_site PYTHONPATH=$BENCH_ROOT/floor"
}

setup_project() {
  local p=$1 v
  [ -f "$p/manage.py" ] && [ -f "$p/pyproject.toml" ] || die "the project needs manage.py and pyproject.toml"
  if [ -x "$p/.venv/bin/gunicorn" ]; then v=$p/.venv; else  # the project's own install, else one of ours
    v=$BENCH_ROOT/venv-project-$( { cat "$p"/pyproject.toml "$p"/requirements*.txt 2>/dev/null || true; } | sha1sum | cut -c1-10)
    venv "$v" -e "$p" gunicorn
  fi
  DIR[project]=$p PY[project]=$v/bin/python MANAGE[project]=manage.py WSGI[project]=${PROJECT_WSGI:-knowledgebank.wsgi}
  ENVS[project]="DATABASE_URL=sqlite:///$BENCH_ROOT/project.sqlite3 DJANGO_DEBUG=0 SECRET_KEY=bench-not-secret
    ALLOWED_HOSTS=127.0.0.1,localhost"
  say "project: fresh SQLite, migrate, seed_demo, collectstatic"
  rm -f "$BENCH_ROOT/project.sqlite3"
  logged project.setup.log manage project migrate --noinput
  logged project.setup.log manage project seed_demo
  if [ "${EXTRA_PRACTICES:-0}" -gt 0 ]; then
    say "project: $EXTRA_PRACTICES generated practices"
    logged project.setup.log manage project generate_practices --count "$EXTRA_PRACTICES" --seed 1
  fi
  logged project.setup.log manage project collectstatic --noinput
  # the same bank with its page cache on, from the same database
  DIR[cached]=$p PY[cached]=${PY[project]} MANAGE[cached]=manage.py WSGI[cached]=${WSGI[project]}
  ENVS[cached]="${ENVS[project]} PAGE_CACHE_SECONDS=600" URLS[cached]=${URLS[project]}
}

serve() {  # serve SITE: gunicorn -w 2 on a free loopback port, every URL answering 200
  local s=$1 port spec specs code gunicorn=${PY[$1]%/python}/gunicorn opts=()
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # gunicorn 27 gives every server the same control socket path by default: keep ours off it
  [[ $("$gunicorn" --help) == *--no-control-socket* ]] && opts+=(--no-control-socket)
  env ${ENVS[$s]} "$gunicorn" -w 2 -b "127.0.0.1:$port" --chdir "${DIR[$s]}" "${opts[@]}" "${WSGI[$s]}" \
    >"$LOGS/$s.gunicorn.log" 2>&1 &
  PID[$s]=$! BASE[$s]=http://127.0.0.1:$port
  for _ in $(seq 120); do curl -s -o /dev/null "${BASE[$s]}/" && break; sleep 0.5; done
  read -ra specs <<<"${URLS[$s]}"  # (read: no glob expansion of "?")
  for spec in "${specs[@]}"; do  # the first GET also makes the page's image renditions
    code=$(curl -s -o /dev/null -w '%{http_code}' "${BASE[$s]}${spec#*=}")
    [ "$code" = 200 ] || die "$s ${spec#*=} answered HTTP $code (log: \$BENCH_ROOT/logs/$s.gunicorn.log)"
  done
}

count_queries() {
  local s=$1 spec specs paths=""
  read -ra specs <<<"${URLS[$s]}"
  for spec in "${specs[@]}"; do paths+=" ${spec#*=}"; done
  BENCH_PATHS=$paths logged "$s.queries.log" manage "$s" shell -c "$(cat "$HERE/count_queries.py")"
  sed -n "s/^QUERIES\t/${NAME[$s]}\t/p" "$LOGS/$s.queries.log" >>"$RUN/queries.tsv"
}

N=0
bench() {  # bench SITE KIND=PATH: a warm-up, then the measured wrk run
  local s=$1 kind=${2%%=*} path=${2#*=}
  N=$((N + 1))
  "${WRK[@]}" -d"$WARMUP" "${BASE[$s]}$path" >/dev/null
  "${WRK[@]}" -d"$DURATION" --latency "${BASE[$s]}$path" >"$RUN/wrk-$N.txt"
  printf '%s\t%s\t%s\t%s\n' "$N" "${NAME[$s]}" "$kind" "$path" >>"$RUN/plan.tsv"
  say "${NAME[$s]} $path: $(grep -o 'Requests/sec:.*' "$RUN/wrk-$N.txt" | tr -s ' ')"
}

background_cpu() {  # share of all cores busy over 2 s while our servers idle: other processes' load
  local t1 i1 t2 i2 stat='/^cpu /{print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6}'
  read -r t1 i1 < <(awk "$stat" /proc/stat); sleep 2
  read -r t2 i2 < <(awk "$stat" /proc/stat)
  echo "$((100 - 100 * (i2 - i1) / (t2 - t1))) %"
}

cleanup() {
  local s
  for s in "${!PID[@]}"; do kill "${PID[$s]}" 2>/dev/null || true; done
  for s in "${!PID[@]}"; do wait "${PID[$s]}" 2>/dev/null || true; unset "PID[$s]"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Project URLs: a plain PATH has no bakerydemo peer (kind "-").
declare -A NAME=([bakerydemo]=bakerydemo [floor]=floor)
SITES=()
if [ $# -gt 0 ]; then
  [ $# -ge 2 ] || die "usage: bench-pages.sh [PROJECT_DIR [KIND=]PATH...]"
  PROJECT=$(cd "$1" && pwd) && shift
  NAME[project]="bank" NAME[cached]="bank, page cache" URLS[project]=""
  for spec in "$@"; do [[ $spec =~ ^[a-z][a-z0-9_-]*=/ ]] || spec="-=$spec"; URLS[project]+=" $spec"; done
fi

mkdir -p "$BENCH_ROOT" "$LOGS" && rm -rf "$RUN" "$LOGS"/* && mkdir -p "$RUN"
command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; } >"$LOGS/apt.log" 2>&1 || die "apt-get install wrk failed"
if setup_bakerydemo; then SITES+=(bakerydemo); fi
[ -n "${PROJECT:-}" ] && setup_project "$PROJECT" && SITES+=(project cached)
setup_floor
for s in floor "${SITES[@]}"; do serve "$s"; count_queries "$s"; done
say "serving; measuring each URL for $DURATION after $WARMUP of warm-up"
CPU_BEFORE=$(background_cpu)

# The floor first and last; between them the sites take turns, URL by URL.
bench floor floor=/
read -ra A <<<"${URLS[bakerydemo]:-}"
[[ " ${SITES[*]} " == *" bakerydemo "* ]] || A=()
read -ra C <<<"${URLS[project]:-}"
for ((i = 0; i < ${#A[@]} || i < ${#C[@]}; i++)); do
  if [ "$i" -lt "${#A[@]}" ]; then bench bakerydemo "${A[i]}"; fi
  if [ "$i" -lt "${#C[@]}" ]; then bench project "${C[i]}"; bench cached "${C[i]}"; fi
done
bench floor floor=/
CPU_AFTER=$(background_cpu)
cleanup

ELAPSED=$(($(date +%s) - STARTED))
{
  echo "## Page throughput, $(date -u '+%F %H:%M') UTC"
  echo
  echo "- Machine: $(nproc) cores, Debian $(cat /etc/debian_version), $(python3 -V); everything on loopback."
  if [[ " ${SITES[*]} " == *" bakerydemo "* ]]; then
    echo "- bakerydemo: wagtail/bakerydemo $(cat "$BENCH_ROOT/bakerydemo.commit"); $(versions bakerydemo);"
    echo "  settings \`bakerydemo.settings.production\` (DEBUG off, LocMem cache, whitenoise), SQLite, data from \`load_initial_data\`."
    echo "  Its requirements/base.txt changed: ${REQ_CHANGES}."
  fi
  echo "- floor: one view returning a short HttpResponse through startproject's middleware, DEBUG off, the same Django and gunicorn."
  if [ -n "${PROJECT:-}" ]; then
    echo "- ${NAME[project]}: commit $(git -C "$PROJECT" describe --always --dirty 2>/dev/null || echo unknown); $(versions project);"
    echo "  default settings with DJANGO_DEBUG=0, SQLite, data from \`seed_demo\` plus ${EXTRA_PRACTICES:-0} generated practices;"
    echo "  \"bank, page cache\" is the same with PAGE_CACHE_SECONDS=600 (LocMem cache per worker)."
  fi
  echo "- Each site: gunicorn -w 2 (sync). Load: \`${WRK[*]} -d$DURATION --latency\` per URL after a $WARMUP warm-up,"
  echo "  the sites taking turns URL by URL; the floor first and last. Errors: socket errors and non-2xx/3xx replies."
  echo "- Other processes kept $CPU_BEFORE of the cores busy before measuring and $CPU_AFTER after (2 s samples, our servers idle)."
  echo "- SQL queries: the second GET of the URL in a fresh \`manage.py shell -c\` (Django test client, CaptureQueriesContext)."
  echo "- Kinds pair pages: home, index (bakerydemo's blog index), detail (its blog page), search."
  echo "- Run took $((ELAPSED / 60)) min $((ELAPSED % 60)) s, setup included; raw wrk output in \`\$BENCH_ROOT/run\`."
  echo
  python3 "$HERE/report.py" "$RUN"
} >"$BENCH_ROOT/results.md"
echo && cat "$BENCH_ROOT/results.md"
