package org.pustaka.central.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pustaka.central.kiosks.Kiosks;

/**
 * N simulated kiosks against a running kiosk API, each on its own thread and with its own share of the
 * items, so they do not refuse each other's loans. Warm-up visits are run and left out of the figures.
 */
public final class Bench {

    /** What to run: {@code patrons} as "member:pin" (pin may be empty), items shared out among kiosks. */
    public record Plan(int kiosks, int visits, int warmupVisits, int itemsPerVisit, List<String> patrons,
                       List<String> items) {
    }

    private final String base;
    private final Kiosks enrollment;

    public Bench(String base, Kiosks enrollment) {
        this.base = base;
        this.enrollment = enrollment;
    }

    public Map<String, Object> run(Plan plan) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        List<BenchKiosk> kiosks = new ArrayList<>();
        for (int i = 0; i < plan.kiosks(); i++) {
            String id = "BENCH-" + run + "-" + i;
            String code = enrollment.createCode(id).code();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kiosks/enroll"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kioskId\":\"" + id + "\",\"enrollmentCode\":\"" + code
                            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            String token = r.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            String[] patron = plan.patrons().get(i % plan.patrons().size()).split(":", 2);
            List<String> share = new ArrayList<>();
            for (int k = i; k < plan.items().size() && share.size() < plan.itemsPerVisit(); k += plan.kiosks()) {
                share.add(plan.items().get(k));
            }
            kiosks.add(new BenchKiosk(http, base, id, token, patron[0],
                    patron.length < 2 || patron[1].isEmpty() ? null : patron[1], share));
        }
        ExecutorService pool = Executors.newFixedThreadPool(plan.kiosks());
        try {
            runAll(pool, kiosks, 0, plan.warmupVisits());
            kiosks.forEach(k -> k.latencies.clear());
            long start = System.nanoTime();
            runAll(pool, kiosks, plan.warmupVisits(), plan.warmupVisits() + plan.visits());
            double seconds = (System.nanoTime() - start) / 1e9;
            return figures(plan, kiosks, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ExecutorService pool, List<BenchKiosk> kiosks, int from, int to) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (BenchKiosk k : kiosks) {
            done.add(pool.submit(() -> {
                for (int v = from; v < to; v++) {
                    k.visit(v);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }

    private static Map<String, Object> figures(Plan plan, List<BenchKiosk> kiosks, double seconds) {
        Map<String, Latencies> all = new LinkedHashMap<>();
        for (BenchKiosk k : kiosks) {
            k.latencies.forEach((op, l) -> all.computeIfAbsent(op, x -> new Latencies()).addAll(l));
        }
        int loans = all.containsKey("checkout") ? all.get("checkout").ok : 0;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kiosks", plan.kiosks());
        out.put("visitsPerKiosk", plan.visits());
        out.put("itemsPerVisit", plan.itemsPerVisit());
        out.put("seconds", Math.round(seconds * 100) / 100.0);
        out.put("loans", loans);
        out.put("loansPerSecond", Math.round(loans / seconds * 10) / 10.0);
        Map<String, Object> ops = new LinkedHashMap<>();
        all.forEach((op, l) -> ops.put(op, l.summary()));
        out.put("operations", ops);
        double pinMs = pinCheckCpuMs();
        out.put("pinCheckCpuMs", Math.round(pinMs * 10) / 10.0);
        out.put("pinChecksPerSecondAtMost", Math.round(Runtime.getRuntime().availableProcessors() * 1000 / pinMs));
        return out;
    }

    /**
     * The CPU one PIN check costs here: a bcrypt verify at cost 10, SLiMS's (PHP's default), median of nine on this
     * thread's CPU clock, so the machine's other load does not count. With a PIN per visit it bounds the visits a
     * second the service can take: cores x 1000 / this.
     */
    static double pinCheckCpuMs() {
        byte[] hash = at.favre.lib.crypto.bcrypt.BCrypt.with(at.favre.lib.crypto.bcrypt.BCrypt.Version.VERSION_2Y)
                .hash(10, "1234".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            at.favre.lib.crypto.bcrypt.BCrypt.verifyer().verify("1234".getBytes(java.nio.charset.StandardCharsets.UTF_8), hash);
            ms[i] = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
