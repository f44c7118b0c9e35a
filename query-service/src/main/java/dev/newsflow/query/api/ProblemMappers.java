package dev.newsflow.query.api;

import dev.newsflow.contracts.article.RejectionError;
import dev.newsflow.platform.rest.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a parameter that cannot be used as a 400 {@code application/problem+json} naming it. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        Problem problem = Problem.of(Response.Status.BAD_REQUEST, "invalid parameter '" + e.parameter() + "': "
                + e.getMessage());
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                List.of(new RejectionError(null, e.parameter(), e.getMessage()))).toResponse();
    }
}
