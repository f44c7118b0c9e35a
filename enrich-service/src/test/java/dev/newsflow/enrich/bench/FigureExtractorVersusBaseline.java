package dev.newsflow.enrich.bench;

import dev.newsflow.enrich.figure.domain.FigureExtractor;
import dev.newsflow.enrich.figure.domain.LabelledPassage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The figure extractor of this tree against a baseline build of it (another commit's compiled classes), both loaded
 * in one JVM from class loaders of their own. First it checks that both give the same figures and cues for every
 * passage of every evaluation split, as published and hard-wrapped at 60 columns (printing per split only counts, a
 * digest and the number of passages that differ); then it times both on one thread in CPU time, in rounds that
 * alternate which goes first, on the reference wrap and on 3 KB articles of published news, and prints each round's
 * rates, the ratio and the median ratio. A loaded machine slows both alike. Prints, never asserts.
 */
public final class FigureExtractorVersusBaseline {

    /** Splits whose passages may be named when they differ; the held-out ones are reported by counts only. */
    private static final List<String> NAMED_SPLITS = List.of("written", "real-dev");
    private static final List<String> TLDR = List.of("The S&P 500 rose 1.2% to 6,105.20.",
            "Gold rose 0.6% and Brent fell 1.3%.");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FigureExtractorVersusBaseline() {
    }

    /**
     * Runs the check and the timed rounds: {@code -Dbench.baseline=<classes folder>} names the baseline,
     * {@code -Dbench.candidate} another folder than this tree's classes, {@code -Dbench.rounds} (10),
     * {@code -Dbench.warmUpRounds} (20: the JIT compiles two builds of a large extractor, which takes long on a busy
     * machine) and {@code -Dbench.roundMillis} (1,000 CPU-ms per version and round) the timing.
     */
    public static void main(String[] args) throws Exception {
        String baselineFolder = System.getProperty("bench.baseline");
        if (baselineFolder == null) {
            throw new IllegalArgumentException("-Dbench.baseline=<the baseline's enrich-service/target/classes>");
        }
        int rounds = Integer.getInteger("bench.rounds", 10);
        long roundNanos = Long.getLong("bench.roundMillis", 1_000L) * 1_000_000L;
        int warmUpRounds = Integer.getInteger("bench.warmUpRounds", 20);
        String candidateFolder = System.getProperty("bench.candidate");
        URL candidateClasses = candidateFolder != null ? Path.of(candidateFolder).toUri().toURL()
                : FigureExtractor.class.getProtectionDomain().getCodeSource().getLocation();
        Version candidate = new Version("candidate", candidateClasses);
        Version baseline = new Version("baseline", Path.of(baselineFolder).toUri().toURL());
        boolean same = true;
        for (String split : splits()) {
            same &= compare(split, candidate, baseline);
        }
        System.out.printf(Locale.ROOT, "BENCH figures and cues %s on every split%n", same ? "identical" : "DIFFER");
        List<String> news = RealArticles.of("real-dev");
        time("wrap", List.of(BenchmarkArticle.BODY), TLDR, candidate, baseline, warmUpRounds, rounds, roundNanos);
        time("published news", news, List.of(), candidate, baseline, warmUpRounds, rounds, roundNanos);
    }

    /** Every split of the evaluation set: the folders under {@code figures/}, in name order. */
    private static List<String> splits() throws Exception {
        Path figures = Path.of(FigureExtractorVersusBaseline.class.getResource("/figures").toURI());
        try (Stream<Path> folders = Files.list(figures)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        }
    }

    /** Whether both versions read every passage of {@code split} alike, as published and hard-wrapped. */
    private static boolean compare(String split, Version candidate, Version baseline) throws Exception {
        MessageDigest candidateDigest = MessageDigest.getInstance("SHA-256");
        MessageDigest baselineDigest = MessageDigest.getInstance("SHA-256");
        int texts = 0;
        int figures = 0;
        List<String> differing = new ArrayList<>();
        for (LabelledPassage passage : LabelledPassage.of(split)) {
            for (LabelledPassage form : List.of(passage, passage.wrapped(60))) {
                List<?> ours = candidate.explain(form.text(), List.of());
                List<?> theirs = baseline.explain(form.text(), List.of());
                candidateDigest.update(ours.toString().getBytes(StandardCharsets.UTF_8));
                baselineDigest.update(theirs.toString().getBytes(StandardCharsets.UTF_8));
                texts++;
                figures += ours.size();
                if (!ours.toString().equals(theirs.toString())) {
                    differing.add(form == passage ? passage.id() : passage.id() + " wrapped");
                }
            }
        }
        String ours = HexFormat.of().formatHex(candidateDigest.digest()).substring(0, 16);
        String theirs = HexFormat.of().formatHex(baselineDigest.digest()).substring(0, 16);
        System.out.printf(Locale.ROOT, "BENCH split %s: %d texts, %d figures, digest %s (baseline %s), %d differ%s%n",
                split, texts, figures, ours, theirs, differing.size(),
                differing.isEmpty() || !NAMED_SPLITS.contains(split) ? "" : ": " + differing);
        return differing.isEmpty();
    }

    private static void time(String what, List<String> articles, List<String> tldr, Version candidate,
            Version baseline, int warmUpRounds, int rounds, long roundNanos) throws Exception {
        int batch = Math.max(1, 40 / articles.size());
        for (int warmUp = 0; warmUp < warmUpRounds; warmUp++) {
            candidate.rate(articles, tldr, batch, roundNanos);
            baseline.rate(articles, tldr, batch, roundNanos);
        }
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            boolean candidateFirst = round % 2 == 0;
            double first = (candidateFirst ? candidate : baseline).rate(articles, tldr, batch, roundNanos);
            double second = (candidateFirst ? baseline : candidate).rate(articles, tldr, batch, roundNanos);
            double ours = candidateFirst ? first : second;
            double theirs = candidateFirst ? second : first;
            ratios[round] = ours / theirs;
            System.out.printf(Locale.ROOT, "BENCH %s round %d: candidate %,.0f, baseline %,.0f articles per "
                    + "CPU-second, ratio %.3f%n", what, round + 1, ours, theirs, ratios[round]);
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        double median = (sorted[(rounds - 1) / 2] + sorted[rounds / 2]) / 2;
        System.out.printf(Locale.ROOT, "BENCH %s: candidate/baseline median %.3f (rounds %.3f-%.3f)%n", what,
                median, sorted[0], sorted[rounds - 1]);
    }

    /** One build of the extractor, in a class loader of its own. */
    private static final class Version {

        private final Object extractor;
        private final Method explain;
        private final Method extract;

        Version(String name, URL classes) throws ReflectiveOperationException {
            ClassLoader loader = new PackageFirstLoader(name, classes, FigureExtractorVersusBaseline.class
                    .getClassLoader());
            Class<?> type = loader.loadClass(FigureExtractor.class.getName());
            extractor = type.getConstructor().newInstance();
            explain = type.getMethod("explain", String.class, List.class);
            extract = type.getMethod("extract", String.class, List.class);
        }

        List<?> explain(String text, List<String> tldr) throws ReflectiveOperationException {
            return (List<?>) explain.invoke(extractor, text, tldr);
        }

        /** Articles read per CPU-second, reading {@code articles} over and over for about {@code nanos}. */
        double rate(List<String> articles, List<String> tldr, int batch, long nanos)
                throws ReflectiveOperationException {
            long start = THREADS.getCurrentThreadCpuTime();
            long spent = 0;
            long read = 0;
            while (spent < nanos) {
                for (int b = 0; b < batch; b++) {
                    for (String article : articles) {
                        extract.invoke(extractor, article, tldr);
                    }
                }
                read += (long) batch * articles.size();
                spent = THREADS.getCurrentThreadCpuTime() - start;
            }
            return read * 1e9 / spent;
        }
    }

    /** Loads the extractor's package (classes and vocabulary) from one folder, everything else from its parent. */
    private static final class PackageFirstLoader extends java.net.URLClassLoader {

        private static final String PACKAGE = "dev.newsflow.enrich.figure.domain.";
        private static final String RESOURCES = "dev/newsflow/enrich/figure/";

        PackageFirstLoader(String name, URL classes, ClassLoader parent) {
            super(name, new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith(RESOURCES) ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }
    }
}
