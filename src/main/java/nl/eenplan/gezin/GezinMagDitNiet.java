package nl.eenplan.gezin;

/**
 * A family member asked for an action {@link Gezinsregel} does not give them (403). Carries the message key of their
 * row, so the page explains why in their language (for example: from 16 the pupil gives consent herself).
 */
class GezinMagDitNiet extends RuntimeException {

    private final String uitleg;

    GezinMagDitNiet(String uitleg) {
        super(uitleg);
        this.uitleg = uitleg;
    }

    String uitleg() {
        return uitleg;
    }
}
