using System.Text.Json.Nodes;

namespace QommerceHub.FaultAndAbuse;

/// <summary>
/// Values an operation accepts, chosen by name, so that in each fuzzed request the hostile value is the only
/// thing wrong and the request gets as deep into the service as a real one (ids point at the fuzz store's rows,
/// set again whenever the fuzz has to open a new store).
/// </summary>
public sealed class PlausibleValues
{
    private int itemId = 1;
    private int customerId = 1;
    private int orderId = 1;

    public void PointAt(int item, int customer, int order) => (itemId, customerId, orderId) = (item, customer, order);

    public string PathId(string template) => template switch
    {
        _ when template.StartsWith("/api/inventory", StringComparison.Ordinal) => Text(itemId),
        _ when template.StartsWith("/api/customers", StringComparison.Ordinal) => Text(customerId),
        _ when template.StartsWith("/api/orders", StringComparison.Ordinal) => Text(orderId),
        _ => "1",
    };

    public JsonNode? ForProperty(string name, string? type, string? format)
    {
        var key = name.ToLowerInvariant().Replace("_", "", StringComparison.Ordinal);
        return key switch
        {
            _ when key.Contains("email", StringComparison.Ordinal) => $"fuzz-{Guid.NewGuid():N}@example.test",
            _ when key.Contains("password", StringComparison.Ordinal) => "Fuzz-pass-1234",
            _ when key.Contains("color", StringComparison.Ordinal) => "#336699",
            "sku" => "FZ-" + Guid.NewGuid().ToString("N")[..8],
            "barcode" => "5901234123457",
            "phone" => "+44 20 7946 0000",
            "customerid" => customerId,
            "inventoryid" or "productid" or "itemid" => itemId,
            "orderid" => orderId,
            "quantity" or "change" or "amount" or "price" => 1,
            "status" => "processing",
            "role" => "staff",
            "reason" => "damaged",
            "days" => 30,
            _ => ByType(type, format),
        };
    }

    private static JsonNode? ByType(string? type, string? format) => type switch
    {
        "integer" => 1,
        "number" => 1.5m,
        "boolean" => true,
        "string" when format == "date-time" => "2026-01-01T00:00:00Z",
        "string" when format == "date" => "2026-01-01",
        "string" => "Fuzz value",
        _ => null,
    };

    private static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
