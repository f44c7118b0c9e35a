package dev.newsflow.e2e.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes realistic market-news posts (about 3 KB, the reference format) for the benchmark: each has its own
 * instruments and moves, drawn from a seed, and cites sources from a fixed pool, as real posts keep citing the
 * same publishers.
 */
public final class PostGenerator {

    /** One generated post: its file name (the article id plus {@code .md}) and its bytes. */
    public record Post(String id, String fileName, byte[] content) {
    }

    private record Instrument(String name, double level, String prefix, String suffix) {
    }

    private static final List<Instrument> INSTRUMENTS = List.of(
            new Instrument("S&P 500", 7012.85, "", ""),
            new Instrument("Nasdaq Composite", 23912.40, "", ""),
            new Instrument("Dow Jones Industrial Average", 49802.15, "", ""),
            new Instrument("STOXX 600", 603.85, "", ""),
            new Instrument("DAX", 24318.90, "", ""),
            new Instrument("FTSE 100", 10126.55, "", ""),
            new Instrument("Nikkei 225", 51436.20, "", ""),
            new Instrument("Hang Seng", 26118.47, "", ""),
            new Instrument("Brent crude", 66.84, "$", " a barrel"),
            new Instrument("gold", 4612.30, "$", " an ounce"),
            new Instrument("Bitcoin", 90815.00, "$", ""),
            new Instrument("EUR/USD", 1.1581, "", ""));

    private static final String[] DRIVERS = {
        "Traders pointed to a softer reading on inflation and a steady run of corporate earnings.",
        "Investors weighed comments from central bankers against a mixed set of economic data.",
        "Volumes were thin ahead of a holiday, which exaggerated moves in both directions.",
        "Strategists said positioning had become stretched after weeks of one-way flows.",
        "A stronger dollar weighed on commodities and on the shares of exporters.",
        "Bond yields moved in a narrow range as investors waited for the next policy meeting.",
    };

    private static final String[] HOSTS = {
        "www.reuters.com", "www.ft.com", "www.bloomberg.com", "www.cnbc.com", "www.wsj.com", "www.marketwatch.com",
        "asia.nikkei.com", "www.scmp.com",
    };
    private static final int SOURCES_PER_HOST = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String run;

    /** Posts of one benchmark run: ids {@code bench-RUN-N}, category {@code bench-RUN}. */
    public PostGenerator(String run) {
        this.run = run;
    }

    public String category() {
        return "bench-" + run;
    }

    public Post post(int index) {
        Random random = new Random(index * 7919L + run.hashCode());
        List<String> moves = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        int first = random.nextInt(INSTRUMENTS.size());
        for (int k = 0; k < 4; k++) {
            Instrument instrument = INSTRUMENTS.get((first + k * 5) % INSTRUMENTS.size());
            double change = Math.round((random.nextDouble() * 6 - 3) * 100) / 100.0;
            double level = instrument.level() * (1 + change / 100);
            String verb = change >= 0 ? pick(random, "rose", "gained", "climbed", "advanced")
                    : pick(random, "fell", "slipped", "dropped", "declined");
            String figure = String.format(Locale.ROOT, "%.2f%% to %s%s%s", Math.abs(change), instrument.prefix(),
                    formatLevel(level), instrument.suffix());
            moves.add(String.format(Locale.ROOT, "the %s %s %.2f%%", instrument.name(), verb, Math.abs(change)));
            sentences.add(String.format(Locale.ROOT, "The %s %s %s. %s", instrument.name(), verb, figure,
                    DRIVERS[random.nextInt(DRIVERS.length)]));
        }
        int score = 1 + random.nextInt(9);
        String id = "bench-" + run + "-" + index;
        String source = source(random);
        LocalDateTime date = LocalDateTime.of(2026, 11, 1, 6, 0).plusMinutes(index * 7L % 40_000);
        StringBuilder post = new StringBuilder(3600)
                .append("---\nlayout: post\n")
                .append("title: \"Markets wrap ").append(index).append(": ").append(capitalized(moves.get(0)))
                .append("\"\n")
                .append("category: \"").append(category()).append("\"\n")
                .append("date: ").append(DATE.format(date)).append('\n')
                .append("source_url: \"").append(source).append("\"\n")
                .append("sentiment_score: ").append(score).append('\n')
                .append("sentiment_label: \"")
                .append(score >= 6 ? "Optimistic" : score == 5 ? "Neutral" : "Pessimistic").append("\"\n")
                .append("tldr:\n")
                .append("  - \"").append(capitalized(moves.get(0))).append(", while ").append(moves.get(1))
                .append(".\"\n")
                .append("  - \"").append(capitalized(moves.get(2))).append(" and ").append(moves.get(3)).append(".\"\n")
                .append("---\n\n### Markets wrap ").append(index).append("\n");
        for (String sentence : sentences) {
            post.append(sentence).append(' ').append(DRIVERS[random.nextInt(DRIVERS.length)]).append(' ')
                    .append("Analysts at several banks said the move fitted the broader pattern of the past month, in "
                            + "which markets have swung between optimism about growth and worry about stubborn prices.")
                    .append("\n\n");
        }
        post.append("Elsewhere, credit spreads were little changed and volatility gauges eased from their highs of the "
                + "week. Fund managers said they were keeping some cash on the sidelines until the picture on earnings "
                + "and on the economy becomes clearer, and several pointed to seasonal patterns that have tended to "
                + "favour equities into the end of the year.\n\n");
        post.append("Desks expect the next few sessions to be driven by the same themes, with attention on corporate "
                + "guidance, on the path of interest rates and on how long the recent resilience of consumers can "
                + "last.\n\n");
        post.append("### Sources\n");
        post.append("- [Wire – 'Markets wrap ").append(index).append("'](").append(source).append(")\n");
        for (int k = 0; k < 2; k++) {
            post.append("- [Desk note ").append(k + 1).append("](").append(source(random)).append(")\n");
        }
        return new Post(id, id + ".md", post.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String source(Random random) {
        String host = HOSTS[random.nextInt(HOSTS.length)];
        return "https://" + host + "/markets/wrap-" + random.nextInt(SOURCES_PER_HOST);
    }

    private static String formatLevel(double level) {
        return level < 10 ? String.format(Locale.ROOT, "%.4f", level) : String.format(Locale.ROOT, "%,.2f", level);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String pick(Random random, String... words) {
        return words[random.nextInt(words.length)];
    }
}
