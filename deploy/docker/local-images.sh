#!/usr/bin/env bash
# Builds, on a machine that reaches no image registry, the local stand-ins for the third-party images of
# docker-compose.yml and the base the services are built on, and prints them as variables for
# compose.local.yml and docker-compose.yml:
#   NEWSFLOW_BASE_IMAGE            Debian 12 + OpenJDK 17 JRE (base/build.sh), the services' base
#   NEWSFLOW_LOCAL_KAFKA_IMAGE     Kafka 4.1.2 from its Maven artifacts (kafka/), for apache/kafka
#   NEWSFLOW_LOCAL_POSTGRES_IMAGE  PostgreSQL 15 from Debian's packages (postgres/), for postgres
#   NEWSFLOW_LOCAL_S3_IMAGE        S3Proxy from its Maven artifacts (s3/), for minio/minio and minio/mc
# Each tag is a hash of what goes into the image, so an image already built from the same inputs is reused.
# Jars come from Maven Central through ./mvnw (cached in ~/.m2); nothing is pulled from a registry.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CONTEXTS=$HERE/target

log() { printf '[images] %s\n' "$*" >&2; }

# context NAME POM: a fresh build context with the image's own files and, given a POM, its jars in lib/.
context() {
  local name=$1 pom=${2:-}
  local dir=$CONTEXTS/$name
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -R "$HERE/$name/." "$dir/"
  rm -f "$dir/pom.xml"
  if [[ -n $pom ]]; then
    "$ROOT/mvnw" -q -B -ntp -f "$pom" dependency:copy-dependencies -DoutputDirectory="$dir/lib" >&2
  fi
  printf '%s\n' "$dir"
}

# image NAME BASE POM: builds newsflow-local/NAME from its context on BASE unless that exact input was built.
image() {
  local name=$1 base=$2 pom=${3:-}
  local dir tag
  dir=$(context "$name" "$pom")
  tag=$( { printf '%s\n' "$base"; (cd "$dir" && find . -type f -print0 | sort -z | xargs -0 sha256sum); } \
    | sha256sum | cut -c1-12)
  if ! docker image inspect "newsflow-local/$name:$tag" >/dev/null 2>&1; then
    log "building newsflow-local/$name:$tag"
    docker build -q --build-arg "BASE_IMAGE=$base" -t "newsflow-local/$name:$tag" "$dir" >"$dir.log" 2>&1 \
      || { cat "$dir.log" >&2; exit 1; }
  fi
  printf 'newsflow-local/%s:%s\n' "$name" "$tag"
}

bases=$("$HERE/base/build.sh")
jre=$(sed -n 1p <<<"$bases") pg=$(sed -n 2p <<<"$bases")
printf 'NEWSFLOW_BASE_IMAGE=%s\n' "$jre"
printf 'NEWSFLOW_LOCAL_KAFKA_IMAGE=%s\n' "$(image kafka "$jre" "$ROOT/deploy/local/kafka/pom.xml")"
printf 'NEWSFLOW_LOCAL_POSTGRES_IMAGE=%s\n' "$(image postgres "$pg")"
printf 'NEWSFLOW_LOCAL_S3_IMAGE=%s\n' "$(image s3 "$jre" "$HERE/s3/pom.xml")"
