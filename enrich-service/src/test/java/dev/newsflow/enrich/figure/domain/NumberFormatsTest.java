package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as the markets of the world write them, and the currency written with them. */
class NumberFormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1,234.56          | 1234.56   | -
            15.432,10         | 15432.1   | -
            1.234,5           | 1234.5    | -
            1.234.567         | 1234567   | -
            40.501.28         | 40501.28  | -
            0,97              | 0.97      | -
            6,7310            | 6.731     | -
            12 800,52         | 12800.52  | -
            60 059            | 60059     | -
            10,99,85,888      | 109985888 | -
            1.234             | 1.234     | -
            45 1/2            | 45.5      | -
            2-3/8             | 2.375     | -
            6½                | 6.5       | -
            112.62-65         | 112.62    | -
            31-point-07       | 31.07     | -
            2 ¼               | 2.25      | -
            $4.20 ¼           | 4.2025    | USD
            $ 1,264.00        | 1264      | USD
            $1,962.20         | 1962.2    | USD
            R174.72           | 174.72    | ZAR
            ₦20.90            | 20.9      | NGN
            N2.34             | 2.34      | NGN
            Rs 441.05         | 441.05    | INR
            Rs.208.40         | 208.4     | INR
            SR9.39            | 9.39      | SAR
            CHF 78.40         | 78.4      | CHF
            EUR 23.80         | 23.8      | EUR
            NT$1,425.00       | 1425      | TWD
            """)
    void readsTheNumberAndItsCurrency(String written, double value, String currency) {
        // Given a number written one way, When it is read in a sentence
        List<Token> tokens = Tokenizer.tokenize("closed at " + written + " today", 0, 16 + written.length());

        // Then it is one number with its value and currency
        List<Token> numbers = tokens.stream().filter(Token::isNumber).toList();
        assertThat(numbers).hasSize(1);
        assertThat(numbers.get(0).value()).isEqualTo(value);
        assertThat(numbers.get(0).currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the CAC 40 123.45 points  | 40     | 123.45
            the Nikkei 225 487 points | 225    | 487
            the S&P 500 rose 1%       | 500    | 1
            """)
    void keepsANamesNumberApartFromTheNext(String text, double first, double second) {
        // Given a name that ends in a number, When it is read
        List<Double> numbers = Tokenizer.tokenize(text, 0, text.length()).stream().filter(Token::isNumber)
                .map(Token::value).toList();

        // Then the name's number stays its own
        assertThat(numbers).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Nasdaq composite index was down 46,07, or 1,84%, to⏎2 458,45.          | Nasdaq Composite | 2458.45
            Gold, which earlier traded at a low of $⏎1,260.50 an ounce, slipped 0.29%. | Gold             | 1260.5
            """)
    void readsALevelThatAHardWrapPutsOnTheNextLine(String text, String subject, double level) {
        // Given a paragraph hard-wrapped just before a number grouped with spaces, or between "$" and its number
        String wrapped = text.replace("⏎", "\n");

        // When it is read
        List<dev.newsflow.contracts.article.MarketFigure> figures = new FigureExtractor().extract(wrapped);

        // Then the level is read as if the line went on
        assertThat(figures).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo(subject);
            assertThat(f.level()).isEqualTo(level);
        });
    }
}
