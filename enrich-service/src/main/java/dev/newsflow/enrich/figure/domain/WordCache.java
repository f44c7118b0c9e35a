package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Type;

/**
 * The words and marks read lately, each with its look-up key and cue flags, so a word seen again costs no new strings
 * and no look-ups. Direct-mapped and shared by every thread: slots hold immutable entries, a lost race only costs a
 * miss.
 */
final class WordCache {

    private static final int SLOTS = 1 << 15;
    private static final int LONGEST = 32;

    private final Entry[] slots = new Entry[SLOTS];

    /** A word as written, its key ({@link Tokenizer#key}) and its cue flags ({@link Cues#flagsOf}). */
    record Entry(Type type, String text, String key, int flags) {
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
        int slot = (hash ^ hash >>> 13) & (SLOTS - 1);
        Entry cached = slots[slot];
        if (cached != null && cached.type == type && sameChars(cached.text, text, start, end)) {
            return cached;
        }
        Entry fresh = entry(text, start, end, type);
        slots[slot] = fresh;
        return fresh;
    }

    private static Entry entry(CharSequence text, int start, int end, Type type) {
        String chars = text.subSequence(start, end).toString();
        String key = type == Type.WORD ? Tokenizer.key(chars) : chars;
        return new Entry(type, chars, key, Cues.flagsOf(key) | (type == Type.WORD ? Cues.caseOf(chars) : 0));
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
