package org.pustaka.kiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pustaka.kiosk.store.jdbc.Database;

/**
 * One memory reading of this process after a full GC: heap in use, and the resident set size the kernel
 * reports in {@code /proc/self/status} (VmRSS), which includes everything the JVM holds (heap, metaspace,
 * code cache, thread stacks, H2's buffers). RSS is -1 where /proc is missing. With them, the local
 * database file's size and how often the database compacted itself while running so far.
 */
public record MemorySample(int visits, double heapMb, double rssMb, double databaseMb, int compactions) {

    static MemorySample now(int visits, Database db) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new MemorySample(visits, Percentiles.round(heap / 1048576.0, 2), Percentiles.round(rssKb() / 1024.0, 2),
                Percentiles.round(db.fileSize() / 1048576.0, 2), db.compactions());
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1024;
        }
        return -1024;
    }
}
