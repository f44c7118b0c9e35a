package dev.newsflow.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may call a service's API: bearer tokens for writes when enabled, and for reads too when asked. */
@ConfigMapping(prefix = "newsflow.auth")
public interface AuthConfig {

    /** Writes and admin operations need a JWT with the {@value Access#WRITER} role. */
    @WithDefault("false")
    boolean enabled();

    /** With {@link #enabled()}, reads need a JWT with the {@value Access#READER} role too. */
    @WithDefault("false")
    boolean reads();
}
