package dev.newsflow.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets a request through while its kind of access is open; otherwise only with a valid bearer token whose roles
 * include the policy's role (no token: 401, another role: 403). Tokens are never even read while access is open.
 */
abstract class RolePolicy implements HttpSecurityPolicy {

    private final String role;
    private final AuthConfig config;

    RolePolicy(String role, AuthConfig config) {
        this.role = role;
        this.config = config;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (!Access.enforced(config, role)) {
            return CheckResult.permit();
        }
        return identity.onItem().transform(caller -> {
            if (caller.isAnonymous()) {
                throw new UnauthorizedException("a bearer token with the role " + role + " is required");
            }
            if (!caller.hasRole(role)) {
                throw new ForbiddenException("the bearer token of " + caller.getPrincipal().getName()
                        + " does not have the role " + role);
            }
            return CheckResult.PERMIT;
        });
    }

    @Override
    public String name() {
        return role;
    }
}
