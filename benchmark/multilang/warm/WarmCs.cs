// Warm C# compiler: one long-lived mono process per slot, started by warm/driver.py inside
// bubblewrap, compiling each program with mcs in-process (mcs.exe's own
// CompilerCallableEntryPoint, reset after each compile). It compiles only; the program runs as
// a separate `mono prog.exe` process started by the driver, whose exit status is the verdict.
// Non-dumpable, so a program of the same uid cannot write into this process's memory.
using System;
using System.IO;
using System.Runtime.InteropServices;

class WarmCs {
    [DllImport("libc", SetLastError = true)]
    static extern int prctl(int option, ulong a2, ulong a3, ulong a4, ulong a5);

    static int Main(string[] args) {
        prctl(4, 0, 0, 0, 0);  // PR_SET_DUMPABLE = 0
        var channel = Console.Out;
        channel.WriteLine("ready");
        channel.Flush();
        string line;
        while ((line = Console.In.ReadLine()) != null) {
            var parts = line.Split('\t');  // folder, then the compiler's arguments
            var log = new StringWriter();
            bool ok;
            try {
                Environment.CurrentDirectory = parts[0];
                var argv = new string[parts.Length - 1];
                Array.Copy(parts, 1, argv, 0, argv.Length);
                ok = Mono.CSharp.CompilerCallableEntryPoint.InvokeCompiler(argv, log);
            } catch (Exception e) {
                log.WriteLine(e.ToString());
                ok = false;
            }
            File.WriteAllText(Path.Combine(parts[0], "compile.out"), log.ToString());
            channel.WriteLine(ok ? "0" : "1");
            channel.Flush();
        }
        return 0;
    }
}
