package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Type;

/**
 * The words and marks read lately, each with its look-up key and cue flags, so a word seen again costs no new strings
 * and no look-ups. Two-way set-associative, the newest entry of a pair first, and shared by every thread: slots hold
 * immutable entries and the hash of their characters beside them, which a look-up checks before the entry's
 * characters; a lost race only costs a miss.
 */
final class WordCache {

    private static final int SLOTS = 1 << 16;
    private static final int LONGEST = 32;

    private final Entry[] slots = new Entry[SLOTS];
    private final int[] hashes = new int[SLOTS];

    /** A word as written, its key ({@link Tokenizer#key}), its cue flags ({@link Cues#flagsOf}) and its key's hash. */
    record Entry(Type type, String text, String key, int flags, int hash) {
    }

    /** The entry of the characters of {@code text} between {@code start} and {@code end}, read as {@code type}. */
    Entry of(CharSequence text, int start, int end, Type type) {
        if (end - start > LONGEST) {
            return entry(text, start, end, type);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int first = (hash * 0x9E3779B9 >>> 16) & (SLOTS - 2);
        for (int slot = first; slot <= first + 1; slot++) {
            Entry cached = slots[slot];
            if (hashes[slot] == hash && cached != null && cached.type == type
                    && sameChars(cached.text, text, start, end)) {
                return cached;
            }
        }
        Entry fresh = entry(text, start, end, type);
        slots[first + 1] = slots[first];
        hashes[first + 1] = hashes[first];
        slots[first] = fresh;
        hashes[first] = hash;
        return fresh;
    }

    private static Entry entry(CharSequence text, int start, int end, Type type) {
        String chars = text.subSequence(start, end).toString();
        String key = type == Type.WORD ? Tokenizer.key(chars) : chars;
        return new Entry(type, chars, key, Cues.flagsOf(key) | (type == Type.WORD ? Cues.caseOf(chars) : 0),
                key.hashCode());
    }

    private static boolean sameChars(String cached, CharSequence text, int start, int end) {
        if (cached.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (cached.charAt(i - start) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
