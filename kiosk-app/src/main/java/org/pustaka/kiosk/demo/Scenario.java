package org.pustaka.kiosk.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the headless demo does, so the same visit runs against any library system (format in
 * {@code docs/demo-scenario.md}): the visitor's card and PIN, the items to borrow (an item id with
 * {@code :N} has N parts, all put on the pad), the items to return, which loans to renew ({@code all}
 * or a list), and the items borrowed while the library is offline.
 */
public record Scenario(String patron, String pin, List<PadEntry> borrow, List<PadEntry> giveBack, List<String> renew,
                       List<PadEntry> offlineBorrow) {

    /** An item to put on the pad: its id and how many parts (tags) it has. */
    public record PadEntry(String itemId, int parts) {
    }

    public Scenario {
        borrow = List.copyOf(borrow);
        giveBack = List.copyOf(giveBack);
        renew = List.copyOf(renew);
        offlineBorrow = List.copyOf(offlineBorrow);
    }

    /** The built-in visit on the demo library: three loans (one a book with its CD), one refusal, a return. */
    public static Scenario builtIn() {
        return of(properties("2024000123", "1234", "30000101,30000105:2,30000102,30000107", "30000111", "all",
                "30000113"));
    }

    public static Scenario load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return of(p);
    }

    static Scenario of(Properties p) {
        String patron = p.getProperty("patron", "").trim();
        if (patron.isEmpty()) {
            throw new IllegalArgumentException("The scenario needs 'patron', the visitor's card number.");
        }
        String renew = p.getProperty("renew", "all").trim();
        return new Scenario(patron, p.getProperty("pin", "").trim(), entries(p.getProperty("borrow", "")),
                entries(p.getProperty("return", "")), renew.equalsIgnoreCase("all") ? List.of() : ids(renew),
                entries(p.getProperty("offlineBorrow", "")));
    }

    private static List<PadEntry> entries(String list) {
        List<PadEntry> out = new ArrayList<>();
        for (String id : ids(list)) {
            int colon = id.indexOf(':');
            try {
                out.add(colon < 0 ? new PadEntry(id, 1)
                        : new PadEntry(id.substring(0, colon), Integer.parseInt(id.substring(colon + 1))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + id + "' is not an item id or item id:parts, such as 30000105:2.");
            }
        }
        return out;
    }

    private static List<String> ids(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split("[,\\s]+")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static Properties properties(String patron, String pin, String borrow, String giveBack, String renew,
                                         String offline) {
        Properties p = new Properties();
        p.setProperty("patron", patron);
        p.setProperty("pin", pin);
        p.setProperty("borrow", borrow);
        p.setProperty("return", giveBack);
        p.setProperty("renew", renew);
        p.setProperty("offlineBorrow", offline);
        return p;
    }
}
