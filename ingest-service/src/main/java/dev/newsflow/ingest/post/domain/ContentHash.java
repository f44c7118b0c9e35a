package dev.newsflow.ingest.post.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a post's bytes in lowercase hex: equal content, equal hash. */
public final class ContentHash {

    private ContentHash() {
    }

    /** A fresh SHA-256 digest, for hashing a stream piece by piece. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The hash of {@code content}. */
    public static String of(byte[] content) {
        return hex(newDigest().digest(content));
    }

    /** The hash of everything {@code in} still holds; the caller closes it. */
    public static String of(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return hex(digest.digest());
    }

    /** The hex form of a finished digest. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
