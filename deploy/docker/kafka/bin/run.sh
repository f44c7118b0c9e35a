#!/usr/bin/env bash
# Starts a KRaft broker the way apache/kafka does: every KAFKA_* variable is a broker property (KAFKA_LOG_DIRS is
# log.dirs; '__' stands for '_' and '___' for '-'), the storage is formatted once with CLUSTER_ID, then kafka.Kafka.
set -euo pipefail
config=/tmp/server.properties
: >"$config"
while IFS='=' read -r name value; do
  case $name in
    KAFKA_HEAP_OPTS | KAFKA_OPTS | KAFKA_JVM_PERFORMANCE_OPTS | KAFKA_LOG4J_OPTS | KAFKA_JMX_OPTS | KAFKA_VERSION) continue ;;
    KAFKA_*) ;;
    *) continue ;;
  esac
  key=${name#KAFKA_}
  key=${key//___/-}
  key=${key//__/@}
  key=${key//_/.}
  key=${key//@/_}
  printf '%s=%s\n' "${key,,}" "$value" >>"$config"
done < <(env)
grep -q '^log.dirs=' "$config" || printf 'log.dirs=/tmp/kraft-combined-logs\n' >>"$config"
log_dirs=$(sed -n 's/^log.dirs=//p' "$config")
if [[ ! -f ${log_dirs%%,*}/meta.properties ]]; then
  java -Xmx256m -Dlog4j2.configurationFile=/opt/kafka/config/log4j2-tools.xml -cp '/opt/kafka/libs/*' \
    kafka.tools.StorageTool format --ignore-formatted -t "${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}" -c "$config"
fi
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:--Xmx512m -Xms512m} ${KAFKA_OPTS:-} -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.xml \
  -cp '/opt/kafka/libs/*' kafka.Kafka "$config"
