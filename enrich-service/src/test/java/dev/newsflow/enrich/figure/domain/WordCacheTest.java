package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.figure.domain.Token.Type;
import org.junit.jupiter.api.Test;

/** The word cache hands back the same entry for the same characters, and never another word's. */
class WordCacheTest {

    private final WordCache cache = new WordCache();

    @Test
    void aWordReadAgainIsTheSameEntry() {
        WordCache.Entry first = cache.of("Gold rose, gold fell", 0, 4, Type.WORD);
        WordCache.Entry again = cache.of("and Gold", 4, 8, Type.WORD);

        assertThat(again).isSameAs(first);
        assertThat(first).isEqualTo(new WordCache.Entry(Type.WORD, "Gold", "gold", 0, "gold".hashCode()));
    }

    @Test
    void entriesCarryTheKeyAndTheCueFlags() {
        WordCache.Entry word = cache.of("Nvidia’s shares fell", 16, 20, Type.WORD);
        WordCache.Entry possessive = cache.of("Nvidia’s shares fell", 0, 8, Type.WORD);

        assertThat(word.key()).isEqualTo("fell");
        assertThat(word.flags() & Cues.DOWN_WORD).isNotZero();
        assertThat(possessive.text()).isEqualTo("Nvidia’s");
        assertThat(possessive.key()).isEqualTo("nvidia");
    }

    @Test
    void aWordSharingASlotGetsItsOwnEntry() {
        WordCache.Entry ab = cache.of("Aa", 0, 2, Type.WORD);
        WordCache.Entry collision = cache.of("BB", 0, 2, Type.WORD);

        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(collision.text()).isEqualTo("BB");
        assertThat(cache.of("Aa", 0, 2, Type.WORD).text()).isEqualTo("Aa");
        assertThat(ab.key()).isEqualTo("aa");
    }

    @Test
    void longWordsAreReadButNotKept() {
        String longWord = "Supercalifragilisticexpialidociousness";

        assertThat(cache.of(longWord, 0, longWord.length(), Type.WORD))
                .isNotSameAs(cache.of(longWord, 0, longWord.length(), Type.WORD))
                .isEqualTo(new WordCache.Entry(Type.WORD, longWord, longWord.toLowerCase(), 0,
                        longWord.toLowerCase().hashCode()));
    }
}
