package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written number reader gives exactly what the JDK parser gives, and tells digits as the JDK does. */
class NumberParserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "7", "0.5", "1.2", "23,031.21", "6,105.20", "0.0001", "1,234,567.891", "4.25",
        "151.20", "97,500", "0.1604", "999999999999999", "12345678901234567890", "1,234,567,890,123.4567"})
    void readsWhatTheJdkReads(String digits) {
        assertThat(NumberParser.parse(digits)).isEqualTo(Double.parseDouble(digits.replace(",", "")));
    }

    @Test
    void agreesWithTheJdkOnRandomDecimals() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            String whole = Long.toString(random.nextInt(1_000_000));
            String digits = random.nextBoolean() ? whole : whole + "."
                    + Long.toString(random.nextInt(100_000) + 100_000)
                    .substring(1 + random.nextInt(5));
            assertThat(NumberParser.parse(digits)).as(digits).isEqualTo(Double.parseDouble(digits));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "0", "2024", "\u0663\u0664", "12a", "1.5", "-3", " 7", "x"})
    void tellsDigitsAsCharacterDoes(String text) {
        assertThat(NumberParser.isDigits(text)).isEqualTo(text.chars().allMatch(Character::isDigit));
    }
}
