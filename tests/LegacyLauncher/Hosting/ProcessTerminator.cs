namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Stops a process and everything it started: a polite signal first, SIGKILL for whatever outlives the grace period.</summary>
internal static class ProcessTerminator
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(5);

    /// <param name="rootPid">The main process, or -1 when it has already exited.</param>
    /// <param name="knownTree">Descendants seen earlier, which may have been re-parented since and so are no longer found from the root.</param>
    /// <param name="signalWholeTree">Signal every descendant at once (RabbitMQ), or only the root, which stops its own children (PostgreSQL).</param>
    /// <returns>true when the tree ended within the grace period without SIGKILL.</returns>
    public static async Task<bool> TerminateAsync(
        int rootPid,
        IEnumerable<ProcessIdentity> knownTree,
        int signal,
        bool signalWholeTree,
        TimeSpan grace,
        CancellationToken cancellationToken)
    {
        // Snapshot before signalling: once the root dies its children are re-parented and can no longer be found from it.
        var tracked = ProcessTree.IdentitiesOf(ProcessTree.WithDescendants([rootPid])).ToHashSet();
        tracked.UnionWith(knownTree.Where(ProcessTree.IsAlive));
        // default (PID 0) when the root has already exited: then everything left is an orphan.
        var root = tracked.FirstOrDefault(p => p.Pid == rootPid);
        var signalled = new HashSet<ProcessIdentity>();
        var deadline = DateTime.UtcNow + grace;
        while (true)
        {
            // Children forked during shutdown belong to the tree as well.
            tracked.UnionWith(ProcessTree.IdentitiesOf(ProcessTree.WithDescendants(tracked.Select(p => p.Pid))));
            tracked.RemoveWhere(p => !ProcessTree.IsAlive(p));
            if (tracked.Count == 0)
            {
                return true;
            }

            // Orphans have no parent left to stop them, so once the root is gone they get the signal directly.
            var rootGone = !tracked.Contains(root);
            foreach (var process in tracked.Where(p => signalWholeTree || rootGone || p == root).Where(signalled.Add))
            {
                Signal(process, signal);
            }

            if (DateTime.UtcNow >= deadline || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            await Task.Delay(PollInterval, CancellationToken.None);
        }

        foreach (var process in tracked)
        {
            Signal(process, PosixInterop.SIGKILL);
        }

        var killDeadline = DateTime.UtcNow + KillWait;
        tracked.RemoveWhere(p => !ProcessTree.IsAlive(p));
        while (tracked.Count > 0 && DateTime.UtcNow < killDeadline)
        {
            await Task.Delay(PollInterval, CancellationToken.None);
            tracked.RemoveWhere(p => !ProcessTree.IsAlive(p));
        }

        return false;
    }

    private static void Signal(ProcessIdentity process, int signal)
    {
        // Check the start time first so a PID the kernel has meanwhile reused is never hit.
        if (ProcessTree.IsAlive(process))
        {
            PosixInterop.SendSignal(process.Pid, signal);
        }
    }
}
