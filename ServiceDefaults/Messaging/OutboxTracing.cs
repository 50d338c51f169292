using System.Diagnostics;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// Continues the trace that wrote an outbox row when the dispatcher publishes it, so a request and every message it
/// causes show as one trace rather than a new root per publish.
/// </summary>
public static class OutboxTracing
{
    public const string ActivitySourceName = "QommerceHub.Outbox";
    private static readonly ActivitySource activitySource = new(ActivitySourceName);

    /// <summary>The W3C trace context of the work writing the row, or null outside any trace.</summary>
    public static string? CurrentTraceParent() => Activity.Current?.Id;

    /// <summary>A producer span under the row's stored context; MassTransit's send span and the consumer's follow it.</summary>
    public static Activity? StartPublish(string? traceParent) =>
        ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent)
            ? activitySource.StartActivity("outbox publish", ActivityKind.Producer, parent)
            : activitySource.StartActivity("outbox publish", ActivityKind.Producer);
}
