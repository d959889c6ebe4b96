/**
 * The family takes part (issue #24): parents and pupils sign in and see what the law gives them of the one plan. A
 * family member is a {@link nl.eenplan.security.Gezinslid}, never a Camunda user; their pages live under
 * {@code /gezin/**} and nowhere else (security.GezinsDeuren). Who sees what is one rule ({@link Gezinsregel}); what the
 * pages show is built by one service ({@link Gezinszicht}) from the capabilities' public services, as whitelisted
 * records, and every lookup is filtered by the signed-in account. Nothing depends on this package.
 */
package nl.eenplan.gezin;
