package nl.eenplan.termijn;

/** How a decision letter reached the parents (Awb art. 3:41: sent or handed to them). */
public enum Verzendwijze { POST, AANGETEKEND, EMAIL, UITGEREIKT }
