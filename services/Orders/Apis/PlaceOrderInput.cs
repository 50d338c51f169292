using System.Globalization;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Orders.Apis;

/// <summary>A placement request that passed the shape checks: lines merged per product, notes trimmed.</summary>
internal sealed record PlaceOrderInput(int CustomerId, IReadOnlyList<RequestedLine> Lines, string? Notes)
{
    public static (PlaceOrderInput? Input, FieldErrors Errors) Read(PlaceOrderRequest request)
    {
        var errors = new FieldErrors();
        if (request.CustomerId is not > 0) errors.Add("customer_id", "Customer id must be a positive whole number");
        var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        if (notes is { Length: > OrderLimits.NotesMax })
            errors.Add("notes", $"Notes must be at most {OrderLimits.NotesMax} characters");

        var lines = ReadLines(request.Items, errors);
        return errors.Any ? (null, errors) : (new PlaceOrderInput(request.CustomerId!.Value, lines, notes), errors);
    }

    private static List<RequestedLine> ReadLines(IReadOnlyList<PlaceOrderItem?>? items, FieldErrors errors)
    {
        if (items is null || items.Count == 0)
        {
            errors.Add("items", "An order needs at least one item");
            return [];
        }
        if (items.Count > OrderLimits.MaxLines)
        {
            errors.Add("items", $"An order can have at most {OrderLimits.MaxLines} lines; it has {items.Count}");
            return [];
        }

        var lines = new List<RequestedLine>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"items[{i}]");
            if (items[i] is not { } item)
            {
                errors.Add(field, "Each item needs an inventory_id and a quantity");
                continue;
            }
            if (item.InventoryId is not > 0) errors.Add($"{field}.inventory_id", "Inventory id must be a positive whole number");
            if (!IsQuantity(item.Quantity)) errors.Add($"{field}.quantity", $"Quantity must be a whole number from 1 to {OrderLimits.MaxQuantity}");
            if (item.InventoryId is > 0 && IsQuantity(item.Quantity)) lines.Add(new RequestedLine(item.InventoryId.Value, (int)item.Quantity!.Value));
        }
        return Merge(lines, errors);
    }

    /// <summary>The same product on two lines becomes one line, so Catalog reserves each product once.</summary>
    private static List<RequestedLine> Merge(List<RequestedLine> lines, FieldErrors errors)
    {
        var merged = lines.GroupBy(l => l.ProductId).Select(g => new RequestedLine(g.Key, g.Sum(l => l.Quantity))).ToList();
        foreach (var line in merged.Where(l => l.Quantity > OrderLimits.MaxQuantity))
            errors.Add("items", $"Item {line.ProductId} appears with a total quantity over {OrderLimits.MaxQuantity}");
        return merged;
    }

    private static bool IsQuantity(decimal? quantity) =>
        quantity is { } q && q == decimal.Truncate(q) && q >= 1 && q <= OrderLimits.MaxQuantity;
}
