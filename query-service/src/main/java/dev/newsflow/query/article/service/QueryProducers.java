package dev.newsflow.query.article.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the plain-Java collaborators of the read model injectable. */
public class QueryProducers {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
