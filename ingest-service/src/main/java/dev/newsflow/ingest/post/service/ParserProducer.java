package dev.newsflow.ingest.post.service;

import dev.newsflow.ingest.post.domain.PostParser;
import dev.newsflow.ingest.post.domain.PostSizeLimit;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the plain-Java parser and its collaborators injectable, configured from {@link PostConfig}. */
public class ParserProducer {

    @Produces
    @Singleton
    PostParser parser(PostConfig config, Clock clock) {
        return new PostParser(config.maxBytes(), config.defaultZone(), clock);
    }

    @Produces
    @Singleton
    PostSizeLimit sizeLimit(PostConfig config) {
        return new PostSizeLimit(config.maxBytes());
    }
}
