package dev.newsflow.ingest.post.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.post.domain.IdClaim;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON of an id claim, as Jackson writes it: the claims this service writes are written and read back by hand
 * (one record per new article, read by every replica), and any other text (another field order, spacing, escapes,
 * unknown fields, a broken record) is left to Jackson, so what is read and every error are Jackson's.
 */
final class IdClaimJson {

    private static final String BUCKET_KEY = "{\"bucketKey\":\"";
    private static final String CLAIMED_AT = "\",\"claimedAt\":\"";
    private static final String REVISION = ",\"revision\":";
    private static final String CONTENT_HASH = ",\"contentHash\":\"";
    private static final String RETRACTED = ",\"retracted\":";
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_REVISION_DIGITS = 9;

    private final ObjectMapper json;

    IdClaimJson(ObjectMapper json) {
        this.json = json;
    }

    /** {@code claim} as JSON, the text Jackson writes for it. */
    String write(IdClaim claim) throws JsonProcessingException {
        if (!isPlain(claim.bucketKey()) || claim.claimedAt() == null
                || claim.contentHash() != null && !isPlain(claim.contentHash())) {
            return json.writeValueAsString(claim);
        }
        StringBuilder text = new StringBuilder(BUCKET_KEY.length() + claim.bucketKey().length() + 160)
                .append(BUCKET_KEY).append(claim.bucketKey()).append(CLAIMED_AT).append(claim.claimedAt()).append('"');
        if (claim.revision() != null) {
            text.append(REVISION).append(claim.revision().intValue());
        }
        if (claim.contentHash() != null) {
            text.append(CONTENT_HASH).append(claim.contentHash()).append('"');
        }
        if (claim.retracted() != null) {
            text.append(RETRACTED).append(claim.retracted().booleanValue());
        }
        return text.append('}').toString();
    }

    /** The claim in {@code text}, as Jackson reads it (null for {@code null}); fails as Jackson does. */
    IdClaim read(String text) throws JsonProcessingException {
        IdClaim claim = readWritten(text);
        return claim != null ? claim : json.readValue(text, IdClaim.class);
    }

    /** The claim in {@code text} when it is exactly as {@link #write} writes it, or null. */
    static IdClaim readWritten(String text) {
        if (!text.startsWith(BUCKET_KEY)) {
            return null;
        }
        int keyEnd = plainEnd(text, BUCKET_KEY.length());
        if (keyEnd < 0 || !text.startsWith(CLAIMED_AT, keyEnd)) {
            return null;
        }
        int at = keyEnd + CLAIMED_AT.length();
        int instantEnd = text.indexOf('"', at);
        Instant claimedAt = instantEnd < 0 ? null : instant(text, at, instantEnd);
        if (claimedAt == null) {
            return null;
        }
        at = instantEnd + 1;
        Integer revision = null;
        if (text.startsWith(REVISION, at)) {
            at += REVISION.length();
            int digitsEnd = at;
            while (digitsEnd < text.length() && isDigit(text.charAt(digitsEnd))) {
                digitsEnd++;
            }
            if (digitsEnd == at || digitsEnd - at > MAX_REVISION_DIGITS
                    || text.charAt(at) == '0' && digitsEnd > at + 1) {
                return null;
            }
            revision = Integer.parseInt(text, at, digitsEnd, 10);
            at = digitsEnd;
        }
        String contentHash = null;
        if (text.startsWith(CONTENT_HASH, at)) {
            at += CONTENT_HASH.length();
            int hashEnd = plainEnd(text, at);
            if (hashEnd < 0) {
                return null;
            }
            contentHash = text.substring(at, hashEnd);
            at = hashEnd + 1;
        }
        Boolean retracted = null;
        if (text.startsWith(RETRACTED, at)) {
            at += RETRACTED.length();
            retracted = text.startsWith("true", at) ? Boolean.TRUE : text.startsWith("false", at) ? Boolean.FALSE
                    : null;
            if (retracted == null) {
                return null;
            }
            at += retracted ? 4 : 5;
        }
        if (at != text.length() - 1 || text.charAt(at) != '}') {
            return null;
        }
        return new IdClaim(text.substring(BUCKET_KEY.length(), keyEnd), claimedAt, revision, contentHash, retracted);
    }

    /** Whether Jackson writes {@code text} as it is, no character escaped. */
    private static boolean isPlain(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The index of the quote that closes a string from {@code from} with no escape in it, or -1. */
    private static int plainEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c < ' ' || c == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} between {@code from} and {@code to}, or null for any other text. */
    private static Instant instant(String text, int from, int to) {
        int length = to - from;
        if (length < 20 || text.charAt(to - 1) != 'Z' || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-'
                || text.charAt(from + 10) != 'T' || text.charAt(from + 13) != ':' || text.charAt(from + 16) != ':') {
            return null;
        }
        int year = number(text, from, 4);
        int month = number(text, from + 5, 2);
        int day = number(text, from + 8, 2);
        int hour = number(text, from + 11, 2);
        int minute = number(text, from + 14, 2);
        int second = number(text, from + 17, 2);
        int nanos = 0;
        if (length > 20) {
            int digits = length - 21;
            if (text.charAt(from + 19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            nanos = number(text, from + 20, digits);
            for (int i = digits; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || nanos < 0) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number of the {@code digits} characters at {@code from}, or -1 when one is not a digit. */
    private static int number(String text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
