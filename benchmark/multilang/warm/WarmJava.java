// Warm Java server: one long-lived JVM per slot, inside bubblewrap. Compiles each program with
// javax.tools (a fresh compile task each time) and runs its main in a fresh class loader with
// assertions on. See benchmark/multilang/warm_execute.py for the protocol and what a program that
// shares this JVM can still forge.
import java.io.*;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import javax.tools.*;

public class WarmJava {
    // An Error, so a program's catch (Exception e) does not swallow its own System.exit; the
    // first exit's status is recorded before the throw, so catching Throwable cannot undo it.
    static final class ExitTrap extends Error {
        final int status;
        ExitTrap(int status) { super("System.exit(" + status + ")"); this.status = status; }
    }

    static volatile Thread running;
    static volatile Integer exitStatus;

    public static void main(String[] args) throws Exception {
        final PrintStream channel = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        String classpath = args[0];
        System.setSecurityManager(new SecurityManager() {
            // A program may not put its own manager in this one's place: its callbacks would
            // run in the server between programs (when the next one's output file is opened).
            @Override public void checkPermission(java.security.Permission p) {
                if (Thread.currentThread() == running && "setSecurityManager".equals(p.getName())) {
                    throw new SecurityException("a program may not replace the security manager");
                }
            }
            @Override public void checkPermission(java.security.Permission p, Object c) {
                checkPermission(p);
            }
            @Override public void checkExit(int status) {
                if (Thread.currentThread() == running) {
                    if (exitStatus == null) exitStatus = status;
                    // Output ends here, as with a real exit: what the program writes after
                    // catching the trap (the harness's next results) is not its output.
                    System.out.flush();
                    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
                    throw new ExitTrap(status);
                }
            }
        });
        Integrity.snapshot();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        channel.println("ready\t-\t0");
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t");
            String nonce = f[0];
            Path dir = Paths.get(f[1]);
            long limitMs = f.length > 2 ? Long.parseLong(f[2]) : 10000;
            String[] reply = handle(javac, dir, classpath, limitMs);
            if (reply[0].equals("timeout")) {
                // The program's thread cannot be stopped safely: answer, then end this JVM.
                channel.println(nonce + "\ttimeout!\t0");
                Runtime.getRuntime().halt(0);
            }
            boolean tidy = Scratch.clean();
            // A broken JVM, or one with processes it could not kill (a fork bomb), is replaced.
            boolean restart = reply.length > 2 || !tidy || !Integrity.intact();
            channel.println(nonce + "\t" + reply[0] + (restart ? "!" : "") + "\t" + reply[1]);
            if (restart) break;
        }
    }

    static String[] handle(JavaCompiler javac, Path dir, String classpath, long limitMs) throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        try (Writer log = Files.newBufferedWriter(dir.resolve("compile.out"))) {
            List<String> options = List.of("-cp", classpath, "-d", classes.toString(), "-nowarn");
            StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(dir.resolve("Problem.java").toFile());
            boolean ok = javac.getTask(log, files, null, options, null, units).call();
            files.close();
            if (!ok) return new String[] {"compile_error", "1"};
        }
        return run(dir, classes, classpath, limitMs);
    }

    static String[] run(Path dir, Path classes, String classpath, long limitMs) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(dir.resolve("stdout").toFile()), true);
        PrintStream err = new PrintStream(new FileOutputStream(dir.resolve("stderr").toFile()), true);
        PrintStream oldErr = System.err;
        System.setOut(out);
        System.setErr(err);
        final int[] status = {0};
        final boolean[] broken = {false};
        // The program's loader sees the platform and javatuples, not this server's classes.
        URL[] path = {classes.toUri().toURL(), Paths.get(classpath).toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            loader.setDefaultAssertionStatus(true);
            Class<?> problem = loader.loadClass("Problem");
            java.lang.reflect.Method main = problem.getMethod("main", String[].class);
            main.setAccessible(true);  // MultiPL-E's class Problem is package-private
            Thread t = new Thread(null, () -> {
                try {
                    main.invoke(null, (Object) new String[0]);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    status[0] = outcome(e.getCause(), err, broken);
                } catch (Throwable e) {
                    status[0] = outcome(e, err, broken);
                }
            }, "main", 64L << 20);
            t.setContextClassLoader(loader);
            exitStatus = null;
            running = t;
            t.start();
            t.join(limitMs);
            if (t.isAlive()) return new String[] {"timeout", "0"};
            running = null;
            if (exitStatus != null) status[0] = exitStatus;
        } catch (Throwable e) {
            status[0] = outcome(e, err, broken);
        } finally {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            System.setErr(oldErr);
            out.close();
            err.close();
        }
        // A program that left threads behind, or ran out of memory, gets a fresh JVM after it.
        if (broken[0] || Thread.activeCount() > 1) return new String[] {"exit", "" + status[0], "restart"};
        return new String[] {"exit", "" + status[0]};
    }

    static int outcome(Throwable e, PrintStream err, boolean[] broken) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ExitTrap) return ((ExitTrap) c).status;
        }
        if (e instanceof VirtualMachineError) broken[0] = true;
        err.print("Exception in thread \"main\" ");
        e.printStackTrace(err);
        return 1;
    }
}

final class Integrity {
    // A program can change the JDK's shared state through sun.misc.Unsafe or reflection, e.g.
    // the value inside a cached boxed Long, which would change what the next program's results
    // print as. The caches a result passes through are checked after every program; a JVM
    // where any differs is replaced before the next one.
    static SecurityManager guard;
    static Locale locale;
    static TimeZone zone;

    static void snapshot() {
        guard = System.getSecurityManager();
        locale = Locale.getDefault();
        zone = TimeZone.getDefault();
    }

    // Also the server's own security manager, the default locale and time zone: what a
    // program could set to act, or change output, after it has ended.
    static boolean intact() {
        if (System.getSecurityManager() != guard || !Locale.getDefault().equals(locale)
                || !TimeZone.getDefault().equals(zone)) {
            return false;
        }
        for (int i = -128; i <= 127; i++) {
            if (Long.valueOf(i).longValue() != i || Integer.valueOf(i).intValue() != i
                    || Short.valueOf((short) i).shortValue() != i
                    || Byte.valueOf((byte) i).byteValue() != i) return false;
        }
        for (int c = 0; c <= 127; c++) {
            if (Character.valueOf((char) c).charValue() != c) return false;
        }
        return Boolean.TRUE.booleanValue() && !Boolean.FALSE.booleanValue();
    }
}

final class Scratch {
    // Only inside the sandbox (its /tmp is private to the slot): the host sets this variable
    // in bwrap's cleared environment. Run anywhere else, this must never delete a thing.
    static final boolean SANDBOXED = "1".equals(System.getenv("POLYEVAL_WARM_SANDBOX")) && initIsBwrap();

    static boolean initIsBwrap() {
        try {
            return Files.readString(Paths.get("/proc/1/comm")).trim().equals("bwrap");
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether every process the program started is gone. */
    static boolean clean() {
        if (!SANDBOXED) return true;
        boolean tidy = false;
        // Processes a program started (Runtime.exec) die with it: nothing lurks to touch the
        // next program's folder. bwrap's init (pid 1) and this JVM are spared.
        long self = ProcessHandle.current().pid();
        for (int round = 0; round < 200 && !tidy; round++) {
            boolean any = false;
            for (ProcessHandle p : ProcessHandle.allProcesses().toArray(ProcessHandle[]::new)) {
                if (p.pid() != self && p.pid() != 1 && p.isAlive()) { p.destroyForcibly(); any = true; }
            }
            tidy = !any;
            if (!tidy) {
                try { Thread.sleep(2); } catch (InterruptedException e) { break; }
            }
        }
        for (String root : new String[] {"/tmp", "/dev/shm"}) {
            File[] entries = new File(root).listFiles();
            if (entries == null) continue;
            for (File f : entries) {
                if (!f.getName().equals("work")) delete(f.toPath());
            }
        }
        return tidy;
    }

    static void delete(Path p) {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
                    for (Path c : s) delete(c);
                }
            }
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next sweep; the host restarts the JVM every few hundred programs
        }
    }
}
