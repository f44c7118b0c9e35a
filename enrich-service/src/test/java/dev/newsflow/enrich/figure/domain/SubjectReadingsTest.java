package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose move a figure is when news names a company or an index in a way no list spells out. */
class SubjectReadingsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Harbour and Quay Logistics slid 2.2% to $4.10.                     | Harbour and Quay Logistics | -2.2 | 4.1
            Late in the day, Ridge Valley and Stone Mining added 3% to 88p.    | Ridge Valley and Stone Mining | 3 | 88
            Orchard and Vine Ltd gained 6c to $2.45.                           | Orchard and Vine    | -     | 2.45
            June & Fielder fell 4.5% to N12.30.                                | June & Fielder      | -4.5  | 12.3
            In Lisbon, Casa do Norte (CDN3) rose 1.8%.                         | Casa do Norte       | 1.8   | -
            """)
    void namesTheCompanyAsAWhole(String sentence, String subject, Double changePercent, Double level) {
        // Given a sentence naming one company whose name holds "and", "&" or a lowercase particle

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the figure is the whole company's, not the words after the joint
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, changePercent, level));
    }

    @Test
    void namesEachCompanyOfAListWhoseVerbIsLeftOut() {
        // Given a move with its verb, then companies whose moves leave the verb out
        String sentence = "Harbour Freight fell 4p to 120p, Quay Mining 2p to 80p and Stone Ridge by 1.5% to close at 33p.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each move is its own company's, signed by the verb they share
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("Harbour Freight", null, 120.0), tuple("Quay Mining", null, 80.0),
                        tuple("Stone Ridge", -1.5, 33.0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Harbourline (HBL.QA) jumped 6.2% in Doha.                          | Harbourline         | 6.2
            Stocks rose, with Quayside Foods (QSF.N) adding 2.4%.             | Quayside Foods      | 2.4
            The index slid 1.4%, dragged down by a 3.1% fall in chemicals firm Harbourline. | Harbourline | -3.1
            """)
    void findsTheCompanyBesideItsCodeOrDescription(String sentence, String subject, Double changePercent) {
        // Given a company named with a wire-service code in brackets, or after words that describe it

        // When the extractor reads the sentence
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the company's move is found under its name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .contains(tuple(subject, changePercent));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The NZ dollar was quoted at 61.20 US cents late on Friday.         | New Zealand dollar  | -     | 61.2
            Among the large coins, Ripple shed 2.5% over the day.              | XRP                 | -2.5  | -
            The China Enterprises Index added 0.7% to 8,950.                   | Hang Seng China Enterprises | 0.7 | 8950
            """)
    void knowsTheShortNamesOfInstruments(String sentence, String subject, Double changePercent, Double level) {
        // Given an instrument named by the short or common name news uses for it

        // When the extractor reads the sentence
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then the figure is under the instrument's canonical name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, changePercent, level));
    }

    @Test
    void namesCoinsByTheirSymbolsAndNames() {
        // Given coins beyond the largest few, named by symbol and by name
        String sentence = "Among the altcoins, ARB gained 7.5%, Kaspa slid 3% and the Graph's token GRT added 1.2%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each move is its coin's, under the coin's name
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::kind, MarketFigure::changePercent)
                .containsExactly(tuple("Arbitrum", MarketFigure.Kind.CRYPTO, 7.5),
                        tuple("Kaspa", MarketFigure.Kind.CRYPTO, -3.0),
                        tuple("The Graph", MarketFigure.Kind.CRYPTO, 1.2));
    }

    @Test
    void readsTheHomeMarketFromACurrencyNamedWithItsCountry() {
        // Given a text about one country's currency, named in full once and then by its bare unit word
        String text = "The Philippine peso slipped against the US dollar on Monday. The peso closed at 58.10, and the "
                + "local bourse ended at 6,410.22.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the bare word and the local bourse are that country's, not another market's that shares the word
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .contains(tuple("Philippine peso", 58.1), tuple("PSEi", 6410.22));
    }

    @Test
    void keepsTwoCompaniesWhenTheClauseSpeaksOfBoth() {
        // Given two companies joined by "and" whose clause says each of them moved
        String sentence = "Harbour Freight and Quay Mining were both up 3%.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then each is a figure of its own
        assertThat(figures).extracting(MarketFigure::subject).containsExactly("Harbour Freight", "Quay Mining");
    }

    @Test
    void joinsNoNameAfterAListOfNames() {
        // Given a list of names, the last two joined by "and", with one move
        String sentence = "Harbour, Quay and Stone rose 2% on the day.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(sentence);

        // Then no name is made of the last two
        assertThat(figures).extracting(MarketFigure::subject).doesNotContain("Quay and Stone");
    }
}
