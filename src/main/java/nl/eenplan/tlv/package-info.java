/**
 * The toelaatbaarheidsverklaring (TLV, issue #23) as a record of its own: the deskundigen who advised on it (their
 * discipline and independence from the requesting school, the one rule {@link Deskundigenregel}), what the SWV
 * granted (soort, bekostigingscategorie, start and end, {@link Tlvregel}), and its lifecycle in process {@code tlv}
 * (docs/processen/tlv.md): a herindicatie signal before the end, the outcome (herindicatie, terug naar regulier
 * onderwijs, verlopen, opgevolgd by a new TLV). The arrangement asks here when its SWV grants a TLV; nothing here asks
 * the arrangement.
 */
package nl.eenplan.tlv;
