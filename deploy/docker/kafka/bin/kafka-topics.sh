#!/bin/sh
# Kafka's kafka-topics.sh, as the distribution has it, from the jars in /opt/kafka/libs.
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m -Dlog4j2.configurationFile=/opt/kafka/config/log4j2-tools.xml \
  -cp '/opt/kafka/libs/*' org.apache.kafka.tools.TopicCommand "$@"
