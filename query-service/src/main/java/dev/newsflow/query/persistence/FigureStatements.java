package dev.newsflow.query.persistence;

import java.util.List;

/**
 * The SQL condition that keeps one figure of those an article states twice (in its text and again in a table), so a
 * reader's series has one point for it.
 */
public final class FigureStatements {

    private static final String SAME = " is not distinct from ";
    private static final String[] COMPARED = {"change_percent", "change_points", "change_bp", "level", "currency",
        "period", "qualifier"};

    private FigureStatements() {
    }

    /**
     * The condition that the figure aliased {@code alias} is the first statement of its values in its article: no
     * figure before it in the article has the same subject, kind, moves, level, currency, period and qualifier.
     */
    public static String firstStatement(String alias) {
        StringBuilder same = new StringBuilder("not exists (select 1 from figure r where r.article_id = ")
                .append(alias).append(".article_id and r.position < ").append(alias).append(".position");
        for (String column : List.of("subject", "kind")) {
            same.append(" and r.").append(column).append(" = ").append(alias).append('.').append(column);
        }
        for (String column : COMPARED) {
            same.append(" and r.").append(column).append(SAME).append(alias).append('.').append(column);
        }
        return same.append(')').toString();
    }
}
