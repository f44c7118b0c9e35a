package dev.newsflow.testsupport.auth;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** Runs the application under test with bearer tokens required for writes, verified with {@link TestTokens}' key. */
public class AccessControlOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsflow.auth.enabled", "true", "mp.jwt.verify.publickey", TestTokens.publicKeyPem(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    /** As {@link AccessControlOn}, with reads needing a token too. */
    public static class WithReads extends AccessControlOn {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("newsflow.auth.reads", "true");
            return overrides;
        }
    }
}
