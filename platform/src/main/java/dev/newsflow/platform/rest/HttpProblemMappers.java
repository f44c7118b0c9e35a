package dev.newsflow.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers the HTTP layer's own refusals (no such resource, a method or media type the resource does not take) as
 * {@code application/problem+json} that says what was asked, instead of an empty body. A refusal that already
 * carries a body (a resource's own problem) is left as it is.
 */
public class HttpProblemMappers {

    @ServerExceptionMapper
    public Response refused(WebApplicationException e, ContainerRequestContext request) {
        Response refusal = e.getResponse();
        Response.Status status = Response.Status.fromStatusCode(refusal.getStatus());
        if (status == null || refusal.hasEntity()) {
            return refusal;
        }
        return Problem.of(status, detail(status, request)).toResponse();
    }

    private static String detail(Response.Status status, ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return switch (status) {
            case NOT_FOUND -> "there is nothing at " + path;
            case METHOD_NOT_ALLOWED -> request.getMethod() + " is not allowed on " + path;
            case UNSUPPORTED_MEDIA_TYPE -> "the Content-Type '" + request.getHeaderString(HttpHeaders.CONTENT_TYPE)
                    + "' is not accepted by " + request.getMethod() + " " + path;
            case NOT_ACCEPTABLE -> "no answer of " + path + " is of a media type the request accepts ('"
                    + request.getHeaderString(HttpHeaders.ACCEPT) + "')";
            default -> status.getReasonPhrase().toLowerCase(Locale.ROOT);
        };
    }
}
