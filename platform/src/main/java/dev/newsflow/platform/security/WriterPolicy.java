package dev.newsflow.platform.security;

import jakarta.inject.Singleton;

/** Writes and admin operations need the {@value Access#WRITER} role while {@code newsflow.auth.enabled} is on. */
@Singleton
public class WriterPolicy extends RolePolicy {

    WriterPolicy(AuthConfig config) {
        super(Access.WRITER, config);
    }
}
