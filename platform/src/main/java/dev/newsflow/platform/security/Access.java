package dev.newsflow.platform.security;

/**
 * The two kinds of access an API operation can need, each a role of the caller's JWT ({@code groups} claim) and the
 * name of the policy that checks it: annotate an operation with {@code @AuthorizationPolicy(name = Access.WRITER)}
 * and {@code @Extension(name = Access.OPENAPI_ROLE, value = Access.WRITER)}.
 */
public final class Access {

    /** The role, and policy, of writes and admin operations. */
    public static final String WRITER = "newsflow-writer";
    /** The role, and policy, of reads. */
    public static final String READER = "newsflow-reader";
    /** The OpenAPI extension that names the role an operation needs when access control is on. */
    public static final String OPENAPI_ROLE = "x-newsflow-role";

    private Access() {
    }

    /** Whether an operation needing {@code role} needs a token under {@code config}. */
    public static boolean enforced(AuthConfig config, String role) {
        return config.enabled() && (WRITER.equals(role) || config.reads());
    }
}
