// Warm Scala server: one long-lived JVM per slot, inside bubblewrap, reusing one compiler
// instance (scala.tools.nsc.Global). Each program is compiled in a package of its own
// (a line "package rN" put before it), so the symbols of earlier programs never clash with it,
// then its main runs in a fresh class loader. See benchmark/multilang/warm_execute.py.
import java.io._
import java.net.{URL, URLClassLoader}
import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Paths}
import scala.tools.nsc.{Global, Settings}
import scala.tools.nsc.reporters.StoreReporter

// An Error, so catching Exception does not swallow System.exit; the first status is recorded.
final class ExitTrap(val status: Int) extends Error("System.exit(" + status + ")")

object WarmScala {
  @volatile var running: Thread = null
  @volatile var exitStatus: Option[Int] = None
  var counter = 0

  def main(args: Array[String]): Unit = {
    val channel = new PrintStream(new FileOutputStream(FileDescriptor.out), true)
    System.setOut(new PrintStream(new ByteArrayOutputStream()))
    System.setSecurityManager(new SecurityManager {
      // As WarmJava's: a program may not put its own manager in this one's place.
      override def checkPermission(p: java.security.Permission): Unit =
        if ((Thread.currentThread eq running) && p.getName == "setSecurityManager")
          throw new SecurityException("a program may not replace the security manager")
      override def checkPermission(p: java.security.Permission, c: Object): Unit = checkPermission(p)
      override def checkExit(status: Int): Unit =
        if (Thread.currentThread eq running) {
          if (exitStatus.isEmpty) exitStatus = Some(status)
          // Output ends here, as with a real exit (what the harness writes after a caught trap).
          System.out.flush()
          System.setOut(new PrintStream(OutputStream.nullOutputStream()))
          throw new ExitTrap(status)
        }
    })
    val settings = new Settings()
    settings.classpath.value = args(0)
    settings.nowarn.value = true
    val reporter = new StoreReporter
    val global = new Global(settings, reporter)
    warmUp(global, settings, reporter)
    snapshot()
    val in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
    channel.println("ready\t-\t0")
    var line = in.readLine()
    while (line != null) {
      val f = line.split("\t")
      val limitMs = if (f.length > 2) f(2).toLong else 10000L
      val (kind, code) = handle(global, settings, reporter, f(1), limitMs)
      if (kind == "timeout") {
        // The program's thread cannot be stopped safely: answer, then end this JVM.
        channel.println(f(0) + "\ttimeout!\t0")
        Runtime.getRuntime.halt(0)
      }
      // A JVM with processes it could not kill (a fork bomb) is replaced too.
      val tidy = Scratch.clean()
      val answer = if (!tidy && !kind.endsWith("!")) kind + "!" else kind
      channel.println(f(0) + "\t" + answer + "\t" + code)
      if (answer.endsWith("!")) return
      line = in.readLine()
    }
  }

  def warmUp(global: Global, settings: Settings, reporter: StoreReporter): Unit = {
    val dir = Files.createTempDirectory("warmup")
    val src = dir.resolve("Problem.scala")
    Files.write(src, "object Problem { def main(args: Array[String]) = { assert(1 + 1 == 2) } }\n".getBytes("UTF-8"))
    compile(global, settings, reporter, dir.toString, "warmup")
    Scratch.delete(dir)
  }

  def compile(global: Global, settings: Settings, reporter: StoreReporter, dir: String, pkg: String): Boolean = {
    val source = new String(Files.readAllBytes(Paths.get(dir, "Problem.scala")), "UTF-8")
    val wrapped = Paths.get(dir, "Wrapped.scala")
    Files.write(wrapped, ("package " + pkg + "\n" + source).getBytes("UTF-8"))
    val classes = Paths.get(dir, "classes")
    Files.createDirectories(classes)
    reporter.reset()
    settings.outputDirs.setSingleOutput(classes.toString)
    val run = new global.Run
    run.compile(List(wrapped.toString))
    !reporter.hasErrors
  }

  def handle(global: Global, settings: Settings, reporter: StoreReporter, dir: String,
             limitMs: Long): (String, Int) = {
    counter += 1
    val pkg = "polyeval" + counter
    val ok = try compile(global, settings, reporter, dir, pkg) catch {
      case e: Throwable =>
        writeCompileLog(dir, reporter, e.toString)
        return ("compile_error!", 1)  // a crashed compiler instance is not reused
    }
    if (!ok) { writeCompileLog(dir, reporter, ""); return ("compile_error", 1) }
    run(dir, pkg, limitMs)
  }

  def writeCompileLog(dir: String, reporter: StoreReporter, extra: String): Unit = {
    val w = new PrintWriter(Files.newBufferedWriter(Paths.get(dir, "compile.out")))
    for (info <- reporter.infos) {
      // Line numbers as the program was written (one line was added above it).
      val line = if (info.pos.isDefined) info.pos.line - 1 else 0
      w.println("Problem.scala:" + line + ": " + info.severity + ": " + info.msg)
    }
    if (extra.nonEmpty) w.println(extra)
    w.close()
  }

  def run(dir: String, pkg: String, limitMs: Long): (String, Int) = {
    val out = new PrintStream(new FileOutputStream(Paths.get(dir, "stdout").toFile), true)
    val err = new PrintStream(new FileOutputStream(Paths.get(dir, "stderr").toFile), true)
    val oldErr = System.err
    System.setOut(out); System.setErr(err)
    var status = 0
    var broken = false
    def outcome(e0: Throwable): Int = {
      var c = e0
      while (c != null) { c match { case t: ExitTrap => return t.status; case _ => }; c = c.getCause }
      if (e0.isInstanceOf[VirtualMachineError]) broken = true
      err.print("Exception in thread \"main\" "); e0.printStackTrace(err)
      1
    }
    val loader = new URLClassLoader(Array(Paths.get(dir, "classes").toUri.toURL), getClass.getClassLoader)
    try {
      val main = loader.loadClass(pkg + ".Problem").getMethod("main", classOf[Array[String]])
      val t = new Thread(null, new Runnable {
        def run(): Unit = try main.invoke(null, Array[String]()) catch {
          case e: java.lang.reflect.InvocationTargetException => status = outcome(e.getCause)
          case e: Throwable => status = outcome(e)
        }
      }, "main", 64L << 20)
      exitStatus = None
      running = t; t.start(); t.join(limitMs)
      if (t.isAlive) return ("timeout", 0)
      running = null
      exitStatus.foreach(s => status = s)
    } catch { case e: Throwable => status = outcome(e) }
    finally {
      System.setOut(new PrintStream(new ByteArrayOutputStream())); System.setErr(oldErr)
      out.close(); err.close(); loader.close()
    }
    val replace = broken || Thread.activeCount > 1 || counter % 200 == 0 || !intact()
    if (replace) ("exit!", status) else ("exit", status)
  }

  // As WarmJava's Integrity: a program that changed a cached boxed value (sun.misc.Unsafe,
  // reflection) would change what the next program's results print as: the JVM is replaced.
  private var guard: SecurityManager = null
  private var locale: java.util.Locale = null
  private var zone: java.util.TimeZone = null

  def snapshot(): Unit = {
    guard = System.getSecurityManager
    locale = java.util.Locale.getDefault
    zone = java.util.TimeZone.getDefault
  }

  def intact(): Boolean = {
    val server = (System.getSecurityManager eq guard) && java.util.Locale.getDefault == locale &&
      java.util.TimeZone.getDefault == zone
    server && {
    val boxes = (-128 to 127).forall { i =>
      java.lang.Long.valueOf(i.toLong).longValue == i && java.lang.Integer.valueOf(i).intValue == i &&
      java.lang.Short.valueOf(i.toShort).shortValue == i && java.lang.Byte.valueOf(i.toByte).byteValue == i
    }
    val chars = (0 to 127).forall(c => java.lang.Character.valueOf(c.toChar).charValue == c)
    boxes && chars && java.lang.Boolean.TRUE.booleanValue && !java.lang.Boolean.FALSE.booleanValue
    }
  }
}

object Scratch {
  // Only inside the sandbox (its /tmp is private to the slot): the host sets this variable in
  // bwrap's cleared environment. Run anywhere else, this must never delete a thing.
  val sandboxed = "1" == System.getenv("POLYEVAL_WARM_SANDBOX") &&
    (try new String(Files.readAllBytes(Paths.get("/proc/1/comm")), "UTF-8").trim == "bwrap"
     catch { case _: IOException => false })

  /** Whether every process the program started is gone. */
  def clean(): Boolean = if (!sandboxed) true else {
    // Processes a program started die with it (bwrap's init, pid 1, and this JVM are spared).
    val self = ProcessHandle.current.pid
    var round = 0
    var any = true
    while (any && round < 200) {
      any = false
      for (p <- ProcessHandle.allProcesses.toArray; h = p.asInstanceOf[ProcessHandle]
           if h.pid != self && h.pid != 1 && h.isAlive) { h.destroyForcibly(); any = true }
      round += 1
      if (any) Thread.sleep(2)
    }
    for (root <- Seq("/tmp", "/dev/shm"); entries = new File(root).listFiles(); if entries != null;
         f <- entries; if f.getName != "work") delete(f.toPath)
    !any
  }

  def delete(p: java.nio.file.Path): Unit = try {
    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      val s = Files.newDirectoryStream(p)
      try { val it = s.iterator; while (it.hasNext) delete(it.next()) } finally s.close()
    }
    Files.deleteIfExists(p)
  } catch { case _: IOException => () }
}
