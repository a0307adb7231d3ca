package org.pustaka.central.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in to the staff pages over real HTTP as a browser does (form, cookie, CSRF field) and requests each
 * page of the list it is given {@code requests} times one after another, after {@code warmup} unmeasured
 * requests; answers p50 and p95 per page. Pages whose path needs a parameter ({@code {id}}) are listed as
 * skipped, since no value fits every page, and a path that only redirects (such as {@code /staff}) is listed with
 * where it leads. A measured request that does not answer 200 counts as failed.
 */
public final class StaffPageBench {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code base} is the server's root, e.g. {@code http://127.0.0.1:8080}. */
    public StaffPageBench(String base) {
        this.base = base;
    }

    /** Signs in; throws with a sentence when the account is refused. */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/staff/login");
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("The sign-in page at " + base + "/staff/login has no form (HTTP " + form.statusCode() + ").");
        }
        String body = "_csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 303 || r.headers().firstValue("Location").orElse("").endsWith("/login")) {
            throw new IllegalStateException("The staff account '" + username + "' could not sign in (HTTP " + r.statusCode()
                    + "): check the user name, the password and the SLiMS user table.");
        }
    }

    /** Requests every page; answers one entry per page: its figures, or why it was skipped. */
    public Map<String, Object> run(List<String> pages, int requests, int warmup) throws IOException, InterruptedException {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String page : pages) {
            if (page.contains("{")) {
                figures.put(page, Map.of("skipped", "needs a path parameter"));
                continue;
            }
            HttpResponse<String> probe = get(page);
            if (probe.statusCode() >= 300 && probe.statusCode() < 400) {
                figures.put(page, Map.of("redirect", probe.headers().firstValue("Location").orElse("")));
                continue;
            }
            for (int i = 1; i < warmup; i++) {
                get(page);
            }
            Latencies l = new Latencies();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                int status = get(page).statusCode();
                l.add(System.nanoTime() - start, status == 200 ? 200 : 500);
            }
            Map<String, Object> s = l.summary();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("requests", s.get("count"));
            out.put("failed", s.get("failed"));
            out.put("p50Ms", s.get("p50Ms"));
            out.put("p95Ms", s.get("p95Ms"));
            out.put("maxMs", s.get("maxMs"));
            figures.put(page, out);
        }
        return figures;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The whole page bench on a running service: seeds {@code seed} (none when its loans are 0), signs in as
     * {@code user}, requests every staff page the service declares and answers the figures with the seed's row
     * counts, its duration and the machine's load average.
     */
    public static Map<String, Object> measure(org.pustaka.central.CentralService service, String base, YearSeed.Size seed,
                                              String user, String password, int requests, int warmup,
                                              java.time.ZoneId zone) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        if (seed.loans() > 0) {
            long start = System.nanoTime();
            javax.sql.DataSource slims = service.slimsDataSource().orElseThrow(() -> new IllegalStateException(
                    "Seeding writes SLiMS loans: configure slims.url of a scratch SLiMS database."));
            String staffUser = service.slimsStaffUser();
            result.put("seeded", new YearSeed(service.dataSource(), slims, staffUser, zone)
                    .write(seed, java.time.LocalDate.now(zone)));
            result.put("seedSeconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        }
        StaffPageBench bench = new StaffPageBench(base);
        bench.signIn(user, password);
        result.put("requestsPerPage", requests);
        result.put("pages", bench.run(service.staffPages(), requests, warmup));
        result.put("loadAverage", loadAverage());
        return result;
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or the JVM's 1-minute figure elsewhere. */
    static List<Double> loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return List.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
        } catch (IOException | RuntimeException e) {
            return List.of(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
