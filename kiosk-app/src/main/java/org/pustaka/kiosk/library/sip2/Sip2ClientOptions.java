package org.pustaka.kiosk.library.sip2;

/**
 * How the client logs in and how patient it is. An empty {@code user} skips the login (93) for servers
 * that need none. {@code retries} bounds the resends after a garbled line (97) or a resend request (96).
 * {@code terminalPassword} goes in the AC field of the requests that carry one (empty for most servers).
 */
public record Sip2ClientOptions(String user, String password, String location, String institution,
                                int readTimeoutMillis, int retries, String terminalPassword) {
    public Sip2ClientOptions {
        terminalPassword = terminalPassword == null ? "" : terminalPassword;
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        location = location == null ? "" : location;
        institution = institution == null ? "" : institution;
    }

    @Override
    public String toString() {
        return "Sip2ClientOptions[user=" + user + ", password=****, location=" + location + ", institution="
                + institution + ", readTimeoutMillis=" + readTimeoutMillis + ", retries=" + retries
                + (terminalPassword.isEmpty() ? "" : ", terminalPassword=****") + "]";
    }
}
