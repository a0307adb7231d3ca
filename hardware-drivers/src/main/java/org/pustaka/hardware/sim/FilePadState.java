package org.pustaka.hardware.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The contents of a {@link FileBackedRfidPad} on disk, one tag a line: {@code UID AFI MEMORY ONPAD}
 * (AFI and memory in hex, ONPAD {@code 1} or {@code 0}). Written whole to a temporary file and moved over
 * the old one, so a reader (or a process killed mid-write) only ever sees a complete state.
 */
public final class FilePadState {

    /** One tag as stored: its AFI, memory and whether it lies on the pad. */
    public record Entry(String uid, int afi, byte[] memory, boolean onPad) {
    }

    private FilePadState() {
    }

    public static List<Entry> read(Path file) {
        try {
            List<Entry> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split(" ");
                if (f.length == 4) {
                    out.add(new Entry(f[0], Integer.parseInt(f[1], 16), HexFormat.of().parseHex(f[2]), f[3].equals("1")));
                }
            }
            return out;
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pad state file " + file, e);
        }
    }

    public static void write(Path file, List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        for (Entry e : entries) {
            text.append(e.uid()).append(' ').append(String.format("%02X", e.afi())).append(' ')
                    .append(HexFormat.of().formatHex(e.memory())).append(' ').append(e.onPad() ? '1' : '0')
                    .append('\n');
        }
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the pad state file " + file, e);
        }
    }
}
