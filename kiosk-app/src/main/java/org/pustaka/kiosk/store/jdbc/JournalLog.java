package org.pustaka.kiosk.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.ReplayState;
import org.pustaka.kiosk.store.StoreException;

/**
 * A write-ahead copy of every journal step, one line each, appended with a single write before the step
 * goes to the database. The crash test showed H2 (MVStore) losing commits made after an earlier kill
 * once the store was opened again; the journal heals itself from these lines at start-up. The file is
 * emptied only after the database was closed cleanly, when H2 has everything in a clean store.
 */
final class JournalLog {
    /** One logged step: the entry as recorded and the report committed with it, if any. */
    record Line(JournalEntry entry, OutboxRecord report) {
    }

    private static final String NULL = "\\N";

    private final Path file;
    private final FileChannel channel;

    private JournalLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static JournalLog open(Path file) {
        try {
            return new JournalLog(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new StoreException("Cannot open the journal log " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void append(JournalEntry e, OutboxRecord r) {
        List<String> f = new ArrayList<>(List.of(e.id().toString(), e.kind().name(), e.itemId(),
                String.join(",", e.tagUids()), e.patronId() == null ? NULL : escape(e.patronId()), e.state().name(),
                Boolean.toString(e.offline()), escape(e.title()), e.dueDate() == null ? NULL : e.dueDate().toString(),
                escape(e.refusalReason()), escape(e.sortBin()), Boolean.toString(e.holdShelf()), escape(e.detail()),
                e.replay().name(), e.createdAt().toString(), e.updatedAt().toString()));
        if (r != null) {
            f.addAll(List.of(r.id().toString(), escape(r.kind()), escape(r.payload()), r.createdAt().toString()));
        }
        byte[] line = (String.join("\t", f) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException ex) {
            throw new StoreException("Cannot write the journal log " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** The last logged version of every entry, in the order entries first appeared; torn lines are skipped. */
    Map<UUID, Line> latest() {
        Map<UUID, Line> out = new LinkedHashMap<>();
        try {
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Line line = parse(text);
                if (line != null) {
                    out.put(line.entry().id(), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the journal log " + file, e);
        }
        return out;
    }

    /** Empties the log; only after the database was closed cleanly. */
    synchronized void clear() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            throw new StoreException("Cannot empty the journal log " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private static Line parse(String text) {
        String[] f = text.split("\t", -1);
        if (f.length != 16 && f.length != 20) {
            return null;
        }
        try {
            JournalEntry e = new JournalEntry(UUID.fromString(f[0]), JournalKind.valueOf(f[1]), f[2],
                    f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(",")), f[4].equals(NULL) ? null : unescape(f[4]),
                    JournalState.valueOf(f[5]), Boolean.parseBoolean(f[6]), unescape(f[7]),
                    f[8].equals(NULL) ? null : LocalDate.parse(f[8]), unescape(f[9]), unescape(f[10]),
                    Boolean.parseBoolean(f[11]), unescape(f[12]), ReplayState.valueOf(f[13]), Instant.parse(f[14]),
                    Instant.parse(f[15]));
            OutboxRecord r = f.length == 20 ? OutboxRecord.pending(UUID.fromString(f[16]), unescape(f[17]),
                    unescape(f[18]), Instant.parse(f[19])) : null;
            return new Line(e, r);
        } catch (RuntimeException torn) {
            return null;
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
