package nl.eenplan.bench;

/**
 * One line of Linux's {@code /proc/<pid>/stat} (proc(5)): the fields the CPU accounting needs. The process name
 * (field 2) is in parentheses and may itself hold spaces and parentheses, so the fields after it are counted from
 * the LAST closing parenthesis. Times are in clock ticks ({@code getconf CLK_TCK}).
 */
record ProcStat(long pid, String naam, long ouder, long utime, long stime, long cutime, long cstime) {

    static ProcStat lees(String regel) {
        int open = regel.indexOf('(');
        int dicht = regel.lastIndexOf(')');
        if (open < 0 || dicht < open) {
            throw new IllegalArgumentException("Geen /proc/<pid>/stat-regel: " + regel);
        }
        // After the name: field 3 (state) is velden[0], so field n is velden[n - 3].
        String[] velden = regel.substring(dicht + 1).trim().split("\\s+");
        return new ProcStat(Long.parseLong(regel.substring(0, open).trim()), regel.substring(open + 1, dicht),
                Long.parseLong(velden[4 - 3]), Long.parseLong(velden[14 - 3]), Long.parseLong(velden[15 - 3]),
                Long.parseLong(velden[16 - 3]), Long.parseLong(velden[17 - 3]));
    }

    /** The CPU of this process itself (user + system), without its children. */
    long eigen() {
        return utime + stime;
    }

    /** Its own CPU plus that of its children that ended and were waited for. */
    long metKinderen() {
        return utime + stime + cutime + cstime;
    }
}
