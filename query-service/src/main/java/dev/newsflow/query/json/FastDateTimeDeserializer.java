package dev.newsflow.query.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads an {@link Instant} or {@link OffsetDateTime} written in the events' form with {@link IsoDateTime}, and leaves
 * every other value (another form, a number, an offset to adjust to the context's zone) to Jackson's own deserializer.
 */
final class FastDateTimeDeserializer extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    private final boolean instant;

    FastDateTimeDeserializer(JsonDeserializer<?> jackson, boolean instant) {
        super(jackson);
        this.instant = instant;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)
                && (instant || !context.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE))) {
            OffsetDateTime value = IsoDateTime.parse(parser.getText());
            if (value != null) {
                return instant ? value.toInstant() : value;
            }
        }
        return _delegatee.deserialize(parser, context);
    }

    /** A deserializer that a property's format changed is used as it is. */
    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> contextual) {
        return contextual;
    }
}
