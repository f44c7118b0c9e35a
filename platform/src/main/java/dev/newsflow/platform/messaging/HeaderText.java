package dev.newsflow.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The text (UTF-8) of a Kafka record's header, as the CloudEvents and retraction headers are written. */
public final class HeaderText {

    /** The CloudEvents header of the event's type, e.g. {@code newsflow.article.ingested.v1}. */
    public static final String CE_TYPE = "ce_type";

    private HeaderText() {
    }

    /** The last header {@code name} of {@code headers} as text; empty when there is none or it has no value. */
    public static Optional<String> of(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
