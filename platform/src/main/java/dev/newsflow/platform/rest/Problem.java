package dev.newsflow.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsflow.contracts.article.RejectionError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<RejectionError> errors) {

    /** The media type of problem answers. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without a list of errors. */
    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /** This problem as an HTTP answer. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
