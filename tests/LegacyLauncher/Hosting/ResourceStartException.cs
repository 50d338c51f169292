namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>A resource did not become ready; the message carries its last log lines so the cause is visible in a test failure.</summary>
public sealed class ResourceStartException : Exception
{
    private const int LogLinesInMessage = 40;

    public ResourceStartException()
    {
    }

    public ResourceStartException(string message)
        : base(message)
    {
    }

    public ResourceStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ResourceStartException(Resource resource, string reason, Exception? innerException = null)
        : base(Describe(resource, reason), innerException)
    {
        ResourceName = resource.Name;
    }

    public string? ResourceName { get; }

    private static string Describe(Resource resource, string reason)
    {
        var lines = resource.Logs.Tail(LogLinesInMessage);
        return $"Resource '{resource.Name}' ({resource.Kind}, state {resource.State}): {reason}{Environment.NewLine}"
            + $"Last {lines.Count} log lines:{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines.Select(l => "  " + l));
    }
}
