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

    private static final String COUNTRY = "(?<country%1$s>U\\.S\\.|US|USA|American|German|Germany's|British|Britain's"
            + "|UK|U\\.K\\.|Japanese|Japan's|Japan|Italian|Italy's|French|France's|Spanish|Spain's|Australian"
            + "|Australia's|Canadian|Canada's|Chinese|China's|Germany|Italy|France|Britain)";
    private static final String TENOR = "(?<tenor%1$s>\\d{1,2}|two|three|five|seven|ten|twenty|thirty)(?:[- ]year|Y)";
    private static final String TYPE = "(?<type%1$s>Treasury|Treasuries|T-note|T-bond|Bund|gilt|JGB|BTP|OAT|Bono"
            + "|government bond|sovereign bond|government|sovereign)";
    private static final String ADJECTIVES = "(?:(?:benchmark|key|closely watched|policy-sensitive|rate-sensitive"
            + "|long-dated|longer-dated|short-dated|shorter-dated|global benchmark)\\s+)*";
    private static final Pattern YIELD = Pattern.compile("(?i)(?:" + COUNTRY.formatted("") + "\\s+)?" + ADJECTIVES
            + TENOR.formatted("") + "\\s+" + "(?:" + TYPE.formatted("") + "\\s+)?(?:(?:note|bond)s?\\s+)?yields?"
            + "|yields?\\s+on\\s+(?:the\\s+)?" + ADJECTIVES + "(?:" + COUNTRY.formatted("2") + "\\s+)?" + ADJECTIVES
            + TENOR.formatted("2") + "\\s+(?:" + TYPE.formatted("2") + "\\s*)?(?:(?:notes?|bonds?|debt|paper)\\b)?"
            + "|(?:" + COUNTRY.formatted("3") + "\\s+)?" + ADJECTIVES + "(?<type3>Bund|gilt|JGB|BTP|OAT)\\s+yields?");
    private static final Map<String, String> TENORS = Map.of("two", "2", "three", "3", "five", "5", "seven", "7",
            "ten", "10", "twenty", "20", "thirty", "30");
    private static final Map<String, String[]> COUNTRIES = Map.ofEntries(
            Map.entry("us", new String[] {"US", "Treasury", "US"}), Map.entry("de", new String[] {"German", "Bund", "DE"}),
            Map.entry("gb", new String[] {"UK", "gilt", "GB"}), Map.entry("jp", new String[] {"Japan", "JGB", "JP"}),
            Map.entry("it", new String[] {"Italian", "BTP", "IT"}), Map.entry("fr", new String[] {"French", "OAT", "FR"}),
            Map.entry("es", new String[] {"Spanish", "Bono", "ES"}),
            Map.entry("au", new String[] {"Australian", "government bond", "AU"}),
            Map.entry("ca", new String[] {"Canadian", "government bond", "CA"}),
            Map.entry("cn", new String[] {"Chinese", "government bond", "CN"}));

    private YieldNames() {
    }

    /** The yields named in {@code sentence}. */
    static List<Mention> find(Sentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        if (!containsYield(sentence.masked())) {
            return mentions;
        }
        Matcher m = YIELD.matcher(sentence.masked());
        while (m.find()) {
            String tenor = first(m, "tenor", "tenor2");
            String country = country(first(m, "country", "country2", "country3"), first(m, "type", "type2", "type3"));
            String[] names = COUNTRIES.get(country);
            String years = tenor == null ? "10" : TENORS.getOrDefault(tenor.toLowerCase(Locale.ROOT), tenor);
            Instrument instrument = new Instrument(names[0] + " " + years + "-year " + names[1] + " yield",
                    names[2] + years + "Y", Kind.YIELD);
            int start = sentence.start() + m.start();
            int end = sentence.start() + m.end();
            int first = -1;
            int last = -1;
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
                    first = first < 0 ? i : first;
                    last = i + 1;
                }
            }
            if (first >= 0) {
                mentions.add(new Mention(instrument, first, last, true));
            }
        }
        return mentions;
    }

    private static boolean containsYield(String text) {
        return text.toLowerCase(Locale.ROOT).contains("yield");
    }

    private static String first(Matcher m, String... groups) {
        for (String group : groups) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        return null;
    }

    private static String country(String country, String type) {
        String c = country == null ? "" : country.toLowerCase(Locale.ROOT).replace("'s", "").replace(".", "");
        if (c.startsWith("german")) {
            return "de";
        }
        if (c.startsWith("brit") || c.equals("uk")) {
            return "gb";
        }
        if (c.startsWith("japan")) {
            return "jp";
        }
        if (c.startsWith("ital")) {
            return "it";
        }
        if (c.startsWith("fr")) {
            return "fr";
        }
        if (c.startsWith("spa")) {
            return "es";
        }
        if (c.startsWith("austral")) {
            return "au";
        }
        if (c.startsWith("canad")) {
            return "ca";
        }
        if (c.startsWith("chin")) {
            return "cn";
        }
        return typeCountry(type);
    }

    private static String typeCountry(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "bund" -> "de";
            case "gilt" -> "gb";
            case "jgb" -> "jp";
            case "btp" -> "it";
            case "oat" -> "fr";
            case "bono" -> "es";
            default -> "us";
        };
    }
}
