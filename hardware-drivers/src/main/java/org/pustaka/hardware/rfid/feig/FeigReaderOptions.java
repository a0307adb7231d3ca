package org.pustaka.hardware.rfid.feig;

import java.time.Duration;
import java.util.Objects;

/**
 * How the driver talks to a FEIG reader.
 *
 * @param busAddress         COM-ADR; 255 reaches any reader on a point-to-point line
 * @param responseTimeout    how long to wait for an answer before sending the request again
 * @param retries            how many times a request is sent again after a timeout, a garbled answer or a
 *                           radio fault (so at most {@code retries + 1} attempts)
 * @param blocksToRead       how many blocks {@code read} fetches at most (9 blocks hold the whole 34-byte
 *                           basic block); fewer when the tag is smaller
 * @param blockBytesMsbFirst whether the reader sends each block most significant byte first, i.e. with
 *                           the tag's byte order reversed; reads are passed on as sent (the tag codec
 *                           detects the order), writes are turned round to match
 */
public record FeigReaderOptions(int busAddress, Duration responseTimeout, int retries, int blocksToRead,
                                boolean blockBytesMsbFirst) {

    public FeigReaderOptions {
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (busAddress < 0 || busAddress > 255) {
            throw new IllegalArgumentException("The bus address must be 0 to 255, not " + busAddress + ".");
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("Retries must be 0 to 10, not " + retries + ".");
        }
        if (blocksToRead < 1 || blocksToRead > 32) {
            throw new IllegalArgumentException("Blocks to read must be 1 to 32, not " + blocksToRead + ".");
        }
    }

    public static FeigReaderOptions defaults() {
        return new FeigReaderOptions(0xFF, Duration.ofMillis(500), 2, 9, true);
    }

    public FeigReaderOptions withResponseTimeout(Duration timeout) {
        return new FeigReaderOptions(busAddress, timeout, retries, blocksToRead, blockBytesMsbFirst);
    }

    public FeigReaderOptions withBusAddress(int address) {
        return new FeigReaderOptions(address, responseTimeout, retries, blocksToRead, blockBytesMsbFirst);
    }

    public FeigReaderOptions withRetries(int count) {
        return new FeigReaderOptions(busAddress, responseTimeout, count, blocksToRead, blockBytesMsbFirst);
    }

    public FeigReaderOptions withBlockBytesMsbFirst(boolean msbFirst) {
        return new FeigReaderOptions(busAddress, responseTimeout, retries, blocksToRead, msbFirst);
    }
}
