#!/usr/bin/env bash
# Builds the local base images from Debian's packages, for machines that reach no image registry:
#   newsflow-local/jre17:<recipe>       Debian 12 (minbase) + OpenJDK 17 JRE + curl, user 185 (the services, Kafka, S3)
#   newsflow-local/postgresql:<recipe>  Debian 12 (minbase) + PostgreSQL 15
# debootstrap makes the root file system once, apt installs into copies of it, and `docker import` turns each into
# an image. <recipe> is a hash of this file: an image already built from the same recipe is kept, so a second run
# costs nothing. Prints the two image names, one a line. Needs root, debootstrap and a running Docker engine.
# Settings: NEWSFLOW_DEBIAN_MIRROR (default: the first deb.debian.org-style URI of this machine's apt sources),
# NEWSFLOW_DEBIAN_SUITE (bookworm), NEWSFLOW_BASE_WORK (scratch folder, default /var/tmp/newsflow-base).
set -euo pipefail

SUITE=${NEWSFLOW_DEBIAN_SUITE:-bookworm}
WORK=${NEWSFLOW_BASE_WORK:-/var/tmp/newsflow-base}
RECIPE=$( { cat "$0"; printf '%s' "$SUITE"; } | sha256sum | cut -c1-12)
JRE_IMAGE=newsflow-local/jre17:$RECIPE
PG_IMAGE=newsflow-local/postgresql:$RECIPE

log() { printf '[base] %s\n' "$*" >&2; }

mirror() {
  if [[ -n ${NEWSFLOW_DEBIAN_MIRROR:-} ]]; then
    printf '%s\n' "$NEWSFLOW_DEBIAN_MIRROR"
    return
  fi
  local uri
  uri=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | grep -v security | grep -oE 'https?://[^ ]+' | head -1)
  printf '%s\n' "${uri:-http://deb.debian.org/debian}"
}

have_image() { docker image inspect "$1" >/dev/null 2>&1; }

# The minimal Debian root file system, kept as a tarball next to the work folder for the next recipe change.
minbase() {
  local tarball=$WORK/$SUITE-minbase.tgz
  if [[ ! -s $tarball ]]; then
    log "debootstrap $SUITE (minbase) from $(mirror)"
    rm -rf "$WORK/debootstrap"
    mkdir -p "$WORK"
    debootstrap --variant=minbase "$SUITE" "$WORK/debootstrap" "$(mirror)" >"$WORK/debootstrap.log" 2>&1 || {
      tail -20 "$WORK/debootstrap.log" >&2
      exit 1
    }
    tar -C "$WORK/debootstrap" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$WORK/debootstrap"
  fi
  printf '%s\n' "$tarball"
}

# variant NAME IMAGE PACKAGES...: unpacks minbase, installs PACKAGES with apt in a chroot, imports the result.
variant() {
  local name=$1 image=$2
  shift 2
  local root=$WORK/$name
  log "building $image: $*"
  rm -rf "$root"
  mkdir -p "$root"
  tar -C "$root" -xzf "$(minbase)"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount -t proc proc "$root/proc"
  trap 'umount "$root/proc" 2>/dev/null || true' RETURN
  chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive LC_ALL=C bash -euc '
    printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    apt-get clean
    rm -rf /var/lib/apt/lists/* /var/log/apt /var/log/dpkg.log /var/cache/debconf/*-old /usr/sbin/policy-rc.d
    groupadd --gid 185 newsflow && useradd --uid 185 --gid 185 --home-dir /home/newsflow --create-home \
      --shell /usr/sbin/nologin newsflow
  ' bash "$@" >"$WORK/$name.log" 2>&1 || {
    tail -20 "$WORK/$name.log" >&2
    exit 1
  }
  umount "$root/proc"
  : >"$root/etc/resolv.conf"
  tar -C "$root" -c . | docker import \
    --change 'ENV LANG=C.UTF-8' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "LABEL dev.newsflow.recipe=$RECIPE dev.newsflow.debian-suite=$SUITE" \
    --change 'CMD ["bash"]' - "$image" >/dev/null
  rm -rf "$root"
}

if ! have_image "$JRE_IMAGE"; then
  variant jre17 "$JRE_IMAGE" ca-certificates curl openjdk-17-jre-headless
fi
if ! have_image "$PG_IMAGE"; then
  variant postgresql "$PG_IMAGE" postgresql-15
fi
printf '%s\n%s\n' "$JRE_IMAGE" "$PG_IMAGE"
