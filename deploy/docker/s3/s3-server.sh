#!/usr/bin/env bash
# `s3-server server DIR [--console-address ADDR]`: S3Proxy serving DIR (a bucket is a folder) on port 9000. The
# console address of MinIO's command line is accepted and ignored: there is no console.
set -euo pipefail
[[ ${1:-} == server ]] || { echo "usage: s3-server server DIR" >&2; exit 2; }
dir=${2:-/data}
config=/tmp/s3proxy.properties
cat >"$config" <<PROPERTIES
s3proxy.endpoint=http://0.0.0.0:9000
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=${MINIO_ROOT_USER:?MINIO_ROOT_USER is required}
s3proxy.credential=${MINIO_ROOT_PASSWORD:?MINIO_ROOT_PASSWORD is required}
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=$dir
PROPERTIES
exec java -XX:+UseSerialGC -Xmx256m -Dlogback.configurationFile=/opt/s3proxy/logback.xml -cp '/opt/s3proxy/lib/*' org.gaul.s3proxy.Main --properties "$config"
