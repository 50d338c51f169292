namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Keeps the most recent log lines of a resource; older lines fall off the front.</summary>
public sealed class LogRingBuffer
{
    private readonly Queue<string> lines;
    private readonly Lock gate = new();

    public LogRingBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        lines = new Queue<string>(capacity);
    }

    public int Capacity { get; }

    public void Add(string line)
    {
        lock (gate)
        {
            if (lines.Count == Capacity)
            {
                lines.Dequeue();
            }

            lines.Enqueue(line);
        }
    }

    /// <summary>The retained lines, oldest first.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        lock (gate)
        {
            return [.. lines];
        }
    }

    public IReadOnlyList<string> Tail(int count)
    {
        var all = Snapshot();
        return all.Count <= count ? all : [.. all.Skip(all.Count - count)];
    }
}
