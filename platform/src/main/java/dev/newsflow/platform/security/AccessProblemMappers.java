package dev.newsflow.platform.security;

import dev.newsflow.platform.rest.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Answers refused requests as {@code application/problem+json}: 401 with a {@code Bearer} challenge when the token
 * is missing or not valid (saying which: expired, not signed by a trusted key, or its claims), 403 when it lacks the
 * role.
 */
public class AccessProblemMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return challenge(e.getMessage() == null ? "a bearer token is required" : e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e) {
        return challenge(whyInvalid(e));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN,
                e.getMessage() == null ? "the bearer token does not allow this" : e.getMessage()).toResponse();
    }

    private static Response challenge(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String whyInvalid(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid) {
                if (invalid.hasExpired()) {
                    return "the bearer token has expired";
                }
                if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
                    return "the bearer token is not signed by a trusted key";
                }
                return "the bearer token's claims are not accepted (issuer, audience or dates)";
            }
        }
        return "the bearer token is not a valid JWT signed by a trusted key";
    }
}
