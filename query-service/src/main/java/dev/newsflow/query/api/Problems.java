package dev.newsflow.query.api;

import dev.newsflow.platform.rest.Problem;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problem answers with extension members (RFC 9457) after the usual type, title, status and detail. */
public final class Problems {

    private Problems() {
    }

    /** The {@code status} answer saying {@code detail}, with {@code members} added in their order. */
    public static Response withMembers(Response.Status status, String detail, Map<String, Object> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        body.putAll(members);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
