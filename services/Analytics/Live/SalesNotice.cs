using System.Text.Json;

namespace QommerceHub.Analytics.Live;

/// <summary>
/// A <see cref="SalesUpdate"/> with its store, as it travels between Analytics instances on PostgreSQL's
/// <c>NOTIFY</c> channel <see cref="Channel"/>: a few dozen bytes of JSON, far below the 8,000-byte payload limit.
/// </summary>
public sealed record SalesNotice(int TenantId, string Reason, int? OrderId)
{
    public const string Channel = "analytics_sales_updates";

    private static readonly JsonSerializerOptions json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public SalesUpdate Update => new(Reason, OrderId);

    public string ToPayload() => JsonSerializer.Serialize(this, json);

    /// <summary>The notice, or null for a payload that is not one (nothing but Analytics should write there).</summary>
    public static SalesNotice? FromPayload(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<SalesNotice>(payload, json) is { Reason: not null } notice ? notice : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
