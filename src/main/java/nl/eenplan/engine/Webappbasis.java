package nl.eenplan.engine;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;

/**
 * Camunda's webapps (Tasklist, Cockpit, Admin, Welcome) keep their base, the "runtime delegate" with the plugins and
 * the way to the engine, in one static field per app per JVM. Each application sets it when its web server starts and
 * sets it to null when its web server stops (the webapps' ServletContextListeners). With more than one application in a
 * JVM (the test contexts Spring keeps, a restart) the first one to stop took the base away from the others: their
 * webapps then failed with a 500 (NullPointerException in AdminApplication.getPlugins at the first request of a webapp,
 * or in a Cockpit plugin's query). Before every request {@link EigenEngineFilter} puts back what is missing; the engine
 * each request reaches stays the application's own ({@link EigenEngine}).
 */
final class Webappbasis {

    private Webappbasis() {
    }

    static void zorgVoor() {
        if (Admin.getRuntimeDelegate() != null && Cockpit.getRuntimeDelegate() != null
                && Tasklist.getRuntimeDelegate() != null && Welcome.getRuntimeDelegate() != null) {
            return;
        }
        zetTerug();
    }

    private static synchronized void zetTerug() {
        if (Admin.getRuntimeDelegate() == null) {
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
        }
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
        if (Tasklist.getRuntimeDelegate() == null) {
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
        }
        if (Welcome.getRuntimeDelegate() == null) {
            Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        }
    }
}
