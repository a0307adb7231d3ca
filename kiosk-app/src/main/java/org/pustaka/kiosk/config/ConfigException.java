package org.pustaka.kiosk.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration cannot be used; {@link #problems()} has one entry per key at fault. */
public class ConfigException extends Exception {
    private final List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String key, String value, String expected) {
        this(List.of(new ConfigProblem(key, value, expected)));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
