package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds instruments named by their market rather than their name: "Japan's benchmark index", "the Qatari index",
 * "Saudi Arabia's main stock index", "the local currency", "the Australian currency".
 */
final class MarketReferences {

    private static final WordSet INDEX_HEADS = Vocabulary.words("names", "market-index-heads");
    private static final WordSet CURRENCY_HEADS = Vocabulary.words("names", "market-currency-heads");
    private static final WordSet MODIFIERS = Vocabulary.words("names", "market-modifiers");
    private static final WordSet EXCHANGE_WORDS = Vocabulary.words("names", "market-exchange-words");
    private static final int MAX_MODIFIERS = 4;
    /** Generic words an exchange's index family names its members by: "the General Index", "the Tech Index". */
    private static final WordSet FAMILY_WORDS = WordSet.of("general", "tech");
    /** How a mention of "the local currency" or "the local unit" is told, for {@link LocalCurrencies} to read. */
    static final String LOCAL_CURRENCY = "the local currency";
    /** Words that open an aside about the market before its index: "In Abu Dhabi, whose economy ..., the index". */
    private static final WordSet RELATIVES = Vocabulary.words("names", "market-asides");

    /** The end of "all share", "all-share" or "all share index" at {@code i}, or {@code i}. */
    static int allShare(List<Token> tokens, int i) {
        int end = tokens.get(i).is("all-share") ? i + 1
                : tokens.get(i).is("all") && i + 1 < tokens.size() && tokens.get(i + 1).is("share") ? i + 2 : i;
        return end > i && end < tokens.size() && tokens.get(end).is("index") ? end + 1 : end;
    }

    private MarketReferences() {
    }

    /**
     * Where the noun after a market's name and its modifiers is: a word that may be either ends the phrase when no
     * noun follows it ("the Qatari benchmark gained", "Egypt's benchmark added"). An exchange's words may stand
     * between, capitalized or not ("the Qatar Stock Exchange index"), but an exchange's index with a name of its own
     * ("the American Stock Exchange composite index", "the Moscow Exchange Index") is no market's main index: then
     * {@code end}.
     */
    private static int headAfter(List<Token> tokens, int end) {
        int head = end;
        int lastNoun = -1;
        boolean exchange = false;
        while (head < tokens.size() && head - end < MAX_MODIFIERS && modifies(tokens.get(head))) {
            Token word = tokens.get(head);
            if (exchange && !EXCHANGE_WORDS.contains(word) && !INDEX_HEADS.contains(word)) {
                return end;
            }
            exchange |= word.is("exchange");
            if (INDEX_HEADS.contains(word)) {
                lastNoun = head;
            }
            head++;
        }
        if (exchange && head < tokens.size() && tokens.get(head).isCapitalized()) {
            return end;
        }
        boolean noun = head < tokens.size() && (INDEX_HEADS.contains(tokens.get(head))
                || CURRENCY_HEADS.contains(tokens.get(head)));
        return noun || lastNoun < 0 ? head : lastNoun;
    }

    /** Whether a word may stand between a market and its index or currency. */
    private static boolean modifies(Token word) {
        return MODIFIERS.contains(word) && !word.isCapitalized() || EXCHANGE_WORDS.contains(word);
    }

    /**
     * Where "the" opens the reference of a clause the market from {@code start} to {@code end} frames, or -1: "In
     * Qatar, the benchmark slid", "In Abu Dhabi, whose economy relies on oil, the index traded lower".
     */
    private static int framed(List<Token> tokens, int start, int end) {
        if (start < 1 || !tokens.get(start - 1).is("in") || start > 1 && !tokens.get(start - 2).is(",")
                || end >= tokens.size() || !tokens.get(end).is(",")) {
            return -1;
        }
        int the = end + 1;
        if (the < tokens.size() && RELATIVES.contains(tokens.get(the))) {
            while (the < tokens.size() && !tokens.get(the).is(",") && !tokens.get(the).isNumber()) {
                the++;
            }
            the++;
        }
        return the + 1 < tokens.size() && tokens.get(the).is("the") ? the : -1;
    }

    /**
     * Whether the market's name from {@code start} to {@code end} is a city that opens its clause as the subject of a
     * move, standing for its main index: "Taipei closed 4.4 percent up", "Jakarta and Bangkok soared 8.4 percent".
     */
    private static boolean standsForItsIndex(List<Token> tokens, int start, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(start).isCapitalized() || tokens.get(end - 1).isPossessive()
                || start > 0 && !CompanyNames.CLAUSE_OPENERS.contains(tokens.get(start - 1))) {
            return false;
        }
        Token next = tokens.get(end);
        if (next.is("and")) {
            int other = Markets.nameEnd(tokens, end + 1);
            return other > 0 && tokens.get(end + 1).isCapitalized() && standsForItsIndex(tokens, end + 1, other);
        }
        return (Cues.sign(next) != 0 || Cues.CLOSING_VERBS.contains(next)) && BareSectors.movesAfter(tokens, end);
    }

    /**
     * {@code mention} named after the index family of {@code home} when it is a bare "General" or "Tech" index: the
     * market's main index when that bears the word ("DFM General Index"), else the member the lexicon knows under the
     * main index and the word ("Hang Seng Tech"); otherwise {@code mention} itself.
     */
    static Mention asFamilyMember(Mention mention, InstrumentLexicon lexicon, Markets.Market home) {
        String name = mention.instrument().name().toLowerCase(Locale.ROOT);
        String word = name.endsWith(" index") ? name.substring(0, name.length() - " index".length()) : name;
        if (home == null || mention.instrument().kind() != Kind.INDEX || !FAMILY_WORDS.contains(word)) {
            return mention;
        }
        boolean main = (" " + home.index() + " ").toLowerCase(Locale.ROOT).contains(" " + word + " ");
        Instrument index = lexicon.named(main ? home.index()
                : home.index() + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1));
        return index == null ? mention : new Mention(index, mention.first(), mention.last(), mention.subject(),
                "a member of the market's family");
    }

    /** The references of {@code tokens} that no mention in {@code known} covers; "local" means {@code home}. */
    static List<Mention> find(List<Token> tokens, List<Mention> known, InstrumentLexicon lexicon,
            Markets.Market home) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).is("the") || tokens.get(i).is("its") ? i + 1 : i;
            if (start >= tokens.size()) {
                break;
            }
            int end = Markets.nameEnd(tokens, start);
            Markets.Market market = end > 0 ? Markets.at(tokens, start, end) : null;
            boolean local = market == null && tokens.get(start).is("local") && home != null;
            if (local) {
                market = home;
                end = start + 1;
            }
            if (market == null && home != null && allShare(tokens, start) > start && tokens.get(i).is("the")) {
                Instrument index = lexicon.named(home.index());
                int last = allShare(tokens, start);
                if (index != null && known.stream().noneMatch(m -> m.first() < last && start < m.last())) {
                    found.add(new Mention(index, i, last, true, "the market's all-share index"));
                    i = last - 1;
                }
                continue;
            }
            if (market == null) {
                continue;
            }
            int first = i;
            int frame = framed(tokens, start, end);
            if (frame > 0) {
                first = frame;
                end = frame + 1;
            }
            int head = headAfter(tokens, end);
            if (head == end && first == i && standsForItsIndex(tokens, start, end)) {
                Instrument index = lexicon.named(market.index());
                Mention mention = index == null ? null : new Mention(index, start, end, true, "a market's city");
                if (mention != null && known.stream().noneMatch(mention::overlaps)) {
                    found.add(mention);
                }
                i = end - 1;
                continue;
            }
            if (head >= tokens.size() || head + 1 < tokens.size() && tokens.get(head + 1).is("futures")) {
                continue;
            }
            String name = INDEX_HEADS.contains(tokens.get(head)) ? market.index()
                    : CURRENCY_HEADS.contains(tokens.get(head)) ? market.currency() : null;
            Instrument instrument = name == null ? null : lexicon.named(name);
            if (instrument != null) {
                boolean localCurrency = local && instrument.kind() == Kind.FX;
                Mention mention = new Mention(instrument, first, head + 1, true,
                        localCurrency ? LOCAL_CURRENCY : "named by its market");
                if (known.stream().noneMatch(mention::overlaps)) {
                    found.add(mention);
                }
                i = head;
            }
        }
        return found;
    }

}
