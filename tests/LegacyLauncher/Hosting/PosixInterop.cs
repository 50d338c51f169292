using System.Runtime.InteropServices;

namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>The two libc calls .NET does not wrap: sending an arbitrary signal to a PID, and the effective user id.</summary>
internal static partial class PosixInterop
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    public static bool IsRoot => geteuid() == 0;

    /// <returns>false when the process no longer exists.</returns>
    public static bool SendSignal(int pid, int signal) => kill(pid, signal) == 0;

#pragma warning disable CA5392, SYSLIB1054, IDE1006 // libc names; blittable signatures need no marshalling generator.
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [DllImport("libc")]
    private static extern uint geteuid();
#pragma warning restore CA5392, SYSLIB1054, IDE1006
}
