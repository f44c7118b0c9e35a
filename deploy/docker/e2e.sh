#!/usr/bin/env bash
# docker compose for real, in one command: starts a Docker engine if none runs (installing Debian's docker.io when
# missing), builds the services' jars, the local base and third-party images (local-images.sh) and the service
# images, starts docker-compose.yml with compose.local.yml (only the third-party images swapped), waits for every
# health check, drops a post into the S3 bucket, reads it back with its figures and source checks through the API,
# recreates every container and reads it again (the volumes keep the data), then tears everything down.
# Exit status 0 on success. Needs root on a Debian machine (apt-get, dockerd, debootstrap).
#
# The stack is reached only through ports published on 127.0.0.1, chosen not to clash with bin/newsflow's:
#   NEWSFLOW_E2E_PORT_BASE (default 28000): ingest +81, enrich +82, query +83, S3 API +900, S3 console +901
# Other settings: NEWSFLOW_E2E_PROJECT (compose project, default newsflow-e2e), NEWSFLOW_E2E_TIMEOUT (seconds per
# wait, default 300), NEWSFLOW_E2E_PACKAGE=0 (the jars are built already, e.g. by ./mvnw verify).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"

PROJECT=${NEWSFLOW_E2E_PROJECT:-newsflow-e2e}
TIMEOUT=${NEWSFLOW_E2E_TIMEOUT:-300}
BASE_PORT=${NEWSFLOW_E2E_PORT_BASE:-28000}
WORK=$HERE/target/e2e
export NEWSFLOW_BIND_ADDRESS=127.0.0.1
export INGEST_HTTP_PORT=$((BASE_PORT + 81)) ENRICH_HTTP_PORT=$((BASE_PORT + 82)) QUERY_HTTP_PORT=$((BASE_PORT + 83))
export MINIO_API_PORT=$((BASE_PORT + 900)) MINIO_CONSOLE_PORT=$((BASE_PORT + 901))
export MINIO_ROOT_USER=newsflow MINIO_ROOT_PASSWORD=newsflow-e2e-secret
export POSTGRES_USER=newsflow POSTGRES_PASSWORD=newsflow-e2e
QUERY=http://127.0.0.1:$QUERY_HTTP_PORT
S3=http://127.0.0.1:$MINIO_API_PORT/newsflow
SERVICES=(kafka postgres minio ingest-service enrich-service query-service)
ONE_SHOTS=(kafka-init minio-init query-migrate)
STARTED=$(date +%s)
DOCKERD_PID=
FORWARD_RULES=()
TIMINGS=()

log() { printf '[e2e %4ss] %s\n' "$(($(date +%s) - STARTED))" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
phase() { TIMINGS+=("$(printf '%-34s %4ss' "$1" "$(($(date +%s) - $2))")"); }
compose() { docker-compose -p "$PROJECT" -f docker-compose.yml -f deploy/docker/compose.local.yml "$@"; }

cleanup() {
  local status=$?
  if [[ $status -ne 0 ]] && docker info >/dev/null 2>&1; then
    compose ps || true
    compose logs --no-color --tail=40 2>/dev/null | tail -200 || true
  fi
  docker info >/dev/null 2>&1 && compose down -v --remove-orphans >/dev/null 2>&1 || true
  local bridge
  for bridge in "${FORWARD_RULES[@]}"; do
    iptables -D DOCKER-USER -i "$bridge" ! -o "$bridge" -j DROP 2>/dev/null || true
  done
  if [[ -n $DOCKERD_PID ]]; then
    log "stopping the Docker engine this run started (pid $DOCKERD_PID)"
    kill "$DOCKERD_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$DOCKERD_PID" 2>/dev/null || break; sleep 1; done
  fi
  if [[ $status -eq 0 ]]; then
    log "passed in $(($(date +%s) - STARTED)) s"
    printf '  %s\n' "${TIMINGS[@]}"
  fi
}
trap cleanup EXIT

apt_install() {
  log "installing $* (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# A running engine is used as it is; otherwise dockerd is started here, publishing on 127.0.0.1 by default, with
# no masquerading and no forwarding out of the containers' bridges: nothing in the stack reaches beyond this machine.
ensure_engine() {
  local missing=()
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v jq >/dev/null || missing+=(jq)
  command -v curl >/dev/null || missing+=(curl)
  docker info >/dev/null 2>&1 || command -v dockerd >/dev/null || missing+=(docker.io)
  [[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"
  if ! docker info >/dev/null 2>&1; then
    mkdir -p "$WORK"
    log "starting dockerd (log: $WORK/dockerd.log)"
    dockerd --ip 127.0.0.1 --ip-masq=false >"$WORK/dockerd.log" 2>&1 &
    DOCKERD_PID=$!
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
    docker info >/dev/null 2>&1 || { tail -20 "$WORK/dockerd.log"; fail "dockerd did not start"; }
    local bridge
    for bridge in docker0 br-+; do
      iptables -I DOCKER-USER -i "$bridge" ! -o "$bridge" -j DROP 2>/dev/null && FORWARD_RULES+=("$bridge")
    done
    [[ ${#FORWARD_RULES[@]} -eq 2 ]] || log "warning: iptables refused the rules that keep containers' traffic in"
  fi
}

# container SERVICE: the id of the service's container.
container() { compose ps -q "$1"; }

# Waits until every long-running service is healthy and every one-shot has exited with status 0.
wait_for_stack() {
  local deadline=$(($(date +%s) + TIMEOUT)) service id state pending
  while :; do
    pending=()
    for service in "${ONE_SHOTS[@]}"; do
      id=$(container "$service")
      state=$(docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' "$id" 2>/dev/null || echo missing)
      case $state in
        "exited 0") ;;
        exited*) fail "$service exited with status ${state#exited }" ;;
        *) pending+=("$service:$state") ;;
      esac
    done
    for service in "${SERVICES[@]}"; do
      id=$(container "$service")
      state=$(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$id" 2>/dev/null || echo missing)
      case $state in
        "running healthy") ;;
        exited* | dead*) fail "$service stopped: $state" ;;
        *) pending+=("$service:$state") ;;
      esac
    done
    [[ ${#pending[@]} -eq 0 ]] && return 0
    [[ $(date +%s) -lt $deadline ]] || fail "not healthy after ${TIMEOUT}s: ${pending[*]}"
    sleep 2
  done
}

# The services run as user 185 on a read-only root file system, as the Kubernetes manifests have them, and their JVMs
# with the options docker-compose.yml gives them (bin/newsflow's, which ComposeFileTest checks it against).
check_confinement() {
  local service id uid options
  for service in ingest-service enrich-service query-service; do
    id=$(container "$service")
    [[ $(docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$id") == true ]] || fail "$service: root file system writable"
    uid=$(docker exec "$id" id -u)
    [[ $uid == 185 ]] || fail "$service runs as user $uid, not 185"
    ! docker exec "$id" sh -c 'touch /deployments/probe' 2>/dev/null || fail "$service can write /deployments"
    options=$(docker exec "$id" sh -c 'printf %s "$JAVA_OPTS_APPEND"')
    [[ -n $options ]] || fail "$service has no JAVA_OPTS_APPEND"
    docker exec "$id" sh -c 'tr "\0" " " </proc/1/cmdline' | grep -qF -- "$options" \
      || fail "$service's JVM does not run with '$options'"
    log "$service's JVM runs with $options"
  done
  log "the services run as user 185 on read-only root file systems"
}

# s3 BODY-FILE CURL-ARGS...: an S3 request signed with AWS v4, its body's SHA-256 signed too (/dev/null: none).
s3() {
  local body=$1
  shift
  curl -sS --aws-sigv4 "aws:amz:us-east-1:s3" --user "$MINIO_ROOT_USER:$MINIO_ROOT_PASSWORD" \
    -H "x-amz-content-sha256: $(sha256sum <"$body" | cut -d' ' -f1)" "$@"
}

# drop NAME: writes the e2e post into the bucket's incoming/ prefix through the S3 API.
drop() {
  local status
  status=$(s3 "$WORK/$1.md" -o /dev/null -w '%{http_code}' -T "$WORK/$1.md" "$S3/incoming/$1.md")
  [[ $status == 200 ]] || fail "putting incoming/$1.md answered HTTP $status"
}

write_post() {
  mkdir -p "$WORK"
  cat >"$WORK/$1.md" <<POST
---
layout: post
title: "Gold climbs to a record as the dollar slips ($1)"
category: "Commodities"
date: 2026-03-02 17:40:00
source_url: "http://127.0.0.1/markets/gold-record"
sentiment_score: 7
sentiment_label: "Optimistic"
tldr:
  - "Gold rose 1.2% to a record \$3,050 an ounce."
---

### Gold Climbs to a Record
Gold rose 1.2% to \$3,050 an ounce in New York as investors sought safety.

### Sources
- [Local wire](http://127.0.0.1/markets/gold-record)
POST
}

# article ID: waits until the API serves the article, then prints it.
article() {
  local deadline=$(($(date +%s) + TIMEOUT)) body
  until body=$(curl -fsS "$QUERY/api/articles/$1" 2>/dev/null); do
    [[ $(date +%s) -lt $deadline ]] || fail "the API did not serve $1 within ${TIMEOUT}s"
    sleep 1
  done
  printf '%s\n' "$body"
}

# check_article JSON ID: the article has its title, the figure its text states and the source check's verdict.
check_article() {
  jq -e --arg id "$2" '
    .id == $id and .revision == 1 and (.title | endswith("(" + $id + ")"))
    and ([.figures[] | select(.subject == "Gold" and .changePercent == 1.2 and .level == 3050 and .currency == "USD"
         and .direction == "up")] | length) >= 1
    and ([.sourceChecks[] | select(.url == "http://127.0.0.1/markets/gold-record" and .verdict == "BLOCKED")]
         | length) >= 1' <<<"$1" >/dev/null \
    || fail "article $2 is not what was dropped: $1"
}

# The end offsets of articles.enriched, summed over its partitions, as the broker reports them.
enriched_offsets() {
  compose exec -T kafka /opt/kafka/bin/kafka-get-offsets.sh --bootstrap-server localhost:9092 \
    --topic articles.enriched | awk -F: '{ sum += $3 } END { print sum + 0 }'
}

mkdir -p "$WORK"
t=$(date +%s)
ensure_engine
log "engine: $(docker version -f 'server {{.Server.Version}}, client {{.Client.Version}}')"
phase "engine ready" "$t"

t=$(date +%s)
if [[ ${NEWSFLOW_E2E_PACKAGE:-1} != 0 ]]; then
  log "building the services' jars"
  ./mvnw -q -B -ntp package -DskipTests -pl ingest-service,enrich-service,query-service -am
fi
phase "jars" "$t"

t=$(date +%s)
log "building the local base and third-party images"
images=$(deploy/docker/local-images.sh) || fail "local-images.sh failed"
while IFS='=' read -r name value; do export "$name=$value"; done <<<"$images"
log "base: $NEWSFLOW_BASE_IMAGE"
phase "base and third-party images" "$t"

t=$(date +%s)
compose down -v --remove-orphans >/dev/null 2>&1 || true
log "building the service images"
compose build >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; fail "building the service images failed"; }
phase "service images" "$t"

t=$(date +%s)
log "starting the stack (project $PROJECT)"
compose up -d >"$WORK/up.log" 2>&1 || { tail -30 "$WORK/up.log"; fail "docker-compose up failed"; }
wait_for_stack
log "every health check passes"
check_confinement
phase "stack up and healthy" "$t"

t=$(date +%s)
write_post e2e-docker-first
drop e2e-docker-first
first=$(article e2e-docker-first)
check_article "$first" e2e-docker-first
deadline=$(($(date +%s) + TIMEOUT))
until [[ $(s3 /dev/null -o /dev/null -w '%{http_code}' "$S3/processed/e2e-docker-first.md") == 200 ]]; do
  [[ $(date +%s) -lt $deadline ]] || fail "the post was not moved to processed/"
  sleep 1
done
log "dropped a post; the API serves it with its figures and source checks; the bucket moved it to processed/"
phase "drop to queryable" "$t"
offsets_before=$(enriched_offsets)

t=$(date +%s)
log "recreating every container (the volumes stay)"
compose down >/dev/null 2>&1
compose up -d >"$WORK/up.log" 2>&1 || { tail -30 "$WORK/up.log"; fail "docker-compose up failed"; }
wait_for_stack
phase "recreated and healthy" "$t"

t=$(date +%s)
again=$(article e2e-docker-first)
same_before=$(jq -c '{revision, updatedAt, figures, sourceChecks}' <<<"$first")
same_after=$(jq -c '{revision, updatedAt, figures, sourceChecks}' <<<"$again")
[[ "$same_after" == "$same_before" ]] || fail "the article changed across the restart: $same_before became $same_after"
offsets_after=$(enriched_offsets)
[[ $offsets_after -ge 1 && $offsets_after -eq $offsets_before ]] \
  || fail "articles.enriched had $offsets_before records before the restart and $offsets_after after"
write_post e2e-docker-second
drop e2e-docker-second
check_article "$(article e2e-docker-second)" e2e-docker-second
log "after the restart: the article is unchanged, Kafka kept its $offsets_after enriched records, a new post flows"
phase "checks after the restart" "$t"

t=$(date +%s)
compose down -v --remove-orphans >/dev/null 2>&1
phase "teardown" "$t"
