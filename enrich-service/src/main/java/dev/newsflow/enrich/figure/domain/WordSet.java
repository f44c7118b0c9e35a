package dev.newsflow.enrich.figure.domain;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of words for the look-ups made for every token: open addressing over a table four times the size
 * of the set, each slot's hash kept beside it, so a word not in the set is mostly told by one slot and compares no
 * characters. Before the table, a filter of two bits per word in one 64-bit word (eight bits a word, a few hundred
 * bytes for most sets, so it stays in the processor's cache) tells most words that are not in the set without
 * reading the table at all. Iterates in the order the words were given.
 */
final class WordSet extends AbstractSet<String> {

    private final String[] slots;
    private final int[] hashes;
    private final long[] filter;
    private final List<String> words;

    private WordSet(Collection<String> words) {
        this.words = List.copyOf(new LinkedHashSet<>(words));
        int size = Integer.highestOneBit(Math.max(4, this.words.size() * 4 - 1)) << 1;
        slots = new String[size];
        hashes = new int[size];
        for (String word : this.words) {
            int hash = word.hashCode();
            int slot = spread(hash) & (size - 1);
            while (slots[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = word;
            hashes[slot] = hash;
        }
        filter = new long[Integer.highestOneBit(Math.max(1, this.words.size() / 8)) * 2];
        for (String word : this.words) {
            int mixed = mix(word.hashCode());
            filter[filterWord(mixed)] |= filterBits(mixed);
        }
    }

    /** The set of {@code words}; a word given twice is kept once. */
    static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    /** The set of the words of {@code words}. */
    static WordSet copyOf(Collection<String> words) {
        return words instanceof WordSet set ? set : new WordSet(words);
    }

    @Override
    public boolean contains(Object o) {
        return Objects.requireNonNull(o) instanceof String word && holds(word, word.hashCode());
    }

    /** Whether the set holds the key of {@code token}, mostly told by the hash the token keeps without the key. */
    boolean contains(Token token) {
        return holds(token.key(), token.hash());
    }

    private boolean holds(String word, int hash) {
        if (!mayContain(hash)) {
            return false;
        }
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String known = slots[slot];
            if (known == null) {
                return false;
            }
            if (hashes[slot] == hash && (known == word || known.equals(word))) {
                return true;
            }
        }
    }

    /** Whether the set may hold {@code word}: false is sure, true is most often right (the filter alone). */
    boolean mayContain(String word) {
        return mayContain(word.hashCode());
    }

    private boolean mayContain(int hash) {
        int mixed = mix(hash);
        long bits = filterBits(mixed);
        return (filter[filterWord(mixed)] & bits) == bits;
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }

    private static int mix(int hash) {
        return hash * 0x9E3779B9;
    }

    /** The filter word of a mixed hash: bits 8 and up. */
    private int filterWord(int mixed) {
        return (mixed >>> 8) & (filter.length - 1);
    }

    /** The filter's two bits of a mixed hash, from its lowest six bits and its highest six. */
    private static long filterBits(int mixed) {
        return 1L << (mixed & 63) | 1L << (mixed >>> 26);
    }

    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }
}
