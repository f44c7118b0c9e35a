package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word map answers every look-up as the map it wraps, for its keys and for any other word. */
class WordMapTest {

    @Test
    void answersLikeTheMapItWraps() {
        // Given maps of every size up to 300 words
        List<String> others = java.util.stream.IntStream.range(0, 2_000).mapToObj(i -> "x" + i).toList();
        for (int size = 0; size <= 300; size++) {
            Map<String, Integer> plain = new HashMap<>();
            for (int i = 0; i < size; i++) {
                plain.put("w" + i * 7, i);
            }

            // When each is wrapped
            WordMap<Integer> words = new WordMap<>(plain);

            // Then every key gives its value, and no other word gives one
            assertThat(plain).allSatisfy((key, value) -> {
                assertThat(words.get(key)).isEqualTo(value);
                assertThat(words.containsKey(key)).isTrue();
                assertThat(words.getOrDefault(key, -1)).isEqualTo(value);
            });
            assertThat(others).noneMatch(words::containsKey).allMatch(word -> words.get(word) == null
                    && words.getOrDefault(word, -1) == -1);
        }
    }

    @Test
    void iteratesAndComparesAsTheMapItWraps() {
        // Given a map with an order of its own
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("tenth", "10");
        plain.put("second", "2");
        plain.put("third", "3");

        // When it is wrapped
        WordMap<String> words = new WordMap<>(plain);

        // Then it iterates in that order, equals it, and answers a look-up of no word at all as a map does
        assertThat(words.keySet()).containsExactly("tenth", "second", "third");
        assertThat(words).isEqualTo(plain).hasSize(3);
        assertThat(words.get(null)).isNull();
        assertThat(words.containsKey(42)).isFalse();
    }
}
