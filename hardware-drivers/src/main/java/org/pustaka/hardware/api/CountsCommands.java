package org.pustaka.hardware.api;

/**
 * A device driver that counts the commands it sent to its device, retries included: the stack
 * benchmark compares that count with the protocol's floor for a round. Safe from any thread.
 */
public interface CountsCommands {

    /** Commands sent since the driver was made. */
    long commandsSent();
}
