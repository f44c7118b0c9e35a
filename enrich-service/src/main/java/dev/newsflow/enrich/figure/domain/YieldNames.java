package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds government bond yields by tenor and country ("Germany's 10-year Bund yield", "US 10Y yield"). */
final class YieldNames {

    private static final String COUNTRY = "(?<country%1$s>" + byFirstLetter(Markets.names()) + "(?:'s|’s)?)";
    private static final String TENOR = "(?<tenor%1$s>\\d{1,2}|two|three|five|seven|ten|twenty|thirty)"
            + "(?:[- ]year|[- ]yr|Y)";
    private static final String TYPE = "(?<type%1$s>Treasury|Treasuries|T-note|T-bond|Bund|gilt|JGB|BTP|OAT|Bono"
            + "|government bond|sovereign bond|government|sovereign)";
    private static final String ADJECTIVES = "(?:(?:benchmark|key|closely watched|policy-sensitive|rate-sensitive"
            + "|long-dated|longer-dated|short-dated|shorter-dated|long-term|short-term|medium-term"
            + "|global benchmark)\\s+)*";
    private static final Pattern YIELD = Pattern.compile("(?i)(?:" + COUNTRY.formatted("") + "\\s+)?" + ADJECTIVES
            + TENOR.formatted("") + "\\s+" + "(?:" + COUNTRY.formatted("6") + "\\s+)?(?:" + TYPE.formatted("")
            + "\\s+)?(?:(?:note|bond)s?\\s+)?(?:yields?|rate\\b)"
            + "|yields?\\s+on\\s+(?:the\\s+)?" + ADJECTIVES + "(?:" + COUNTRY.formatted("2") + "\\s+)?"
            + ADJECTIVES
            + TENOR.formatted("2") + "\\s+(?:" + COUNTRY.formatted("4") + "\\s+)?(?:" + TYPE.formatted("2")
            + "\\s*)?(?:(?:notes?|bonds?|debt|paper)\\b)?"
            + "|\\b(?:(?<country5>US|UK|German|Japan)\\s+)?(?<type5>UST|US|Bund|Gilt|JGB|BTP|OAT|T-note)\\s*"
            + "(?<tenor5>\\d{1,2})(?:Y|s)\\b|\\b(?<tenor6>\\d{1,2})Y\\s+(?<type6>UST|Treasury|Bund|Gilt|JGB|BTP|OAT)\\b"
            + "|\\b(?<tenor7>2|5|10|30)s(?=\\s+\\d)"
            + "|(?:" + COUNTRY.formatted("8") + "\\s+)?" + ADJECTIVES + TENOR.formatted("8") + "\\s+(?:"
            + TYPE.formatted("8") + "\\s+)?(?:note|bond)\\b"
            + "|(?:" + COUNTRY.formatted("3") + "\\s+)?" + ADJECTIVES + "(?<type3>Bund|gilt|JGB|BTP|OAT)\\s+yields?");
    private static final WordSet ANCHORS = WordSet.of("yield", "yields", "ust", "treasury",
            "bund", "gilt", "jgb", "btp", "oat", "note", "notes", "bond", "bonds", "debt", "rate");
    /** The words other than countries and tenors a yield's name can start with. */
    private static final WordSet STARTS = WordSet.of("yield", "yields", "benchmark", "key",
            "closely", "policy-sensitive", "rate-sensitive", "long-dated", "longer-dated", "short-dated", "long-term",
            "short-term", "medium-term",
            "shorter-dated", "global", "ust", "us", "uk", "german", "japan", "bund", "gilt", "jgb", "btp", "oat", "t",
            "t-note");
    private static final Pattern SYMBOL = Pattern.compile("UST?\\d{1,2}Y");
    private static final WordSet TYPES = WordSet.of("bund", "gilt", "jgb", "btp", "oat");
    private static final Map<String, String> TENORS = Vocabulary.lookup(Map.of("two", "2", "three", "3", "five", "5",
            "seven", "7", "ten", "10", "twenty", "20", "thirty", "30"));
    private static final Map<String, String> TYPE_MARKETS = Vocabulary.lookup(Map.of("bund", "germany", "ust", "us",
            "us", "us", "t-note", "us", "gilt", "uk", "jgb", "japan", "btp", "italy", "oat", "france", "bono",
            "spain"));

    private YieldNames() {
    }

    /**
     * The yields named in {@code sentence}; a yield named without a country is the country's of the yield named before
     * it in the sentence, else {@code home}'s, else US.
     */
    static List<Mention> find(Sentence sentence, Markets.Market home) {
        List<Mention> mentions = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        Matcher m = null;
        int covered = 0;
        for (int anchor = 0; anchor < tokens.size(); anchor++) {
            if (anchor < covered || !isAnchor(tokens, anchor) || !hasTenorOrType(tokens, anchor)) {
                continue;
            }
            if (m == null) {
                m = YIELD.matcher(sentence.masked());
            }
            for (int first = Math.max(covered, anchor - 7); first <= anchor; first++) {
                if (!canStart(tokens.get(first))) {
                    continue;
                }
                m.region(tokens.get(first).start() - sentence.start(), sentence.masked().length());
                if (m.lookingAt() && sentence.start() + m.end() >= tokens.get(anchor).end()) {
                    int last = lastToken(tokens, sentence.start() + m.end());
                    Markets.Market before = mentions.isEmpty() ? home : marketOf(mentions.get(mentions.size() - 1));
                    if (m.group("tenor8") != null && !quotedAsYield(tokens, last)) {
                        int its = itsYield(tokens, last);
                        if (its > 0) {
                            mentions.add(new Mention(instrument(m, before), its, its + 2, true, "the note's yield"));
                            covered = its + 2;
                        }
                        break;
                    }
                    mentions.add(new Mention(instrument(m, before), first, last, true, "yield by tenor and country"));
                    covered = last;
                    break;
                }
            }
        }
        return mentions;
    }

    /**
     * Where "its yield" speaks of a note named by its tenor and quoted by its price, in the same sentence before any
     * other tenor, or -1: "the 10-year note gained 10/32 to 101 - 17/32, its yield falling 4 basis points".
     */
    private static int itsYield(List<Token> tokens, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).key().endsWith("-year") || tokens.get(i).is("year")) {
                return -1;
            }
            if (tokens.get(i).is("its") && (tokens.get(i + 1).is("yield") || tokens.get(i + 1).is("yields"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a note or bond named by its tenor is quoted by its yield: the first number after its name is a percentage
     * or basis points ("the two-year note closed at 4.55%"), not a price ("the 10-year note gained 10/32").
     */
    private static boolean quotedAsYield(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isNumber()) {
                return tokens.get(i).unit() == Token.Unit.PERCENT || tokens.get(i).unit() == Token.Unit.BASIS_POINTS;
            }
        }
        return false;
    }

    /**
     * One alternative per first letter, each with the rest of the names in their order ("(?:j(?:apan|apanese)|...)"),
     * so a regex tries a dozen letters rather than every name.
     */
    private static String byFirstLetter(List<String> names) {
        Map<Character, List<String>> rests = new java.util.LinkedHashMap<>();
        for (String name : names) {
            rests.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(Pattern.quote(name.substring(1)));
        }
        List<String> groups = new ArrayList<>();
        rests.forEach((first, rest) -> groups.add(Pattern.quote(String.valueOf(first)) + "(?:" + String.join("|", rest)
                + ")"));
        return "(?:" + String.join("|", groups) + ")";
    }

    /** Whether a yield's name can start with the token: a country, an adjective, a tenor, a bond type or "yield". */
    private static boolean canStart(Token t) {
        String key = t.key();
        if (t.isNumber() || STARTS.contains(key) || TENORS.containsKey(key) || key.endsWith("-year")
                || Markets.startsName(key)) {
            return true;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Markets.Market marketOf(Mention yield) {
        String code = yield.instrument().symbol().replaceAll("\\d+Y$", "");
        return Markets.all().stream().filter(market -> market.code().equals(code)).findFirst().orElse(null);
    }

    private static Instrument instrument(Matcher m, Markets.Market home) {
        String tenor = first(m, "tenor", "tenor2", "tenor5", "tenor6", "tenor7", "tenor8");
        Markets.Market market = market(first(m, "country", "country2", "country3", "country4", "country5",
                "country6", "country8"), first(m, "type", "type2", "type3", "type5", "type6", "type8"), home);
        String years = tenor == null ? "10" : TENORS.getOrDefault(tenor.toLowerCase(Locale.ROOT), tenor);
        return of(market, years);
    }

    /** The government bond yield of {@code market} over so many {@code years} ("South Korean 3-year ... yield"). */
    static Instrument of(Markets.Market market, String years) {
        return new Instrument(market.yieldAdjective() + " " + years + "-year " + market.yieldType() + " yield",
                market.code() + years + "Y", Kind.YIELD);
    }

    private static int lastToken(List<Token> tokens, int end) {
        int last = 0;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= end; i++) {
            last = i + 1;
        }
        return last;
    }

    /** Whether a tenor ("10-year", "two-year", "10Y") or a bond type is written near the anchor at {@code i}. */
    private static boolean hasTenorOrType(List<Token> tokens, int i) {
        for (int j = Math.max(0, i - 8); j < Math.min(tokens.size(), i + 8); j++) {
            Token t = tokens.get(j);
            if (t.is("year") || t.is("y") || t.is("yr") || t.key().endsWith("-year") || TYPES.contains(t)
                    || isSymbol(t) || isTenorPlural(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} is "yield(s)" or the Y of a tenor written "10Y": a yield's name ends there. */
    private static boolean isAnchor(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return ANCHORS.contains(t) || isSymbol(t) || isTenorPlural(tokens, i)
                || t.is("y") && i > 0 && tokens.get(i - 1).isNumber() && tokens.get(i - 1).end() == t.start();
    }

    /** Whether the word at {@code i} is the "s" of a tenor quoted the way rates desks write it: "10s 4.21%". */
    private static boolean isTenorPlural(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("s") && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isNumber()
                && tokens.get(i - 1).end() == tokens.get(i).start()
                && tokens.get(i + 1).unit() == Token.Unit.PERCENT;
    }

    /** Whether the word is a Treasury yield written as its symbol: "US10Y", "UST2Y". */
    private static boolean isSymbol(Token t) {
        String text = t.text();
        return t.isWord() && text.length() >= 4 && text.length() <= 6 && text.startsWith("US")
                && text.charAt(text.length() - 1) == 'Y' && SYMBOL.matcher(text).matches();
    }

    private static String first(Matcher m, String... groups) {
        for (String group : groups) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        return null;
    }

    /** The market of a yield: the country written, else the one its bond type belongs to, else {@code home}. */
    private static Markets.Market market(String country, String type, Markets.Market home) {
        if (country != null) {
            String name = country.toLowerCase(Locale.ROOT).replace("'s", "").replace("’s", "");
            Markets.Market market = Markets.named(name);
            if (market != null) {
                return market;
            }
        }
        String byType = type == null ? null : TYPE_MARKETS.get(type.toLowerCase(Locale.ROOT));
        if (byType != null) {
            return Markets.named(byType);
        }
        return home != null ? home : Markets.named("us");
    }
}
