package dev.newsflow.query.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.platform.rest.Problem;
import dev.newsflow.platform.security.Access;
import dev.newsflow.query.api.Cursors;
import dev.newsflow.query.api.InvalidParameterException;
import dev.newsflow.query.article.domain.FeedEvent;
import dev.newsflow.query.article.domain.FeedPosition;
import dev.newsflow.query.article.domain.FeedRetraction;
import dev.newsflow.query.article.service.ArticleFeed;
import dev.newsflow.query.paging.Position;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Server-sent events, one per materialized article revision or retraction, resumable with {@code Last-Event-ID}. */
@Path("/api/articles/stream")
@Tag(name = "articles", description = "The articles of the read model")
public class ArticleStreamResource {

    /** The cursor kind of feed positions (the events' ids). */
    static final String CURSOR = "feed";
    /** The name of the event that announces an article revision stored. */
    private static final String ARTICLE = "article";
    /** The name of the event that announces an article withdrawn. */
    private static final String RETRACTED = "retracted";
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final ArticleFeed feed;
    private final ObjectMapper json;

    ArticleStreamResource(ArticleFeed feed, ObjectMapper json) {
        this.feed = feed;
        this.json = json;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @AuthorizationPolicy(name = Access.READER)
    @Extension(name = Access.OPENAPI_ROLE, value = Access.READER)
    @Operation(operationId = "streamArticles", summary = "Follow materialized articles live",
            description = "A server-sent event named 'article' for each article revision the read model stores, its"
                    + " data the article in brief (JSON), its id a position to resume from: send it back as"
                    + " Last-Event-ID (browsers' EventSource do on reconnect) to first get what was stored after it."
                    + " A server-sent event named 'retracted' for each article withdrawn, its data the id, the"
                    + " revision withdrawn, when and why (JSON: id, revision, retractedAt, reason, storedAt), its id"
                    + " a position like the others: a follower drops or marks the article; a later revision of it"
                    + " is announced as an 'article' again. A comment every 15 s keeps idle connections open.")
    @APIResponse(responseCode = "200", description = "The event stream (text/event-stream)",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A Last-Event-ID that is not an event id of this stream",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse,
            @Parameter(description = "the id of the last event received, to resume after it")
            @HeaderParam("Last-Event-ID") String lastEventId) {
        FeedPosition after = position(lastEventId);
        Multi<OutboundSseEvent> articles = feed.follow(after).map(event -> sse.newEventBuilder()
                .name(event instanceof FeedRetraction ? RETRACTED : ARTICLE)
                .id(Cursors.encode(CURSOR, new Position(event.position().updatedAt(), List.of(event.id()))))
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, write(event))
                .build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(articles, keepAlive);
    }

    private static FeedPosition position(String lastEventId) {
        try {
            Position position = Cursors.decode(CURSOR, lastEventId, 1);
            return position == null ? null : new FeedPosition(position.time(), position.key(0));
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException("Last-Event-ID", "is not an event id of this stream");
        }
    }

    private String write(FeedEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
