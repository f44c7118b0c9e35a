package dev.newsflow.testsupport.metrics;

import java.util.Arrays;

/** Values read from a Prometheus text exposition, as {@code /q/metrics} serves it, for tests of how metrics move. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of the samples of the series {@code name} in {@code exposition} whose labels include each of
     * {@code labels} (written {@code key="value"}); 0 when there is none.
     */
    public static double sum(String exposition, String name, String... labels) {
        double sum = 0;
        for (String sample : exposition.split("\n")) {
            // A sample recorded in a trace ends with its exemplar (" # {trace_id=...} value time"): not the value.
            int exemplar = sample.indexOf(" # {");
            String line = exemplar < 0 ? sample : sample.substring(0, exemplar);
            int space = line.lastIndexOf(' ');
            if (line.startsWith("#") || space < 0) {
                continue;
            }
            String series = line.substring(0, space);
            int brace = series.indexOf('{');
            String labelText = brace < 0 ? "" : series.substring(brace);
            if ((brace < 0 ? series : series.substring(0, brace)).equals(name)
                    && Arrays.stream(labels).allMatch(labelText::contains)) {
                sum += Double.parseDouble(line.substring(space + 1));
            }
        }
        return sum;
    }
}
