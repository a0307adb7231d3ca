package org.pustaka.central.staff;

/** A SLiMS staff account whose password matched; {@code administrator} is SLiMS's own administrator. */
public record StaffAccount(String username, String realName, boolean administrator) {
}
