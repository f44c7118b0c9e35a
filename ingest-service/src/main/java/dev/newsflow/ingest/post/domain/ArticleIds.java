package dev.newsflow.ingest.post.domain;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Derives the stable article id from a post's key relative to {@code incoming/}. */
public final class ArticleIds {

    /**
     * Any script to Latin, then Latin to ASCII ({@code ö} to {@code o}, {@code ß} to {@code ss}). Built once: building
     * it parses ICU's rules, which is slow; transliterating is stateless, so threads share it without locking.
     */
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Pattern OUTSIDE_ID_ALPHABET = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private ArticleIds() {
    }

    /**
     * The id of {@code relativeKey}: without extension, transliterated to ASCII, lowercased, each run of characters
     * outside {@code [a-z0-9]} turned into one {@code -}, trimmed; {@code 2026/Feb 07 US rally.md} gives
     * {@code 2026-feb-07-us-rally}, {@code Börse.md} gives {@code borse}. Empty when the key has no letter or digit.
     */
    public static String fromKey(String relativeKey) {
        String name = relativeKey;
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot > slash + 1) {
            name = name.substring(0, dot);
        }
        String lower = (isAscii(name) ? name : TO_ASCII.transliterate(name)).toLowerCase(Locale.ROOT);
        return EDGE_DASHES.matcher(OUTSIDE_ID_ALPHABET.matcher(lower).replaceAll("-")).replaceAll("");
    }

    /** Whether {@code text} is ASCII only, which transliterating leaves as it is (most keys: it is the slow part). */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
