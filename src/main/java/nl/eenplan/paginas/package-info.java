/**
 * EenPlan's own pages for people in a browser (Dutch, server-rendered with Thymeleaf, styled with the NL Design
 * System's Utrecht component CSS): Mijn werk, a task with its form, a pupil with the one plan. Pages read and
 * change nothing themselves: they call the capabilities' services with the signed-in user, so every check of the
 * API (school, role, consent, the task's handler) is the same here. Forms are completed through the same
 * endpoint the API offers ({@code POST /api/taken/{id}/voltooien}) with the session's CSRF token.
 */
package nl.eenplan.paginas;
