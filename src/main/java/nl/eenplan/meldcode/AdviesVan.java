package nl.eenplan.meldcode;

/** Step 2: whom the school consulted. */
public enum AdviesVan {
    COLLEGA,
    VEILIG_THUIS,
    COLLEGA_EN_VEILIG_THUIS
}
