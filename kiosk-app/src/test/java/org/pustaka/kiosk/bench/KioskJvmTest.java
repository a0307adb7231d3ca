package org.pustaka.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KioskJvmTest {

    @Test
    void theBenchmarksUseTheOptionsTheInstalledKioskRunsWith() throws Exception {
        Path defaults = Path.of("..", "provisioning", "deb", "etc", "default", "pustaka-kiosk");
        String line = Files.readAllLines(defaults).stream().filter(l -> l.startsWith("KIOSK_JAVA_OPTS="))
                .findFirst().orElseThrow();
        List<String> installed = Arrays.stream(line.substring(line.indexOf('"') + 1, line.lastIndexOf('"')).split(" "))
                .filter(o -> !o.startsWith("-D")).toList();

        assertThat(installed).containsExactlyElementsOf(KioskJvm.INSTALLED);
    }
}
