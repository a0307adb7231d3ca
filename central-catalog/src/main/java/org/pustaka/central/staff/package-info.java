/**
 * The staff pages under {@code /staff}: sign-in with SLiMS staff accounts, roles, sessions kept in the
 * service's own database, CSRF tokens on forms, and the pages rendered from precompiled jte templates.
 */
package org.pustaka.central.staff;
