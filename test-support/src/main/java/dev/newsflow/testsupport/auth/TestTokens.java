package dev.newsflow.testsupport.auth;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * JWTs for the access-control tests, signed with RSA key pairs generated in the test JVM (no key is committed): the
 * trusted pair, whose public key the application under test verifies with, and a stranger's. The keys live in
 * system properties, so the test and its application see the same pair whatever class loader reads them.
 */
public final class TestTokens {

    /** The issuer of every test token. */
    public static final String ISSUER = "https://login.newsflow.test";
    private static final String TRUSTED = "trusted";
    private static final String STRANGER = "stranger";

    private TestTokens() {
    }

    /** The trusted public key as PEM, for {@code mp.jwt.verify.publickey}. */
    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + keys(TRUSTED)[0] + "\n-----END PUBLIC KEY-----";
    }

    /** A token of {@code subject} with {@code roles}, valid for five minutes, signed with the trusted key. */
    public static String withRoles(String subject, String... roles) {
        return sign(subject, roles, Instant.now().plus(Duration.ofMinutes(5)), TRUSTED);
    }

    /** A token with {@code roles} that expired a minute ago, signed with the trusted key. */
    public static String expired(String subject, String... roles) {
        return sign(subject, roles, Instant.now().minus(Duration.ofMinutes(1)), TRUSTED);
    }

    /** A token with {@code roles}, still valid, but signed with a key nobody trusts. */
    public static String signedByAStranger(String subject, String... roles) {
        return sign(subject, roles, Instant.now().plus(Duration.ofMinutes(5)), STRANGER);
    }

    private static String sign(String subject, String[] roles, Instant expiresAt, String signer) {
        return Jwt.issuer(ISSUER).upn(subject).groups(Set.of(roles))
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10))).expiresAt(expiresAt).sign(privateKey(signer));
    }

    private static PrivateKey privateKey(String name) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(keys(name)[1])));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key pair {@code name} as Base64 {public, private}, generated once per JVM. */
    private static String[] keys(String name) {
        String pair = (String) System.getProperties()
                .computeIfAbsent("newsflow.test.jwt-keys." + name, key -> generate());
        return pair.split(" ");
    }

    private static String generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return base64.encodeToString(pair.getPublic().getEncoded()) + " "
                    + base64.encodeToString(pair.getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
