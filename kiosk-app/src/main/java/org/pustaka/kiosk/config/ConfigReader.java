package org.pustaka.kiosk.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads typed values from properties with environment overrides, and collects every problem instead of
 * stopping at the first, so the operator sees all of them at once. The environment variable for key
 * {@code sip2.port} is {@code PUSTAKA_SIP2_PORT} (upper case, dots and dashes as underscores).
 * Every key read is remembered with its effective value, so diagnostics can show the configuration with
 * secrets masked.
 */
public final class ConfigReader {
    private static final Set<String> SECRET_SUFFIXES = Set.of("password", "token", "pinhash", "secret");

    private final Properties properties;
    private final Map<String, String> environment;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, String> effective = new TreeMap<>();

    public ConfigReader(Properties properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public static String environmentName(String key) {
        return "PUSTAKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /** The raw value, environment first, trimmed; empty when absent. */
    public Optional<String> raw(String key) {
        String value = environment.get(environmentName(key));
        if (value == null) {
            value = properties.getProperty(key);
        }
        if (value == null) {
            return Optional.empty();
        }
        value = value.trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public String string(String key, String fallback) {
        String value = raw(key).orElse(fallback);
        remember(key, value);
        return value;
    }

    /** A value that must be given; records a problem (and returns "") when it is not. */
    public String required(String key, String expected) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            problems.add(new ConfigProblem(key, null, expected));
            return "";
        }
        remember(key, value.get());
        return value.get();
    }

    public int integer(String key, int fallback, int min, int max) {
        return number(key, fallback, min, max, "a whole number", Integer::parseInt);
    }

    public double decimal(String key, double fallback, double min, double max) {
        return number(key, fallback, min, max, "a number", Double::parseDouble);
    }

    /** A number in {@code [min, max]}; anything else is a problem that names the range, and the fallback. */
    private <T extends Comparable<T>> T number(String key, T fallback, T min, T max, String kind,
                                               Function<String, T> parse) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            remember(key, fallback.toString());
            return fallback;
        }
        String expected = kind + " from " + min + " to " + max;
        try {
            T parsed = parse.apply(value.get());
            // NaN compares above every number, so it falls out of range too
            if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
                problems.add(new ConfigProblem(key, value.get(), expected));
                return fallback;
            }
            remember(key, value.get());
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(new ConfigProblem(key, value.get(), expected));
            return fallback;
        }
    }

    /** A byte written in decimal or as {@code 0xC2}. */
    public int byteValue(String key, int fallback) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            remember(key, String.format("0x%02X", fallback));
            return fallback;
        }
        String v = value.get();
        try {
            int parsed = v.toLowerCase(Locale.ROOT).startsWith("0x")
                    ? Integer.parseInt(v.substring(2), 16) : Integer.parseInt(v);
            if (parsed < 0 || parsed > 0xFF) {
                throw new NumberFormatException(v);
            }
            remember(key, v);
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(new ConfigProblem(key, v, "a byte, 0 to 255 or 0x00 to 0xFF"));
            return fallback;
        }
    }

    public boolean bool(String key, boolean fallback) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            remember(key, Boolean.toString(fallback));
            return fallback;
        }
        String v = value.get().toLowerCase(Locale.ROOT);
        switch (v) {
            case "true", "yes", "ya", "1", "on" -> {
                remember(key, "true");
                return true;
            }
            case "false", "no", "tidak", "0", "off" -> {
                remember(key, "false");
                return false;
            }
            default -> {
                problems.add(new ConfigProblem(key, value.get(), "true or false"));
                return fallback;
            }
        }
    }

    /** One of a fixed set of words, compared without case; returns it in lower case. */
    public String choice(String key, String fallback, String... allowed) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            remember(key, fallback);
            return fallback;
        }
        String v = value.get().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                remember(key, a);
                return a;
            }
        }
        problems.add(new ConfigProblem(key, value.get(), "one of " + String.join(", ", Arrays.asList(allowed))));
        return fallback;
    }

    public Path path(String key, String fallback) {
        return parsed(key, fallback, Path::of, "a file system path");
    }

    public ZoneId zone(String key, String fallback) {
        return parsed(key, fallback, ZoneId::of, "a time zone such as Asia/Jakarta");
    }

    /** The value under {@code key} (or {@code fallback}) read by {@code parse}; a value it refuses is a problem. */
    private <T> T parsed(String key, String fallback, Function<String, T> parse, String expected) {
        String v = raw(key).orElse(fallback);
        try {
            T value = parse.apply(v);
            remember(key, v);
            return value;
        } catch (RuntimeException e) {
            problems.add(new ConfigProblem(key, v, expected));
            return parse.apply(fallback);
        }
    }

    /** Adds a problem found by a cross-field check. */
    public void problem(String key, String value, String expected) {
        problems.add(new ConfigProblem(key, value, expected));
    }

    /** Whether {@code key} already has a problem: a check across keys then says nothing about its fallback. */
    public boolean hasProblem(String key) {
        return problems.stream().anyMatch(p -> p.key().equals(key));
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** Every key read with its effective value, secrets replaced by {@code ****}. */
    public Map<String, String> maskedView() {
        Map<String, String> view = new TreeMap<>();
        effective.forEach((k, v) -> view.put(k, isSecret(k) && v != null && !v.isEmpty() ? "****" : v));
        return view;
    }

    private void remember(String key, String value) {
        effective.put(key, value == null ? "" : value);
    }
}
