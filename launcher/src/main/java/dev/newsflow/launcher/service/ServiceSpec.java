package dev.newsflow.launcher.service;

import java.nio.file.Path;
import java.util.Map;

/**
 * One service of the stack: its name, its runnable jar, the variable that holds its HTTP port (passed on to it with
 * its other variables) and that port.
 */
public record ServiceSpec(String name, Path jar, String portVariable, int port, Map<String, String> environment) {

    /** Where {@code status} and {@code up} ask whether it is ready. */
    public static final String HEALTH_PATH = "/q/health/ready";

    public String healthUrl(int onPort) {
        return "http://localhost:" + onPort + HEALTH_PATH;
    }
}
