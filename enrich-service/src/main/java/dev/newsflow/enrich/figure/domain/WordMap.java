package dev.newsflow.enrich.figure.domain;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable map of words whose look-ups first ask the filter of a {@link WordSet} of its keys, so a word that is
 * not a key is mostly told without reading the map's table; iterates as the map it wraps.
 */
final class WordMap<V> extends AbstractMap<String, V> {

    private final Map<String, V> map;
    private final WordSet keys;

    WordMap(Map<String, V> map) {
        this.map = map;
        this.keys = WordSet.copyOf(map.keySet());
    }

    @Override
    public V get(Object key) {
        return absent(key) ? null : map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return !absent(key) && map.containsKey(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return absent(key) ? defaultValue : map.getOrDefault(key, defaultValue);
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return map.entrySet();
    }

    private boolean absent(Object key) {
        return key instanceof String word && !keys.mayContain(word);
    }
}
