package dev.newsflow.query.figure.service;

import dev.newsflow.query.figure.domain.FigureFilter;
import dev.newsflow.query.figure.domain.FigureView;
import dev.newsflow.query.figure.domain.SubjectView;
import dev.newsflow.query.figure.persistence.FigureRepository;
import dev.newsflow.query.paging.Position;
import dev.newsflow.query.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads market figures: time series per instrument, and the instruments seen with their latest level and move. */
@ApplicationScoped
public class FigureService {

    private final FigureRepository figures;

    FigureService(FigureRepository figures) {
        this.figures = figures;
    }

    /** One slice of the figures {@code filter} lets through, oldest first, after {@code after} (null for the first). */
    public Slice<FigureView> list(FigureFilter filter, int limit, Position after) {
        return figures.list(filter, limit, after);
    }

    /** One slice of the subjects seen, by name ignoring case, after {@code after} (null for the first). */
    public Slice<SubjectView> subjects(int limit, Position after) {
        return figures.subjects(limit, after);
    }
}
