package dev.newsflow.platform.warmup;

/** How a training run ended: the rounds it ran, its wall-clock milliseconds and why it stopped. */
public record WarmUpResult(int rounds, long millis, String outcome) {
}
