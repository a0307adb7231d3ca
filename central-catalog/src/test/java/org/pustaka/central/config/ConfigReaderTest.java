package org.pustaka.central.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    @Test
    void defaultsThenTheFileThenTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("central.properties");
        Files.writeString(file, "http.port=9090\ndb.poolSize=4\nlibrary.timezone=Asia/Makassar\n");
        CentralConfig c = ConfigReader.read(file, Map.of("PUSTAKA_CENTRAL_DB_POOLSIZE", "12"));
        assertThat(c.httpPort()).isEqualTo(9090);
        assertThat(c.dbPoolSize()).isEqualTo(12);
        assertThat(c.libraryZone().getId()).isEqualTo("Asia/Makassar");
        assertThat(c.httpHost()).isEqualTo("127.0.0.1");
        assertThat(c.slims()).isNull();
    }

    @Test
    void anErrorNamesTheKeyWhereTheValueCameFromTheValueAndTheFix() {
        assertThatThrownBy(() -> ConfigReader.read(null, Map.of("PUSTAKA_CENTRAL_HTTP_PORT", "80a")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.port")
                .hasMessageContaining("PUSTAKA_CENTRAL_HTTP_PORT")
                .hasMessageContaining("'80a'")
                .hasMessageContaining("whole number from 0 to 65535");
        assertThatThrownBy(() -> ConfigReader.read(null, Map.of("PUSTAKA_CENTRAL_LIBRARY_TIMEZONE", "WIB")))
                .hasMessageContaining("Asia/Jakarta");
        assertThatThrownBy(() -> ConfigReader.read(null, Map.of("PUSTAKA_CENTRAL_SLIMS_URL", "jdbc:mariadb://h/s",
                "PUSTAKA_CENTRAL_CIRCULATION_PINREQUIRED", "ya"))).hasMessageContaining("true or false");
    }

    @Test
    void aSecretIsNeverShownInAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "slims.url=jdbc:mariadb://h/slims\nslims.password=rahasia\nslims.user=\n");
        assertThatThrownBy(() -> ConfigReader.read(file, Map.of())).hasMessageContaining("slims.user")
                .hasMessageNotContaining("rahasia");
        CentralConfig ok = ConfigReader.read(file, Map.of("PUSTAKA_CENTRAL_SLIMS_USER", "kiosk"));
        assertThat(ok.toString()).doesNotContain("rahasia");
        assertThat(ok.slims().toString()).doesNotContain("rahasia");
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> ConfigReader.read(dir.resolve("none.properties"), Map.of()))
                .hasMessageContaining("none.properties").hasMessageContaining("--config");
    }
}
