package dev.newsflow.query.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Gives the service's JSON mapper the fast reading of event date-times ({@link FastDateTimeDeserializer}). */
@Singleton
public class FastDateTimes implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("fast-date-times").setDeserializerModifier(new Modifier()));
    }

    /** Wraps Jackson's deserializers of instants and offset date-times. */
    static final class Modifier extends BeanDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == Instant.class || type == OffsetDateTime.class) {
                return new FastDateTimeDeserializer(deserializer, type == Instant.class);
            }
            return deserializer;
        }
    }
}
