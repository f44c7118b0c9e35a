package dev.newsflow.launcher.command;

import dev.newsflow.launcher.bucket.PostDropper;
import dev.newsflow.launcher.process.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code up --samples}: drops every file of samples/ into the bucket's incoming/. */
final class SampleDrop {

    private final Workspace context;

    SampleDrop(Workspace context) {
        this.context = context;
    }

    void run() {
        Path samples = context.settings().root().resolve("samples");
        if (!Files.isDirectory(samples)) {
            context.console().say("samples: no samples/ folder at " + context.settings().root() + "; nothing dropped");
            return;
        }
        int count = new PostDropper(context.console()).dropAll(samples, context.state().incoming());
        context.console()
                .say("samples: dropped " + count + " file(s) from samples/ into " + context.state().incoming() + "/");
    }
}
