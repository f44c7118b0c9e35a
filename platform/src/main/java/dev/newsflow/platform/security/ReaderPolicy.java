package dev.newsflow.platform.security;

import jakarta.inject.Singleton;

/** Reads need the {@value Access#READER} role while both {@code newsflow.auth.enabled} and {@code .reads} are on. */
@Singleton
public class ReaderPolicy extends RolePolicy {

    ReaderPolicy(AuthConfig config) {
        super(Access.READER, config);
    }
}
