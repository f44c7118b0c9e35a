package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word set answers like any set of strings, whatever the hashes of its words. */
class WordSetTest {

    @Test
    void holdsItsWordsAndNoOthers() {
        WordSet words = WordSet.of("rose", "fell", "rose", "slipped");

        assertThat(words).containsExactly("rose", "fell", "slipped");
        assertThat(words.contains(new String("fell"))).isTrue();
        assertThat(words.contains("fall")).isFalse();
        assertThat(words.contains("")).isFalse();
        assertThat(words.contains(42)).isFalse();
    }

    @Test
    void aTokenIsAskedByItsKey() {
        List<Token> tokens = Tokenizer.tokenize("Gold's rally, BB and Aa", 0, 23);
        WordSet words = WordSet.of("gold", "Aa");

        assertThat(tokens).allMatch(t -> t.hash() == t.key().hashCode());
        assertThat(tokens).filteredOn(words::contains).extracting(Token::text).containsExactly("Gold's");
        assertThat(tokens.get(0).is("gold")).isTrue();
        assertThat(tokens.get(3).is("bb")).isTrue();
        assertThat(tokens.get(3).is("aa")).isFalse();
    }

    @Test
    void wordsSharingAHashAreToldApart() {
        WordSet words = WordSet.of("Aa", "AaAa");

        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(words.contains("Aa")).isTrue();
        assertThat(words.contains("BB")).isFalse();
        assertThat(words.contains("BBBB")).isFalse();
        assertThat(words.contains("AaAa")).isTrue();
    }

    @Test
    void aLargeSetFindsEveryWord() {
        List<String> many = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "w" + i).toList();
        WordSet words = WordSet.copyOf(many);

        assertThat(many).allMatch(words::contains);
        assertThat(words).hasSize(5_000).doesNotContain("w5000", "x1");
        assertThat(words).isEqualTo(new java.util.HashSet<>(many));
    }

    @Test
    void setsOfEverySizeAnswerLikeAHashSet() {
        List<String> others = java.util.stream.IntStream.range(0, 3_000).mapToObj(i -> "x" + i).toList();
        for (int size = 0; size <= 300; size++) {
            List<String> members = java.util.stream.IntStream.range(0, size).mapToObj(i -> "w" + i * 7).toList();
            WordSet words = WordSet.copyOf(members);

            assertThat(members).as("members of a set of %d", size).allMatch(words::contains);
            assertThat(others).as("others against a set of %d", size).noneMatch(words::contains);
        }
    }

    @Test
    void noWordIsNull() {
        WordSet words = WordSet.of("gold");

        assertThatThrownBy(() -> words.contains(null)).isInstanceOf(NullPointerException.class);
    }
}
