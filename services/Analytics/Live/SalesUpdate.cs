using System.Text.Json.Serialization;

namespace QommerceHub.Analytics.Live;

/// <summary>The small message a dashboard receives when its tenant's figures change: refetch, and why.</summary>
public sealed record SalesUpdate(
    string Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? OrderId = null);
