package nl.eenplan.modelcontrole;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The beans marked {@link VoorModellen}, by name: the engine's whole view of the application in expressions and
 * scripts. Looked up at first use and then fetched from Spring one by one, because the engine is built before the
 * beans it calls (they need its services).
 */
final class Modelbeans extends AbstractMap<Object, Object> {

    private final ListableBeanFactory fabriek;
    private volatile Map<String, Class<?>> typen;

    Modelbeans(ListableBeanFactory fabriek) {
        this.fabriek = fabriek;
    }

    /** Name to class of every marked bean (the class may be null when Spring cannot tell it yet). */
    Map<String, Class<?>> typen() {
        Map<String, Class<?>> gevonden = typen;
        if (gevonden == null) {
            synchronized (this) {
                if (typen == null) {
                    Map<String, Class<?>> namen = new TreeMap<>();
                    for (String naam : fabriek.getBeanNamesForAnnotation(VoorModellen.class)) {
                        Class<?> type = fabriek.getType(naam);
                        namen.put(naam, type == null ? null : ClassUtils.getUserClass(type));
                    }
                    typen = Collections.unmodifiableMap(namen);
                }
                gevonden = typen;
            }
        }
        return gevonden;
    }

    @Override
    public boolean containsKey(Object naam) {
        return naam instanceof String && typen().containsKey(naam);
    }

    @Override
    public int size() {
        return typen().size();
    }

    @Override
    public Object get(Object naam) {
        return containsKey(naam) ? fabriek.getBean((String) naam) : null;
    }

    @Override
    public Set<Object> keySet() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(typen().keySet()));
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return typen().keySet().stream()
                .<Entry<Object, Object>>map(naam -> new SimpleImmutableEntry<>(naam, fabriek.getBean(naam)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
