package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The udev rules: every rule is well formed (known keys, match and assignment operators, quoted values),
 * names one of the two devices, and gives a group the kiosk user belongs to. udevadm cannot load rules
 * for devices this machine does not have, so the syntax is checked here against udev's rule grammar.
 */
class UdevRulesIT {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*([A-Z_]+(?:\\{[A-Za-z_]+\\})?)\\s*(==|!=|\\+=|=)\\s*\"([^\"]*)\"\\s*(,|$)");
    private static final List<String> MATCH_KEYS = List.of("SUBSYSTEM", "KERNEL", "ATTRS{idVendor}",
            "ATTRS{idProduct}", "ATTRS{serial}", "ENV{ID_PATH}");
    private static final List<String> ASSIGN_KEYS = List.of("SYMLINK", "GROUP", "MODE");

    @Test
    void everyRuleIsWellFormedAndNamesAKioskDeviceWithGroupAccess() throws IOException {
        List<String> rules = Files.readAllLines(HostTools.provisioning().resolve("deb/usr/lib/udev/rules.d/60-pustaka-kiosk.rules"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(6);
        for (String rule : rules) {
            String symlink = null;
            String group = null;
            int position = 0;
            Matcher m = TOKEN.matcher(rule);
            while (position < rule.length() && m.find(position) && m.start() == position) {
                String key = m.group(1);
                String op = m.group(2);
                if (op.equals("==") || op.equals("!=")) {
                    assertThat(MATCH_KEYS).as("match key in: " + rule).contains(key);
                } else {
                    assertThat(ASSIGN_KEYS).as("assignment key in: " + rule).contains(key);
                }
                if (key.equals("SYMLINK")) {
                    assertThat(op).isEqualTo("+=");
                    symlink = m.group(3);
                }
                if (key.equals("GROUP")) {
                    group = m.group(3);
                }
                if (key.equals("MODE")) {
                    assertThat(m.group(3)).isEqualTo("0660");
                }
                position = m.end();
            }
            assertThat(position).as("unparsed text in rule: " + rule).isEqualTo(rule.length());
            assertThat(symlink).as(rule).isIn("pustaka-rfid", "pustaka-printer", "pustaka-scanner");
            assertThat(group).as(rule).isIn("dialout", "lp");
        }
        assertThat(String.join("\n", rules)).contains("SUBSYSTEM==\"usbmisc\", KERNEL==\"lp[0-9]*\", SYMLINK+=\"pustaka-printer\"",
                "ATTRS{idVendor}==\"0403\"", "ATTRS{idVendor}==\"10c4\"", "ATTRS{idVendor}==\"1a86\"");
    }

    @Test
    void theKioskUserIsGivenTheGroupsTheRulesUse() throws IOException {
        String postinst = Files.readString(HostTools.provisioning().resolve("deb/DEBIAN/postinst"));
        assertThat(postinst).containsPattern("device_groups=\"[^\"]*\\bdialout\\b[^\"]*\\blp\\b[^\"]*\\bgpio\\b");
    }
}
