package dev.newsflow.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/** Refuses to start with access control on but no key to verify tokens with, instead of refusing every token. */
@ApplicationScoped
public class AuthStartupCheck {

    void check(@Observes StartupEvent event, AuthConfig auth, Config config) {
        boolean hasKey = config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent();
        if (auth.enabled() && !hasKey) {
            throw new IllegalStateException("newsflow.auth.enabled is on but no key verifies the tokens: set "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION to the JWKS URL of your OIDC provider (or a PEM public key)");
        }
    }
}
