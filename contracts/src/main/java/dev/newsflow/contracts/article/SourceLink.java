package dev.newsflow.contracts.article;

/** One link of a post's {@code ### Sources} section. */
public record SourceLink(String title, String url) {
}
