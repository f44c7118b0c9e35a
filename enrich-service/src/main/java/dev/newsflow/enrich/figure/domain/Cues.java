package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.contracts.article.MarketFigure.Qualifier;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words market news uses to say which way a number moved, what it is, and what it is not. */
final class Cues {

    static final Set<String> UP = words("rose", "rise", "rises", "rising", "risen", "gained", "gain", "gains",
            "gaining", "jumped", "jump", "jumps", "jumping", "climbed", "climb", "climbs", "climbing", "rallied", "rally",
            "rallies", "rallying", "surged", "surge", "surges", "surging", "advanced", "advance", "advances",
            "advancing", "added", "add", "adds", "adding", "rebounded", "rebound", "rebounds", "rebounding", "soared",
            "soar", "soars", "soaring", "spiked", "spike", "popped", "leapt", "leaped", "leap", "firmed", "firm",
            "strengthened", "strengthen", "appreciated", "higher", "increased", "increase", "increases", "up", "upward",
            "recovered", "recover", "recovering", "lifted", "climbed", "rocketed", "skyrocketed", "zoomed", "bounced",
            "ticked", "edged", "inched", "perked", "extended", "notched", "booked", "posted", "tacked", "grew",
            "boosted", "outperformed", "picked", "rallied", "upside", "increasing", "ascended", "lift", "lifts", "rips",
            "ripped", "firmer", "strengthening", "stronger");
    static final Set<String> DOWN = words("fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops",
            "dropping", "declined", "decline", "declines", "declining", "lost", "lose", "loses", "losing", "loss",
            "losses", "slid", "slide", "slides", "sliding", "slipped", "slip", "slips", "slipping", "tumbled", "tumble",
            "tumbles", "tumbling", "sank", "sink", "sinks", "sinking", "sunk", "plunged", "plunge", "plunges",
            "plunging", "shed", "sheds", "shedding", "eased", "ease", "eases", "easing", "retreated", "retreat",
            "retreats", "retreating", "slumped", "slump", "slumps", "slumping", "dipped", "dip", "dips", "dipping",
            "skidded", "skid", "weakened", "weaken", "weakens", "weakening", "depreciated", "lower", "decreased",
            "decrease", "down", "downward", "tanked", "cratered", "sagged", "sag", "crashed", "crash", "plummeted",
            "plummet", "tumbled", "sold", "selloff", "sell-off", "erased", "gave", "wiped", "pulled", "slowed",
            "softened", "collapsed", "off", "dragged", "weighed", "weaker", "unwound", "nosedived", "dived", "dove", "underperformed", "downside", "shrank", "trimmed",
            "pared");
    static final Set<String> FLAT = words("flat", "unchanged");
    static final Set<String> FLAT_WITHOUT_NUMBER = words("little", "barely", "roughly", "largely", "mostly",
            "virtually", "essentially", "broadly");
    static final Set<String> LEVEL_TRIGGERS = words("to", "at", "hit", "hits", "hitting", "reached", "reach",
            "reaches", "reaching", "touched", "touch", "touching", "near", "around", "stood", "was", "is", "traded",
            "trading", "trades", "quoted", "fetched", "fetching", "priced", "valued", "last", ":", "now", "as",
            "ending", "ended", "finishing", "finished", "settling", "settled", "closing", "closed");
    static final Set<String> LEVEL_SKIPPABLE = words("a", "an", "the", "its", "record", "fresh", "new", "all-time",
            "all", "time", "high", "low", "peak", "of", "intraday", "session", "closing", "close", "level", "about",
            "around", "roughly", "approximately", "nearly", "almost", "some", "just", "high", "lifetime", "multi-year",
            "multiyear", "year", "week", "month", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "more", "than", "of", "trade", "around", "approx", "~", "-year", "-month", "-week", "best",
            "highest", "lowest", "strongest", "weakest", "last", "over", "under", "since");
    static final Set<String> THRESHOLDS = words("below", "above", "past", "beyond", "through", "under", "over",
            "crossing", "crossed", "cross", "crosses", "breaking", "broke", "break", "breached", "breach", "surpassing",
            "surpassed", "surpass", "cleared", "clearing", "topped", "topping", "top", "tops", "exceeded", "exceeding",
            "beneath", "toward", "towards", "from", "between", "and", "within", "than", "threshold");
    static final Set<String> THRESHOLD_NOUNS = words("mark", "level", "barrier", "threshold", "milestone", "line",
            "handle", "figure", "zone", "area", "territory", "region");
    static final Set<String> DISTRACTORS = words("revenue", "revenues", "sales", "profit", "profits", "earnings",
            "income", "eps", "margin", "margins", "guidance", "forecast", "forecasts", "forecasting", "outlook",
            "estimate", "estimates", "estimated", "target", "targets", "stake", "stakes", "premium", "dividend",
            "dividends", "buyback", "buybacks", "inflation", "cpi", "ppi", "gdp", "economy", "payrolls", "jobs",
            "unemployment", "jobless", "rate", "rates", "probability", "chance", "chances", "odds", "likelihood",
            "survey", "respondents", "poll", "polled", "weighting", "weight", "accounts", "valuation", "capex",
            "expenditure", "expenditures", "guided", "guides", "minus",
            "spending", "investment", "investments", "plan", "plans", "deal", "bid", "offer", "deliveries",
            "shipments", "production", "output", "exports", "imports", "pmi", "orders", "wages", "growth", "demand",
            "inflows", "outflows", "holdings", "assets", "cut", "cuts", "hike", "hikes", "tariff", "tariffs", "tax",
            "expect", "expects", "expected", "expecting", "predict", "predicts", "predicted", "sees", "see", "saw",
            "projected", "projects", "projecting", "could", "would", "might", "will", "should", "forecaster",
            "forecasters", "upgrade", "downgrade", "bonus", "fee", "fees", "costs", "cost", "debt", "loans", "loan",
            "deficit", "surplus", "reserves", "volume", "volumes", "subscribers", "users", "customers", "ownership",
            "owns", "acquire", "acquired", "acquisition", "merger", "takeover", "bought", "buy", "sell",
            "selling", "purchase", "purchases", "consensus", "economists", "analyst", "analysts", "poll", "expectations",
            "ratio", "fund", "funds", "budget", "spend", "invest", "raise", "raised", "raises", "valuing", "market-cap",
            "capitalization", "capitalisation", "worth", "mortgage", "credit", "savings", "yoy",
            "year-on-year", "year-over-year", "quarterly", "annualized", "annualised", "consumer", "retail",
            "housing", "home", "factory", "industrial", "manufacturing", "services", "core",
            "headline", "trillion", "billion", "million", "sentiment", "confidence", "reported", "reports", "announced", "unveiled", "weight", "implying", "implies", "implied");
    static final Set<String> RESETS = words("shares", "stock", "stocks", "index", "futures", "contract", "coin",
            "token", "currency", "benchmark", "it", "yield", "they", "gauge", "which", "bullion");
    static final Set<String> CLAUSE_ENDS = words("while", "whereas", "but", "meanwhile", "although", "though",
            "after", "as", "following", "because", "despite", "when", "before", "amid", "since", "with", "than",
            "if", "once", "until", "where", "who", "helping", "helped", "led", "lifting", "dragging", "pushing",
            "sending", "taking", "bringing", "putting", "leaving");
    static final Set<String> CONTINUATIONS = words("pared", "paring", "closed", "closing", "ended", "ending",
            "finished", "finishing", "settled", "settling", "trimmed", "trimming", "recovered", "recovering", "still",
            "remained", "remaining", "remains", "was", "is", "held", "holding", "hovered", "hovering", "briefly", "later",
            "then",
            "erased", "erasing", "reversed", "reversing", "turned", "turning", "also", "it", "rose", "fell", "gained",
            "lost", "rallied", "slipped", "cut", "cutting", "recouped", "recouping", "bounced", "rebounded", "dropped",
            "edged", "ticked", "traded", "trading", "stood", "to", "extending", "extended");
    static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(Map.entry("about", Qualifier.APPROX),
            Map.entry("around", Qualifier.APPROX), Map.entry("roughly", Qualifier.APPROX),
            Map.entry("approximately", Qualifier.APPROX), Map.entry("some", Qualifier.APPROX),
            Map.entry("~", Qualifier.APPROX), Map.entry("approx", Qualifier.APPROX),
            Map.entry("near", Qualifier.APPROX), Map.entry("nearly", Qualifier.NEARLY),
            Map.entry("almost", Qualifier.NEARLY), Map.entry("over", Qualifier.MORE_THAN),
            Map.entry("above", Qualifier.MORE_THAN), Map.entry("under", Qualifier.LESS_THAN),
            Map.entry("below", Qualifier.LESS_THAN));
    /** Period phrases, checked in order, each as space-separated lowercase words. */
    static final List<Map.Entry<String, Period>> PERIODS = List.of(
            Map.entry("intraday", Period.INTRADAY), Map.entry("as high as", Period.INTRADAY),
            Map.entry("as low as", Period.INTRADAY),
            Map.entry("at one point", Period.INTRADAY), Map.entry("session high", Period.INTRADAY),
            Map.entry("session low", Period.INTRADAY), Map.entry("earlier in the session", Period.INTRADAY),
            Map.entry("earlier in the day", Period.INTRADAY),
            Map.entry("previous session", Period.PRIOR_SESSION), Map.entry("prior session", Period.PRIOR_SESSION),
            Map.entry("previous day", Period.PRIOR_SESSION), Map.entry("a day earlier", Period.PRIOR_SESSION),
            Map.entry("yesterday", Period.PRIOR_SESSION), Map.entry("day before", Period.PRIOR_SESSION),
            Map.entry("last session", Period.PRIOR_SESSION), Map.entry("overnight", Period.PRIOR_SESSION),
            Map.entry("year to date", Period.YTD), Map.entry("year-to-date", Period.YTD), Map.entry("ytd", Period.YTD),
            Map.entry("so far this year", Period.YTD), Map.entry("this year", Period.YTD),
            Map.entry("since the start of the year", Period.YTD), Map.entry("since the beginning of the year", Period.YTD),
            Map.entry("since january", Period.YTD), Map.entry("so far in", Period.YTD),
            Map.entry("for the year", Period.YTD),
            Map.entry("this week", Period.WEEK), Map.entry("for the week", Period.WEEK),
            Map.entry("on the week", Period.WEEK), Map.entry("weekly", Period.WEEK), Map.entry("in the week", Period.WEEK),
            Map.entry("over the week", Period.WEEK), Map.entry("past week", Period.WEEK),
            Map.entry("last week", Period.WEEK), Map.entry("week", Period.WEEK),
            Map.entry("this month", Period.MONTH), Map.entry("for the month", Period.MONTH),
            Map.entry("monthly", Period.MONTH), Map.entry("month-to-date", Period.MONTH),
            Map.entry("past month", Period.MONTH), Map.entry("in the month", Period.MONTH),
            Map.entry("last month", Period.MONTH), Map.entry("month", Period.MONTH),
            Map.entry("past year", Period.YEAR), Map.entry("past 12 months", Period.YEAR),
            Map.entry("last 12 months", Period.YEAR), Map.entry("a year ago", Period.YEAR),
            Map.entry("year-on-year", Period.YEAR), Map.entry("over the year", Period.YEAR),
            Map.entry("from its peak", Period.FROM_PEAK), Map.entry("from its record", Period.FROM_PEAK),
            Map.entry("from its all-time high", Period.FROM_PEAK), Map.entry("from a record", Period.FROM_PEAK),
            Map.entry("from the peak", Period.FROM_PEAK), Map.entry("from its high", Period.FROM_PEAK),
            Map.entry("off its high", Period.FROM_PEAK), Map.entry("off its record", Period.FROM_PEAK),
            Map.entry("below its record", Period.FROM_PEAK), Map.entry("below its peak", Period.FROM_PEAK),
            Map.entry("below its all-time high", Period.FROM_PEAK),
            Map.entry("from its low", Period.FROM_LOW), Map.entry("from the low", Period.FROM_LOW),
            Map.entry("off its low", Period.FROM_LOW), Map.entry("above its low", Period.FROM_LOW),
            Map.entry("since its low", Period.FROM_LOW),
            Map.entry("premarket", Period.OTHER), Map.entry("pre-market", Period.OTHER),
            Map.entry("before the bell", Period.OTHER), Map.entry("after-hours", Period.OTHER),
            Map.entry("after hours", Period.OTHER), Map.entry("extended trading", Period.OTHER),
            Map.entry("after the bell", Period.OTHER), Map.entry("extended trade", Period.OTHER),
            Map.entry("this quarter", Period.OTHER), Map.entry("for the quarter", Period.OTHER),
            Map.entry("past seven days", Period.WEEK), Map.entry("last seven days", Period.WEEK),
            Map.entry("24h", Period.OTHER), Map.entry("24 hours", Period.OTHER), Map.entry("24-hour", Period.OTHER));
    /** Period phrases that count only when written just before the number ("touched 4.50%", "an earlier gain of"). */
    static final List<Map.Entry<String, Period>> PERIODS_BEFORE_NUMBER = List.of(
            Map.entry("earlier gain of", Period.INTRADAY), Map.entry("earlier gains of", Period.INTRADAY),
            Map.entry("earlier loss of", Period.INTRADAY), Map.entry("earlier losses of", Period.INTRADAY),
            Map.entry("earlier hitting", Period.INTRADAY), Map.entry("earlier touching", Period.INTRADAY),
            Map.entry("touched", Period.INTRADAY), Map.entry("a day after", Period.PRIOR_SESSION));

    private Cues() {
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static final int DISTRACTOR = 1;
    static final int UP_WORD = 1 << 1;
    static final int DOWN_WORD = 1 << 2;
    static final int RESET = 1 << 3;
    static final int CLAUSE_END = 1 << 4;
    static final int LEVEL_TRIGGER = 1 << 5;
    static final int LEVEL_SKIPPABLE_WORD = 1 << 6;
    static final int THRESHOLD = 1 << 7;
    static final int THRESHOLD_NOUN = 1 << 8;
    static final int CONTINUATION = 1 << 9;
    static final int FLAT_WORD = 1 << 10;
    static final int PERIOD_WORD = 1 << 11;
    private static final Map<String, Integer> FLAGS = flags();

    /** +1 for a word that says up, -1 for down, 0 otherwise. */
    static int sign(Token token) {
        if (!token.isWord()) {
            return 0;
        }
        return token.has(UP_WORD) ? 1 : token.has(DOWN_WORD) ? -1 : 0;
    }

    /** The cue flags of a lowercase word: which of the sets above it belongs to, one bit each. */
    static int flagsOf(String key) {
        return FLAGS.getOrDefault(key, 0);
    }

    private static Map<String, Integer> flags() {
        Map<String, Integer> flags = new java.util.HashMap<>();
        List<Map.Entry<Set<String>, Integer>> sets = List.of(Map.entry(DISTRACTORS, DISTRACTOR), Map.entry(UP, UP_WORD),
                Map.entry(DOWN, DOWN_WORD), Map.entry(RESETS, RESET), Map.entry(CLAUSE_ENDS, CLAUSE_END),
                Map.entry(LEVEL_TRIGGERS, LEVEL_TRIGGER), Map.entry(LEVEL_SKIPPABLE, LEVEL_SKIPPABLE_WORD),
                Map.entry(THRESHOLDS, THRESHOLD), Map.entry(THRESHOLD_NOUNS, THRESHOLD_NOUN),
                Map.entry(CONTINUATIONS, CONTINUATION), Map.entry(FLAT, FLAT_WORD));
        for (Map.Entry<Set<String>, Integer> set : sets) {
            set.getKey().forEach(word -> flags.merge(word, set.getValue(), (a, b) -> a | b));
        }
        for (Map.Entry<String, Period> phrase : concat(PERIODS, PERIODS_BEFORE_NUMBER)) {
            for (String word : phrase.getKey().split(" ")) {
                flags.merge(word, PERIOD_WORD, (a, b) -> a | b);
            }
        }
        for (String word : List.of("since", "from", "below", "above", "off", "peak", "record", "high", "highs",
                "top", "all-time", "low", "lows", "trough", "bottom", "much", "same")) {
            flags.merge(word, PERIOD_WORD, (a, b) -> a | b);
        }
        return Map.copyOf(flags);
    }
}
